"""The fake Lizard's buildings, timeseries events and monitoring locations behave as the contract says
(shared/lizard-api/CONTRACT.md, CONTRACT-timeseries.md); the server's base behaviour is in test_fake_lizard.py."""

import time

import test_fake_lizard
from fake_lizard import FakeLizard
from fake_lizard.store import MAASTRICHT, NS, TS_EMPTY, TS_GROUNDWATER, TS_PRIVATE
from osgeo import ogr
from test_fake_lizard import (
    RIJSWIJK_BOX,
    SAMPLE_BUILDING,
    bbox_of,
    collect,
    get,
    overlaps,
    post,
)

lz, _restore_settings = test_fake_lizard.lz, test_fake_lizard._restore_settings  # the fixtures


# --- buildings -----------------------------------------------------------------------------------------


def test_buildings_in_bbox_is_longitude_first_and_includes_overlapping(lz):
    expected = {obj["id"] for obj in lz.data.buildings if overlaps(RIJSWIJK_BOX, bbox_of(obj["geometry"]))}
    results, _, first = collect(
        lz.api_url + "buildings/", in_bbox=",".join(map(str, RIJSWIJK_BOX)), page_size=100
    )
    assert first["count"] == len(expected) > 0
    assert {obj["id"] for obj in results} == expected and SAMPLE_BUILDING in expected
    lat_first = get(lz, "buildings/", in_bbox="52.02,4.30,52.04,4.32").json()
    assert lat_first["count"] == 0


def test_buildings_invalid_bbox_is_400(lz):
    for box in ("4.30,95,4.32,96", "4.32,52.02,4.30,52.04", "abc", "1,2,3"):
        response = get(lz, "buildings/", in_bbox=box)
        assert response.status_code == 400, box
        assert "in_bbox" in response.json()["detail"]


def test_buildings_geom_intersects_takes_wkt_geojson_and_hexewkb(lz):
    wkt = "POLYGON((4.3123 52.0256, 4.3126 52.0256, 4.3126 52.0259, 4.3123 52.0259, 4.3123 52.0256))"
    geometry = ogr.CreateGeometryFromWkt(wkt)
    answers = [
        get(lz, "buildings/", geom_intersects=value).json()
        for value in (wkt, geometry.ExportToJson(), geometry.ExportToWkb().hex(), "SRID=4326;" + wkt)
    ]
    ids = [{obj["id"] for obj in answer["results"]} for answer in answers]
    assert SAMPLE_BUILDING in ids[0] and all(found == ids[0] for found in ids)
    assert get(lz, "buildings/", geom_intersects="POLYGON((1 2, 3").status_code == 400


def test_buildings_geom_within(lz):
    around = "POLYGON((4.3120 52.0254, 4.3128 52.0254, 4.3128 52.0261, 4.3120 52.0261, 4.3120 52.0254))"
    inside = "POLYGON((4.31242 52.02574, 4.31243 52.02574, 4.31243 52.02575, 4.31242 52.02574))"
    assert SAMPLE_BUILDING in {
        obj["id"] for obj in get(lz, "buildings/", geom_within=around).json()["results"]
    }
    assert get(lz, "buildings/", geom_within=inside).json()["count"] == 0


def test_bare_buildings_mode_truncates_to_page_size(lz):
    lz.buildings_mode = "bare"
    box = ",".join(map(str, RIJSWIJK_BOX))
    answer = get(lz, "buildings/", in_bbox=box).json()
    assert isinstance(answer, list) and len(answer) == 10
    assert len(get(lz, "buildings/", in_bbox=box, page_size=20).json()) == 20
    assert len(get(lz, "buildings/", in_bbox=box, page_size=500).json()) == 100
    assert isinstance(get(lz, f"buildings/by-organisation/{NS}/").json(), dict)
    lz.buildings_mode = "paginated"
    assert get(lz, "buildings/", page_size=20).json()["count"] == 2001


def test_buildings_by_organisation_is_paginated(lz):
    expected = {obj["id"] for obj in lz.data.buildings if obj["organisation"]["uuid"] == MAASTRICHT}
    results, pages, first = collect(lz.api_url + f"buildings/by-organisation/{MAASTRICHT}/", page_size=100)
    assert first["count"] == len(expected) and pages > 1
    assert [obj["id"] for obj in results] == sorted(expected)
    assert get(lz, "buildings/by-organisation/not-a-uuid/").status_code == 404


