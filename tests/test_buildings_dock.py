"""The "Lizard buildings" dock against the fake Lizard: areas, count, streaming load, cancel, output, table."""

import json

import pytest
from lizard_explorer.core.buildings.buildings import bbox_text
from lizard_explorer.ui.buildings_dock import BuildingsDock
from lizard_explorer.ui.buildings_filters import DRAWN, EXTENT, SELECTION
from lizard_explorer.ui.buildings_load import GEOPACKAGE
from lizard_explorer.ui.map_tools import POLYGON
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsMapMouseEvent, QgsMapToolPan
from qgis.PyQt.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime

WAIT = 20000
RD = QgsCoordinateReferenceSystem("EPSG:28992")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SAMPLE_ID = 15614306
RIJSWIJK = QgsRectangle(4.300, 52.022, 4.322, 52.036)  # part of the Rijswijk cluster, with the sample
SNEEK = QgsRectangle(5.640, 53.020, 5.680, 53.045)  # the whole Sneek cluster (Frisian street names)


# --------------------------------------------------------------------------------------------- fixtures


def opened_dock(dock_class, iface, qtbot, lizard, monkeypatch):
    """A dock of ``dock_class`` on the fake Lizard, shown in the main window; cancelled and removed after."""
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    widget = dock_class(iface, iface.mainWindow())
    iface.addDockWidget(Qt.RightDockWidgetArea, widget)
    qtbot.waitUntil(widget.isVisible, timeout=5000)
    yield widget
    widget.cancel()
    iface.removeDockWidget(widget)
    widget.setParent(None)
    widget.deleteLater()


@pytest.fixture
def dock(iface, qtbot, lizard, monkeypatch):
    yield from opened_dock(BuildingsDock, iface, qtbot, lizard, monkeypatch)


@pytest.fixture
def canvas(iface):
    canvas = iface.mapCanvas()
    crs, extent, tool = canvas.mapSettings().destinationCrs(), canvas.extent(), canvas.mapTool()
    canvas.setDestinationCrs(WGS84)
    yield canvas
    canvas.setDestinationCrs(crs)
    # A canvas that showed nothing cannot be given its empty extent back: leave it showing the world (other
    # tests search "in the map extent" with whatever extent they find).
    canvas.setExtent(extent if not extent.isEmpty() else QgsRectangle(-180, -90, 180, 90))
    if canvas.mapTool() is not tool:
        canvas.unsetMapTool(canvas.mapTool())


@pytest.fixture
def project(qgis_new_project):
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


def overlapping(lizard, box):
    """Ids of the fake's buildings whose bounding box overlaps ``box`` (what ``in_bbox`` means)."""
    west, south, east, north = box
    return {ident for ident, (x0, y0, x1, y1) in lizard.data.building_bbox.items()
            if x0 <= east and west <= x1 and y0 <= north and south <= y1}


def intersecting(lizard, geometry):
    """Ids of the fake's buildings whose shape intersects the WGS84 ``geometry``."""
    found = set()
    for building in lizard.data.buildings:
        ring = [QgsPointXY(x, y) for x, y, *_ in building["geometry"]["coordinates"][0]]
        if QgsGeometry.fromPolygonXY([ring]).intersects(geometry):
            found.add(building["id"])
    return found


def building_requests(lizard):
    return [r for r in lizard.requests if r.path == "/api/v4/buildings/"]


def sent_box(lizard, canvas):
    """The map extent (the canvas is in WGS84) as (west, south, east, north), checked to be what was sent.

    (Requests of an earlier test's cancelled load may still arrive late, so the first request is not enough.)
    """
    box = canvas.extent()
    text = bbox_text(box)
    assert text in [r.query.get("in_bbox", [None])[0] for r in building_requests(lizard)]
    return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()


def sent_shape(lizard):
    return QgsGeometry.fromWkt(next(r.query["geom_intersects"][0] for r in building_requests(lizard)
                                    if "geom_intersects" in r.query))


def run_load(dock, qtbot, timeout=WAIT):
    with qtbot.waitSignal(dock.load_ended, timeout=timeout):
        dock.load()
    return dock.layer


