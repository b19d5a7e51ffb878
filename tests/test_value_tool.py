""""Lizard value at point" as a user uses it: the plugin's action, real clicks on the map canvas, the answers
of the fake Lizard's ``/point/`` in the dock, a temporal raster through time in the plot, and unload."""

import csv
import datetime
import os

import pytest
from fake_lizard.rasterdata import pixel_values
from lizard_explorer.core import errors, times
from lizard_explorer.core.compat import temporal_range_now
from lizard_explorer.core.rasters import wms
from lizard_explorer.plugin import LizardExplorerPlugin
from lizard_explorer.ui.value_panel import lizard_layer_targets
from osgeo import osr
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDateTimeRange,
    QgsInterval,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsTemporalNavigationObject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapToolPan, QgsVertexMarker
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QPoint, Qt, QTimeZone
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDockWidget
from test_wms_layers import client, demo, lochem_on_mapserver, rasters, wms_server  # noqa: F401 - fixtures

WAIT = 20000
RD = QgsCoordinateReferenceSystem("EPSG:28992")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
UTC = datetime.timezone.utc
ANIMATED = getattr(getattr(Qgis, "TemporalNavigationMode", None), "Animated", None) or \
    QgsTemporalNavigationObject.Animated


def pick(lizard, temporal=False, min_steps=0, outside=None):
    """A public raster in RD with bounds (temporal: with enough steps), not covering the WGS84 ``outside``."""
    for raster in lizard.data.rasters:
        bounds = raster.get("spatial_bounds")
        if (raster["access_modifier"] == "Public" and raster["temporal"] == temporal and bounds
                and raster["projection"] == "EPSG:28992" and raster.get("observation_type")
                and len(lizard.data.raster_steps(raster)) >= min_steps
                and (outside is None or not (bounds["west"] <= outside[0] <= bounds["east"]
                                             and bounds["south"] <= outside[1] <= bounds["north"]))):
            return raster
    raise AssertionError("no such raster in the fake")


def centre(raster):
    b = raster["spatial_bounds"]
    return (b["west"] + b["east"]) / 2, (b["south"] + b["north"]) / 2


def expected(lon, lat, step_ms=None):
    wgs84, target = osr.SpatialReference(), osr.SpatialReference()
    for srs, code in ((wgs84, 4326), (target, 28992)):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        srs.ImportFromEPSG(code)
    x, y, _z = osr.CoordinateTransformation(wgs84, target).TransformPoint(lon, lat)
    return float(pixel_values(x, y, step_ms))


def lizard_layer(raster, name=None):
    """A raster layer in the layer tree that knows its Lizard raster, as the WMS layers the plugin adds do."""
    layer = QgsRasterLayer("", name or raster["name"], "gdal")
    layer.setCustomProperty("lizard/uuid", raster["uuid"])
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def project(qgis_new_project):
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


@pytest.fixture
def canvas(iface):
    canvas = iface.mapCanvas()
    crs, extent = canvas.mapSettings().destinationCrs(), canvas.extent()
    canvas.resize(400, 300)
    canvas.show()
    canvas.setDestinationCrs(RD)
    yield canvas
    canvas.setDestinationCrs(crs)
    canvas.setExtent(extent if not extent.isEmpty() else QgsRectangle(-180, -90, 180, 90))
    canvas.setTemporalController(QgsTemporalNavigationObject(canvas))


@pytest.fixture
def plugin(iface, lizard, monkeypatch, canvas, project):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    instance = LizardExplorerPlugin(iface)
    instance.initGui()
    yield instance
    if instance.toolbar is not None:
        instance.unload()
        QCoreApplication.sendPostedEvents(None, 0)


def value_action(plugin):
    return next(a for a in plugin.actions if a.objectName() == "LizardValueAtPointAction")


def click_at(canvas, qtbot, lon, lat):
    """A real left click on the canvas's viewport where the WGS84 (lon, lat) is."""
    transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    point = transform.transform(QgsPointXY(lon, lat))
    pixel = canvas.getCoordinateTransform().transform(point)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(round(pixel.x())), int(round(pixel.y()))))


def show_around(canvas, lon, lat, half=0.02):
    transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(lon - half, lat - half, lon + half, lat + half)))


