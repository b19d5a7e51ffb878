"""Processing: lizard:searchlocations and lizard:downloadtimeseries through processing.run, against the fake.

The headless runs (qgis_process with the packaged plugin) are in test_processing.py.
"""

import os
import threading

import pytest
from fake_lizard.store import TS_GROUNDWATER, TS_PRIVATE
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
