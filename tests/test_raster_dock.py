"""The "Lizard rasters" dock against the fake Lizard (and a local WMS): find, filter, page, see, add to map."""

import re

import pytest
from lizard_explorer import classFactory
from lizard_explorer.core import credentials, errors, settings
from lizard_explorer.core.query import as_uuid, bounds_rectangle, footprint
from lizard_explorer.core.rasters import wms
from lizard_explorer.ui.add_to_map import MIME_TYPE
from lizard_explorer.ui.raster_dock import RasterDock
from mapserver import MapServer, make_demo_data
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsLayerTreeLayer,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QMimeData, QModelIndex, Qt, QThread
from qgis.PyQt.QtWidgets import QApplication
from test_wms_render import coloured, pixels, render

LOCHEM_RASTER = "d8f36211-68c5-4211-b530-2c22932f396b"
LOCHEM_SOURCE = "0b7a4c1e-5d3f-4e8a-9c6b-2f1d8e7a3b50"
WAIT = 20000
RD = QgsCoordinateReferenceSystem("EPSG:28992")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def wms_server(tmp_path_factory):
    demo = make_demo_data(tmp_path_factory.mktemp("raster_dock_wms"))
    with MapServer(demo.project_path) as server:
        yield server


@pytest.fixture
def dock(iface, qtbot, lizard, monkeypatch):
    """The dock in the main window, shown, talking to the fake Lizard anonymously."""
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    widget = RasterDock(iface, iface.mainWindow())
    iface.addDockWidget(Qt.RightDockWidgetArea, widget)
    qtbot.waitUntil(widget.isVisible, timeout=5000)
    yield widget
    widget.cancel()
    iface.removeDockWidget(widget)
    widget.setParent(None)
    widget.deleteLater()


@pytest.fixture
def canvas(iface):
    canvas = iface.mapCanvas()
    crs, extent = canvas.mapSettings().destinationCrs(), canvas.extent()
    yield canvas
    canvas.setDestinationCrs(crs)
    canvas.setExtent(extent)


@pytest.fixture
def project(qgis_new_project):
    yield qgis_new_project
    qgis_new_project.clear()


@pytest.fixture
def rasters(lizard):
    """The fake's raster layers, restored after the test (the fake lives for the whole session)."""
    saved = {r["uuid"]: (r["wms_info"], r["options"]) for r in lizard.data.rasters}
    yield lizard.data.index["rasters"]
    for raster in lizard.data.rasters:
        if raster["uuid"] in saved:
            raster["wms_info"], raster["options"] = saved[raster["uuid"]]


@pytest.fixture
def lochem_on_wms(lizard, rasters, wms_server):
    """The sample Lochem raster (style ``RdBu_r:-4.6:-1.17``) served by the local WMS as ``lochem_kwel``.

    Lizard's WMS knows Lizard's styles; the local one only its own, so a test that renders names one of those.
    """
    assert lizard.set_wms_layers(["lochem_kwel"], wms_server.url) == [LOCHEM_RASTER]
    return rasters[LOCHEM_RASTER]


@pytest.fixture
def temporal_on_wms(lizard, rasters, wms_server):
    """A public hourly raster with time steps, served by the local WMS as ``rotterdam_depth``."""
    raster = next(r for r in lizard.data.rasters if r["temporal"] and r["interval"] == "01:00:00"
                  and r["access_modifier"] == "Public" and lizard.data.raster_steps(r))
    raster["wms_info"] = {"endpoint": wms_server.url, "layer": "rotterdam_depth"}
    return raster


# ---------------------------------------------------------------------------------------------- helpers


def search(qtbot, dock, text=None):
    """Search (what is typed, or ``text``) and wait for the first batch."""
    if text is not None:
        dock.search_edit.setText(text)
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        dock.search()


def load_all(qtbot, dock):
    """Scroll on until the search is exhausted (as many batches as it takes)."""
    while not dock._search.exhausted:
        with qtbot.waitSignal(dock.loaded, timeout=WAIT):
            dock.fetch_more()  # None when the view already asked for the next batch: that one arrives


def shown_uuids(dock):
    return [obj["uuid"] for obj in dock.model.objects()]


