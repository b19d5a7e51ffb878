"""Processing: lizard:searchrastersources and lizard:loadrasterwms, through processing.run and qgis_process.

Anonymous runs see the fake's Public objects only; expected results are computed from ``lizard.data``.
"""

import json
import re

import pytest
from lizard_explorer.core import credentials
from lizard_explorer.core.rasters import describe
from mapserver import MapServer, make_demo_data
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QThread, QVariant
from test_processing import package, profile, provider, qgis_process  # noqa: F401 - fixtures and helper

import processing  # QGIS's Processing plugin (the repository root is not on sys.path)

LOCHEM_RASTER = "d8f36211-68c5-4211-b530-2c22932f396b"
LOCHEM_SOURCE = "0b7a4c1e-5d3f-4e8a-9c6b-2f1d8e7a3b50"
ROTTERDAM_SOURCE_ID = 474808  # a sample source shown by 4 raster layers
KEY_REFUSED = "Lizard did not accept your API key; check it in the Lizard settings."


@pytest.fixture
def portal(lizard, monkeypatch):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    return lizard


@pytest.fixture
def project(qgis_new_project):
    """An empty project, emptied again afterwards (layers, CRS) so later tests start clean."""
    yield qgis_new_project
    qgis_new_project.clear()


def public_sources(lizard):
    return [s for s in lizard.data.rastersources if s["access_modifier"] == "Public"]


def overlaps(bounds, west, south, east, north):
    return bounds["west"] <= east and west <= bounds["east"] and bounds["south"] <= north and south <= bounds["north"]


def plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def features(layer):
    """uuid -> (attributes as a dict, geometry) of every feature; fails on duplicates."""
    found = {}
    for feature in layer.getFeatures():
        row = {name: plain(feature[name]) for name in layer.fields().names()}
        assert row["uuid"] not in found
        found[row["uuid"]] = (row, feature.geometry())
    return found


def search(**parameters):
    result = processing.run("lizard:searchrastersources", dict(parameters, OUTPUT="TEMPORARY_OUTPUT"))
    layer = result["OUTPUT"]
    assert isinstance(layer, QgsVectorLayer) and layer.isValid()
    return layer


# ------------------------------------------------------------------------------------------------ search


def test_search_output_has_typed_fields_in_wgs84(provider, portal):  # noqa: F811
    layer = search(NAME="lochem")
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.geometryType() == 2  # polygons
    types = {field.name(): field.type() for field in layer.fields()}
    assert list(types) == ["uuid", "name", "organisation", "temporal", "interval", "first_value_timestamp",
                           "last_value_timestamp", "projection", "pixelsize_x", "pixelsize_y", "dtype",
                           "fill_value", "size", "last_modified", "writable"]
    assert types["temporal"] == types["writable"] == QVariant.Bool
    assert types["pixelsize_x"] == types["pixelsize_y"] == QVariant.Double
    assert types["size"] == QVariant.LongLong
    assert types["name"] == types["last_modified"] == QVariant.String


def test_search_by_name_writes_every_matching_source_with_its_values(provider, portal):  # noqa: F811
    found = features(search(NAME="LOCHEM"))
    expected = [s for s in public_sources(portal) if "lochem" in s["name"].lower()]
    assert len(expected) > 3
    assert set(found) == {s["uuid"] for s in expected}
    for source in expected:
        row, geometry = found[source["uuid"]]
        assert row["name"] == source["name"]
        assert row["organisation"] == source["organisation"]["name"]
        assert row["temporal"] is bool(source["temporal"])
        assert row["interval"] == (describe.interval(source) or None)
        for key in ("first_value_timestamp", "last_value_timestamp", "projection", "dtype", "fill_value",
                    "last_modified"):
            assert row[key] == source[key], key
        assert row["pixelsize_x"] == source["pixelsize_x"] and row["pixelsize_y"] == source["pixelsize_y"]
        assert row["size"] == source["size"]
        assert row["writable"] is False  # anonymous
        if source["spatial_bounds"]:
            box = geometry.boundingBox()
            bounds = source["spatial_bounds"]
            assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == pytest.approx(
                (bounds["west"], bounds["south"], bounds["east"], bounds["north"]))
        else:
            assert geometry.isNull()


