"""Unloading the plugin while a download, upload or export runs: the tasks are cancelled, end on their own
without reaching a deleted widget, leave no traceback and no half-written file."""

import logging
import os

import pytest
from lizard_explorer.core import tasks
from lizard_explorer.core.rasters import download_grid
from lizard_explorer.plugin import LizardExplorerPlugin
from qgis.core import QgsApplication, QgsGeometry, QgsProject, QgsRasterLayer, QgsRectangle
from qgis.PyQt.QtCore import QObject
from test_download_core import FAST_POLL, data_requests, pick
from test_download_dialog import RD, planned
from test_export_dialogs import fill_bundle, point_layer
from test_upload_core import make_tif
from test_upload_dialogs import new_target, unique

WAIT = 30000


@pytest.fixture(autouse=True)
def clean_project():
    yield
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


@pytest.fixture
def plugin(iface):
    instance = LizardExplorerPlugin(iface)
    instance.initGui()
    yield instance
    if instance.toolbar is not None:  # the test did not get to unload
        instance.unload()


@pytest.fixture
def problems(caplog):
    """Everything that looks like a failure: log records at WARNING and up (with their tracebacks) and the
    messages of the QGIS log panel that carry a traceback."""
    caplog.set_level(logging.WARNING)
    panel = []

    def received(message, tag, level):
        panel.append(message)

    QgsApplication.messageLog().messageReceived.connect(received)
    found = []
    yield found
    QgsApplication.messageLog().messageReceived.disconnect(received)
    found.extend(r.getMessage() + (r.exc_text or "") for r in caplog.records if r.levelno >= logging.WARNING
                 and "cancel" not in r.getMessage().lower())
    found.extend(m for m in panel if "Traceback" in m or "Error" in m)


def unload_and_let_tasks_end(qtbot, plugin):
    assert tasks._running, "the task should still run when the plugin unloads"
    plugin.unload()
    qtbot.waitUntil(lambda: not tasks._running, timeout=WAIT)
    qtbot.wait(200)  # signals queued by the tasks' last moments are delivered (to no one)


def test_unload_during_a_raster_download_cancels_it_and_leaves_no_partial_file(iface, qtbot, plugin, lizard,
                                                                                monkeypatch, tmp_path, problems):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    monkeypatch.setattr(download_grid, "MAX_PIXELS", 400)
    monkeypatch.setattr(download_grid, "TILE_PIXELS", 400)
    raster = pick(lizard)
    dialog = plugin.show_download(raster)
    dialog.poll = dict(FAST_POLL)
    dialog.set_drawn_shape(QgsGeometry.fromRect(QgsRectangle(155000, 463000, 155020, 463015)), RD)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.output_widget.setFilePath(str(folder / "tiled.tif"))
    planned(qtbot, dialog)
    lizard.inject(delay=0.3, times=1000, path="/api/v4/rasters/{}/data/".format(raster["uuid"]))
    dialog.download()
    qtbot.waitUntil(lambda: len(data_requests(lizard)) >= 1, timeout=WAIT)
    unload_and_let_tasks_end(qtbot, plugin)
    lizard.clear_faults()
    assert os.listdir(folder) == []  # neither the file nor tiles nor temporary files
    assert problems == []


def test_unload_during_an_upload_cancels_it_quietly(iface, qtbot, plugin, lizard, monkeypatch, tmp_path, problems):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    monkeypatch.setenv("LIZARD_API_KEY", lizard.KEYS["supplier"])
    layer = QgsRasterLayer(make_tif(tmp_path / "grid.tif"), "grid")
    QgsProject.instance().addMapLayer(layer)
    dialog = plugin.show_raster_upload(layer)
    dialog.poll = dict(FAST_POLL)
    new_target(dialog, qtbot, unique("Unload upload"))
    lizard.inject(delay=0.5, times=1000, path="/api/v4/rastersources/")
    dialog.upload_button.click()
    assert dialog.busy()
    unload_and_let_tasks_end(qtbot, plugin)
    lizard.clear_faults()
    assert problems == []