def public(objects):
    return [obj for obj in objects if obj["access_modifier"] == "Public"]


def select_row(dock, row=0):
    dock.results.selectRow(row)
    assert [obj["uuid"] for obj in dock.selected_objects()] == [dock.model.object_at(row)["uuid"]]


def wgs84_extent(canvas):
    transform = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), WGS84, QgsProject.instance())
    return transform.transformBoundingBox(canvas.extent())


def our_rubber_bands(canvas):
    return [item for item in canvas.scene().items() if isinstance(item, QgsRubberBand)]


def add_and_wait(qtbot, dock, start):
    with qtbot.waitSignal(dock.adder.done, timeout=WAIT) as signal:
        assert start() is not None
    return signal.args[0]


def top_layers(project, count):
    children = project.layerTreeRoot().children()[:count]
    assert all(isinstance(node, QgsLayerTreeLayer) for node in children)
    return [node.layer() for node in children]


# ------------------------------------------------------------------------------------- search and status


def test_typing_a_name_finds_rasters_by_name_in_the_background(dock, qtbot, lizard):
    search(qtbot, dock, "lochem")
    names = [obj["name"] for obj in dock.model.objects()]
    assert names and all("lochem" in name.lower() for name in names)
    assert dock.status.text() == "{n} shown of {n}".format(n=len(names))
    assert lizard.requests[-1].query["name__icontains"] == ["lochem"]
    assert dock.model.data(dock.model.index(0, 0)) == names[0]


def test_typing_searches_by_itself_after_a_pause(dock, qtbot):
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        dock.search_edit.setText("lochem")
    assert dock.model.rowCount() > 0


def test_a_uuid_in_the_search_box_finds_exactly_that_object(dock, qtbot, lizard):
    wanted = public(lizard.data.rasters)[7]
    search(qtbot, dock, wanted["uuid"].replace("-", "").upper())
    assert shown_uuids(dock) == [wanted["uuid"]]
    assert lizard.requests[-1].query["uuid"] == [wanted["uuid"]]
    assert dock.status.text() == "1 shown of 1"

    dock.set_scope("rastersources")
    source = public(lizard.data.rastersources)[3]
    search(qtbot, dock, source["uuid"])
    assert shown_uuids(dock) == [source["uuid"]]


def test_scrolling_to_the_bottom_loads_the_next_batch_without_duplicates(dock, qtbot, lizard):
    everything = {r["uuid"] for r in public(lizard.data.rasters)}
    search(qtbot, dock)
    first = shown_uuids(dock)
    assert 0 < len(first) < len(everything) == dock._search.total
    assert dock.status.text() == "{} shown of {}".format(len(first), len(everything))
    assert dock.model.canFetchMore(QModelIndex())

    bar = dock.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        bar.setValue(bar.maximum())  # what scrolling to the end does: the view asks the model for more
    second = shown_uuids(dock)
    assert len(second) > len(first) and second[:len(first)] == first

    load_all(qtbot, dock)
    uuids = shown_uuids(dock)
    assert len(uuids) == len(set(uuids)) and set(uuids) == everything
    assert not dock.model.canFetchMore(QModelIndex())
    assert dock.status.text() == "{n} shown of {n}".format(n=len(everything))


def test_temporal_only_shows_only_temporal_rasters_and_reports_matched_of_scanned(dock, qtbot, lizard):
    visible = public(lizard.data.rasters)
    temporal = {r["uuid"] for r in visible if r["temporal"]}
    dock.temporal_combo.setCurrentIndex(dock.temporal_combo.findData(True))
    search(qtbot, dock)
    assert all(obj["temporal"] for obj in dock.model.objects())
    found = re.fullmatch(r"(\d+) matched of (\d+) scanned \((\d+) in Lizard\)", dock.status.text())
    assert found, dock.status.text()
    assert int(found.group(1)) == dock.model.rowCount() and int(found.group(3)) == len(visible)

    load_all(qtbot, dock)
    assert set(shown_uuids(dock)) == temporal and len(shown_uuids(dock)) == len(temporal)
    assert dock.status.text() == "{} matched of {n} scanned ({n} in Lizard)".format(len(temporal), n=len(visible))

    dock.temporal_combo.setCurrentIndex(dock.temporal_combo.findData(False))
    search(qtbot, dock)
    load_all(qtbot, dock)
    assert set(shown_uuids(dock)) == {r["uuid"] for r in visible} - temporal


