"""The "Lizard scenarios" dock against the fake Lizard (and a local WMS), driven as a user would: search, page,
filter, select, see, add to map, download."""

import os

import numpy
import pytest
from fake_lizard.scenarios import EMPTY_SCENARIO
from lizard_explorer.core import times
from lizard_explorer.core.rasters import scenario_download, scenarios
from lizard_explorer.ui.scenario_dock import ScenarioDock
from lizard_explorer.ui.scenario_download import EXTENT, SELECTION
from mapserver import MapServer, make_demo_data
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QItemSelectionModel, Qt
from test_buildings_dock import near
from test_download_core import expected as formula
from test_download_core import read

WAIT = 30000
FAST_POLL = {"first": 0.01, "factor": 1.0, "maximum": 0.01}
RD = QgsCoordinateReferenceSystem("EPSG:28992")


@pytest.fixture(scope="module")
def wms_server(tmp_path_factory):
    with MapServer(make_demo_data(tmp_path_factory.mktemp("scenario_dock_wms")).project_path) as server:
        yield server


@pytest.fixture
def dock(iface, qtbot, lizard, monkeypatch):
    """The dock in the main window, shown, talking to the fake Lizard anonymously (public scenarios)."""
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    widget = ScenarioDock(iface, iface.mainWindow())
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    qtbot.waitUntil(widget.isVisible, timeout=5000)
    yield widget
    widget.cancel()
    iface.removeDockWidget(widget)
    widget.setParent(None)
    widget.deleteLater()


@pytest.fixture
def project(qgis_new_project):
    yield qgis_new_project
    qgis_new_project.clear()


@pytest.fixture
def canvas(iface):
    canvas = iface.mapCanvas()
    crs, extent = canvas.mapSettings().destinationCrs(), canvas.extent()
    yield canvas
    canvas.setDestinationCrs(crs)
    canvas.setExtent(extent)


def public(lizard):
    return [s for s in lizard.data.scenarios if s["access_modifier"] == "Public"]


def small_public(lizard):
    """A public scenario with raw results, on RD New, with a damage result."""
    return next(s for i, s in enumerate(lizard.data.scenarios) if s["access_modifier"] == "Public" and i % 2 == 0
                and s["has_raw_results"] and s["projection"] == "EPSG:28992" and i != EMPTY_SCENARIO)


def search(qtbot, dock, text=None):
    if text is not None:
        dock.search_edit.setText(text)
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        dock.search()


def select(qtbot, dock, scenario):
    """Search the scenario's UUID, select its row, wait for its results."""
    search(qtbot, dock, scenario["uuid"])
    with qtbot.waitSignal(dock.results_loaded, timeout=WAIT):
        dock.results.selectRow(0)
    assert dock.selected_scenario()["uuid"] == scenario["uuid"]


# ------------------------------------------------------------------------------------------------ search


def test_search_shows_newest_first_with_the_true_total_and_scrolling_fetches_more(qtbot, dock, lizard):
    expected = sorted(public(lizard), key=lambda s: s["last_modified"], reverse=True)
    search(qtbot, dock)
    first = dock.model.rowCount()
    assert 0 < first < len(expected)
    assert dock.status.text() == "{} shown of {}".format(first, len(expected))
    assert [s["uuid"] for s in dock.model.objects()] == [s["uuid"] for s in expected[:first]]
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        dock.results.scrollToBottom()  # the view asks the model for more near the end
    assert dock.model.rowCount() > first
    assert [s["uuid"] for s in dock.model.objects()] == [s["uuid"] for s in expected[:dock.model.rowCount()]]


def test_a_name_no_scenario_has_is_searched_in_the_model_names(qtbot, dock, lizard):
    model = lizard.data.scenarios[0]["model_name"]
    search(qtbot, dock, model[3:15].upper())
    found = dock.model.objects()
    assert found and all(model[3:15] in s["model_name"] for s in found)
    assert "model name" in dock.status.text()


def test_a_new_search_cancels_the_stale_one(qtbot, dock, lizard):
    lizard.inject(delay=0.5, times=1, path="/api/v4/scenarios/")
    dock.search_edit.setText("T10 bui")
    dock.search()
    search(qtbot, dock, "T1000 bui")
    lizard.clear_faults()
    qtbot.wait(700)  # the stale answer would have arrived by now
    assert dock.model.objects() and all("T1000 bui" in s["name"] for s in dock.model.objects())