def ids_of(layer):
    return [feature["id"] for feature in layer.getFeatures()]


def show(canvas, box):
    canvas.setExtent(box)
    canvas.refresh()


# ------------------------------------------------------------------------------------------ the area


def test_map_extent_loads_exactly_the_buildings_overlapping_it_longitude_first(dock, canvas, project, lizard,
                                                                                qtbot):
    show(canvas, RIJSWIJK)
    layer = run_load(dock, qtbot)
    box = sent_box(lizard, canvas)
    west, south, east, north = (float(v) for v in bbox_text(canvas.extent()).split(","))
    assert 4.2 < west < east < 4.4 and 51.9 < south < north < 52.1  # what was sent is longitude first
    expected = overlapping(lizard, box)
    assert len(expected) > 100
    assert sorted(ids_of(layer)) == sorted(expected)
    assert dock.area_band is not None  # the extent that was used stays outlined
    assert layer.id() in project.mapLayers()


def test_selection_in_rd_becomes_a_wgs84_intersects_request(dock, canvas, project, lizard, iface, qtbot):
    polygons, feature = selected_rd_polygon(
        project, iface, ((4.305, 52.024), (4.318, 52.026), (4.316, 52.034), (4.303, 52.031)))
    dock.set_area_mode(SELECTION)
    assert dock.area_band is not None  # the selection is outlined

    layer = run_load(dock, qtbot)

    sent = next(r.query for r in building_requests(lizard) if "geom_intersects" in r.query)
    assert "in_bbox" not in sent
    shape = QgsGeometry.fromWkt(sent["geom_intersects"][0])
    box = shape.boundingBox()
    assert 4.30 < box.xMinimum() < box.xMaximum() < 4.32 and 52.02 < box.yMinimum() < box.yMaximum() < 52.04
    in_wgs84 = QgsGeometry(feature.geometry())
    in_wgs84.transform(QgsCoordinateTransform(RD, WGS84, QgsProject.instance()))
    expected = intersecting(lizard, in_wgs84)
    assert expected and sorted(ids_of(layer)) == sorted(expected)


def to_pixel(canvas, x, y):
    point = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(round(point.x()), round(point.y()))


def click(canvas, tool, x, y, button=Qt.LeftButton):
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, to_pixel(canvas, x, y), button)
    tool.canvasReleaseEvent(event)


def test_drawn_polygon_filters_and_the_previous_map_tool_comes_back(dock, canvas, project, lizard, qtbot):
    show(canvas, RIJSWIJK)
    pan = QgsMapToolPan(canvas)
    canvas.setMapTool(pan)
    tool = dock.start_drawing(POLYGON)
    assert canvas.mapTool() is tool
    for x, y in ((4.306, 52.025), (4.316, 52.025), (4.311, 52.033)):
        click(canvas, tool, x, y)
    click(canvas, tool, 4.311, 52.033, Qt.RightButton)  # finishes
    assert canvas.mapTool() is pan
    assert dock.area_mode() == DRAWN and dock.area_band is not None

    layer = run_load(dock, qtbot)

    shape = sent_shape(lizard)
    expected = intersecting(lizard, shape)
    assert expected and sorted(ids_of(layer)) == sorted(expected)
    dock.clear_drawn()
    assert dock.area_band is None


def test_dragged_rectangle_becomes_the_area(dock, canvas, project, lizard, qtbot):
    show(canvas, RIJSWIJK)
    tool = dock.start_drawing()
    for kind, (x, y) in ((QEvent.MouseButtonPress, (4.305, 52.025)), (QEvent.MouseMove, (4.310, 52.028)),
                         (QEvent.MouseButtonRelease, (4.315, 52.031))):
        event = QgsMapMouseEvent(canvas, kind, to_pixel(canvas, x, y), Qt.LeftButton)
        {QEvent.MouseButtonPress: tool.canvasPressEvent, QEvent.MouseMove: tool.canvasMoveEvent,
         QEvent.MouseButtonRelease: tool.canvasReleaseEvent}[kind](event)
    assert dock.area_mode() == DRAWN and canvas.mapTool() is not tool
    layer = run_load(dock, qtbot)
    box = sent_shape(lizard).boundingBox()
    assert abs(box.xMinimum() - 4.305) < 1e-3 and abs(box.yMaximum() - 52.031) < 1e-3
    assert sorted(ids_of(layer)) == sorted(intersecting(lizard, QgsGeometry.fromRect(box)))


