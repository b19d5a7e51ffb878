"""The plugin inside QGIS: what it adds, what unload() takes away, and the docks it opens."""

import logging
import os
import subprocess
import sys

import pytest
from lizard_explorer import classFactory
from lizard_explorer.core.log import QgisLogHandler, logger
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lizard_leftovers(iface):
    window = iface.mainWindow()
    return {
        "toolbars": [t for t in window.findChildren(QToolBar) if t.objectName() == "LizardExplorerToolbar"],
        "docks": [d for d in window.findChildren(QDockWidget) if d.objectName().startswith("Lizard")],
        "actions": [a for a in window.findChildren(QAction) if a.objectName().startswith("Lizard")],
        "menu": iface.plugin_menu("&Lizard"),
        "provider": QgsApplication.processingRegistry().providerById("lizard"),
        "log handlers": [h for h in logger.handlers if isinstance(h, QgisLogHandler)],
        "options pages": list(iface.options_factories),
    }


def nothing_left(leftovers):
    return all(not value for value in leftovers.values())


@pytest.fixture
def plugin(iface, qtbot):
    instance = classFactory(iface)
    instance.initGui()
    yield instance
    instance.unload()
    QCoreApplication.sendPostedEvents(None, 0)


def test_loading_adds_toolbar_web_menu_docks_and_provider(plugin, iface):
    found = lizard_leftovers(iface)
    assert len(found["toolbars"]) == 1
    assert {d.objectName() for d in found["docks"]} == {"LizardRasterDock", "LizardBuildingsDock",
                                                        "LizardTimeseriesDock", "LizardScenarioDock"}
    menu_texts = [a.text() for a in found["menu"].actions()]
    assert menu_texts == ["Lizard rasters", "Lizard buildings", "Lizard timeseries", "Lizard scenarios",
                          "Lizard settings…",
                          "Lizard help",
                          "Export asset bundle…", "Export GeoTIFF for Lizard…", "Upload to Lizard…",
                          "Upload timeseries events…", "Lizard value at point"]
    toolbar_texts = [a.text() for a in found["toolbars"][0].actions()]
    assert toolbar_texts == ["Lizard rasters", "Lizard buildings", "Lizard timeseries", "Lizard scenarios",
                             "Lizard settings…",
                             "Upload to Lizard…", "Lizard value at point"]
    assert found["provider"] is not None and found["provider"].name() == "Lizard"
    assert [f.title() for f in found["options pages"]] == ["Lizard"]


def test_docks_start_closed_until_the_user_opens_them(plugin):
    for dock in plugin.docks.values():
        assert not dock.isUserVisible()
    assert not [a for a in plugin.actions if a.isChecked()]


def test_dock_actions_show_and_hide_their_docks(plugin, iface):
    action = next(a for a in plugin.actions if a.objectName() == "LizardrastersAction")
    dock = plugin.docks["rasters"]
    assert not dock.isUserVisible()
    action.trigger()
    assert dock.isUserVisible() and action.isChecked()
    action.trigger()
    assert not dock.isUserVisible() and not action.isChecked()


@pytest.mark.parametrize("rounds", [2])
def test_load_and_unload_twice_leaves_nothing_behind(iface, rounds):
    before = lizard_leftovers(iface)
    assert nothing_left(before)
    for _ in range(rounds):
        instance = classFactory(iface)
        instance.initGui()
        assert not nothing_left(lizard_leftovers(iface))
        instance.unload()
        QCoreApplication.sendPostedEvents(None, 0)
        assert nothing_left(lizard_leftovers(iface)), lizard_leftovers(iface)
        assert instance.actions == [] and instance.docks == {} and instance.toolbar is None


def test_init_processing_alone_registers_the_provider_without_gui(iface):
    instance = classFactory(iface)
    instance.initProcessing()
    try:
        provider = QgsApplication.processingRegistry().providerById("lizard")
        assert provider is not None
        assert instance.toolbar is None and instance.docks == {}
        assert "lizard:checkconnection" in [a.id() for a in provider.algorithms()]
    finally:
        instance.unload()
    assert QgsApplication.processingRegistry().providerById("lizard") is None