def test_the_map_extent_filter_keeps_scenarios_whose_grid_lies_in_it(qtbot, dock, lizard, canvas):
    target = small_public(lizard)
    canvas.setDestinationCrs(RD)
    canvas.setExtent(QgsRectangle(target["origin_x"], target["origin_y"], target["origin_x"] + 50,
                                  target["origin_y"] + 50))
    dock.set_area_mode("extent")
    search(qtbot, dock)
    while not dock._search.exhausted:
        with qtbot.waitSignal(dock.loaded, timeout=WAIT):
            dock.fetch_more()
    area = scenarios.GridArea.from_extent(canvas.extent(), RD)
    expected = {s["uuid"] for s in public(lizard) if area.matches(s)}
    assert target["uuid"] in expected
    assert {s["uuid"] for s in dock.model.objects()} == expected
    assert "scanned" in dock.status.text()


def test_a_failing_search_says_so_in_one_sentence(qtbot, dock, lizard, iface):
    lizard.inject(status=500, times=1000, path="/api/v4/scenarios/")
    try:
        search(qtbot, dock, "bui")
    finally:
        lizard.clear_faults()
    assert dock.status.text() == "The search failed."
    assert iface.messageBar().get_messages(Qgis.Critical) == [
        "Lizard:Lizard had a problem answering (HTTP 500); try again later."]


# ----------------------------------------------------------------------------------------------- selecting


def test_selecting_shows_details_footprint_and_results_by_family(qtbot, dock, lizard, iface, machine_tz):
    scenario = small_public(lizard)
    select(qtbot, dock, scenario)
    details = dock.details.toPlainText()
    start = times.to_utc(scenario["simulation_start"]).strftime("%Y-%m-%d %H:%M UTC")  # the same in any zone
    for text in (scenario["model_name"], scenario["model_revision"], start, "Raw results", scenario["description"]):
        assert text in details
    band = dock.footprint_band
    assert isinstance(band, QgsRubberBand) and band.numberOfVertices() > 0
    tree = dock.result_tree
    families = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    assert families == ["Raw", "Basic", "Arrival", "Damage"]
    rows = {tree.topLevelItem(1).child(n).text(1): tree.topLevelItem(1).child(n) for n in
            range(tree.topLevelItem(1).childCount())}
    assert rows["depth-dtri"].text(2) == "temporal raster" and rows["depth-max-dtri"].text(2) == "raster"
    assert rows["depth-max-dtri"].text(3).endswith("MB")
    assert tree.topLevelItem(0).child(0).text(2) == "file"
    dock.zoom_to_selected()
    assert iface.mapCanvas().extent().width() > 0


def test_the_footprint_follows_a_change_of_the_map_crs_and_leaves_with_the_selection(qtbot, dock, lizard, canvas):
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    listeners = canvas.receivers(canvas.destinationCrsChanged)
    scenario = small_public(lizard)
    select(qtbot, dock, scenario)
    band, shape = dock.footprint_band, scenarios.footprint(scenario)
    assert near(band.asGeometry(), shape, 1e-6)

    canvas.setDestinationCrs(RD)
    shape.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), RD, QgsProject.instance()))
    assert dock.footprint_band is band and near(band.asGeometry(), shape, 0.01)  # metres: the grid, in RD
    assert canvas.receivers(canvas.destinationCrsChanged) == listeners + 1

    dock.results.clearSelection()
    assert dock.footprint_band is None and canvas.receivers(canvas.destinationCrsChanged) == listeners


def test_a_scenario_without_results_says_so(qtbot, dock, lizard):
    empty = lizard.data.scenarios[EMPTY_SCENARIO]
    assert empty["access_modifier"] == "Public"  # anonymous users see it
    select(qtbot, dock, empty)
    assert dock.result_tree.topLevelItem(0).text(0) == "This scenario has no results."


# --------------------------------------------------------------------------------------------- add to map