def test_unloading_while_drawing_unsets_the_tool_and_removes_the_outline(dock, canvas, project):
    show(canvas, RIJSWIJK)
    dock.set_drawn_shape(QgsGeometry.fromRect(QgsRectangle(4.30, 52.02, 4.31, 52.03)), WGS84)
    tool = dock.start_drawing()
    assert dock.area_band is not None and canvas.mapTool() is tool
    dock.cancel()
    assert canvas.mapTool() is not tool and dock.area_band is None


def in_crs(geometry, crs):
    """A copy of WGS84 ``geometry`` in ``crs``."""
    geometry = QgsGeometry(geometry)
    geometry.transform(QgsCoordinateTransform(WGS84, crs, QgsProject.instance()))
    return geometry


def selected_rd_polygon(project, iface, lonlats):
    """A memory layer in RD New with one polygon through ``lonlats`` (WGS84 corners), in the project, active
    and selected: what a user picks for "selected features". Returns (layer, feature)."""
    to_rd = QgsCoordinateTransform(WGS84, RD, QgsProject.instance())
    corners = [to_rd.transform(QgsPointXY(x, y)) for x, y in lonlats]
    polygons = QgsVectorLayer("Polygon?crs=EPSG:28992", "polder", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPolygonXY([corners]))
    polygons.dataProvider().addFeatures([feature])
    project.addMapLayer(polygons)
    iface.setActiveLayer(polygons)
    polygons.selectAll()
    return polygons, feature


def near(drawn, expected, tolerance):
    """Whether the outline ``drawn`` lies where ``expected`` is: every vertex of each within ``tolerance`` of
    the other's boundary, and not empty."""
    if drawn.isEmpty() or expected.isEmpty():
        return False
    return all(QgsGeometry.fromPointXY(QgsPointXY(v)).distance(QgsGeometry(b.constGet().boundary())) <= tolerance
               for a, b in ((drawn, expected), (expected, drawn)) for v in a.vertices())


def drag_rectangle(canvas, tool, start, end):
    for kind, (x, y) in ((QEvent.MouseButtonPress, start), (QEvent.MouseMove, end), (QEvent.MouseButtonRelease, end)):
        event = QgsMapMouseEvent(canvas, kind, to_pixel(canvas, x, y), Qt.LeftButton)
        {QEvent.MouseButtonPress: tool.canvasPressEvent, QEvent.MouseMove: tool.canvasMoveEvent,
         QEvent.MouseButtonRelease: tool.canvasReleaseEvent}[kind](event)


def test_the_outline_of_a_drawn_shape_follows_a_change_of_the_map_crs(dock, canvas, project):
    show(canvas, RIJSWIJK)
    listeners = canvas.receivers(canvas.destinationCrsChanged)
    drag_rectangle(canvas, dock.start_drawing(), (4.305, 52.025), (4.315, 52.031))
    drawn = QgsGeometry.fromRect(QgsRectangle(4.305, 52.025, 4.315, 52.031))
    band, area = dock.area_band, dock.area().geometry.asWkt()
    assert near(band.asGeometry(), drawn, 2e-4)  # a pixel or so

    canvas.setDestinationCrs(RD)
    assert dock.area_band is band and near(band.asGeometry(), in_crs(drawn, RD), 15)  # metres now
    assert dock.area().geometry.asWkt() == area  # the area a load uses is the same place
    canvas.setDestinationCrs(WGS84)
    assert near(band.asGeometry(), drawn, 2e-4)

    assert canvas.receivers(canvas.destinationCrsChanged) == listeners + 1  # the outline follows the map
    dock.cancel()
    assert dock.area_band is None and canvas.receivers(canvas.destinationCrsChanged) == listeners