def test_other_filters_go_to_lizard_and_observation_type_only_for_raster_layers(dock, qtbot, lizard):
    dock.organisation_edit.setText("Nelen")
    dock.access_combo.setCurrentIndex(dock.access_combo.findData("Public"))
    dock.observation_edit.setText("WNS1400")
    dock.ordering_combo.setCurrentIndex(dock.ordering_combo.findData("-last_modified"))
    search(qtbot, dock)
    query = lizard.requests[-1].query
    assert query["organisation__name__icontains"] == ["Nelen"]
    assert query["access_modifier"] == ["Public"]
    assert query["observation_type__code"] == ["WNS1400"]
    assert query["ordering"] == ["-last_modified"]

    dock.set_scope("rastersources")
    assert not dock.observation_edit.isVisible()
    assert dock.ordering_combo.findData("-size") >= 0 and dock.ordering_combo.findData("-first_value_timestamp") < 0
    search(qtbot, dock)
    assert lizard.requests[-1].path.endswith("/rastersources/")
    assert "observation_type__code" not in lizard.requests[-1].query


def test_empty_result_says_so(dock, qtbot):
    search(qtbot, dock, "no raster is called like this")
    assert dock.status.text() == "Nothing found."
    assert dock.model.rowCount() == 0


def test_a_failed_search_shows_one_sentence_and_the_dock_stays_usable(dock, iface, qtbot, lizard):
    lizard.inject(status=500, times=1, path="/api/v4/rasters/")
    search(qtbot, dock, "lochem")
    assert iface.messageBar().get_messages(Qgis.Critical) == [
        "Lizard:Lizard had a problem answering (HTTP 500); try again later."]
    assert dock.status.text() == "The search failed."
    assert not dock.busy.isVisible()
    search(qtbot, dock)
    assert dock.model.rowCount() > 0


def test_a_failed_next_batch_keeps_the_rows_and_says_so(dock, iface, qtbot, lizard):
    search(qtbot, dock)
    first = dock.model.rowCount()
    lizard.inject(status=500, times=1, path="/api/v4/rasters/")
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        dock.fetch_more()
    assert dock.model.rowCount() == first
    assert dock.status.text().endswith("Loading more failed.")
    assert len(iface.messageBar().get_messages(Qgis.Critical)) == 1


def test_a_new_search_cancels_the_stale_one(dock, qtbot, lizard):
    lizard.inject(delay=2.0, times=1, path="/api/v4/rasters/")
    dock.search_edit.setText("first")
    stale = dock.search()
    ended = []
    stale.failed.connect(ended.append)
    stale.succeeded.connect(ended.append)
    search(qtbot, dock, "lochem")
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert isinstance(ended[0], errors.CancelledError)
    names = [obj["name"].lower() for obj in dock.model.objects()]
    assert names and all("lochem" in name for name in names)


# -------------------------------------------------------------------------------------------- map areas


def test_map_extent_keeps_exactly_the_sources_that_intersect_it(dock, canvas, qtbot, lizard):
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(180000, 420000, 260000, 500000))  # the east of the Netherlands
    dock.set_scope("rastersources")
    dock.set_area_mode("extent")
    search(qtbot, dock)
    load_all(qtbot, dock)

    area = wgs84_extent(canvas)
    visible = public(lizard.data.rastersources)
    expected = {s["uuid"] for s in visible if bounds_rectangle(s["spatial_bounds"]) is not None
                and bounds_rectangle(s["spatial_bounds"]).intersects(area)}
    assert 0 < len(expected) < len(visible)
    assert set(shown_uuids(dock)) == expected and len(shown_uuids(dock)) == len(expected)
    assert dock.status.text() == "{} matched of {n} scanned ({n} in Lizard)".format(len(expected), n=len(visible))