def answer(plugin, qtbot, canvas, lon, lat):
    """Click (lon, lat) with the tool and wait until the dock shows the answers; returns the dock."""
    assert canvas.mapTool() is plugin.value_at_point.tool
    before = plugin.value_at_point.dock.answer_count if plugin.value_at_point.dock is not None else 0
    click_at(canvas, qtbot, lon, lat)
    qtbot.waitUntil(lambda: plugin.value_at_point.dock is not None
                    and plugin.value_at_point.dock.answer_count > before, timeout=WAIT)
    return plugin.value_at_point.dock


def clicked_lonlat(dock):
    return dock.point.x(), dock.point.y()


# ------------------------------------------------------------------------------------------------ values


def test_a_click_shows_every_lizard_rasters_value_with_its_unit_and_no_value_outside(plugin, lizard, canvas,
                                                                                     qtbot):
    inside = pick(lizard)
    lon, lat = centre(inside)
    outside = pick(lizard, outside=(lon, lat))
    lizard_layer(inside, "Waterdepth here")
    lizard_layer(outside, "Elsewhere")
    QgsProject.instance().addMapLayer(QgsRasterLayer("", "not from Lizard", "gdal"))
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, lon, lat)

    shown = dock.values_at()
    assert list(shown) == ["Elsewhere", "Waterdepth here"]  # as the layer tree lists them: the newest on top
    click_lon, click_lat = clicked_lonlat(dock)
    assert abs(click_lon - lon) < 0.001 and abs(click_lat - lat) < 0.001
    assert float(shown["Waterdepth here"]) == pytest.approx(expected(click_lon, click_lat), rel=1e-5, abs=1e-3)
    assert shown["Elsewhere"] == "no value here"  # empty results: no value, never 0
    units = {dock.table.item(row, 0).text(): dock.table.item(row, 2).text() for row in range(dock.table.rowCount())}
    assert units["Waterdepth here"] == inside["observation_type"]["unit"]
    marker = plugin.value_at_point.tool.marker
    assert isinstance(marker, QgsVertexMarker) and marker.isVisible()
    requests = [r for r in lizard.requests if "/point/" in r.path]
    assert len(requests) == 2


def test_the_raster_selected_in_the_rasters_dock_is_asked_too(plugin, lizard, canvas, qtbot, monkeypatch):
    raster = pick(lizard)
    lon, lat = centre(raster)
    monkeypatch.setattr(plugin.docks["rasters"], "selected_raster", lambda: raster)
    show_around(canvas, lon, lat)
    plugin.docks["rasters"].toolbar.actions()[-1].trigger()  # the button in the rasters dock
    dock = answer(plugin, qtbot, canvas, lon, lat)
    value = dock.values_at()[raster["name"]]
    assert float(value) == pytest.approx(expected(*clicked_lonlat(dock)), rel=1e-5, abs=1e-3)


def test_a_failing_raster_says_why_in_one_sentence_and_the_others_still_answer(plugin, lizard, canvas, qtbot):
    raster = pick(lizard)
    lon, lat = centre(raster)
    lizard_layer(raster, "Good")
    gone = QgsRasterLayer("", "Gone", "gdal")
    gone.setCustomProperty("lizard/uuid", "00000000-0000-4000-8000-000000000000")
    QgsProject.instance().addMapLayer(gone)
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, lon, lat)
    shown = dock.values_at()
    assert float(shown["Good"]) == pytest.approx(expected(*clicked_lonlat(dock)), rel=1e-5, abs=1e-3)
    assert shown["Gone"] == "Lizard has no such object, or it is not visible with your key."


def test_without_lizard_rasters_the_dock_says_so(plugin, lizard, canvas, qtbot):
    show_around(canvas, 5.3, 52.0)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, 5.3, 52.0)
    assert dock.table.item(0, 0).text() == ("There is no Lizard raster on the map and none selected in the Lizard "
                                            "rasters dock.")