def test_search_interval_is_an_iso_duration(provider, portal):  # noqa: F811
    rows = [row for row, _ in features(search(TEMPORAL=1)).values()]
    assert {row["interval"] for row in rows} >= {"PT1H", "P1D"}


def test_search_by_extent_keeps_exactly_the_intersecting_sources(provider, portal):  # noqa: F811
    feedback = QgsProcessingFeedback()
    progress, infos = [], []
    feedback.progressChanged.connect(progress.append)
    feedback.pushInfo = infos.append
    result = processing.run("lizard:searchrastersources",
                            {"EXTENT": "4.40,4.60,51.85,52.05 [EPSG:4326]", "OUTPUT": "TEMPORARY_OUTPUT"},
                            feedback=feedback)
    found = features(result["OUTPUT"])
    expected = {s["uuid"] for s in public_sources(portal)
                if s["spatial_bounds"] and overlaps(s["spatial_bounds"], 4.40, 51.85, 4.60, 52.05)}
    assert len(expected) > 5
    assert set(found) == expected
    assert all(not geometry.isNull() for _, geometry in found.values())
    assert progress and progress[-1] == 100
    assert "{} of 131 rastersources matched.".format(len(expected)) in infos


def test_search_by_extent_in_rd_new_finds_lochem_not_rotterdam(provider, portal):  # noqa: F811
    found = features(search(EXTENT="221000,229000,460000,467000 [EPSG:28992]"))
    assert LOCHEM_SOURCE in found
    assert not [row for row, _ in found.values() if "Rotterdam" in row["name"]]


def test_search_without_extent_writes_sources_without_bounds_without_geometry(provider, portal):  # noqa: F811
    unbounded = next(s for s in public_sources(portal) if not s["spatial_bounds"])
    ((row, geometry),) = features(search(NAME=unbounded["uuid"])).values()
    assert row["name"] == unbounded["name"]
    assert geometry.isNull()
    assert not features(search(NAME=unbounded["uuid"], EXTENT="-180,180,-90,90 [EPSG:4326]"))


@pytest.mark.parametrize("choice, temporal", [(0, None), (1, True), (2, False)])
def test_search_temporal_choice(provider, portal, choice, temporal):  # noqa: F811
    found = features(search(ORGANISATION="Delfland", TEMPORAL=choice))
    expected = {s["uuid"] for s in public_sources(portal) if s["organisation"]["name"].endswith("Delfland")
                and (temporal is None or s["temporal"] == temporal)}
    assert expected and set(found) == expected