def test_map_extent_follows_the_map_as_it_pans(dock, canvas, qtbot, lizard):
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(220000, 455000, 235000, 470000))  # around Lochem
    dock.set_area_mode("extent")
    search(qtbot, dock)
    load_all(qtbot, dock)
    assert LOCHEM_RASTER in shown_uuids(dock)
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        canvas.setExtent(QgsRectangle(170000, 305000, 185000, 320000))  # around Maastricht
    load_all(qtbot, dock)
    assert LOCHEM_RASTER not in shown_uuids(dock)
    area = wgs84_extent(canvas)
    assert dock.model.rowCount() and all(footprint(obj).intersects(QgsGeometry.fromRect(area))
                                         for obj in dock.model.objects())


def polygon_layer(*rings_wgs84):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "areas", "memory")
    features = []
    for ring in rings_wgs84:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_selected_features_limit_the_search_and_say_what_is_missing(dock, iface, project, qtbot, lizard):
    layer = polygon_layer([(6.3, 52.1), (6.4, 52.1), (6.4, 52.2), (6.3, 52.2), (6.3, 52.1)],  # Lochem
                          [(3.0, 53.4), (3.1, 53.4), (3.1, 53.5), (3.0, 53.4)])  # the North Sea
    project.addMapLayer(layer)
    iface.setActiveLayer(layer)
    dock.set_area_mode("selection")
    search(qtbot, dock)
    assert dock.status.text() == "Select features of “areas” to search there."
    assert dock.model.rowCount() == 0

    lochem, sea = [f.id() for f in layer.getFeatures()]
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        layer.selectByIds([sea])  # the dock follows the selection
    load_all(qtbot, dock)
    assert dock.model.rowCount() == 0 and dock.status.text().startswith("Nothing found")

    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        layer.selectByIds([lochem])
    load_all(qtbot, dock)
    assert LOCHEM_RASTER in shown_uuids(dock)
    area = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in
                                       [(6.3, 52.1), (6.4, 52.1), (6.4, 52.2), (6.3, 52.2), (6.3, 52.1)]]])
    assert all(footprint(obj).intersects(area) for obj in dock.model.objects())

    iface.setActiveLayer(project.addMapLayer(QgsVectorLayer("None?field=a:int", "table", "memory")))
    search(qtbot, dock)
    assert dock.status.text() == "Make a vector layer active and select features in it to search there."


# ------------------------------------------------------------------------------ footprint, zoom, details


def test_selecting_a_row_draws_its_footprint_and_zoom_to_shows_it(dock, canvas, qtbot, lizard):
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(80000, 430000, 100000, 450000))  # Rotterdam, far from Lochem
    search(qtbot, dock, LOCHEM_RASTER)
    assert dock.footprint_band is None
    select_row(dock)
    band = dock.footprint_band
    assert band is not None and band.isVisible() and band in our_rubber_bands(canvas)
    shape = footprint(lizard.data.index["rasters"][LOCHEM_RASTER])
    shape.transform(QgsCoordinateTransform(WGS84, RD, QgsProject.instance()))
    drawn = band.asGeometry()
    assert drawn.boundingBox().contains(shape.boundingBox().buffered(-1))  # drawn in the map's CRS
    assert not canvas.extent().intersects(shape.boundingBox())

    assert dock.zoom_action.isEnabled()
    dock.zoom_action.trigger()
    assert canvas.extent().contains(shape.boundingBox())
    assert canvas.extent().width() < 3 * shape.boundingBox().width() + 3 * shape.boundingBox().height()

    dock.results.clearSelection()
    assert dock.footprint_band is None and band not in our_rubber_bands(canvas)


def test_details_show_every_field_and_copy_uuid_puts_it_on_the_clipboard(dock, qtbot, lizard):
    raster = lizard.data.index["rasters"][LOCHEM_RASTER]
    search(qtbot, dock, LOCHEM_RASTER)
    assert dock.details.toPlainText() == ""
    select_row(dock)
    text = dock.details.toPlainText()
    assert "De laag kwel_wegzijging_2050 komt van lochem." in text
    assert LOCHEM_RASTER in text and raster["organisation"]["name"] in text
    assert "Extent (WGS84)" in text and "RdBu_r" in text  # every field, also the less common ones
    QApplication.clipboard().clear()
    dock.copy_uuid_action.trigger()
    assert QApplication.clipboard().text() == LOCHEM_RASTER
    assert [a.objectName() for a in dock.context_menu().actions()] == ["add_to_map", "download", "zoom_to",
                                                                       "copy_uuid"]