def test_a_new_click_cancels_the_stale_one(plugin, lizard, canvas, qtbot):
    raster = pick(lizard)
    lon, lat = centre(raster)
    lizard_layer(raster, "Here")
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    lizard.inject(path="/api/v4/rasters/{}/point/".format(raster["uuid"]), delay=1.5, times=1)
    click_at(canvas, qtbot, lon - 0.005, lat)
    qtbot.waitUntil(lambda: plugin.value_at_point.dock is not None, timeout=WAIT)
    first = plugin.value_at_point.dock._loader.task
    ended = []
    first.failed.connect(ended.append)
    first.succeeded.connect(ended.append)
    dock = answer(plugin, qtbot, canvas, lon, lat)
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT)
    assert isinstance(ended[0], errors.CancelledError)
    assert dock.answer_count == 1  # the stale click never reached the table
    assert float(dock.values_at()["Here"]) == pytest.approx(expected(*clicked_lonlat(dock)), rel=1e-5, abs=1e-3)
    assert abs(dock.point.x() - lon) < 0.001


# ------------------------------------------------------------------------------------------ through time


def test_a_temporal_raster_is_plotted_through_its_last_30_steps(plugin, lizard, canvas, qtbot):
    raster = pick(lizard, temporal=True, min_steps=40)
    lon, lat = centre(raster)
    lizard_layer(raster, "Rain")
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, lon, lat)

    (series,) = dock.plot.series
    steps = lizard.data.raster_steps(raster)[-30:]
    assert [int(t) for t in series.times.astype("int64")] == steps
    point = clicked_lonlat(dock)
    assert list(series.values) == pytest.approx([expected(*point, step) for step in steps], rel=1e-5, abs=1e-3)
    assert len(set(series.values)) > 1
    assert series.unit == raster["observation_type"]["unit"] and series.label == "Rain"
    assert dock.values_at()["Rain"].startswith("{:.6g} at {}".format(series.values[-1],
                                                                     times.display_utc(times.from_ms(steps[-1]),
                                                                                       seconds=None)))
    assert dock.values_at()["Rain"].split(" at ")[1].startswith("{:%Y-%m-%d %H:%M} UTC".format(
        times.from_ms(steps[-1])))  # for people: in UTC, saying so
    assert dock.plot.canvas.isVisible() and dock.export_button.isEnabled()
    assert dock.plot.figure._suptitle.get_text().startswith("Raster values through time — at ")


def test_with_the_temporal_controller_on_its_range_is_the_period(plugin, lizard, canvas, qtbot, machine_tz):
    raster = pick(lizard, temporal=True, min_steps=40)
    lon, lat = centre(raster)
    steps = lizard.data.raster_steps(raster)
    lizard_layer(raster, "Rain")
    controller = QgsTemporalNavigationObject(canvas)
    controller.setTemporalExtents(QgsDateTimeRange(
        QDateTime.fromMSecsSinceEpoch(steps[3], QTimeZone.utc()), QDateTime.fromMSecsSinceEpoch(steps[12],
                                                                                                QTimeZone.utc())))
    controller.setFrameDuration(QgsInterval(3600))
    controller.setNavigationMode(ANIMATED)
    canvas.setTemporalController(controller)
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, lon, lat)
    (series,) = dock.plot.series
    assert [int(t) for t in series.times.astype("int64")] == steps[3:13]
    assert dock.plot.cursor_time == times.to_utc(temporal_range_now(controller).begin())
    controller.setCurrentFrameNumber(2)
    assert dock.plot.cursor_time == times.from_ms(steps[3]) + datetime.timedelta(hours=2)


def test_the_plot_of_values_through_time_saves_as_png(plugin, lizard, canvas, qtbot, tmp_path):
    raster = pick(lizard, temporal=True, min_steps=40)
    lon, lat = centre(raster)
    lizard_layer(raster, "Rain")
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, lon, lat)
    path = str(tmp_path / "rain.png")
    dock.save_plot(path)
    with open(path, "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------------------------- tool and unload


def test_the_action_is_checkable_and_putting_the_tool_away_removes_the_marker(plugin, lizard, canvas, qtbot):
    raster = pick(lizard)
    lon, lat = centre(raster)
    lizard_layer(raster)
    show_around(canvas, lon, lat)
    action = value_action(plugin)
    assert action.isCheckable() and action.text() == "Lizard value at point"
    assert action in plugin.toolbar.actions() and action in plugin.docks["rasters"].toolbar.actions()
    action.trigger()
    assert action.isChecked() and canvas.mapTool() is plugin.value_at_point.tool
    answer(plugin, qtbot, canvas, lon, lat)
    marker = plugin.value_at_point.tool.marker
    assert marker is not None and marker.scene() is canvas.scene()
    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)
    assert not action.isChecked()
    assert plugin.value_at_point.tool.marker is None and marker.scene() is None