def test_buildings_address_time_and_code_filters(lz):
    sample = get(lz, f"buildings/{SAMPLE_BUILDING}/").json()
    assert (
        sample["addresses"][0]["postalcode"] == "2286JG" and sample["geometry"]["coordinates"][0][0][2] == 0.0
    )
    ids = {obj["id"] for obj in get(lz, "buildings/", addresses__postalcode="2286JG").json()["results"]}
    assert SAMPLE_BUILDING in ids
    numbered = get(
        lz,
        "buildings/",
        addresses__postalcode__startswith="2286",
        addresses__house_number__gte=30,
        addresses__house_number__lte=32,
        page_size=100,
    ).json()["results"]
    assert any(obj["id"] == SAMPLE_BUILDING for obj in numbered)
    epoch = get(lz, "buildings/", start__lt="1293840000000").json()["count"]  # 2011-01-01 in ms
    assert epoch == get(lz, "buildings/", start__lt="2011-01-01T00:00:00Z").json()["count"] > 0
    demolished = get(lz, "buildings/", end__isnull="false").json()["count"]
    assert 0 < demolished < 2001
    assert SAMPLE_BUILDING not in {
        obj["id"]
        for obj in get(lz, "buildings/", valid_at="2024-01-01T00:00:00Z", code="0603100000003566").json()[
            "results"
        ]
    }
    assert get(lz, "buildings/", code__startswith="0603", build_year__gte=2000).json()["count"] > 0
    street = {a["street"] for obj in lz.data.buildings for a in obj["addresses"]}
    assert {"Ĳsselkade", "Súdwei", "Pieter Zeemanstraat 's-Gravenzande"} <= street


def test_buildings_generation_is_deterministic_and_fast():
    started = time.perf_counter()
    big = FakeLizard(buildings=20000, seed=7)
    try:
        assert time.perf_counter() - started < 2.0
        assert len(big.data.buildings) == 20001
        again = FakeLizard(buildings=50, seed=7)
        other = FakeLizard(buildings=50, seed=8)
        try:
            assert again.data.buildings[1]["geometry"] == big.data.buildings[1]["geometry"]
            assert other.data.buildings[1]["geometry"] != big.data.buildings[1]["geometry"]
        finally:
            again.stop()
            other.stop()
        big.start()
        started = time.perf_counter()
        response = get(
            big,
            "buildings/",
            in_bbox="4.0,51.0,7.0,54.0",
            geom_intersects=("POLYGON((4.29 52.01, 4.33 52.01, 4.33 52.05, 4.29 52.05, 4.29 52.01))"),
        )
        assert response.status_code == 200 and response.json()["count"] > 1000
        assert time.perf_counter() - started < 2.0
    finally:
        big.stop()


# --- timeseries ----------------------------------------------------------------------------------------


def test_timeseries_events_are_paginated_with_time_filters(lz):
    last = get(lz, f"timeseries/{TS_GROUNDWATER}/events/", page=40).json()
    assert last["count"] == 400 and last["next"] is None
    assert last["results"][0]["time"] == "2022-07-11T12:01:29Z" and last["results"][-1]["value"] == 19.099
    window = get(
        lz, f"timeseries/{TS_GROUNDWATER}/events/", start="2023-01-01T00:00:00Z", end="2024-05-01T11:04:15Z"
    ).json()
    assert [event["time"][:10] for event in window["results"]] == [
        "2023-01-31",
        "2023-07-25",
        "2024-01-03",
        "2024-04-18",
    ]
    assert (
        get(lz, f"timeseries/{TS_GROUNDWATER}/events/", time__gte="2024-09-03T09:51:29Z").json()["count"] == 3
    )
    detail = get(lz, f"timeseries/{TS_GROUNDWATER}/").json()
    assert detail["end"] == "2025-02-05T07:57:21Z" and detail["last_value"] == 19.099
    assert get(lz, f"timeseries/{TS_PRIVATE}/events/").status_code == 404
    assert get(lz, f"timeseries/{TS_PRIVATE}/events/", "reader").json()["count"] == 24