def test_sorting_a_column_sorts_the_loaded_rows_and_keeps_the_selection(dock, qtbot):
    search(qtbot, dock)
    select_row(dock, 3)
    chosen = dock.selected_objects()[0]["uuid"]
    column = [c for c, _h in dock.model.columns].index("name")
    dock.results.sortByColumn(column, Qt.DescendingOrder)
    names = [dock.model.data(dock.model.index(row, column)).lower() for row in range(dock.model.rowCount())]
    assert names == sorted(names, reverse=True)
    assert [obj["uuid"] for obj in dock.selected_objects()] == [chosen]


# ------------------------------------------------------------------------------------------- add to map


def test_add_to_map_adds_a_styled_wms_layer_on_top_without_the_key_of_another_origin_and_renders(
        dock, iface, qtbot, lizard, lochem_on_wms, wms_server, auth_db, project, tmp_path, monkeypatch):
    lochem_on_wms["options"] = {"styles": "default"}  # a style the local WMS has (Lizard's are colour maps)
    monkeypatch.delenv("LIZARD_URL")
    settings.set_portal_url(lizard.base_url)
    key = lizard.KEYS["supplier"]
    config_id = credentials.store_api_key(key)
    project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "already there", "memory"))
    made_on_gui_thread = []
    create_layer = wms.create_layer
    monkeypatch.setattr(wms, "create_layer", lambda *args: made_on_gui_thread.append(
        QThread.currentThread() == QCoreApplication.instance().thread()) or create_layer(*args))
    search(qtbot, dock, LOCHEM_RASTER)
    select_row(dock)
    with qtbot.waitSignal(dock.adder.done, timeout=WAIT) as signal:
        dock.add_action.trigger()
    outcome = signal.args[0]
    assert made_on_gui_thread == [False]  # QGIS fetched the capabilities in the task, not on the GUI thread

    (layer,) = outcome.layers
    assert top_layers(project, 1) == [layer]
    assert [n.name() for n in project.layerTreeRoot().children()] == [lochem_on_wms["name"], "already there"]
    assert layer.isValid() and layer.providerType() == "wms"
    assert layer.thread() == layer.dataProvider().thread() == QCoreApplication.instance().thread()
    assert layer.name() == lochem_on_wms["name"]
    source = layer.source()
    assert "styles=default" in source and "format=image/png" in source
    assert re.search(r"crs=EPSG:\d+", source) and layer.crs().isValid()
    assert "authcfg" not in source and key not in source  # the local WMS is not the portal's origin
    assert config_id and iface.messageBar().get_messages(Qgis.Success) == [
        "Lizard:Added “{}” to the map.".format(lochem_on_wms["name"])]
    assert iface.messageBar().get_messages(Qgis.Warning) == [
        "Lizard:“{}” is served by {}, not by your portal: added without your key.".format(
            lochem_on_wms["name"], wms_server.url.split("/")[2])]

    assert len(coloured(pixels(render(layer, qtbot)))) > 1000, "the layer renders (almost) nothing"

    path = tmp_path / "with_lizard.qgs"
    assert project.write(str(path))
    saved = path.read_text(encoding="utf-8")
    assert "authcfg" not in saved and key not in saved


def test_a_temporal_raster_becomes_a_wmst_layer_over_its_time_range(dock, qtbot, temporal_on_wms, project):
    search(qtbot, dock, temporal_on_wms["uuid"])
    select_row(dock)
    (layer,) = add_and_wait(qtbot, dock, dock.add_selected).layers
    assert layer.isValid() and "type=wmst" in layer.source()
    assert layer.temporalProperties().isActive()
    available = layer.dataProvider().temporalCapabilities().availableTemporalRange()
    assert available.begin() == QDateTime.fromString(temporal_on_wms["first_value_timestamp"], Qt.ISODate)
    assert available.end() == QDateTime.fromString(temporal_on_wms["last_value_timestamp"], Qt.ISODate)


