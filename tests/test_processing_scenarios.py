"""Processing: lizard:searchscenarios, lizard:downloadscenario and lizard:loadscenariowms, in QGIS and through
qgis_process, against the fake Lizard's 3Di scenarios (expected values from ``lizard.data`` and the fake's
pixel formula)."""

import json
import os

import numpy
import pytest
from fake_lizard.rasterdata import pixel_values
from fake_lizard.scenarios import EMPTY_SCENARIO
from lizard_explorer.core import times
from mapserver import MapServer, make_demo_data
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsDataSourceUri,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QThread
from test_processing import package, profile, provider, qgis_process  # noqa: F401 - fixtures and helper
from test_processing_rasters import portal, project  # noqa: F401 - fixtures

import processing  # QGIS's Processing plugin

FIELDS = ["uuid", "name", "model_name", "model_revision", "organisation", "supplier", "simulation_start",
          "simulation_end", "total_size", "has_raw_results"]


def public(lizard):
    return [s for s in lizard.data.scenarios if s["access_modifier"] == "Public"]


def small_public(lizard):
    """A public scenario with raw results, on RD New, with a damage result."""
    return next(s for i, s in enumerate(lizard.data.scenarios) if s["access_modifier"] == "Public" and i % 2 == 0
                and s["has_raw_results"] and s["projection"] == "EPSG:28992" and i != EMPTY_SCENARIO)


def values_follow_the_formula(path, step_ms=None):
    dataset = gdal.Open(path)
    x0, rx, _, y0, _, ry = dataset.GetGeoTransform()
    array = dataset.GetRasterBand(1).ReadAsArray()
    xs = x0 + (numpy.arange(dataset.RasterXSize) + 0.5) * rx
    ys = y0 + (numpy.arange(dataset.RasterYSize) + 0.5) * ry
    dataset = None
    numpy.testing.assert_allclose(array, pixel_values(xs[None, :], ys[:, None], step_ms), atol=1e-3)


def rows(layer):
    return {f["uuid"]: ({name: f[name] for name in layer.fields().names()}, f.geometry()) for f in layer.getFeatures()}


# ------------------------------------------------------------------------------------------------ search


