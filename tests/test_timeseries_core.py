"""Locations, their timeseries and events (core.timeseries.locations / .download) against the fake Lizard.

Expected sets are computed from the fake's own data (``lizard.data``) with plain arithmetic.
"""

import pytest
from fake_lizard.store import NS, TS_GROUNDWATER, TS_PRIVATE
from lizard_explorer.core import errors
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.query import MAX_WKT
from lizard_explorer.core.timeseries.download import download_events, event_row, period_params
from lizard_explorer.core.timeseries.locations import point_of, record, search_locations, timeseries_of
from osgeo import ogr
from qgis.core import QgsGeometry, QgsRectangle

BOX = (4.0, 52.0, 5.5, 53.0)  # west, south, east, north


@pytest.fixture
def client(lizard):
    with LizardClient(lizard.base_url, retries=0, proxies={}) as session:
        yield session


def public(items):
    return [obj for obj in items if obj["access_modifier"] == "Public"]


def inside(location, box=BOX):
    if location["geometry"] is None:
        return False
    lon, lat = location["geometry"]["coordinates"][:2]
    return box[0] < lon < box[2] and box[1] < lat < box[3]


def series_count(lizard, location_uuid):
    return sum(1 for ts in public(lizard.data.timeseries) if (ts.get("location") or {}).get("uuid") == location_uuid)


def test_locations_in_an_extent_stream_with_their_number_of_series(client, lizard):
    area = QgsGeometry.fromRect(QgsRectangle(*BOX))
    seen = []
    found = []
    for item in search_locations(client, extent_wgs84_geometry=area, progress=lambda d, t: seen.append((d, t))):
        found.append(item)
    expected = {loc["uuid"]: loc for loc in public(lizard.data.locations) if inside(loc)}
    assert expected and {item["uuid"] for item in found} == set(expected)
    for item in found:
        assert item["code"] == expected[item["uuid"]]["code"]
        assert item["timeseries_count"] == series_count(lizard, item["uuid"])
        assert BOX[0] < item["point"][0] < BOX[2]
    assert seen and seen[-1][0] == seen[-1][1]
    sent = [r.query for r in lizard.requests if r.path == "/api/v4/locations/"]
    assert sent[0]["geom_within"][0].startswith("Polygon")


def test_a_detailed_area_is_sent_short_and_the_locations_found_are_still_exactly_those_within_it(client, lizard):
    from test_buildings_core import flower

    area = flower(4.75, 52.5, 0.6, 6000)  # thousands of vertices: far too long for a URL as it is
    assert len(area.asWkt(7)) > 20 * MAX_WKT
    found = {item["uuid"] for item in search_locations(client, extent_wgs84_geometry=area, count=False)}
    sent = [r.query for r in lizard.requests if r.path == "/api/v4/locations/"]
    assert sent and all(len(query["geom_within"][0]) <= MAX_WKT for query in sent)
    shape = ogr.CreateGeometryFromWkt(area.asWkt(17))
    expected = {loc["uuid"] for loc in public(lizard.data.locations) if loc["geometry"] is not None
                and shape.Contains(ogr.CreateGeometryFromWkt("POINT ({} {})".format(
                    *loc["geometry"]["coordinates"][:2])))}
    assert len(expected) > 50 and found == expected


def test_name_prefix_and_organisation_uuid_or_name(client, lizard):
    by_name = list(search_locations(client, name_prefix="Meetpunt 01"))
    assert sorted(item["code"] for item in by_name) == sorted(
        loc["code"] for loc in public(lizard.data.locations) if loc["name"].startswith("Meetpunt 01"))
    by_uuid = list(search_locations(client, name_prefix="Meetpunt 0", organisation=NS))
    by_text = list(search_locations(client, name_prefix="Meetpunt 0", organisation="nelen"))
    assert by_uuid and {i["uuid"] for i in by_uuid} == {i["uuid"] for i in by_text}
    assert {i["organisation"] for i in by_uuid} == {"Nelen & Schuurmans Consultancy"}


