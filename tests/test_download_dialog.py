"""The raster download dialog against the fake Lizard: area, files, time steps, progress, cancel, resume, map.

The fake's ``/rasters/<uuid>/data/`` renders ``fake_lizard.rasterdata.pixel_values`` of each pixel centre, so
expected values come from each written file's own geotransform (as in test_download_core).
"""

import os

import numpy
import pytest
from fake_lizard.rasterdata import DATA_FAILURE, pixel_values
from lizard_explorer.core import tasks, times
from lizard_explorer.core.rasters import download, download_grid
from lizard_explorer.ui.download_dialog import RasterDownloadDialog, close_download_dialogs, show_download_dialog
from lizard_explorer.ui.download_form import DRAWN, SELECTION
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsLayerTree,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QThread
from test_download_core import FAST_POLL, data_requests, pick

WAIT = 30000
RD = QgsCoordinateReferenceSystem("EPSG:28992")


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def clean_project():
    yield
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


@pytest.fixture
def portal(lizard, monkeypatch):
    """The plugin pointed at the fake Lizard (anonymously: the public rasters)."""
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    lizard.result_host.reset_requests()
    return lizard


@pytest.fixture
def canvas(iface):
    canvas = iface.mapCanvas()
    crs, extent = canvas.mapSettings().destinationCrs(), canvas.extent()
    yield canvas
    canvas.setDestinationCrs(crs)
    canvas.setExtent(extent)


@pytest.fixture
def dialogs(qtbot):
    """Dialogs made by a test; every task they started has ended before the next test."""
    made = []
    yield made
    for dialog in made:
        dialog.cancel()
    for dialog in made:
        qtbot.waitUntil(lambda d=dialog: not d.busy(), timeout=WAIT)
    qtbot.waitUntil(lambda: not tasks._running, timeout=WAIT)
    for dialog in made:
        dialog.close()


def make_dialog(iface, qtbot, dialogs, raster):
    dialog = RasterDownloadDialog(iface, raster)
    dialog.poll = dict(FAST_POLL)
    qtbot.addWidget(dialog)
    dialogs.append(dialog)
    dialog.show()
    return dialog


def planned(qtbot, dialog):
    """Wait for the plan of the form as it is now."""
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._planner.task, timeout=WAIT)
    return dialog.plan


def run(qtbot, dialog, start=None):
    """Start (Download, or ``start``) and wait until the download has ended."""
    with qtbot.waitSignal(dialog.ended, timeout=WAIT):
        assert (start or dialog.download)() is not None or dialog.busy()
    assert not dialog.busy()


def read(path):
    """(array, geotransform, nodata, epsg) of a file; the dataset is released before anything can fail."""
    dataset = gdal.Open(str(path))
    try:
        band = dataset.GetRasterBand(1)
        info = (band.ReadAsArray(), dataset.GetGeoTransform(), band.GetNoDataValue(),
                dataset.GetSpatialRef().GetAuthorityCode(None))
        band = None
    finally:
        dataset = None
    return info


def expected(array, transform, step_ms=None):
    x0, rx, _, y0, _, ry = transform
    height, width = array.shape
    xs = x0 + (numpy.arange(width) + 0.5) * rx
    ys = y0 + (numpy.arange(height) + 0.5) * ry
    return pixel_values(xs[None, :], ys[:, None], step_ms)


def group_named(name):
    root = QgsProject.instance().layerTreeRoot()
    return [node for node in root.children() if QgsLayerTree.isGroup(node) and node.name() == name]


def polygons(rows):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=naam:string", "parcels", "memory")
    features = []
    for name, rectangle in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttribute("naam", name)
        feature.setGeometry(QgsGeometry.fromRect(rectangle))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    return layer


# ---------------------------------------------------------------------------------------------- tests