def test_search_by_name_writes_every_matching_scenario_with_its_fields(provider, portal):  # noqa: F811
    layer = processing.run("lizard:searchscenarios", {"NAME": "assen", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert layer.fields().names() == FIELDS and layer.crs().authid() == "EPSG:4326"
    found = rows(layer)
    expected = {s["uuid"]: s for s in public(portal) if "assen" in s["name"].lower()}
    assert set(found) == set(expected)
    for uuid, (row, geometry) in found.items():
        scenario = expected[uuid]
        assert row["model_name"] == scenario["model_name"] and row["total_size"] == scenario["total_size"]
        assert row["has_raw_results"] == scenario["has_raw_results"] and row["organisation"]
        box = geometry.boundingBox()
        assert 6.3 < box.center().x() < 6.8 and 52.8 < box.center().y() < 53.2  # Assen, in WGS84


def test_search_falls_back_to_the_model_name_and_filters_by_extent(provider, portal):  # noqa: F811
    feedback = QgsProcessingFeedback()
    infos = []
    feedback.pushInfo = infos.append
    model = portal.data.scenarios[0]["model_name"][3:12]
    layer = processing.run("lizard:searchscenarios", {"NAME": model, "OUTPUT": "TEMPORARY_OUTPUT"},
                           feedback=feedback)["OUTPUT"]
    assert set(rows(layer)) == {s["uuid"] for s in public(portal) if model in s["model_name"]}
    assert any("model name" in info for info in infos)
    extent = "6.3,6.8,52.8,53.2 [EPSG:4326]"
    layer = processing.run("lizard:searchscenarios", {"EXTENT": extent, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    found = rows(layer)
    assert found and all(g.intersects(QgsRectangle(6.3, 52.8, 6.8, 53.2)) for _row, g in found.values())
    assert len(found) < len(public(portal))


# ---------------------------------------------------------------------------------------------- download


def test_download_every_non_temporal_raster_into_the_scenarios_folder(provider, portal, tmp_path):  # noqa: F811
    scenario = small_public(portal)
    result = processing.run("lizard:downloadscenario", {"SCENARIO": scenario["name"], "OUTPUT": str(tmp_path)})
    files = result["FILES"].split("\n")
    folder = os.path.join(str(tmp_path), os.listdir(tmp_path)[0])
    assert sorted(os.path.basename(f) for f in files) == ["depth-first-dtri.tif", "depth-max-dtri.tif",
                                                          "s1-max-dtri.tif", "total-damage.tif"]
    assert all(os.path.dirname(f) == folder for f in files)
    for path in files:
        values_follow_the_formula(path)


def test_download_time_steps_and_raw_files(provider, portal, tmp_path):  # noqa: F811
    scenario = small_public(portal)
    raster = next(r for r in portal.data.scenario_rasters if r["scenario"] == scenario["url"] and r["temporal"])
    steps = portal.data.raster_steps(raster)
    result = processing.run("lizard:downloadscenario", {
        "SCENARIO": scenario["uuid"], "RESULTS": "depth-dtri", "RAW": True, "TIME": "all",
        "PIXEL_SIZE": 20, "OUTPUT": str(tmp_path)})
    names = sorted(os.path.basename(f) for f in result["FILES"].split("\n"))
    assert names == sorted(["gridadmin.h5", "log_files.zip", "results_3di.nc"]
                           + ["depth-dtri_{}.tif".format(times.compact_utc(times.from_ms(step))) for step in steps])
    for path, step in zip(sorted(f for f in result["FILES"].split("\n") if f.endswith(".tif")), steps):
        values_follow_the_formula(path, step)


def test_download_lists_the_failed_results_and_keeps_the_others(provider, portal, tmp_path):  # noqa: F811
    scenario = small_public(portal)
    raster = next(r for r in portal.data.scenario_rasters
                  if r["scenario"] == scenario["url"] and r["name"].endswith("Total damage"))
    portal.inject(status=400, times=50, path="/api/v4/rasters/{}/data/".format(raster["uuid"]))
    feedback = QgsProcessingFeedback()
    problems = []
    feedback.reportError = lambda text, fatalError=False: problems.append(text)
    result = processing.run("lizard:downloadscenario", {"SCENARIO": scenario["uuid"], "OUTPUT": str(tmp_path)},
                            feedback=feedback)
    assert len(result["FILES"].split("\n")) == 3
    assert any("could not be downloaded: total-damage: " in text for text in problems)


def test_download_reads_times_without_a_zone_as_utc(provider, portal, tmp_path, machine_tz):  # noqa: F811
    scenario = small_public(portal)
    raster = next(r for r in portal.data.scenario_rasters if r["scenario"] == scenario["url"] and r["temporal"])
    step = portal.data.raster_steps(raster)[2]
    moment = times.from_ms(step)
    result = processing.run("lizard:downloadscenario", {
        "SCENARIO": scenario["uuid"], "RESULTS": "depth-dtri", "PIXEL_SIZE": 50,
        "TIME": moment.strftime("%Y-%m-%dT%H:%M:%S"), "OUTPUT": str(tmp_path)})
    (path,) = result["FILES"].split("\n")
    assert os.path.basename(path) == "depth-dtri_{}.tif".format(times.compact_utc(moment))
    values_follow_the_formula(path, step)


@pytest.mark.parametrize("parameters, sentence", [
    ({"SCENARIO": "no such scenario"}, "Lizard has no scenario named “no such scenario”"),
    ({"SCENARIO": "b2b7a0c4-0000-4000-8000-000000000000"}, "Lizard has no scenario b2b7a0c4-0000-4000-8000-"
                                                           "000000000000, or your key may not read it."),
    ({"RESULTS": "depth-max-dtri, nope"}, "The scenario has no result nope; it has: "),
    ({"TIME": "yesterday"}, "“yesterday” is not an ISO 8601 date and time"),
])
def test_download_fails_with_one_sentence(provider, portal, tmp_path, parameters, sentence):  # noqa: F811
    scenario = small_public(portal)
    with pytest.raises(QgsProcessingException, match=sentence):
        processing.run("lizard:downloadscenario", dict({"SCENARIO": scenario["uuid"], "OUTPUT": str(tmp_path)},
                                                       **parameters))
    assert [name for _r, _d, names in os.walk(tmp_path) for name in names] == []


def test_download_of_a_scenario_without_results_says_so(provider, portal, tmp_path):  # noqa: F811
    empty = portal.data.scenarios[EMPTY_SCENARIO]
    with pytest.raises(QgsProcessingException, match="has no results in Lizard"):
        processing.run("lizard:downloadscenario", {"SCENARIO": empty["uuid"], "OUTPUT": str(tmp_path)})


# -------------------------------------------------------------------------------------------------- load


@pytest.fixture(scope="module")
def wms_server(tmp_path_factory):
    with MapServer(make_demo_data(tmp_path_factory.mktemp("wms_scenarios")).project_path) as server:
        yield server


def test_load_adds_the_results_in_a_group_named_after_the_scenario(  # noqa: F811
        provider, portal, wms_server, project):  # noqa: F811
    scenario = small_public(portal)
    own = [r for r in portal.data.scenario_rasters if r["scenario"] == scenario["url"]]
    saved = [(r, r["wms_info"]) for r in own]
    for raster in own:
        raster["wms_info"] = {"endpoint": wms_server.url, "layer": "lochem_kwel"}
    try:
        result = processing.run("lizard:loadscenariowms", {"SCENARIO": scenario["uuid"],
                                                           "RESULTS": "depth-max-dtri,s1-max-dtri"})
    finally:
        for raster, info in saved:
            raster["wms_info"] = info
    assert len(result["URIS"].split("\n")) == 2
    group = QgsProject.instance().layerTreeRoot().findGroup(scenario["name"])
    assert group is not None
    layers = [node.layer() for node in group.findLayers()]
    assert [layer.name() for layer in layers] == ["Max water depth", "Max water level"]
    assert all(isinstance(layer, QgsRasterLayer) and layer.isValid() for layer in layers)


def test_load_run_as_a_background_task_puts_its_layers_in_the_group_on_the_main_thread(  # noqa: F811
        provider, portal, wms_server, project, qtbot):  # noqa: F811
    scenario = small_public(portal)
    raster = next(r for r in portal.data.scenario_rasters
                  if r["scenario"] == scenario["url"] and r["name"].endswith("Max water depth"))
    saved = raster["wms_info"]
    raster["wms_info"] = {"endpoint": wms_server.url, "layer": "lochem_kwel"}
    try:
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("lizard:loadscenariowms")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()  # kept alive here: the task does not own it
        task = QgsProcessingAlgRunnerTask(algorithm, {"SCENARIO": scenario["uuid"], "RESULTS": "depth-max-dtri"},
                                          context, feedback)
        with qtbot.waitSignal(task.executed, timeout=20000) as finished:
            QgsApplication.taskManager().addTask(task)
    finally:
        raster["wms_info"] = saved
    ok, results = finished.args
    assert ok, results
    (node,) = QgsProject.instance().layerTreeRoot().findGroup(scenario["name"]).findLayers()
    assert node.layer().isValid() and node.layer().name() == "Max water depth"
    assert node.layer().thread() == QThread.currentThread()


def test_load_of_a_scenario_without_rasters_fails_with_a_sentence(provider, portal):  # noqa: F811
    empty = portal.data.scenarios[EMPTY_SCENARIO]
    with pytest.raises(QgsProcessingException, match="has no raster results to show"):
        processing.run("lizard:loadscenariowms", {"SCENARIO": empty["uuid"]})


# ----------------------------------------------------------------------------------------- qgis_process


def results_of(run):
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout[run.stdout.index("{"):])["results"]


def test_qgis_process_downloads_a_scenario_result_and_gives_wms_uris(profile, lizard, tmp_path):  # noqa: F811
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    scenario = small_public(lizard)
    env = {"LIZARD_URL": lizard.base_url, "LIZARD_API_KEY": lizard.KEYS["reader"]}
    run = qgis_process(profile, "--json", "run", "lizard:downloadscenario", "--", "SCENARIO=" + scenario["uuid"],
                       "RESULTS=depth-max-dtri", "OUTPUT={}".format(tmp_path), env=env)
    (path,) = results_of(run)["FILES"].split("\n")
    assert os.path.basename(path) == "depth-max-dtri.tif"
    values_follow_the_formula(path)
    run = qgis_process(profile, "--json", "run", "lizard:loadscenariowms", "--", "SCENARIO=" + scenario["uuid"],
                       env=env)
    uris = results_of(run)["URIS"].split("\n")
    layers = []
    for line in uris:
        uri = QgsDataSourceUri()
        uri.setEncodedUri(line)
        layers.append(uri.param("layers"))
    assert layers == ["scenarios:{}:{}".format(scenario["id"], code) for code in
                      ("depth-max-dtri", "s1-max-dtri", "depth-dtri", "depth-first-dtri", "total-damage")]
    assert lizard.KEYS["reader"] not in run.stdout + run.stderr


def test_qgis_process_searches_scenarios_into_a_file(profile, lizard, tmp_path):  # noqa: F811
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    output = tmp_path / "scenarios.gpkg"
    run = qgis_process(profile, "--json", "run", "lizard:searchscenarios", "--", "NAME=lochem",
                       "OUTPUT={}".format(output), env={"LIZARD_URL": lizard.base_url})
    assert results_of(run)["OUTPUT"] == str(output)
    layer = QgsVectorLayer(str(output), "scenarios", "ogr")
    assert {f["uuid"] for f in layer.getFeatures()} == {s["uuid"] for s in public(lizard)
                                                        if "lochem" in s["name"].lower()}