def test_double_click_adds_the_row(dock, qtbot, lochem_on_wms, project):
    search(qtbot, dock, LOCHEM_RASTER)
    with qtbot.waitSignal(dock.adder.done, timeout=WAIT):
        dock.results.doubleClicked.emit(dock.model.index(0, 0))
    assert [layer.name() for layer in project.mapLayers().values()] == [lochem_on_wms["name"]]


def test_adding_a_rastersource_adds_the_raster_layers_that_show_it(dock, iface, qtbot, lochem_on_wms, project):
    dock.set_scope("rastersources")
    search(qtbot, dock, LOCHEM_SOURCE)
    select_row(dock)
    outcome = add_and_wait(qtbot, dock, dock.add_selected)
    assert [layer.customProperty("lizard/uuid") for layer in outcome.layers] == [LOCHEM_RASTER]
    assert top_layers(project, 1) == outcome.layers and outcome.layers[0].isValid()


def test_adding_a_rastersource_without_raster_layers_says_so(dock, iface, qtbot, lizard, project):
    bare = next(s for s in public(lizard.data.rastersources) if not s["layers"])
    dock.set_scope("rastersources")
    search(qtbot, dock, bare["uuid"])
    select_row(dock)
    outcome = add_and_wait(qtbot, dock, dock.add_selected)
    assert outcome.layers == [] and not project.mapLayers()
    assert iface.messageBar().get_messages(Qgis.Warning) == [
        "Lizard:No raster layer shows the rastersource “{}” yet; a raster layer has to be made for it in Lizard "
        "before it can go on the map.".format(bare["name"])]
    assert not iface.messageBar().get_messages(Qgis.Critical)


def test_a_failed_add_shows_one_sentence(dock, iface, qtbot, lizard, project):
    bare = next(s for s in public(lizard.data.rastersources) if not s["layers"])
    dock.set_scope("rastersources")
    search(qtbot, dock, bare["uuid"])
    select_row(dock)
    lizard.inject(status=500, times=1, path="/api/v4/")
    error = add_and_wait(qtbot, dock, dock.add_selected)
    assert isinstance(error, errors.LizardError)
    assert iface.messageBar().get_messages(Qgis.Critical) == [
        "Lizard:Lizard had a problem answering (HTTP 500); try again later."]
    assert not project.mapLayers()


def test_a_raster_qgis_cannot_open_is_one_sentence_and_adds_nothing(dock, iface, qtbot, lizard, project):
    raster = public(lizard.data.rasters)[3]  # its WMS is the fake Lizard's /wms/, which serves nothing
    search(qtbot, dock, raster["uuid"])
    select_row(dock)
    outcome = add_and_wait(qtbot, dock, dock.add_selected)
    assert outcome.layers == [] and not project.mapLayers()
    assert iface.messageBar().get_messages(Qgis.Critical) == [
        "Lizard:QGIS could not open the WMS layer of “{}”.".format(raster["name"])]
    assert not iface.messageBar().get_messages(Qgis.Success)


# ------------------------------------------------------------------------------------------ drag and drop


def test_dragging_a_result_onto_the_map_adds_it(dock, qtbot, lochem_on_wms, project):
    search(qtbot, dock, LOCHEM_RASTER)
    data = dock.model.mimeData([dock.model.index(0, 0), dock.model.index(0, 1)])
    assert data.hasFormat(MIME_TYPE) and as_uuid(data.text()) == LOCHEM_RASTER
    handler = dock.drop_handler
    assert handler.canHandleMimeData(data)
    with qtbot.waitSignal(dock.adder.done, timeout=WAIT) as signal:
        assert handler.handleMimeDataV2(data)  # what QGIS calls when it is dropped on the map
    assert [layer.name() for layer in signal.args[0].layers] == [lochem_on_wms["name"]]
    assert "styles=RdBu_r:-4.6:-1.17" in signal.args[0].layers[0].source()  # styled as in Lizard
    assert top_layers(project, 1) == signal.args[0].layers

    other = QMimeData()
    other.setText(LOCHEM_RASTER)
    assert not handler.canHandleMimeData(other) and not handler.handleMimeDataV2(other)


# ------------------------------------------------------------------------------------------------ unload