def test_canvas_extent_download_writes_the_expected_pixels_and_adds_a_group(iface, qtbot, dialogs, portal, canvas,
                                                                           tmp_path):
    raster = pick(portal)
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(155000, 463000, 155010, 463008))
    extent = canvas.extent()
    dialog = make_dialog(iface, qtbot, dialogs, raster)
    assert dialog.crs_widget.crs().authid() == "EPSG:28992"  # the raster's own projection
    assert not dialog.time_box.isVisible()
    out = tmp_path / "small.tif"
    dialog.output_widget.setFilePath(str(out))
    plan = planned(qtbot, dialog)
    assert plan.paths == [str(out)] and plan.pixel_size == (0.5, 0.5)
    summary = dialog.summary_label.text()
    assert summary.startswith("1 file(s), 1 tile(s), {:,} pixels".format(plan.pixel_count)) and "MB" in summary
    assert dialog.file_names() == ["small.tif"]
    threads = []
    dialog.files_table.itemChanged.connect(lambda _item: threads.append(QThread.currentThread()))
    run(qtbot, dialog)
    assert threads and all(t is dialog.thread() for t in threads)  # widgets touched on the GUI thread only
    array, transform, nodata, epsg = read(out)
    assert epsg == "28992" and transform[1] == 0.5
    assert transform[0] <= extent.xMinimum() and transform[0] + array.shape[1] * 0.5 >= extent.xMaximum()
    numpy.testing.assert_allclose(array, expected(array, transform), atol=1e-3)
    assert dialog.state_of(0) == "done" and dialog.percent_of(0) == 100
    assert dialog.result_paths == [str(out)]
    (group,) = group_named(raster["name"])
    assert QgsProject.instance().layerTreeRoot().children()[0] is group
    layers = [node.layer() for node in group.findLayers()]
    assert len(layers) == 1 and isinstance(layers[0], QgsRasterLayer) and layers[0].source() == str(out)
    assert iface.messageBar().get_messages(Qgis.Success) == [
        "Download from Lizard:" + dialog.status_label.text()]
    assert not dialog.resume_button.isVisible()


def test_one_file_per_selected_polygon_named_from_a_field(iface, qtbot, dialogs, portal, tmp_path):
    raster = pick(portal)
    layer = polygons([("Polder Oost", QgsRectangle(155000, 463000, 155010, 463010)),
                      ("Polder/West", QgsRectangle(155020, 463000, 155025, 463005))])
    dialog = make_dialog(iface, qtbot, dialogs, raster)
    dialog.set_area_mode(SELECTION)
    dialog.layer_combo.setLayer(layer)
    dialog.per_feature_check.setChecked(True)
    dialog.field_combo.setField("naam")
    assert dialog.output_label.text() == "Folder"
    dialog.output_widget.setFilePath(str(tmp_path / "parcels"))
    planned(qtbot, dialog)
    assert dialog.file_names() == ["Polder_Oost.tif", "Polder_West.tif"]
    run(qtbot, dialog)
    assert sorted(os.listdir(tmp_path / "parcels")) == ["Polder_Oost.tif", "Polder_West.tif"]
    for name, size in (("Polder_Oost.tif", (20, 20)), ("Polder_West.tif", (10, 10))):
        array, transform, _nodata, _epsg = read(tmp_path / "parcels" / name)
        assert array.shape == size
        numpy.testing.assert_allclose(array, expected(array, transform), atol=1e-3)
    (group,) = group_named(raster["name"])
    assert sorted(node.layer().name() for node in group.findLayers()) == ["Polder_Oost", "Polder_West"]


def test_selection_without_selected_polygons_says_so_and_download_waits(iface, qtbot, dialogs, portal, tmp_path):
    layer = polygons([("a", QgsRectangle(155000, 463000, 155010, 463010))])
    layer.removeSelection()
    dialog = make_dialog(iface, qtbot, dialogs, pick(portal))
    dialog.set_area_mode(SELECTION)
    dialog.layer_combo.setLayer(layer)
    dialog.output_widget.setFilePath(str(tmp_path / "x.tif"))
    assert not dialog.download_button.isEnabled()
    assert dialog.reason_label.text() == "Select polygons of “parcels” first."
    assert dialog.download() is None


def test_the_drawn_shape_outline_follows_a_change_of_the_map_crs(iface, qtbot, dialogs, portal, canvas):
    from test_buildings_dock import near

    canvas.setDestinationCrs(RD)
    listeners = canvas.receivers(canvas.destinationCrsChanged)
    dialog = make_dialog(iface, qtbot, dialogs, pick(portal))
    drawn = QgsGeometry.fromRect(QgsRectangle(155000, 463000, 155400, 463300))
    dialog.set_drawn_shape(drawn, RD)
    band = dialog.area_band
    assert near(band.asGeometry(), drawn, 0.01)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    canvas.setDestinationCrs(wgs84)
    in_wgs84 = QgsGeometry(drawn)
    in_wgs84.transform(QgsCoordinateTransform(RD, wgs84, QgsProject.instance()))
    assert dialog.area_band is band and near(band.asGeometry(), in_wgs84, 1e-7)  # degrees now
    dialog.close()
    assert dialog.area_band is None and canvas.receivers(canvas.destinationCrsChanged) == listeners