def test_timeseries_events_post_json_and_csv(lz):
    url = f"timeseries/{TS_EMPTY}/events/"
    events = [
        {"time": "2020-03-20T01:00:00Z", "value": 3.14},
        {"time": "2020-03-20T01:05:00Z", "value": 2.72, "flag": 3, "comment": "Súdwei"},
    ]
    created = post(lz, url, "supplier", json=events)
    assert created.status_code == 201, created.text
    assert [event["value"] for event in created.json()] == [3.14, 2.72]
    csv_text = "time, value\n2020-03-20T01:05:00Z, 5.5\n2020-03-20T01:10:00Z,\n"
    uploaded = post(lz, url, "supplier", files={"file": ("events.csv", csv_text.encode(), "text/csv")})
    assert uploaded.status_code == 201, uploaded.text
    stored = get(lz, url, page_size=100).json()
    assert stored["count"] == 3
    assert [(event["value"], event["comment"]) for event in stored["results"]] == [
        (3.14, ""),
        (5.5, "Súdwei"),
        (None, ""),
    ]


def test_timeseries_events_post_rejects_duplicates_bad_rows_and_missing_role(lz):
    url = f"timeseries/{TS_EMPTY}/events/"
    duplicate = [
        {"time": "2021-01-01T00:00:00Z", "value": 1},
        {"time": "2021-01-01T01:00:00+01:00", "value": 2},
    ]
    response = post(lz, url, "supplier", json=duplicate)
    assert response.status_code == 400
    assert "2021-01-01T00:00:00Z" in response.json()["detail"]["time"][0]
    csv_text = "time,value\n2021-01-01T00:00:00Z,1\n2021-01-01T00:00:00Z,2\n"
    response = post(lz, url, "supplier", files={"file": ("d.csv", csv_text.encode(), "text/csv")})
    assert response.status_code == 400 and "time" in response.json()["detail"]
    bad = post(lz, url, "supplier", json=[{"time": "gisteren", "value": "veel"}]).json()["detail"]
    assert set(bad) == {"time", "value"}
    assert post(lz, url, "supplier", json={"time": "2021-01-01T00:00:00Z"}).status_code == 400
    assert post(lz, url, "reader", json=[{"time": "2021-01-01T00:00:00Z", "value": 1}]).status_code == 403
    assert post(lz, url, None, json=[{"time": "2021-01-01T00:00:00Z", "value": 1}]).status_code == 403



# --- locations ---------------------------------------------------------------------------------------


def test_locations_list_detail_documented_filters_and_links_to_timeseries(lz):
    first = get(lz, "locations/", page_size=1000).json()
    assert first["count"] == sum(1 for loc in lz.data.locations if loc["access_modifier"] == "Public")
    assert len(first["results"]) == 100 and first["next"].startswith("http://")  # the page_size cap
    location = first["results"][0]
    assert set(location) >= {"url", "uuid", "name", "code", "geometry", "organisation", "object",
                             "access_modifier", "extra_metadata", "created", "last_modified"}
    assert len(location["geometry"]["coordinates"]) == 3
    assert any(loc["geometry"] is None for loc in lz.data.locations)
    assert get(lz, f"locations/{location['uuid']}/").json()["code"] == location["code"]
    private = next(loc for loc in lz.data.locations if loc["access_modifier"] == "Private")
    assert get(lz, f"locations/{private['uuid']}/").status_code == 404
    assert get(lz, "locations/", code="LOC-0004").json()["count"] == 1
    assert get(lz, "locations/", code__startswith="LOC-001").json()["count"] > 1
    within = get(lz, "locations/", geom_within="POLYGON((4 52,5 52,5 53,4 53,4 52))").json()
    assert all(4 < r["geometry"]["coordinates"][0] < 5 for r in within["results"])
    assert get(lz, "locations/", in_bbox="4,52,5,53").json()["count"] == first["count"]  # not documented: ignored
    assert get(lz, "locations/", name__icontains="x").json()["count"] == first["count"]
    assert get(lz, "locations/", geom_within="nonsense").status_code == 400
    series = get(lz, "timeseries/", location__uuid=location["uuid"]).json()["results"]
    assert [ts["location"]["code"] for ts in series] == ["LOC-0000"]
    by_type = get(lz, "timeseries/", observation_type__code="GWS_NAP", page_size=100).json()["results"]
    assert by_type and {ts["observation_type"]["code"] for ts in by_type} == {"GWS_NAP"}