def test_add_to_map_makes_wms_layers_in_the_scenarios_group_and_a_second_add_selects(
        qtbot, dock, lizard, project, wms_server, layer_tree_view):
    scenario = small_public(lizard)
    own = [r for r in lizard.data.scenario_rasters if r["scenario"] == scenario["url"]]
    saved = [(r, r["wms_info"]) for r in own]
    for raster in own:
        raster["wms_info"] = {"endpoint": wms_server.url, "layer": "lochem_kwel"}
    try:
        select(qtbot, dock, scenario)
        dock.result_tree.select_codes(["depth-max-dtri", "depth-dtri"])
        with qtbot.waitSignal(dock.adder.done, timeout=WAIT):
            assert dock.add_selected() is not None
        group = QgsProject.instance().layerTreeRoot().findGroup(scenario["name"])
        assert group is not None
        layers = [node.layer() for node in group.findLayers()]
        assert [layer.name() for layer in layers] == ["Max water depth", "Water depth (timeseries)"]
        assert all(layer.isValid() and layer.providerType() == "wms" for layer in layers)
        assert "type=wmst" in layers[1].source() and "type=wmst" not in layers[0].source()
        dock.result_tree.select_codes(["depth-max-dtri"])
        raster = next(r for r in own if r["uuid"] == layers[0].customProperty("lizard/uuid"))
        assert raster["name"].endswith("Max water depth")
        assert dock.add_selected() is None  # already there: selected, not added again
        assert len(group.findLayers()) == 2 and layer_tree_view.currentLayer() is layers[0]
    finally:
        for raster, info in saved:
            raster["wms_info"] = info


# ---------------------------------------------------------------------------------------------- download


def open_download(qtbot, dock, folder):
    dialog = dock.download_selected()
    qtbot.waitUntil(lambda: dialog.download_button.isEnabled(), timeout=WAIT)
    dialog.poll = dict(FAST_POLL)
    dialog.folder_widget.setFilePath(str(folder))
    return dialog


def test_download_writes_the_files_with_the_formulas_pixels_and_adds_them_to_the_group(
        qtbot, dock, lizard, project, canvas, tmp_path):
    scenario = small_public(lizard)
    select(qtbot, dock, scenario)
    dialog = open_download(qtbot, dock, tmp_path)
    assert set(dialog.chosen_codes()) == {"depth-max-dtri", "s1-max-dtri", "depth-first-dtri", "total-damage"}
    dialog.set_codes(["depth-max-dtri", "depth-dtri"])
    canvas.setDestinationCrs(RD)
    x0, y0 = scenario["origin_x"] + 100, scenario["origin_y"] + 100
    canvas.setExtent(QgsRectangle(x0, y0, x0 + 200, y0 + 100))
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(EXTENT))
    dialog.pixel_spin.setValue(5.0)
    dialog.time_combo.setCurrentIndex(1)  # every time step
    with qtbot.waitSignal(dialog.ended, timeout=WAIT):
        assert dialog.download() is not None
    assert dialog.error is None, dialog.error
    folder = scenario_download.scenario_folder(str(tmp_path), scenario)
    tifs = sorted(p for p in dialog.result_paths if p.endswith(".tif"))
    assert os.path.join(folder, "depth-max-dtri.tif") in tifs and len(tifs) == 1 + 5
    steps = lizard.data.raster_steps(next(r for r in lizard.data.scenario_rasters
                                          if r["scenario"] == scenario["url"] and r["temporal"]))
    for path in tifs:
        info = read(path)
        assert info["transform"][1] == 5.0
        step = None
        if "depth-dtri_" in path:
            step = next(s for s in steps if path.endswith("_{}.tif".format(_compact(s))))
        numpy.testing.assert_allclose(info["array"], formula(info, step), atol=1e-3)
    group = QgsProject.instance().layerTreeRoot().findGroup(scenario["name"])
    assert group is not None and len(group.findLayers()) == len(tifs)
    assert all(isinstance(node.layer(), QgsRasterLayer) and node.layer().isValid() for node in group.findLayers())
    states = {dialog.files_table.item(row, 1).text(): dialog.files_table.item(row, 2).text()
              for row in range(dialog.files_table.rowCount())}
    assert states == {"depth-max-dtri": "done", "depth-dtri": "done"}


def _compact(step_ms):
    return times.compact_utc(times.from_ms(step_ms))


