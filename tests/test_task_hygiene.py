"""What background work must never do: ask ``QgsProject.instance()`` from a worker thread (the transform
context is taken on the GUI thread, or from Processing), or leave a ``LizardClient`` open when it ends."""

import os

import pytest
from fake_lizard.store import TS_EMPTY
from lizard_explorer.core import tasks
from lizard_explorer.core.client import LizardClient
from lizard_explorer.plugin import LizardExplorerPlugin
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread
from test_download_core import FAST_POLL, pick
from test_download_dialog import planned, run
from test_unload import clean_project  # noqa: F401 - autouse fixture
from test_upload_core import make_tif
from test_upload_dialogs import at, events_table, new_target, unique, wait_done

WAIT = 30000
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
RD = QgsCoordinateReferenceSystem("EPSG:28992")


@pytest.fixture
def plugin(iface, lizard, monkeypatch):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    instance = LizardExplorerPlugin(iface)
    instance.initGui()
    yield instance
    if instance.toolbar is not None:
        instance.unload()


@pytest.fixture
def project_asked_from(monkeypatch):
    """Whether each call of ``QgsProject.instance()`` came from the GUI thread (True) or another (False)."""
    asked = []
    original = QgsProject.instance

    def spy():
        asked.append(QThread.currentThread() == QCoreApplication.instance().thread())
        return original()

    monkeypatch.setattr(QgsProject, "instance", staticmethod(spy))
    return asked


@pytest.fixture
def clients(monkeypatch):
    """Every LizardClient made, and those closed: ({id: client}, {ids closed})."""
    made, closed = {}, set()
    original_init, original_close = LizardClient.__init__, LizardClient.close

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        made[id(self)] = self

    def close(self):
        closed.add(id(self))
        original_close(self)

    monkeypatch.setattr(LizardClient, "__init__", init)
    monkeypatch.setattr(LizardClient, "close", close)
    return made, closed


def wgs84_box_around_rd(x, y, size):
    transform = QgsCoordinateTransform(RD, WGS84, QgsCoordinateTransformContext())
    return transform.transformBoundingBox(QgsRectangle(x, y, x + size, y + size))


def test_a_reprojected_download_never_asks_the_project_from_its_tasks(iface, qtbot, plugin, lizard, tmp_path,
                                                                      project_asked_from):
    dialog = plugin.show_download(pick(lizard))  # a raster in RD New, drawn in WGS84: the plan transforms
    dialog.poll = dict(FAST_POLL)
    dialog.set_drawn_shape(QgsGeometry.fromRect(wgs84_box_around_rd(155000, 463000, 20)), WGS84)
    dialog.output_widget.setFilePath(str(tmp_path / "out.tif"))
    del project_asked_from[:]  # what the dialog asked on the GUI thread so far is fine
    planned(qtbot, dialog)
    run(qtbot, dialog)
    assert dialog.error is None and os.path.exists(str(tmp_path / "out.tif"))
    assert all(project_asked_from), "a task asked QgsProject.instance() from its worker thread"


def test_every_lizard_client_is_closed_when_its_work_ends(iface, qtbot, plugin, lizard, tmp_path, clients):
    made, closed = clients
    rasters = plugin.docks["rasters"]
    for text in ("a", "b"):  # the second search replaces the first
        rasters.search_edit.setText(text)
        with qtbot.waitSignal(rasters.loaded, timeout=WAIT):
            rasters.search()
    buildings = plugin.docks["buildings"]
    buildings.set_drawn_shape(QgsGeometry.fromRect(QgsRectangle(4.30, 52.02, 4.31, 52.03)), WGS84)
    with qtbot.waitSignal(buildings.counted, timeout=WAIT):
        buildings.count()
    dialog = plugin.show_download(pick(lizard)["uuid"])  # loads the raster, then plans
    dialog.poll = dict(FAST_POLL)
    dialog.set_drawn_shape(QgsGeometry.fromRect(QgsRectangle(155000, 463000, 155010, 463010)), RD)
    dialog.output_widget.setFilePath(str(tmp_path / "out.tif"))
    planned(qtbot, dialog)
    run(qtbot, dialog)
    qtbot.waitUntil(lambda: not tasks._running, timeout=WAIT)
    assert len(made) >= 5
    plugin.unload()  # ends the current search
    assert sorted(set(made) - closed) == []


def test_every_client_of_the_upload_dialogs_is_closed_when_its_work_ends(iface, qtbot, plugin, lizard, tmp_path,
                                                                         monkeypatch, clients):
    made, closed = clients
    monkeypatch.setenv("LIZARD_API_KEY", lizard.KEYS["supplier"])
    layer = QgsRasterLayer(make_tif(tmp_path / "grid.tif"), "grid")
    QgsProject.instance().addMapLayer(layer)
    dialog = plugin.show_raster_upload(layer)
    dialog.poll = dict(FAST_POLL)
    for text in ("a", ""):  # searches of the writable sources, the second replacing the first
        dialog.search_edit.setText(text)
        dialog.search_sources()
    qtbot.waitUntil(lambda: dialog._search.task is None, timeout=WAIT)
    new_target(dialog, qtbot, unique("Closed clients"))  # loads the organisations
    dialog.upload_button.click()  # the upload itself
    wait_done(qtbot, dialog)
    assert dialog.error is None and dialog.created_source is not None
    qtbot.waitUntil(lambda: dialog.observation_combo.count() > 0, timeout=WAIT)  # offered: a raster layer
    events = plugin.show_events_upload(events_table([(at(1), 1.0, "a")]))
    events.timeseries_edit.setText(TS_EMPTY)
    events.upload_button.click()  # the events upload
    qtbot.waitUntil(lambda: events.stored is not None or events.error is not None, timeout=WAIT)
    assert events.error is None
    qtbot.waitUntil(lambda: not tasks._running, timeout=WAIT)
    assert len(made) >= 6
    assert sorted(set(made) - closed) == []
    plugin.unload()
    assert sorted(set(made) - closed) == []


@pytest.mark.parametrize("algorithm, extent", [
    ("lizard:downloadraster", "5.3870,5.3873,52.1550,52.1552 [EPSG:4326]"),
    ("lizard:downloadbuildings", "80200,81000,448600,449400 [EPSG:28992]"),
    ("lizard:searchrastersources", "80200,81000,448600,449400 [EPSG:28992]"),
])
def test_algorithms_in_the_background_take_the_transform_context_from_processing(
        qtbot, lizard, monkeypatch, tmp_path, project_asked_from, algorithm, extent):
    from lizard_explorer.processing.provider import LizardProvider
    from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    provider = LizardProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    try:
        alg = QgsApplication.processingRegistry().createAlgorithmById(algorithm)
        parameters = {"EXTENT": extent, "OUTPUT": str(tmp_path / "out.gpkg")}
        if algorithm == "lizard:downloadraster":
            parameters.update(RASTER=pick(lizard)["uuid"], OUTPUT=str(tmp_path / "out.tif"))
        context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
        context.setProject(QgsProject.instance())
        del project_asked_from[:]
        task = QgsProcessingAlgRunnerTask(alg, parameters, context, feedback)
        with qtbot.waitSignal(task.executed, timeout=WAIT) as outcome:
            QgsApplication.taskManager().addTask(task)
        assert outcome.args[0], "the algorithm failed"
        assert all(project_asked_from), "the algorithm asked QgsProject.instance() from its thread"
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