def test_temporal_range_in_a_drawn_rectangle_gives_one_file_per_step(iface, qtbot, dialogs, portal, canvas, tmp_path):
    raster = pick(portal, temporal=True, min_steps=30)
    steps = portal.data.raster_steps(raster)
    canvas.setDestinationCrs(RD)
    dialog = make_dialog(iface, qtbot, dialogs, raster)
    assert dialog.time_box.isVisible()
    qtbot.waitUntil(lambda: dialog.steps is not None, timeout=WAIT)
    assert dialog.steps == steps and dialog.step_combo.currentData() == steps[-1]
    dialog.set_drawn_shape(QgsGeometry.fromRect(QgsRectangle(155000, 463000, 155004, 463003)), RD)
    assert dialog.area_mode() == DRAWN and dialog.area_band is not None
    dialog.range_radio.setChecked(True)
    dialog.from_combo.setCurrentIndex(3)
    dialog.to_combo.setCurrentIndex(5)
    assert dialog.steps_label.text() == "3 time step(s): one file each."
    dialog.output_widget.setFilePath(str(tmp_path / "rain"))
    planned(qtbot, dialog)
    names = ["{}_{}.tif".format(download.sanitise_name(raster["name"]),
                                times.iso_utc_ms(ms).replace("-", "").replace(":", "")) for ms in steps[3:6]]
    assert dialog.file_names() == names
    assert dialog.summary_label.text().startswith("3 file(s), 3 tile(s)")
    run(qtbot, dialog)
    assert sorted(os.listdir(tmp_path / "rain")) == sorted(names)
    assert sorted(r.query["start"][0] for r in data_requests(portal)) == [times.iso_utc_ms(ms) for ms in steps[3:6]]
    for name, ms in zip(names, steps[3:6]):
        array, transform, nodata, _epsg = read(tmp_path / "rain" / name)
        inside = array != nodata  # a drawn shape clips: pixels whose centre is outside it are NODATA
        assert inside.mean() > 0.7
        numpy.testing.assert_allclose(array[inside], expected(array, transform, ms)[inside], atol=1e-3)
    (group,) = group_named(raster["name"])
    assert len(group.findLayers()) == 3
    dialog.close()
    assert dialog.area_band is None


def test_drawing_uses_the_map_tool_and_gives_the_previous_tool_back(iface, qtbot, dialogs, portal, canvas):
    from qgis.gui import QgsMapToolPan

    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)
    dialog = make_dialog(iface, qtbot, dialogs, pick(portal))
    tool = dialog.start_drawing()
    assert canvas.mapTool() is tool and dialog.rectangle_button.isChecked()
    tool.drawn.emit(QgsGeometry.fromRect(QgsRectangle(155000, 463000, 155004, 463003)))
    assert canvas.mapTool() is pan and not dialog.rectangle_button.isChecked()
    assert dialog.area_mode() == DRAWN and dialog.clear_button.isEnabled()
    dialog.clear_drawn()
    assert dialog.area_band is None and dialog.reason_label.text() == "Draw a rectangle or a polygon on the map first."
    canvas.unsetMapTool(pan)


def test_a_crs_without_epsg_code_is_refused_with_a_sentence(iface, qtbot, dialogs, portal, canvas, tmp_path):
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(155000, 463000, 155010, 463008))
    dialog = make_dialog(iface, qtbot, dialogs, pick(portal))
    dialog.output_widget.setFilePath(str(tmp_path / "x.tif"))
    custom = QgsCoordinateReferenceSystem.fromProj(
        "+proj=omerc +lat_0=52 +lonc=5 +alpha=10 +k=1 +x_0=0 +y_0=0 +ellps=bessel +units=m +no_defs")
    assert custom.isValid() and not custom.authid().upper().startswith("EPSG:")
    dialog.crs_widget.setCrs(custom)
    assert not dialog.download_button.isEnabled()
    assert "has no EPSG code, which Lizard needs" in dialog.reason_label.text()


