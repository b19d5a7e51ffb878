"""Processing: lizard:searchlocations and lizard:downloadtimeseries through processing.run, against the fake.

The headless runs (qgis_process with the packaged plugin) are in test_processing.py.
"""

import hashlib
import os
import pathlib
import threading

import pytest
from fake_lizard.store import TS_EMPTY, TS_GROUNDWATER, TS_PRIVATE
from osgeo import ogr
from qgis.core import QgsFeature, QgsField, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from test_processing import provider  # noqa: F401 - fixture

import processing  # QGIS's Processing plugin (the repository root is not on sys.path)


@pytest.fixture
def portal(lizard, monkeypatch):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    return lizard


def _public(items):
    return [obj for obj in items if obj["access_modifier"] == "Public"]


def _uuid_layer(values):
    from lizard_explorer.core.compat import FieldType

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "locations", "memory")
    layer.dataProvider().addAttributes([QgsField("uuid", FieldType.String)])
    layer.updateFields()
    features = []
    for value in values:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_search_locations_writes_points_with_their_fields(provider, portal):  # noqa: F811
    result = processing.run("lizard:searchlocations", {
        "NAME": "Meetpunt 00", "EXTENT": "3.0,7.5,50.5,54.0 [EPSG:4326]", "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:4326"
    assert [f.name() for f in layer.fields()] == ["uuid", "code", "name", "organisation", "object_type",
                                                 "timeseries_count"]
    expected = {loc["code"]: loc for loc in _public(portal.data.locations)
                if loc["name"].startswith("Meetpunt 00") and loc["geometry"] is not None}
    features = {f["code"]: f for f in layer.getFeatures()}
    assert set(features) == set(expected)
    first = features["LOC-0000"]
    assert first["timeseries_count"] == 1
    lon, lat = expected["LOC-0000"]["geometry"]["coordinates"][:2]
    assert first.geometry().asPoint().x() == pytest.approx(lon)


def test_search_locations_without_extent_keeps_locations_without_a_point(provider, portal):  # noqa: F811
    layer = processing.run("lizard:searchlocations", {"NAME": "Meetpunt 00", "OUTPUT": "memory:"})["OUTPUT"]
    pointless = [f for f in layer.getFeatures() if not f.hasGeometry()]
    assert [f["code"] for f in pointless] == ["LOC-0007"]


def test_search_locations_cancelled_writes_nothing(provider, portal):  # noqa: F811
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("lizard:searchlocations", {"OUTPUT": "memory:"}, feedback=feedback)


def test_download_timeseries_by_uuid_in_utc(provider, portal, machine_tz):  # noqa: F811
    result = processing.run("lizard:downloadtimeseries", {
        "TIMESERIES": TS_GROUNDWATER, "START": "2023-01-01", "END": "2024-05-01 11:04:15", "OUTPUT": "memory:"})
    rows = list(result["OUTPUT"].getFeatures())
    assert result["EVENTS"] == len(rows) > 0
    assert all("2023-01-01T00:00:00Z" <= row["time"] <= "2024-05-01T11:04:15Z" for row in rows)
    assert max(row["time"] for row in rows) == "2024-05-01T11:04:15Z"  # the end belongs to the period
    assert {row["location_code"] for row in rows} == {"LOC-0000"}


def test_download_timeseries_includes_an_event_exactly_at_the_end(provider, portal):  # noqa: F811
    """START and END both belong to the period, as in the timeseries dock's export and plot."""
    moments = sorted(portal.data.events[TS_GROUNDWATER])
    first, last = moments[1], moments[len(moments) // 2]
    stamp = last.strftime("%Y-%m-%dT%H:%M:%SZ")
    result = processing.run("lizard:downloadtimeseries", {
        "TIMESERIES": TS_GROUNDWATER, "START": first.strftime("%Y-%m-%dT%H:%M:%SZ"), "END": stamp,
        "OUTPUT": "memory:"})
    times = sorted(row["time"] for row in result["OUTPUT"].getFeatures())
    assert times[-1].startswith(stamp[:-1]) and result["EVENTS"] == len(moments) // 2


def test_download_timeseries_of_locations_with_an_observation_type(provider, portal):  # noqa: F811
    location = next(loc for loc in portal.data.locations if loc["code"] == "LOC-0000")
    other = next(loc for loc in _public(portal.data.locations) if loc["code"] == "LOC-0006")
    result = processing.run("lizard:downloadtimeseries", {
        "LOCATIONS": _uuid_layer([location["uuid"], other["uuid"]]), "OBSERVATION_TYPE": "GWS_NAP",
        "OUTPUT": "memory:"})
    assert result["EVENTS"] == len(portal.data.events[TS_GROUNDWATER])
    assert {row["timeseries_uuid"] for row in result["OUTPUT"].getFeatures()} == {TS_GROUNDWATER}


@pytest.mark.parametrize("parameters, sentence", [
    ({}, "Give timeseries UUIDs or a locations layer."),
    ({"TIMESERIES": "nope"}, "is not a UUID"),
    ({"TIMESERIES": TS_GROUNDWATER, "START": "yesterday"}, "is not a date and time"),
    ({"TIMESERIES": TS_PRIVATE}, "not visible with your key"),
])
def test_download_timeseries_refuses_bad_input_clearly(provider, portal, parameters, sentence):  # noqa: F811
    with pytest.raises(QgsProcessingException, match=sentence):
        processing.run("lizard:downloadtimeseries", dict(parameters, OUTPUT="memory:"))


def test_download_timeseries_needs_a_uuid_field(provider, portal):  # noqa: F811
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=id:integer", "no uuid", "memory")
    with pytest.raises(QgsProcessingException, match="no field uuid"):
        processing.run("lizard:downloadtimeseries", {"LOCATIONS": layer, "OUTPUT": "memory:"})


def test_download_timeseries_cancelled_part_way_leaves_no_file(provider, portal, tmp_path):  # noqa: F811
    path = str(tmp_path / "events.csv")
    feedback = QgsProcessingFeedback()
    portal.inject(delay=1.0, times=2, path="/api/v4/timeseries/{}/events/".format(TS_GROUNDWATER))
    timer = threading.Timer(1.5, feedback.cancel)  # while the second page is on its way
    timer.start()
    try:
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            processing.run("lizard:downloadtimeseries", {"TIMESERIES": TS_GROUNDWATER, "OUTPUT": path},
                           feedback=feedback)
    finally:
        timer.cancel()
    assert not any(name.startswith("events") for name in os.listdir(tmp_path))
    pages = [r for r in portal.requests if r.path.endswith("/events/")]
    assert len(pages) == 2  # stopped after the second of four pages


# --- a failed or cancelled run leaves the user's files as they were ------------------------------------------

EVENTS_PATH = "/api/v4/timeseries/{}/events/"


def _geopackage(path, tables):
    """A GeoPackage with ``tables`` = {name: [text, …]}: attribute tables with one text field ``a``."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name, texts in tables.items():
        layer = source.CreateLayer(name, geom_type=ogr.wkbNone)
        layer.CreateField(ogr.FieldDefn("a", ogr.OFTString))
        for text in texts:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("a", text)
            layer.CreateFeature(feature)
    source = None


def _tables(path):
    """{table name: [its features' attributes as a dict]} of a GeoPackage."""
    source = ogr.Open(str(path))
    tables = {}
    for index in range(source.GetLayerCount()):
        layer = source.GetLayerByIndex(index)
        tables[layer.GetName()] = [feature.items() for feature in layer]
    return tables


def _digest(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest()


def _fail_after_the_first_series(portal):
    """The first series (TS_GROUNDWATER, four pages) is written, then Lizard answers the second with 503 until
    the client gives up (Retry-After: 0, so no waiting)."""
    portal.inject(status=503, retry_after=0, times=20, path=EVENTS_PATH.format(TS_EMPTY))
    return {"TIMESERIES": "{},{}".format(TS_GROUNDWATER, TS_EMPTY)}


def _cancel_part_way(portal, feedback):
    """Cancels while the second of TS_GROUNDWATER's four pages is on its way: (parameters, the timer)."""
    portal.inject(delay=1.0, times=2, path=EVENTS_PATH.format(TS_GROUNDWATER))
    timer = threading.Timer(1.5, feedback.cancel)
    timer.start()
    return {"TIMESERIES": TS_GROUNDWATER}, timer


@pytest.mark.parametrize("how", ["failure", "cancel"])
@pytest.mark.parametrize("table", ["events", "old_events"])
def test_download_timeseries_stopped_part_way_keeps_an_existing_geopackage_as_it_was(
        provider, portal, tmp_path, how, table):  # noqa: F811
    """Into an existing GeoPackage as a table: a new table (events) is not left half-filled, a table of the same
    name (old_events, which Processing drops when the output opens) is not lost, the other layer is intact."""
    path = tmp_path / "data.gpkg"
    _geopackage(path, {"polders": ["Zuidplas", "Beemster"], "old_events": ["stale"]})
    before, digest = _tables(path), _digest(path)
    feedback = QgsProcessingFeedback()
    timer = None
    if how == "failure":
        parameters = _fail_after_the_first_series(portal)
    else:
        parameters, timer = _cancel_part_way(portal, feedback)
    output = "ogr:dbname='{}' table=\"{}\" (geom)".format(path, table)
    try:
        with pytest.raises(QgsProcessingException, match="Cancelled" if timer else "unavailable|503"):
            processing.run("lizard:downloadtimeseries", dict(parameters, OUTPUT=output), feedback=feedback)
    finally:
        if timer is not None:
            timer.cancel()
    pages = [r for r in portal.requests if r.path.startswith(EVENTS_PATH.format(TS_GROUNDWATER))]
    assert len(pages) == (4 if how == "failure" else 2)  # some events were written before it stopped
    assert os.listdir(tmp_path) == ["data.gpkg"]  # no partial copy left either
    assert _digest(path) == digest
    assert _tables(path) == before


@pytest.mark.parametrize("name", ["events.csv", "events.gpkg", "events.shp", "events.geojson", "events"])
def test_download_timeseries_failing_part_way_leaves_no_new_file(provider, portal, tmp_path, name):  # noqa: F811
    parameters = _fail_after_the_first_series(portal)
    with pytest.raises(QgsProcessingException):
        processing.run("lizard:downloadtimeseries", dict(parameters, OUTPUT=str(tmp_path / name)))
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", ["events.csv", "events.gpkg"])
def test_download_timeseries_failing_part_way_keeps_the_file_it_would_replace(
        provider, portal, tmp_path, name):  # noqa: F811
    path = tmp_path / name
    if name.endswith(".gpkg"):
        _geopackage(path, {"polders": ["Zuidplas"]})
    else:
        path.write_text("kept,as,it,was\n", encoding="utf-8")
    digest = _digest(path)
    with pytest.raises(QgsProcessingException):
        processing.run("lizard:downloadtimeseries", dict(_fail_after_the_first_series(portal), OUTPUT=str(path)))
    assert os.listdir(tmp_path) == [name]
    assert _digest(path) == digest


def test_download_timeseries_cancelled_into_a_new_geopackage_leaves_no_file(provider, portal, tmp_path):  # noqa: F811
    feedback = QgsProcessingFeedback()
    parameters, timer = _cancel_part_way(portal, feedback)
    try:
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            processing.run("lizard:downloadtimeseries", dict(parameters, OUTPUT=str(tmp_path / "events.gpkg")),
                           feedback=feedback)
    finally:
        timer.cancel()
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("table", ["events", "old_events"])
def test_download_timeseries_into_an_existing_geopackage_adds_or_replaces_one_table(
        provider, portal, tmp_path, table):  # noqa: F811
    path = tmp_path / "data.gpkg"
    _geopackage(path, {"polders": ["Zuidplas", "Beemster"], "old_events": ["stale"]})
    inode = os.stat(path).st_ino
    output = "ogr:dbname='{}' table=\"{}\" (geom)".format(path, table)
    result = processing.run("lizard:downloadtimeseries", {"TIMESERIES": TS_GROUNDWATER, "OUTPUT": output})
    assert result["OUTPUT"] == "{}|layername={}".format(path, table)
    # written into the user's file, never a copy put in its place (QGIS may hold it open; Windows locks it)
    assert os.stat(path).st_ino == inode
    tables = _tables(path)
    assert tables["polders"] == [{"a": "Zuidplas"}, {"a": "Beemster"}]
    assert len(tables[table]) == result["EVENTS"] == len(portal.data.events[TS_GROUNDWATER])
    assert {row["timeseries_uuid"] for row in tables[table]} == {TS_GROUNDWATER}
    assert set(tables) == {"polders", "old_events", "events"} if table == "events" else {"polders", "old_events"}
    assert os.listdir(tmp_path) == ["data.gpkg"]


@pytest.mark.parametrize("name, final", [("events.csv", "events.csv"), ("events", "events.gpkg"),
                                         ("events.geojson", "events.geojson")])
def test_download_timeseries_to_a_file_loads_the_file_in_place(provider, portal, tmp_path, name, final):  # noqa: F811
    """The layer that is loaded on completion is the file at the chosen name, not the hidden partial copy."""
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = QgsProcessingOutputLayerDefinition(str(tmp_path / name), QgsProject.instance())
    result = processing.run("lizard:downloadtimeseries", {"TIMESERIES": TS_GROUNDWATER, "OUTPUT": output},
                            context=context)
    assert os.path.dirname(result["OUTPUT"]) == str(tmp_path)
    assert list(context.layersToLoadOnCompletion()) == [result["OUTPUT"]]
    assert final in os.listdir(tmp_path) and not [n for n in os.listdir(tmp_path) if n.startswith(".")]
    layer = QgsVectorLayer(result["OUTPUT"], "events", "ogr")
    assert layer.featureCount() == result["EVENTS"] == len(portal.data.events[TS_GROUNDWATER])


@pytest.mark.parametrize("fail", [False, True])
def test_download_timeseries_to_a_provider_table_writes_only_once_all_rows_are_in(
        provider, portal, tmp_path, fail):  # noqa: F811
    """A provider destination that names no database file (as a PostGIS table): the rows wait in a hidden
    GeoPackage of Processing's temporary folder and reach the destination only when all are in."""
    from qgis.core import QgsProcessingUtils

    path = tmp_path / "events.gpkg"
    parameters = _fail_after_the_first_series(portal) if fail else {"TIMESERIES": TS_GROUNDWATER}
    staged_before = set(os.listdir(QgsProcessingUtils.tempFolder()))
    if fail:
        with pytest.raises(QgsProcessingException):
            processing.run("lizard:downloadtimeseries", dict(parameters, OUTPUT="ogr:{}".format(path)))
        assert os.listdir(tmp_path) == []
    else:
        result = processing.run("lizard:downloadtimeseries", dict(parameters, OUTPUT="ogr:{}".format(path)))
        rows = [row.attributes() for row in QgsVectorLayer(str(path), "events", "ogr").getFeatures()]
        assert len(rows) == result["EVENTS"] == len(portal.data.events[TS_GROUNDWATER])
        assert rows[0][1:3] == [TS_GROUNDWATER, "LOC-0000"]  # after the fid, the fields in their order
    assert set(os.listdir(QgsProcessingUtils.tempFolder())) == staged_before