def test_a_polygon_being_drawn_keeps_its_vertices_when_the_map_crs_changes(dock, canvas, project):
    show(canvas, RIJSWIJK)
    tool = dock.start_drawing(POLYGON)
    corners = [(4.306, 52.025), (4.316, 52.025), (4.311, 52.033)]
    for x, y in corners[:2]:
        click(canvas, tool, x, y)
    canvas.setDestinationCrs(RD)
    show(canvas, in_crs(QgsGeometry.fromRect(RIJSWIJK), RD).boundingBox())
    third = in_crs(QgsGeometry.fromPointXY(QgsPointXY(*corners[2])), RD).asPoint()
    click(canvas, tool, third.x(), third.y())
    click(canvas, tool, third.x(), third.y(), Qt.RightButton)  # finishes
    assert dock.area_mode() == DRAWN
    triangle = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in corners]])
    assert near(dock.area().geometry, triangle, 1e-4)  # where the user clicked, in whichever CRS
    assert near(dock.area_band.asGeometry(), in_crs(triangle, RD), 15)


# ------------------------------------------------------------------------------------- count and load


def test_count_says_how_many_buildings_match(dock, canvas, lizard, qtbot):
    show(canvas, RIJSWIJK)
    with qtbot.waitSignal(dock.counted, timeout=WAIT):
        dock.count()
    expected = len(overlapping(lizard, sent_box(lizard, canvas)))
    assert dock.last_count == expected
    assert str(expected) in dock.status.text()


def test_valid_at_is_shown_and_sent_in_utc_whatever_the_machine_zone(dock, canvas, lizard, qtbot, machine_tz):
    show(canvas, RIJSWIJK)
    dock.valid_check.setChecked(True)
    dock.valid_edit.setDateTime(QDateTime(QDate(2015, 6, 1), QTime(12, 30), Qt.TimeSpec.UTC))
    assert dock.valid_edit.text() == "2015-06-01 12:30"  # what the user reads is UTC, as the tooltip says
    assert dock.valid_edit.toolTip() == "UTC"
    with qtbot.waitSignal(dock.counted, timeout=WAIT):
        dock.count()
    assert building_requests(lizard)[-1].query["valid_at"] == ["2015-06-01T12:30:00Z"]


def test_count_says_so_when_lizard_does_not_count(dock, canvas, lizard, qtbot):
    lizard.buildings_mode = "bare"
    show(canvas, RIJSWIJK)
    with qtbot.waitSignal(dock.counted, timeout=WAIT):
        dock.count()
    assert dock.last_count is None and "does not count" in dock.status.text()


def test_load_brings_every_building_once_with_its_addresses(dock, canvas, project, lizard, qtbot):
    show(canvas, RIJSWIJK)
    layer = run_load(dock, qtbot)
    ids = ids_of(layer)
    assert len(ids) == len(set(ids)) == len(overlapping(lizard, sent_box(lizard, canvas)))
    assert layer.wkbType() == QgsWkbTypes.MultiPolygon and layer.crs() == WGS84
    assert dock.model.rowCount() == len(ids)

    by_id = {feature["id"]: feature for feature in layer.getFeatures()}
    sample = by_id[SAMPLE_ID]
    assert (sample["street"], sample["house_number"], sample["postalcode"]) == ("Suze Groenewegstraat", 32, "2286JG")
    assert sample["code"] == "0603100000003566" and sample["build_year"] == 1970
    assert sample.geometry().wkbType() == QgsWkbTypes.MultiPolygon
    source = {b["id"]: b for b in lizard.data.buildings}
    several = next(i for i in ids if len(source[i]["addresses"]) > 1)
    assert by_id[several]["address_count"] == len(source[several]["addresses"])
    assert json.loads(by_id[several]["addresses"]) == source[several]["addresses"]
    none = next(i for i in ids if not source[i]["addresses"])
    assert by_id[none]["address_count"] == 0 and not by_id[none]["street"]