def test_download_within_selected_polygons_and_the_raw_files(qtbot, dock, lizard, project, iface, tmp_path):
    scenario = small_public(lizard)
    select(qtbot, dock, scenario)
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "mask", "memory")
    feature = QgsFeature()
    x0, y0 = scenario["origin_x"], scenario["origin_y"]
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1}, {2} {1}, {0} {3}, {0} {1}))".format(
        x0, y0, x0 + 400, y0 + 400)))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    iface.setActiveLayer(layer)
    dialog = open_download(qtbot, dock, tmp_path)
    dialog.set_codes(["depth-first-dtri"])
    dialog.raw_check.setChecked(True)
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData(SELECTION))
    with qtbot.waitSignal(dialog.ended, timeout=WAIT):
        dialog.download()
    assert dialog.error is None, dialog.error
    names = sorted(os.path.basename(p) for p in dialog.result_paths)
    assert names == ["depth-first-dtri.tif", "gridadmin.h5", "log_files.zip", "results_3di.nc"]
    info = read(next(p for p in dialog.result_paths if p.endswith(".tif")))
    inside = info["array"] != info["nodata"]
    assert 0 < inside.sum() < inside.size
    numpy.testing.assert_allclose(info["array"][inside], formula(info)[inside], atol=1e-3)


def test_cancel_leaves_no_partial_file(qtbot, dock, lizard, tmp_path):
    scenario = small_public(lizard)
    select(qtbot, dock, scenario)
    dialog = open_download(qtbot, dock, tmp_path)
    dialog.set_codes([])
    dialog.raw_check.setChecked(True)
    lizard.inject(delay=0.5, times=1000, path="/api/v4/scenario-results/")
    try:
        with qtbot.waitSignal(dialog.ended, timeout=WAIT):
            dialog.download()
            qtbot.waitUntil(lambda: dialog.files_table.rowCount() > 0, timeout=WAIT)
            dialog.cancel_download()
    finally:
        lizard.clear_faults()
    assert dialog.status_label.text().startswith("Cancelled")
    left = [name for _r, _d, names in os.walk(tmp_path) for name in names]
    assert left in ([], ["scenario.json"])


def test_an_incomplete_form_and_a_failing_download_say_so_in_one_sentence(qtbot, dock, lizard, iface, tmp_path):
    scenario = small_public(lizard)
    select(qtbot, dock, scenario)
    dialog = open_download(qtbot, dock, "")
    assert dialog.download() is None
    assert dialog.error_label.text() == "Choose a folder to save the files in."
    dialog.folder_widget.setFilePath(str(tmp_path))
    dialog.set_codes(["s1-max-dtri"])
    lizard.inject(status=400, times=1000, path="/api/v4/rasters/")
    try:
        with qtbot.waitSignal(dialog.ended, timeout=WAIT):
            dialog.download()
    finally:
        lizard.clear_faults()
    text = dialog.error_label.text()
    assert text.startswith("1 result(s) could not be downloaded: s1-max-dtri") and "\n" not in text
    assert len(iface.messageBar().get_messages(Qgis.Critical)) == 2  # the form's sentence, then this one
    assert [n for _r, _d, names in os.walk(tmp_path) for n in names if n.startswith(".")] == []


def test_two_selected_scenarios_are_downloaded_in_turn_each_into_its_group(qtbot, dock, lizard, project, tmp_path):
    search(qtbot, dock, "T10 bui")
    rows = [row for row, s in enumerate(dock.model.objects()) if s["projection"] == "EPSG:28992"][:2]
    for row in rows:
        dock.results.selectionModel().select(
            dock.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    chosen = dock.selected_objects()
    assert len(chosen) == 2
    dialog = open_download(qtbot, dock, tmp_path)
    dialog.set_codes(["s1-max-dtri"])
    dialog.pixel_spin.setValue(20.0)
    with qtbot.waitSignal(dialog.ended, timeout=WAIT):
        dialog.download()
    assert dialog.error is None, dialog.error
    assert dialog.result_paths == [os.path.join(scenario_download.scenario_folder(str(tmp_path), s), "s1-max-dtri.tif")
                                   for s in chosen]
    for scenario, path in zip(chosen, dialog.result_paths):
        info = read(path)
        numpy.testing.assert_allclose(info["array"], formula(info), atol=1e-3)
        group = QgsProject.instance().layerTreeRoot().findGroup(scenario["name"])
        assert [node.layer().source() for node in group.findLayers()] == [path]