def test_after_unload_during_an_upload_no_callback_reaches_the_deleted_dialog(iface, qtbot, plugin, lizard,
                                                                              monkeypatch, tmp_path, problems):
    from lizard_explorer.ui.upload_raster_dialog import RasterUploadDialog

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    monkeypatch.setenv("LIZARD_API_KEY", lizard.KEYS["supplier"])
    unloaded = [False]
    calls = []  # (slot, whether the plugin had unloaded) for every call of the dialog's upload slots
    for slot in ("_item_changed", "_bytes_sent", "_finished"):
        original = getattr(RasterUploadDialog, slot)
        monkeypatch.setattr(RasterUploadDialog, slot, lambda self, *args, slot=slot, original=original: (
            calls.append((slot, unloaded[0])), original(self, *args))[1])
    # The dialog's deletion waits until the end of the test: a queued callback that would reach it in the
    # moment between unload() and its deferred deletion shows up here instead of being dropped by Qt.
    postponed = []
    monkeypatch.setattr(RasterUploadDialog, "deleteLater", lambda self: postponed.append(self))
    paths = [make_tif(tmp_path / "t{}.tif".format(i)) for i in range(3)]
    dialog = plugin.show_raster_upload()
    dialog.poll = dict(FAST_POLL)
    for i, path in enumerate(paths):
        dialog.add_file(path, timestamp="2024-05-01T0{}:00:00Z".format(i))
    new_target(dialog, qtbot, unique("Unload callbacks"), temporal=True)
    lizard.inject(delay=0.3, times=1000, path="/api/v4/rastersources/")
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: bool(calls), timeout=WAIT)  # the queue's callbacks reach the dialog while it runs
    unloaded[0] = True
    unload_and_let_tasks_end(qtbot, plugin)
    lizard.clear_faults()
    assert postponed == [dialog]
    QObject.deleteLater(dialog)
    assert [call for call in calls if call[1]] == []
    assert problems == []


def test_unload_during_an_asset_bundle_export_leaves_a_whole_zip_or_none(iface, qtbot, plugin, tmp_path, problems):
    layer = point_layer()
    dialog = plugin.show_asset_bundle(layer)
    output = tmp_path / "stations.zip"
    fill_bundle(dialog, output)
    dialog.export_button.click()
    unload_and_let_tasks_end(qtbot, plugin)
    assert [name for name in os.listdir(tmp_path) if name != "stations.zip"] == []
    if output.exists():
        import zipfile

        with zipfile.ZipFile(str(output)) as archive:
            assert archive.testzip() is None
    assert problems == []


def test_unload_during_a_buildings_load_reaches_no_deleted_dock(iface, qtbot, plugin, lizard, monkeypatch,
                                                                 tmp_path, problems):
    from lizard_explorer.ui.buildings_load import GEOPACKAGE

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    dock = plugin.docks["buildings"]
    dock.set_drawn_shape(QgsGeometry.fromRect(QgsRectangle(4.2, 52.0, 4.5, 52.2)), "EPSG:4326")
    dock.set_output(GEOPACKAGE, str(tmp_path / "b.gpkg"))
    lizard.inject(delay=0.3, times=1000, path="/api/v4/buildings/")
    dock.load()
    qtbot.waitUntil(lambda: any(r.path.startswith("/api/v4/buildings") for r in lizard.requests), timeout=WAIT)
    unload_and_let_tasks_end(qtbot, plugin)
    lizard.clear_faults()
    assert problems == []


def test_unload_during_a_location_search_and_a_plot_load_reaches_no_deleted_dock(iface, qtbot, plugin, lizard,
                                                                                  monkeypatch, problems):
    from lizard_explorer.core.timeseries.series import describe

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    dock = plugin.docks["timeseries"]
    dock.set_drawn_shape(QgsGeometry.fromRect(QgsRectangle(3.0, 50.0, 8.0, 54.0)), "EPSG:4326")
    series = next(ts for ts in lizard.data.timeseries if ts["access_modifier"] == "Public"
                  and lizard.data.events.get(ts["uuid"]))
    dock.series_model.reset([describe(dict(series, end="2025-02-05T00:00:00Z"))])
    lizard.inject(delay=0.3, times=1000, path="/api/v4/locations/")
    lizard.inject(delay=0.3, times=1000, path="/api/v4/timeseries/")
    dock.search()
    dock.select_series(series["uuid"])
    dock.plot_selected()
    qtbot.waitUntil(lambda: any(r.path.startswith("/api/v4/locations") for r in lizard.requests), timeout=WAIT)
    unload_and_let_tasks_end(qtbot, plugin)
    lizard.clear_faults()
    assert problems == []


def test_unload_during_a_scenario_search_and_download_reaches_no_deleted_dock(iface, qtbot, plugin, lizard,
                                                                              monkeypatch, tmp_path, problems):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    dock = plugin.docks["scenarios"]
    scenario = next(s for s in lizard.data.scenarios if s["access_modifier"] == "Public" and s["has_raw_results"])
    from lizard_explorer.ui.scenario_download import show_scenario_download

    dialog = show_scenario_download(iface, [scenario], ["results-3di"], dock.download_dialogs)
    qtbot.waitUntil(lambda: dialog.download_button.isEnabled(), timeout=WAIT)
    dialog.raw_check.setChecked(True)
    dialog.folder_widget.setFilePath(str(tmp_path))
    lizard.inject(delay=0.3, times=1000, path="/api/v4/scenarios/")
    dock.search()
    dialog.download()
    qtbot.waitUntil(lambda: any(r.path.startswith("/api/v4/scenarios") and r.path.endswith("results/")
                                for r in lizard.requests), timeout=WAIT)
    unload_and_let_tasks_end(qtbot, plugin)
    lizard.clear_faults()
    assert [name for _r, _d, names in os.walk(tmp_path) for name in names if name.startswith(".")] == []
    assert problems == []