def test_cancel_removes_footprint_drop_handler_and_map_connections(dock, iface, canvas, qtbot):
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(220000, 455000, 235000, 470000))  # around Lochem, whatever came before
    dock.set_area_mode("extent")
    search(qtbot, dock, LOCHEM_RASTER)
    select_row(dock)
    band = dock.footprint_band
    assert band in our_rubber_bands(canvas)
    iface.registerCustomDropHandler.assert_any_call(dock.drop_handler)

    dock.cancel()
    assert band not in our_rubber_bands(canvas)
    iface.unregisterCustomDropHandler.assert_any_call(dock.drop_handler)
    searches = []
    dock.loaded.connect(lambda: searches.append(1))
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    assert not dock._area_timer.isActive() and not searches


def test_a_hidden_dock_searches_again_only_when_shown(dock, canvas, qtbot):
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(220000, 455000, 235000, 470000))
    dock.set_area_mode("extent")
    search(qtbot, dock)
    dock.hide()
    searched = []
    dock.loaded.connect(lambda: searched.append(1))
    canvas.setExtent(QgsRectangle(170000, 305000, 185000, 320000))
    qtbot.waitUntil(lambda: dock._stale, timeout=5000)
    assert not searched and dock._busy_task is None
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        dock.show()
    assert LOCHEM_RASTER not in shown_uuids(dock)


def test_plugin_unload_takes_the_footprint_and_the_drop_handler_away(iface, canvas, qtbot, lizard, monkeypatch):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    plugin = classFactory(iface)
    plugin.initGui()
    dock = plugin.docks["rasters"]
    assert isinstance(dock, RasterDock)
    dock.setUserVisible(True)
    search(qtbot, dock, LOCHEM_RASTER)
    select_row(dock)
    band, handler = dock.footprint_band, dock.drop_handler
    assert band in our_rubber_bands(canvas)
    plugin.unload()
    assert band not in our_rubber_bands(canvas)
    iface.unregisterCustomDropHandler.assert_any_call(handler)


def test_download_opens_the_download_dialog_for_the_selected_raster_layer(dock, qtbot, lizard):
    from lizard_explorer.ui.download_dialog import RasterDownloadDialog

    search(qtbot, dock, LOCHEM_RASTER)
    assert not dock.download_action.isEnabled()  # nothing selected
    select_row(dock)
    assert dock.download_action.isEnabled()
    assert dock.download_action in dock.toolbar.actions() and dock.download_action in dock.context_menu().actions()
    dock.download_action.trigger()
    (dialog,) = dock.download_dialogs
    assert isinstance(dialog, RasterDownloadDialog) and dialog.isVisible()
    assert dialog.uuid == LOCHEM_RASTER and dialog.raster["name"] == dock.selected_objects()[0]["name"]
    dock.cancel()
    assert dock.download_dialogs == [] and not dialog.isVisible()


def test_the_dock_and_the_layer_menu_open_the_download_dialog_through_one_function(
        dock, qtbot, lizard, iface, monkeypatch):
    from lizard_explorer.ui import download_dialog

    opened = []

    def show(shown_iface, raster, dialogs):
        opened.append((raster if isinstance(raster, str) else raster["uuid"], dialogs))
        return "the dialog"

    monkeypatch.setattr(download_dialog, "show_download_dialog", show)
    search(qtbot, dock, LOCHEM_RASTER)
    select_row(dock)
    assert dock.download_selected() == "the dialog"
    plugin = classFactory(iface)  # the layer context menu's "Download from Lizard…" calls show_download
    assert plugin.show_download(LOCHEM_RASTER) == "the dialog"
    assert opened == [(LOCHEM_RASTER, dock.download_dialogs), (LOCHEM_RASTER, plugin.download_dialogs)]


def test_download_is_disabled_for_rastersources_and_says_why(dock, qtbot, lizard):
    dock.set_scope("rastersources")
    search(qtbot, dock, LOCHEM_SOURCE)
    select_row(dock)
    assert dock.add_action.isEnabled() and not dock.download_action.isEnabled()
    assert "Raster layers" in dock.download_action.toolTip()
    assert dock.download_selected() is None