def test_class_factory_imports_lazily():
    code = (
        "import sys; sys.path.insert(0, {!r}); import lizard_explorer; "
        "print(sorted(m for m in sys.modules if m.startswith('lizard_explorer')))"
    ).format(os.path.dirname(sys.modules["lizard_explorer"].__path__[0]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['lizard_explorer']"


def test_plugin_log_records_reach_the_qgis_log_panel(plugin, qtbot):
    received = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda message, tab, level: received.append((message, tab)))
    logging.getLogger("lizard_explorer.test").warning("a warning for the panel")
    assert ("a warning for the panel", "Lizard") in received


# ---------------------------------------------------------------------------------------------- Dutch


def test_dutch_users_get_dutch_menus(iface):
    qm = os.path.join(ROOT, "i18n", "lizard_explorer_nl.qm")
    assert os.path.exists(qm), "run `make translations` (make test does) to compile the Dutch translation"
    QgsSettings().setValue("locale/userLocale", "nl_NL")
    try:
        instance = classFactory(iface)
        instance.initGui()
        try:
            texts = [a.text() for a in instance.actions]
            assert "Lizard-instellingen…" in texts
        finally:
            instance.unload()
    finally:
        QgsSettings().remove("locale/userLocale")


def test_english_users_get_proper_plurals(iface):
    from lizard_explorer.core.i18n import tr

    QgsSettings().setValue("locale/userLocale", "en_GB")
    instance = classFactory(iface)
    try:
        assert tr("%n building(s) loaded.", "", 1) == "1 building loaded."
        assert tr("%n building(s) loaded.", "", 877) == "877 buildings loaded."
    finally:
        instance.unload()
        QgsSettings().remove("locale/userLocale")


# ------------------------------------------------------------------------------- download from a WMS layer


def test_lizard_wms_layers_get_download_from_lizard_and_unload_takes_it_away(iface, qtbot, lizard, monkeypatch):
    from lizard_explorer.ui.download_dialog import RasterDownloadDialog
    from qgis.core import QgsMapLayerType, QgsProject, QgsRasterLayer, QgsVectorLayer

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    raster = next(r for r in lizard.data.rasters if r["access_modifier"] == "Public" and not r["temporal"])
    project = QgsProject.instance()
    before = QgsVectorLayer("Polygon?crs=EPSG:28992", "already there", "memory")
    before.setCustomProperty("lizard/uuid", raster["uuid"])
    project.addMapLayer(before)
    for name in ("addCustomActionForLayerType", "addCustomActionForLayer", "removeCustomActionForLayerType"):
        getattr(iface, name).reset_mock()
    instance = classFactory(iface)
    instance.initGui()
    try:
        calls = {c.args[0].objectName(): c.args for c in iface.addCustomActionForLayerType.call_args_list}
        action, menu, layer_type, all_layers = calls["LizardDownloadContextAction"]
        assert action.text() == "Download from Lizard…" and layer_type == QgsMapLayerType.RasterLayer
        assert all_layers is False  # only the layers it is added to
        assert [c.args for c in iface.addCustomActionForLayer.call_args_list] == [(action, before)]
        lizard_layer = QgsRasterLayer("", "a Lizard WMS layer", "gdal")
        lizard_layer.setCustomProperty("lizard/uuid", raster["uuid"])
        other = QgsRasterLayer("", "not from Lizard", "gdal")
        project.addMapLayers([lizard_layer, other], False)
        assert [c.args for c in iface.addCustomActionForLayer.call_args_list][1:] == [(action, lizard_layer)]
        iface.setActiveLayer(lizard_layer)
        action.trigger()
        (dialog,) = instance.download_dialogs
        assert isinstance(dialog, RasterDownloadDialog) and dialog.uuid == raster["uuid"] and dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog.loading(), timeout=20000)
        assert dialog.raster["name"] == raster["name"]
    finally:
        instance.unload()
        QCoreApplication.sendPostedEvents(None, 0)
    assert action in [c.args[0] for c in iface.removeCustomActionForLayerType.call_args_list]
    assert instance.download_dialogs == [] and instance.wms_download_action is None
    iface.addCustomActionForLayer.reset_mock()
    late = QgsRasterLayer("", "added after unload", "gdal")
    late.setCustomProperty("lizard/uuid", raster["uuid"])
    project.addMapLayer(late, False)
    assert not iface.addCustomActionForLayer.called  # layersAdded is disconnected
    project.removeAllMapLayers()
    assert nothing_left(lizard_leftovers(iface))