def test_cancel_keeps_the_buildings_that_arrived_in_a_valid_layer(dock, canvas, project, lizard, qtbot):
    show(canvas, QgsRectangle(4.29, 52.015, 4.335, 52.045))
    lizard.inject(delay=0.01, times=1, path="/api/v4/buildings/")  # the first page comes at once
    lizard.inject(delay=1.5, times=40, path="/api/v4/buildings/")  # the others are slow
    dock.load()
    layer = dock.layer
    qtbot.waitUntil(lambda: layer.featureCount() > 0, timeout=WAIT)
    with qtbot.waitSignal(dock.load_ended, timeout=WAIT):
        dock.cancel_button.click()
    lizard.clear_faults()
    count = layer.featureCount()
    assert layer.isValid() and 0 < count < len(overlapping(lizard, sent_box(lizard, canvas)))
    assert layer.id() in project.mapLayers() and dock.model.rowCount() == count
    assert not dock.loading and dock.load_button.isEnabled()
    assert "Stopped" in dock.status.text()


def test_bare_truncated_answers_lose_no_building(dock, canvas, project, lizard, qtbot):
    lizard.buildings_mode = "bare"
    show(canvas, RIJSWIJK)
    layer = run_load(dock, qtbot)
    expected = overlapping(lizard, sent_box(lizard, canvas))
    assert len(expected) > 100
    assert sorted(ids_of(layer)) == sorted(expected)


def test_when_lizard_keeps_truncating_the_user_gets_what_arrived_and_which_boxes(dock, canvas, project, lizard,
                                                                                qtbot, iface, monkeypatch):
    from lizard_explorer.core.buildings import buildings

    lizard.buildings_mode = "bare"
    monkeypatch.setattr(buildings, "MAX_SPLITS", 0, raising=False)
    show(canvas, RIJSWIJK)
    layer = run_load(dock, qtbot)
    assert layer.featureCount() == 100  # the one truncated answer
    (warning,) = iface.messageBar().get_messages(Qgis.Warning)
    assert "may be missing" in warning and bbox_text(canvas.extent()) in warning
    assert "may be missing" in dock.status.text()
    assert str(layer.featureCount()) in dock.status.text()


def test_maximum_count_limits_the_load(dock, canvas, project, qtbot):
    show(canvas, RIJSWIJK)
    dock.max_spin.setValue(150)
    layer = run_load(dock, qtbot)
    assert layer.featureCount() == 150


def test_geopackage_output_is_written_and_added(dock, canvas, project, lizard, qtbot, tmp_path):
    show(canvas, SNEEK)
    path = str(tmp_path / "sneek.gpkg")
    dock.set_output(GEOPACKAGE, path)
    layer = run_load(dock, qtbot)
    assert layer is not None, (dock.status.text(), dock.iface.messageBar().get_messages(Qgis.Critical))
    assert layer.providerType() == "ogr" and layer.source().startswith(path)
    assert list(project.mapLayers().values()) == [layer]  # the temporary preview is gone
    expected = overlapping(lizard, sent_box(lizard, canvas))
    assert sorted(ids_of(layer)) == sorted(expected)
    streets = {feature["street"] for feature in layer.getFeatures()}
    assert "Súdwei" in streets  # non-ASCII street names survive
    on_disk = QgsVectorLayer(path, "check", "ogr")
    assert on_disk.featureCount() == len(expected) and on_disk.crs() == WGS84
    assert dock.model.rowCount() == len(expected)


def gpkg_with(path, *names):
    """A GeoPackage at ``path`` with a point layer (one feature) for each of ``names``."""
    from osgeo import ogr

    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name in names:
        layer = source.CreateLayer(name, None, ogr.wkbPoint)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (5 52)"))
        layer.CreateFeature(feature)
        feature = layer = None
    source = None
    return str(path)


def gpkg_layers(path):
    from lizard_explorer.core.buildings.geopackage import layer_names

    return sorted(layer_names(str(path)))


def answer_replace(monkeypatch, answer):
    """The replace question answered with ``answer`` (True: Yes); returns the list of questions asked."""
    asked = []
    monkeypatch.setattr(BuildingsDock, "confirm_replace_layer",
                        lambda self, path, layer: asked.append((path, layer)) or answer, raising=False)
    return asked