def test_search_stops_with_a_sentence_when_cancelled(provider, portal):  # noqa: F811
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel())  # after the first page
    with pytest.raises(QgsProcessingException, match="Cancelled."):
        processing.run("lizard:searchrastersources", {"OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert len([r for r in portal.requests if r.path == "/api/v4/rastersources/"]) == 1  # of 2 pages


def test_search_fails_with_the_sentence_when_the_key_is_refused(provider, portal, monkeypatch):  # noqa: F811
    monkeypatch.setenv("LIZARD_API_KEY", "wrong-key-1234567")
    with pytest.raises(QgsProcessingException, match=KEY_REFUSED):
        search(NAME="lochem")


def test_search_with_a_key_finds_what_the_key_may_see(provider, portal, monkeypatch):  # noqa: F811
    monkeypatch.setenv("LIZARD_API_KEY", portal.KEYS["supplier"])
    rows = [row for row, _ in features(search(ORGANISATION="Nelen")).values()]
    assert {row["organisation"] for row in rows} == {"Nelen & Schuurmans Consultancy"}
    assert len(rows) == sum(1 for s in portal.data.rastersources
                            if s["organisation"]["name"].startswith("Nelen"))  # Private ones too
    assert all(row["writable"] for row in rows)  # jane.supplier supplies for N&S


# -------------------------------------------------------------------------------------------------- load


@pytest.fixture(scope="module")
def wms_server(tmp_path_factory):
    with MapServer(make_demo_data(tmp_path_factory.mktemp("wms_processing")).project_path) as server:
        yield server


@pytest.fixture
def on_mapserver(portal, wms_server):
    """Rasters pointed at the local WMS (``point(raster, layer)``), put back after the test."""
    saved = {r["uuid"]: (r["wms_info"], r["options"]) for r in portal.data.rasters}

    def point(raster, layer):
        raster["wms_info"] = {"endpoint": wms_server.url, "layer": layer}
        raster["options"] = {"styles": ""}
        return raster

    yield point
    for raster in portal.data.rasters:
        if raster["uuid"] in saved:
            raster["wms_info"], raster["options"] = saved[raster["uuid"]]


@pytest.fixture
def lochem(portal, on_mapserver):
    return on_mapserver(portal.data.index["rasters"][LOCHEM_RASTER], "lochem_kwel")


@pytest.fixture
def rotterdam_source(portal, on_mapserver):
    """A rastersource shown by four raster layers, all on the local WMS."""
    source = next(s for s in portal.data.rastersources if s["id"] == ROTTERDAM_SOURCE_ID)
    assert len(source["layers"]) == 4
    for raster in portal.data.rasters:
        if raster["url"] in source["layers"]:
            on_mapserver(raster, "rotterdam_depth")
    return source


def uris(result):
    lines = result["URIS"].split("\n")
    parsed = []
    for line in lines:
        uri = QgsDataSourceUri()
        uri.setEncodedUri(line)
        assert uri.param("url") and uri.param("layers") and uri.param("format") == "image/png", line
        parsed.append(uri)
    return parsed


def test_load_by_raster_uuid_gives_its_wms_uri_without_the_key(provider, portal, lochem, monkeypatch,  # noqa: F811
                                                               project):
    monkeypatch.setenv("LIZARD_API_KEY", portal.KEYS["reader"])
    result = processing.run("lizard:loadrasterwms", {"RASTER": LOCHEM_RASTER.replace("-", "")})
    (uri,) = uris(result)
    assert uri.param("layers") == "lochem_kwel"
    assert uri.param("url") == lochem["wms_info"]["endpoint"]
    assert not uri.authConfigId()  # a key only in the environment has no auth config: public data
    assert portal.KEYS["reader"] not in json.dumps(result)


def test_load_with_a_stored_key_leaves_it_off_a_wms_on_another_host_and_says_so(
        provider, portal, lochem, auth_db, project):  # noqa: F811
    config_id = credentials.store_api_key(portal.KEYS["reader"], portal.base_url)
    assert config_id and credentials.layer_authcfg() == config_id
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    result = processing.run("lizard:loadrasterwms", {"RASTER": LOCHEM_SOURCE}, feedback=feedback)
    (uri,) = uris(result)
    assert not uri.authConfigId()  # the local WMS is not the portal's origin
    assert portal.KEYS["reader"] not in result["URIS"]
    assert warnings == ["“{}” is served by {}, not by your portal: added without your key.".format(
        lochem["name"], lochem["wms_info"]["endpoint"].split("/")[2])]


def test_load_by_rastersource_gives_every_raster_layer_showing_it(provider, portal, rotterdam_source,  # noqa: F811
                                                                  project):
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    found = uris(processing.run("lizard:loadrasterwms", {"RASTER": rotterdam_source["uuid"]}))
    assert len(found) == 4
    assert {uri.param("layers") for uri in found} == {"rotterdam_depth"}
    assert {uri.param("crs") for uri in found} == {"EPSG:28992"}  # the project's, offered by the WMS


def test_load_adds_the_layers_to_the_project_on_completion(provider, portal, lochem, project,  # noqa: F811
                                                           layer_tree_view):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("lizard:loadrasterwms", {"RASTER": LOCHEM_RASTER}, context=context)
    (layer_id,) = context.layersToLoadOnCompletion()
    details = context.layerToLoadOnCompletionDetails(layer_id)
    assert details.project == QgsProject.instance() and details.name == lochem["name"]
    layer = context.temporaryLayerStore().mapLayer(layer_id)
    assert isinstance(layer, QgsRasterLayer) and layer.isValid() and layer.providerType() == "wms"

    processing.runAndLoadResults("lizard:loadrasterwms", {"RASTER": LOCHEM_RASTER})
    (loaded,) = QgsProject.instance().mapLayersByName(lochem["name"])
    assert loaded.isValid() and loaded.customProperty("lizard/uuid") == LOCHEM_RASTER


def test_load_run_as_a_background_task_hands_its_layers_to_the_main_thread(provider, portal, lochem,  # noqa: F811
                                                                           project, qtbot):
    # As the Processing dialog runs it: prepared here, run in a task manager thread, results merged back.
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("lizard:loadrasterwms")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    task = QgsProcessingAlgRunnerTask(algorithm, {"RASTER": LOCHEM_RASTER}, context, feedback)
    with qtbot.waitSignal(task.executed, timeout=20000) as finished:
        QgsApplication.taskManager().addTask(task)
    ok, results = finished.args
    assert ok, results
    (layer_id,) = context.layersToLoadOnCompletion()
    layer = context.temporaryLayerStore().mapLayer(layer_id)
    assert layer.isValid() and layer.name() == lochem["name"]
    assert layer.thread() == QThread.currentThread()
    assert uris(results)[0].param("layers") == "lochem_kwel"


def test_load_of_a_rastersource_without_raster_layers_fails_with_a_sentence(provider, portal):  # noqa: F811
    bare = next(s for s in public_sources(portal) if not s["layers"])
    sentence = "No raster layer shows the rastersource “{}” yet".format(bare["name"])
    with pytest.raises(QgsProcessingException, match=re.escape(sentence)):
        processing.run("lizard:loadrasterwms", {"RASTER": bare["uuid"]})


def test_load_fails_with_a_sentence_when_qgis_cannot_open_the_layer(provider, portal, on_mapserver,  # noqa: F811
                                                                   project):
    on_mapserver(portal.data.index["rasters"][LOCHEM_RASTER], "no_such_layer")
    with pytest.raises(QgsProcessingException, match="QGIS could not open the WMS layer of “p_lochem_kwel"):
        processing.run("lizard:loadrasterwms", {"RASTER": LOCHEM_RASTER})


def test_load_of_an_unknown_uuid_fails_with_the_not_found_sentence(provider, portal):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="Lizard has no such object, or it is not visible with your key"):
        processing.run("lizard:loadrasterwms", {"RASTER": "00000000-0000-4000-8000-000000000000"})


def test_load_of_text_that_is_not_a_uuid_fails_with_a_sentence(provider, portal):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="“lochem” is not the UUID of a Lizard raster layer"):
        processing.run("lizard:loadrasterwms", {"RASTER": " lochem "})
    assert not [r for r in portal.requests if r.path.startswith("/api/v4/raster")]