def test_unload_unsets_the_tool_and_removes_its_dock(plugin, lizard, canvas, qtbot, iface):
    raster = pick(lizard)
    lon, lat = centre(raster)
    lizard_layer(raster)
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    answer(plugin, qtbot, canvas, lon, lat)
    tool = plugin.value_at_point.tool
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, 0)
    assert canvas.mapTool() is not tool
    assert not [item for item in canvas.scene().items() if isinstance(item, QgsVertexMarker)]
    assert plugin.value_at_point is None
    assert not [d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == "LizardValueDock"]


# ------------------------------------------------------------------------------------------- saved projects


def test_a_lizard_wms_layer_keeps_its_raster_through_project_save_and_load(client, lochem_on_mapserver,  # noqa: F811
                                                                           project, tmp_path):
    ((raster, uri),) = wms.prepare_uris(client, [lochem_on_mapserver])
    layer = wms.create_layer(raster, uri)
    QgsProject.instance().addMapLayer(layer)
    units, name = layer.customProperty("lizard/units"), layer.name()
    path = str(tmp_path / "saved.qgz")
    assert QgsProject.instance().write(path)
    QgsProject.instance().clear()
    assert lizard_layer_targets() == []
    assert QgsProject.instance().read(path)
    (loaded,) = QgsProject.instance().mapLayers().values()
    assert loaded.customProperty("lizard/uuid") == raster["uuid"]
    assert loaded.customProperty("lizard/units") == units
    assert [(t.name, t.uuid) for t in lizard_layer_targets()] == [(name, raster["uuid"])]


def test_the_values_through_time_export_as_csv_and_geopackage(plugin, lizard, canvas, qtbot, tmp_path):
    raster = pick(lizard, temporal=True, min_steps=40)
    lon, lat = centre(raster)
    lizard_layer(raster, "Rain")
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, lon, lat)
    (series,) = dock.plot.series
    steps = lizard.data.raster_steps(raster)[-30:]

    path = str(tmp_path / "rain.csv")
    dock.export_values(path)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 30
    assert rows[0]["timeseries_uuid"] == raster["uuid"] and rows[0]["name"] == "Rain"
    assert rows[0]["location_code"].startswith("POINT (")
    assert [times.to_ms(row["time"]) for row in rows] == steps
    assert [float(row["value"]) for row in rows] == pytest.approx(list(series.values))

    gpkg = str(tmp_path / "rain.gpkg")
    dock.export_values(gpkg)
    table = QgsVectorLayer("{}|layername=lizard_raster_values".format(gpkg), "values", "ogr")
    assert table.isValid() and table.featureCount() == 30
    with pytest.raises(errors.InvalidRequestError):
        dock.export_values(str(tmp_path / "rain.xlsx"))
    assert sorted(os.listdir(tmp_path)) == ["rain.csv", "rain.gpkg"]


def test_the_cross_stays_on_the_clicked_place_when_the_map_changes_crs(plugin, lizard, canvas, qtbot):
    raster = pick(lizard)
    lon, lat = centre(raster)
    lizard_layer(raster)
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, lon, lat)
    click_lon, click_lat = clicked_lonlat(dock)
    tool = plugin.value_at_point.tool
    for crs, tolerance in ((WGS84, 1e-6), (QgsCoordinateReferenceSystem("EPSG:3857"), 0.5)):
        assert canvas.mapSettings().destinationCrs() != crs
        canvas.setDestinationCrs(crs)
        show_around(canvas, lon, lat)
        expected = QgsCoordinateTransform(WGS84, crs, QgsProject.instance()).transform(QgsPointXY(click_lon, click_lat))
        centre_now = tool.marker.center()
        assert abs(centre_now.x() - expected.x()) < tolerance and abs(centre_now.y() - expected.y()) < tolerance
    canvas.setMapTool(QgsMapToolPan(canvas))  # put away: no longer follows the map
    assert tool.marker is None
    canvas.setDestinationCrs(WGS84)  # and nothing breaks