def test_observation_type_groups_series_by_location_and_asks_each_location_with_one_uuid(client, lizard):
    found = list(search_locations(client, observation_type="GWS_NAP"))
    counts = {}
    for ts in public(lizard.data.timeseries):
        if ts["observation_type"]["code"] == "GWS_NAP" and ts.get("location"):
            counts[ts["location"]["uuid"]] = counts.get(ts["location"]["uuid"], 0) + 1
    readable = {loc["uuid"] for loc in public(lizard.data.locations)}
    assert {i["uuid"]: i["timeseries_count"] for i in found} == {k: v for k, v in counts.items() if k in readable}
    asked = [r.query["uuid"][0] for r in lizard.requests if r.path == "/api/v4/locations/"]
    # a list of UUIDs in one filter is not documented for /locations/: one documented uuid per request
    assert sorted(asked) == sorted(counts) and all("," not in value for value in asked)


def test_no_match_is_an_empty_stream_and_cancel_stops(client):
    assert list(search_locations(client, name_prefix="Does not exist")) == []
    with pytest.raises(errors.CancelledError):
        list(search_locations(client, cancel=lambda: True))


def test_geometry_is_parsed_loosely():
    assert point_of({"geometry": None}) is None
    assert point_of({"geometry": {"type": "Point", "coordinates": [4.5, 52.1]}}) == (4.5, 52.1)
    assert point_of({"geometry": {"type": "Point", "coordinates": [4.5, 52.1, 0.0]}}) == (4.5, 52.1)
    assert point_of({"geometry": {"type": "Point", "coordinates": []}}) is None
    assert record({"uuid": "x", "object": None, "organisation": None})["object_type"] is None


def test_timeseries_of_a_location(client, lizard):
    location = next(loc for loc in lizard.data.locations if loc["code"] == "LOC-0000")
    assert [ts["uuid"] for ts in timeseries_of(client, location["uuid"])] == [TS_GROUNDWATER]
    with pytest.raises(errors.InvalidRequestError):
        timeseries_of(client, "not-a-uuid")


def test_download_events_follows_next_and_hands_pages_to_the_sink(client, lizard):
    pages = []
    total = download_events(client, [TS_GROUNDWATER], sink=lambda ts, rows: pages.append((ts, rows)))
    expected = sorted(lizard.data.events[TS_GROUNDWATER])
    assert total == len(expected) and len(pages) > 1
    rows = [row for _ts, batch in pages for row in batch]
    assert rows[0]["time"].endswith("Z") and set(rows[0]) == {"time", "value", "flag", "validation_code", "comment"}
    assert len({row["time"] for row in rows}) == total


def test_download_events_of_a_period_zone_less_is_utc(client, lizard, machine_tz):
    rows = []
    count = download_events(client, [TS_GROUNDWATER], start="2023-01-01", end="2024-05-01 11:04:15",
                            sink=lambda ts, batch: rows.extend(batch))
    events = lizard.data.events[TS_GROUNDWATER]
    from fake_lizard.util import parse_datetime

    low, high = parse_datetime("2023-01-01T00:00:00Z"), parse_datetime("2024-05-01T11:04:15Z")
    assert count == sum(1 for moment in events if low <= moment <= high) > 0
    sent = [r.query for r in lizard.requests if r.path.endswith("/events/")][0]
    # the end belongs to the period
    assert sent["start"] == ["2023-01-01T00:00:00Z"] and sent["end"] == ["2024-05-01T11:04:15.001Z"]


def test_download_refuses_bad_input_and_private_series(client):
    with pytest.raises(errors.InvalidRequestError):
        period_params("yesterday")
    with pytest.raises(errors.InvalidRequestError):
        period_params("2024-02-01", "2024-01-01")
    with pytest.raises(errors.NotFoundError):
        download_events(client, [TS_PRIVATE])
    assert event_row({"time": "2024-01-01T01:00:00+01:00", "value": 1})["time"] == "2024-01-01T00:00:00Z"
    assert event_row("junk") is None