def test_geopackage_output_keeps_the_other_layers_of_an_existing_file(dock, canvas, project, qtbot, tmp_path,
                                                                     monkeypatch):
    path = gpkg_with(tmp_path / "city.gpkg", "roads")
    asked = answer_replace(monkeypatch, False)
    show(canvas, SNEEK)
    dock.set_output(GEOPACKAGE, path)
    layer = run_load(dock, qtbot)
    assert layer is not None and layer.featureCount() > 0
    assert asked == []  # nothing of the same name to replace: no question
    assert gpkg_layers(path) == ["buildings", "roads"]
    assert QgsVectorLayer(path + "|layername=roads", "roads", "ogr").featureCount() == 1


def test_replacing_the_buildings_layer_of_a_geopackage_is_asked_first(dock, canvas, project, qtbot, tmp_path,
                                                                     monkeypatch):
    path = gpkg_with(tmp_path / "city.gpkg", "roads", "buildings")
    asked = answer_replace(monkeypatch, False)
    show(canvas, SNEEK)
    dock.set_output(GEOPACKAGE, str(tmp_path / "city"))  # the suffix the dock adds does not skip the question
    assert dock.load() is None
    assert asked == [(path, "buildings")] and "was kept" in dock.status.text()
    assert QgsVectorLayer(path + "|layername=buildings", "b", "ogr").featureCount() == 1  # untouched
    answer_replace(monkeypatch, True)
    layer = run_load(dock, qtbot)
    assert layer is not None and layer.featureCount() > 1
    assert gpkg_layers(path) == ["buildings", "roads"]
    assert QgsVectorLayer(path + "|layername=roads", "roads", "ogr").featureCount() == 1


def test_geopackage_needs_a_file(dock, canvas, project):
    dock.set_output(GEOPACKAGE)
    assert dock.load() is None
    assert "GeoPackage" in dock.status.text()


# -------------------------------------------------------------------------------- table and errors


def test_clicking_a_row_selects_and_shows_the_building_and_map_selection_selects_rows(
        dock, canvas, project, qtbot, iface):
    show(canvas, RIJSWIJK)
    layer = run_load(dock, qtbot)
    row = 3
    index = dock.model.index(row, 1)
    rect = dock.results.visualRect(index)
    qtbot.mouseClick(dock.results.viewport(), Qt.LeftButton, pos=rect.center())
    fid = dock.model.feature_id(row)
    assert layer.selectedFeatureIds() == [fid]
    assert canvas.center().distance(layer.getFeature(fid).geometry().boundingBox().center()) < 1e-6

    other = dock.model.feature_id(7)
    layer.selectByIds([other])
    assert [i.row() for i in dock.results.selectionModel().selectedRows()] == [7]


def test_a_failure_shows_one_sentence_and_the_dock_works_after(dock, canvas, project, lizard, qtbot, iface):
    show(canvas, RIJSWIJK)
    lizard.inject(status=500, times=10, path="/api/v4/buildings/")
    run_load(dock, qtbot)
    messages = iface.messageBar().get_messages(Qgis.Critical)
    assert len(messages) == 1 and "\n" not in messages[0]
    assert not project.mapLayers()  # nothing arrived: no empty layer left
    lizard.clear_faults()
    layer = run_load(dock, qtbot)
    assert layer.featureCount() > 100


def test_a_new_load_cancels_the_running_one(dock, canvas, project, lizard, qtbot):
    show(canvas, RIJSWIJK)
    lizard.inject(delay=1.0, times=4, path="/api/v4/buildings/")
    dock.load()
    first = dock.layer
    lizard.clear_faults()
    layer = run_load(dock, qtbot)
    assert building_requests(lizard), (dock.status.text(), lizard.requests, layer.featureCount())
    assert layer is not first
    assert sorted(ids_of(layer)) == sorted(overlapping(lizard, sent_box(lizard, canvas)))


def test_extent_mode_has_no_predicate(dock):
    dock.set_area_mode(EXTENT)
    assert not dock.predicate_combo.isEnabled()
