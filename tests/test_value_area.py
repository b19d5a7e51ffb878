"""The value tool over an area against the fake Lizard: a dragged rectangle and the selected polygons give every
Lizard raster's mean, min and max (core/rasters/zonal.py), on coarser pixels when the area is large or detailed."""

import pytest
import requests
import test_value_tool
from lizard_explorer.core import times
from qgis.core import (
    QgsCoordinateTransform,
    QgsDateTimeRange,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsTemporalNavigationObject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QEvent, QPoint, QPointF, Qt, QTimeZone
from qgis.PyQt.QtGui import QKeyEvent, QMouseEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication
from test_value_tool import (
    ANIMATED,
    RD,
    WAIT,
    WGS84,
    answer,
    centre,
    clicked_lonlat,
    expected,
    lizard_layer,
    pick,
    show_around,
    value_action,
)

canvas, plugin, project = test_value_tool.canvas, test_value_tool.plugin, test_value_tool.project  # the fixtures


def pixel_of(canvas, lon, lat):
    transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    pixel = canvas.getCoordinateTransform().transform(transform.transform(QgsPointXY(lon, lat)))
    return QPoint(int(round(pixel.x())), int(round(pixel.y())))


def drag(canvas, start, end):
    """A real left-button drag on the canvas's viewport from one pixel to another."""
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for fraction in (0.25, 0.5, 1.0):  # sent as events: QTest.mouseMove does not carry the pressed button
        at = start + (end - start) * fraction
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, QPointF(at), Qt.MouseButton.NoButton,
                                                     Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def answer_area(plugin, qtbot, canvas, west_south, east_north):
    """Drag from one WGS84 corner to the other with the tool and wait for the dock's answers; returns it."""
    assert canvas.mapTool() is plugin.value_at_point.tool
    before = plugin.value_at_point.dock.answer_count if plugin.value_at_point.dock is not None else 0
    drag(canvas, pixel_of(canvas, *west_south), pixel_of(canvas, *east_north))
    qtbot.waitUntil(lambda: plugin.value_at_point.dock is not None
                    and plugin.value_at_point.dock.answer_count > before, timeout=WAIT)
    return plugin.value_at_point.dock


def zonal_requests(lizard):
    return [r for r in lizard.requests if r.path.endswith("/zonal/")]


def lizard_says(lizard, request):
    """What the fake Lizard answers to the same zonal request (its value, or None)."""
    query = {name: values[0] for name, values in request.query.items()}
    rows = requests.get(lizard.base_url + request.path, params=query, timeout=10).json()["results"]
    return rows[-1]["value"] if rows else None


def test_a_dragged_rectangle_shows_each_rasters_mean_min_and_max_over_it(plugin, lizard, canvas, qtbot):
    raster = pick(lizard)
    lon, lat = centre(raster)
    outside = pick(lizard, outside=(lon, lat))
    lizard_layer(raster, "Depth")
    lizard_layer(outside, "Elsewhere")
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    west_south, east_north = (lon - 0.004, lat - 0.002), (lon + 0.004, lat + 0.002)
    dock = answer_area(plugin, qtbot, canvas, west_south, east_north)

    asked = {r.query["zonal_statistic"][0]: r for r in zonal_requests(lizard) if raster["uuid"] in r.path}
    assert sorted(asked) == ["max", "mean", "min"]
    box = QgsGeometry.fromWkt(asked["mean"].query["geom"][0]).boundingBox()  # the rectangle, in WGS84
    for got, wanted in zip((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()),
                           west_south + east_north):
        assert got == pytest.approx(wanted, abs=0.0003)  # a pixel of the 400 × 300 canvas is ~0.0001°
    assert "pixel_size" not in asked["mean"].query  # a small area: the raster's own pixels
    said = {name: lizard_says(lizard, request) for name, request in asked.items()}
    assert said["min"] < said["mean"] < said["max"]
    shown = dock.values_at()
    assert shown["Depth"] == "mean {:.6g} · min {:.6g} · max {:.6g}".format(said["mean"], said["min"], said["max"])
    assert shown["Elsewhere"] == "no value here"
    units = {dock.table.item(row, 0).text(): dock.table.item(row, 2).text() for row in range(dock.table.rowCount())}
    assert units["Depth"] == raster["observation_type"]["unit"]
    tool = plugin.value_at_point.tool
    assert tool.band is not None and tool.band.isVisible() and tool.marker is None  # outlined, no cross
    assert dock.point_label.text().startswith("Area {:.5f}, {:.5f}".format(*west_south)[:10])

    answer(plugin, qtbot, canvas, lon, lat)  # a click afterwards: a value at a point again, the outline gone
    assert tool.band is None and tool.marker is not None
    assert float(dock.values_at()["Depth"]) == pytest.approx(expected(*clicked_lonlat(dock)), rel=1e-5, abs=1e-3)


def test_a_large_area_is_asked_on_coarser_pixels_and_says_so(plugin, lizard, canvas, qtbot):
    raster = next(r for r in lizard.data.rasters if r["access_modifier"] == "Public" and not r["temporal"]
                  and r["projection"] == "EPSG:28992" and abs(r["pixelsize_x"]) <= 0.5)
    lon, lat = centre(raster)
    lizard_layer(raster, "Depth")
    show_around(canvas, lon, lat, half=0.02)
    value_action(plugin).trigger()
    # ~1.4 × 1.1 km: some 6,000,000 of its 0.5 m pixels, more than one request may cover (the fake refuses it)
    dock = answer_area(plugin, qtbot, canvas, (lon - 0.01, lat - 0.005), (lon + 0.01, lat + 0.005))

    asked = {r.query["zonal_statistic"][0]: r for r in zonal_requests(lizard)}
    size = float(asked["mean"].query["pixel_size"][0])
    assert asked["mean"].query["zonal_projection"] == ["EPSG:28992"]
    assert size == 2.0  # the smallest round size keeping the area under 1,000,000 pixels
    said = {name: lizard_says(lizard, request) for name, request in asked.items()}
    assert dock.values_at()["Depth"] == (
        "mean {:.6g} · min {:.6g} · max {:.6g} (pixels of {:g} m in EPSG:28992: coarser than the raster's own for "
        "this area)".format(
            said["mean"], said["min"], said["max"], size))


def lizard_rows(lizard, request):
    """The fake Lizard's rows for the same request: [(epoch ms, value), ...] in time order."""
    query = {name: values[0] for name, values in request.query.items()}
    rows = requests.get(lizard.base_url + request.path, params=query, timeout=10).json()["results"]
    return sorted((times.to_ms(times.parse(row["time"])), row["value"]) for row in rows)


def test_a_temporal_rasters_mean_over_the_area_is_plotted_through_its_last_30_steps(plugin, lizard, canvas, qtbot):
    raster = pick(lizard, temporal=True, min_steps=40)
    lon, lat = centre(raster)
    lizard_layer(raster, "Rain")
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer_area(plugin, qtbot, canvas, (lon - 0.004, lat - 0.002), (lon + 0.004, lat + 0.002))
    steps = lizard.data.raster_steps(raster)[-30:]
    (mean,) = [r for r in zonal_requests(lizard) if r.query["zonal_statistic"] == ["mean"]]
    rows = lizard_rows(lizard, mean)
    assert [ms for ms, _value in rows] == steps  # one request: the mean at each of the last 30 steps

    (series,) = dock.plot.series
    assert [int(t) for t in series.times.astype("int64")] == steps
    assert list(series.values) == pytest.approx([value for _ms, value in rows])
    assert series.label == "Rain (mean over the area)" and series.unit == raster["observation_type"]["unit"]
    shown = dock.values_at()["Rain"]
    assert shown.startswith("mean {:.6g} ".format(rows[-1][1]))
    assert " at {} ".format(times.display_utc(times.from_ms(steps[-1]), seconds=None)) in shown
    assert shown.endswith("(the mean through time in the plot)") and dock.export_button.isEnabled()
    assert dock.plot.figure._suptitle.get_text().endswith("means over the area")


def test_with_the_temporal_controller_on_an_areas_statistics_are_at_the_last_step_in_its_range(plugin, lizard,
                                                                                               canvas, qtbot,
                                                                                               machine_tz):
    raster = pick(lizard, temporal=True, min_steps=20)
    lon, lat = centre(raster)
    steps = lizard.data.raster_steps(raster)
    lizard_layer(raster, "Rain")
    controller = QgsTemporalNavigationObject(canvas)
    controller.setTemporalExtents(QgsDateTimeRange(QDateTime.fromMSecsSinceEpoch(steps[3], QTimeZone.utc()),
                                                   QDateTime.fromMSecsSinceEpoch(steps[12], QTimeZone.utc())))
    controller.setNavigationMode(ANIMATED)
    canvas.setTemporalController(controller)
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer_area(plugin, qtbot, canvas, (lon - 0.004, lat - 0.002), (lon + 0.004, lat + 0.002))
    (mean,) = [r for r in zonal_requests(lizard) if r.query["zonal_statistic"] == ["mean"]]
    assert times.to_ms(times.parse(mean.query["start"][0])) == steps[3]
    assert times.to_ms(times.parse(mean.query["stop"][0])) == steps[12]
    shown = dock.values_at()["Rain"]
    assert " at {} ".format(times.display_utc(times.from_ms(steps[12]), seconds=None)) in shown
    assert shown.startswith("mean {:.6g} ".format(lizard_says(lizard, mean)))
    (series,) = dock.plot.series
    assert [int(t) for t in series.times.astype("int64")] == steps[3:13]  # the controller's range


def test_escape_while_dragging_drops_the_rectangle_and_asks_nothing(plugin, lizard, canvas, qtbot):
    raster = pick(lizard)
    lon, lat = centre(raster)
    lizard_layer(raster, "Depth")
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    tool, viewport = plugin.value_at_point.tool, canvas.viewport()
    start, end = pixel_of(canvas, lon - 0.004, lat - 0.002), pixel_of(canvas, lon + 0.004, lat + 0.002)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, QPointF(end), Qt.MouseButton.NoButton,
                                                 Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert tool.band is not None and tool.band.isVisible()  # the rectangle follows the mouse
    tool.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QCoreApplication.processEvents()
    assert tool.band is None and tool.marker is None
    assert plugin.value_at_point.dock is None and not zonal_requests(lizard)  # nothing asked


def rd_squares(lon, lat, offsets, half=150.0):
    """A polygon layer in RD with a square of ``2 * half`` metres around each (dx, dy) metres from (lon, lat)."""
    x, y = QgsCoordinateTransform(WGS84, RD, QgsProject.instance()).transform(QgsPointXY(lon, lat))
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=name:string", "parcels", "memory")
    features = []
    for number, (dx, dy) in enumerate(offsets):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x + dx - half, y + dy - half, x + dx + half,
                                                              y + dy + half)))
        feature.setAttributes(["parcel {}".format(number)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_the_selected_polygons_give_each_rasters_mean_min_and_max_over_them(plugin, lizard, canvas, qtbot, iface):
    raster = pick(lizard)
    lon, lat = centre(raster)
    lizard_layer(raster, "Depth")
    parcels = rd_squares(lon, lat, [(-400, 0), (400, 0), (0, 400)])
    parcels.selectByIds([f.id() for f in parcels.getFeatures() if f["name"] != "parcel 2"])
    iface.setActiveLayer(parcels)
    show_around(canvas, lon, lat)
    value_action(plugin).trigger()
    dock = answer(plugin, qtbot, canvas, lon, lat)  # a point first: its cross goes when the polygons are asked
    before = dock.answer_count
    dock.selection_button.click()
    qtbot.waitUntil(lambda: dock.answer_count > before, timeout=WAIT)

    label = dock.point_label.text()  # "polygons" with the English translation loaded, "polygon(s)" without it
    assert label.startswith("2 selected polygon") and label.endswith(" of “parcels”: mean, min and max over them")
    asked = {r.query["zonal_statistic"][0]: r for r in zonal_requests(lizard)}
    sent = QgsGeometry.fromWkt(asked["mean"].query["geom"][0])
    selected = [f.geometry() for f in parcels.getSelectedFeatures()]
    for geometry in selected:
        geometry.transform(QgsCoordinateTransform(RD, WGS84, QgsProject.instance()))
    union = QgsGeometry.unaryUnion(selected)
    assert sent.isMultipart() and sent.symDifference(union).area() < 1e-4 * union.area()  # to 7 decimals
    said = {name: lizard_says(lizard, request) for name, request in asked.items()}
    assert dock.values_at()["Depth"] == "mean {:.6g} · min {:.6g} · max {:.6g}".format(
        said["mean"], said["min"], said["max"])
    assert plugin.value_at_point.tool.marker is None


def test_without_selected_polygons_the_dock_says_what_to_do(plugin, lizard, canvas, qtbot, iface):
    raster = pick(lizard)
    lizard_layer(raster, "Depth")
    parcels = rd_squares(*centre(raster), [(0, 0)])
    iface.setActiveLayer(parcels)
    value_action(plugin).trigger()
    dock = plugin.value_at_point.ensure_dock()
    dock.selection_button.click()
    assert dock.table.item(0, 0).text() == "Select polygons of “parcels” first."
    iface.setActiveLayer(QgsProject.instance().mapLayersByName("Depth")[0])
    dock.selection_button.click()
    assert dock.table.item(0, 0).text() == "Make a polygon layer active and select polygons in it."
    assert not zonal_requests(lizard)


def test_a_polygon_too_detailed_for_the_rasters_pixels_is_asked_on_coarser_ones(plugin, lizard, canvas, qtbot,
                                                                                  iface):
    raster = next(r for r in lizard.data.rasters if r["access_modifier"] == "Public" and not r["temporal"]
                  and r["projection"] == "EPSG:28992" and abs(r["pixelsize_x"]) <= 0.5)
    lon, lat = centre(raster)
    lizard_layer(raster, "Depth")
    x, y = QgsCoordinateTransform(WGS84, RD, QgsProject.instance()).transform(QgsPointXY(lon, lat))
    teeth = ", ".join("{} {}".format(x + i * 0.5, y + (2.0 if i % 2 else 0.0)) for i in range(800))  # 2 m teeth
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "ditch", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON (({0} {1}, {2}, {3} {1}, {0} {1}))".format(
        x, y - 30, teeth, x + 399.5)))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    iface.setActiveLayer(layer)
    value_action(plugin).trigger()
    dock = plugin.value_at_point.ensure_dock()
    before = dock.answer_count
    dock.selection_button.click()
    qtbot.waitUntil(lambda: dock.answer_count > before, timeout=WAIT)
    (mean,) = [r for r in zonal_requests(lizard) if r.query["zonal_statistic"] == ["mean"]]
    size = float(mean.query["pixel_size"][0])
    assert size > 2.0 and len(mean.query["geom"][0]) <= 6000  # its 2 m teeth simplified away on coarser pixels
    assert "(pixels of {:g} m in EPSG:28992: coarser than the raster's own".format(size) in dock.values_at()["Depth"]