def test_tiles_cancel_leaves_no_partial_file_and_resume_completes(iface, qtbot, dialogs, portal, canvas, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(download_grid, "MAX_PIXELS", 400)
    monkeypatch.setattr(download_grid, "TILE_PIXELS", 400)
    raster = pick(portal)
    canvas.setDestinationCrs(RD)
    dialog = make_dialog(iface, qtbot, dialogs, raster)
    dialog.concurrency = 2
    dialog.set_drawn_shape(QgsGeometry.fromRect(QgsRectangle(155000, 463000, 155020, 463015)), RD)  # 40 x 30 px
    folder = tmp_path / "tiled"
    folder.mkdir()
    out = folder / "tiled.tif"
    dialog.output_widget.setFilePath(str(out))
    plan = planned(qtbot, dialog)
    assert plan.tile_count > 3 and "{} tile(s)".format(plan.tile_count) in dialog.summary_label.text()
    endpoint = "/api/v4/rasters/{}/data/".format(raster["uuid"])
    portal.inject(delay=0.3, times=1000, path=endpoint)
    dialog.download()
    qtbot.waitUntil(lambda: len(data_requests(portal)) >= 2, timeout=WAIT)
    with qtbot.waitSignal(dialog.ended, timeout=WAIT):
        dialog.cancel_button.click()
    portal.clear_faults()
    assert os.listdir(folder) == []  # neither the file nor tiles nor temporary files
    assert dialog.state_of(0).startswith("cancelled") and dialog.error is not None
    assert "nothing partial is left" in dialog.status_label.text()
    assert not iface.messageBar().get_messages(Qgis.Critical)  # a cancel is not an error
    assert dialog.resume_button.isVisible() and dialog.resume_button.isEnabled()
    portal.reset_requests()
    run(qtbot, dialog, dialog.resume_button.click)
    assert os.listdir(folder) == ["tiled.tif"]
    requests = data_requests(portal)
    assert len(requests) == plan.tile_count
    assert max(int(r.query["width"][0]) * int(r.query["height"][0]) for r in requests) <= 400
    array, transform, _nodata, _epsg = read(out)
    assert array.shape == (30, 40)
    numpy.testing.assert_allclose(array, expected(array, transform), atol=1e-3)
    assert not dialog.resume_button.isVisible()
    # Resuming again skips the file that is there.
    portal.reset_requests()
    assert dialog.resume() is None  # nothing left to resume
    run(qtbot, dialog)
    assert dialog.state_of(0) == "already there (skipped)" and not data_requests(portal)
    assert len(group_named(raster["name"])[0].findLayers()) == 1  # not added twice


def test_a_failed_lizard_task_shows_one_sentence(iface, qtbot, dialogs, portal, canvas, tmp_path):
    portal.task_outcome = "FAILURE"
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(155000, 463000, 155010, 463008))
    dialog = make_dialog(iface, qtbot, dialogs, pick(portal))
    out = tmp_path / "failed.tif"
    dialog.output_widget.setFilePath(str(out))
    run(qtbot, dialog)
    (message,) = iface.messageBar().get_messages(Qgis.Critical)
    assert DATA_FAILURE in message and "\n" not in message
    assert DATA_FAILURE in dialog.error_label.text() and DATA_FAILURE in dialog.state_of(0)
    assert os.listdir(tmp_path) == [] and not group_named(pick(portal)["name"])
    assert dialog.resume_button.isVisible()


def test_a_uuid_is_enough_the_raster_is_loaded_in_the_background(iface, qtbot, dialogs, portal, tmp_path):
    raster = pick(portal)
    dialog = make_dialog(iface, qtbot, dialogs, raster["uuid"])
    qtbot.waitUntil(lambda: dialog.raster is not None and not dialog.loading(), timeout=WAIT)
    assert dialog.raster["name"] == raster["name"] and raster["name"] in dialog.windowTitle()
    assert dialog.crs_widget.crs().authid() == raster["projection"]


def test_a_hidden_raster_uuid_says_so_in_one_sentence(iface, qtbot, dialogs, portal):
    private = pick(portal, access="Private")
    dialog = make_dialog(iface, qtbot, dialogs, private["uuid"])
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    (message,) = iface.messageBar().get_messages(Qgis.Critical)
    assert private["uuid"] in message
    assert not dialog.download_button.isEnabled()


def test_opening_again_disposes_of_closed_dialogs_keeps_open_ones_and_unload_closes_all(iface, qtbot, portal):
    raster = pick(portal)
    opened = []
    first = show_download_dialog(iface, raster, opened)
    second = show_download_dialog(iface, raster, opened)
    assert opened == [first, second] and first.isVisible() and second.isVisible()
    first.close()
    third = show_download_dialog(iface, raster["uuid"], opened)
    assert opened == [second, third] and third.uuid == raster["uuid"]
    close_download_dialogs(opened)
    assert opened == [] and not second.isVisible() and not third.isVisible()
    qtbot.waitUntil(lambda: not tasks._running, timeout=WAIT)