# ----------------------------------------------------------------------------------------- qgis_process


def test_qgis_process_searches_rastersources_into_a_file(profile, lizard, tmp_path):  # noqa: F811
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    output = tmp_path / "sources.gpkg"
    run = qgis_process(profile, "--json", "run", "lizard:searchrastersources", "--", "NAME=lochem", "TEMPORAL=2",
                       "OUTPUT={}".format(output), env={"LIZARD_URL": lizard.base_url})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout[run.stdout.index("{"):])["results"]["OUTPUT"] == str(output)
    layer = QgsVectorLayer(str(output), "sources", "ogr")
    expected = {s["uuid"] for s in public_sources(lizard) if "lochem" in s["name"].lower() and not s["temporal"]}
    assert {feature["uuid"] for feature in layer.getFeatures()} == expected


def test_qgis_process_gives_wms_uris_and_loads_nothing(profile, lizard):  # noqa: F811
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "--json", "run", "lizard:loadrasterwms", "--", "RASTER=" + LOCHEM_SOURCE,
                       env={"LIZARD_URL": lizard.base_url, "LIZARD_API_KEY": lizard.KEYS["reader"]})
    assert run.returncode == 0, run.stderr  # no project: the fake's WMS, which does not exist, is not opened
    (uri,) = uris(json.loads(run.stdout[run.stdout.index("{"):])["results"])
    assert uri.param("layers") == "nelen-schuurmans:p_lochem_kwel_wegzijging_2050"
    assert lizard.KEYS["reader"] not in run.stdout + run.stderr
