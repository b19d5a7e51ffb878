"""The fake Lizard server behaves as the contract (shared/lizard-api/CONTRACT.md) says a client relies on."""

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
import uuid

import pytest
import requests
from fake_lizard import FakeLizard
from fake_lizard.multipart import MultipartParser
from fake_lizard.store import MAASTRICHT, NS, TS_EMPTY, TS_GROUNDWATER, TS_MAASTRICHT, TS_PRIVATE
from osgeo import gdal, ogr, osr

TIMEOUT = 10
TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
SOURCE_FIELDS = {
    "id",
    "uuid",
    "url",
    "name",
    "description",
    "organisation",
    "access_modifier",
    "supplier",
    "supplier_code",
    "temporal",
    "interval",
    "first_value_timestamp",
    "last_value_timestamp",
    "spatial_bounds",
    "projection",
    "origin_x",
    "origin_y",
    "upper_bound_x",
    "upper_bound_y",
    "pixelsize_x",
    "pixelsize_y",
    "created",
    "last_modified",
    "writable",
    "layers",
    "labeltypes",
    "size",
    "dtype",
    "fill_value",
}
SAMPLE_BUILDING = 15614306
RIJSWIJK_BOX = (4.30, 52.02, 4.32, 52.04)


@pytest.fixture(scope="module")
def lz():
    with FakeLizard(buildings=2000, seed=1) as server:
        yield server


@pytest.fixture(autouse=True)
def _restore_settings(request):
    yield
    if "lz" in request.fixturenames:
        server = request.getfixturevalue("lz")
        server.clear_faults()
        server.buildings_mode = "paginated"
        server.task_outcome = None


def auth(lz, who):
    return ("__key__", lz.KEYS[who]) if who else None


def get(lz, path, who=None, **params):
    return requests.get(lz.api_url + path, params=params, auth=auth(lz, who), timeout=TIMEOUT)


def post(lz, path, who=None, **kwargs):
    return requests.post(lz.api_url + path, auth=auth(lz, who), timeout=TIMEOUT, **kwargs)


def collect(url, who_auth=None, **params):
    """Follows ``next`` from ``url``; returns (all results, number of pages, first page)."""
    response = requests.get(url, params=params, auth=who_auth, timeout=TIMEOUT)
    first = response.json()
    results, pages, page = [], 0, first
    while True:
        assert response.status_code == 200, response.text
        page = response.json()
        results.extend(page["results"])
        pages += 1
        if not page["next"]:
            return results, pages, first
        response = requests.get(page["next"], auth=who_auth, timeout=TIMEOUT)


def bbox_of(geometry):
    ring = geometry["coordinates"][0]
    return (
        min(p[0] for p in ring),
        min(p[1] for p in ring),
        max(p[0] for p in ring),
        max(p[1] for p in ring),
    )


def overlaps(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def make_geotiff(path, width=20, height=10):
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((85000.0, 10.0, 0.0, 447000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(-9999.0)
    dataset.GetRasterBand(1).Fill(1.5)
    dataset = None
    with open(path, "rb") as handle:
        return handle.read()


def create_source(lz, who="supplier", **fields):
    body = {
        "name": f"Testbron {uuid.uuid4().hex[:6]} – ’s-Hertogenbosch",
        "organisation": NS,
        "access_modifier": "Private",
        "temporal": False,
    }
    body.update(fields)
    response = post(lz, "rastersources/", who, json=body)
    assert response.status_code == 201, response.text
    return response.json()


def upload(lz, source, content, who="supplier", filename="data.tif", **form):
    return post(
        lz,
        f"rastersources/{source['uuid']}/data/",
        who,
        files={"file": (filename, content, "image/tiff")},
        data=form,
    )


def poll(lz, task_url, times=3):
    return [requests.get(task_url, timeout=TIMEOUT).json() for _ in range(times)]


# --- root, bootstrap, errors ---------------------------------------------------------------------------


def test_api_root_lists_absolute_endpoint_urls(lz):
    root = get(lz, "").json()
    assert root["rastersources"] == lz.api_url + "rastersources/"
    assert all(url.startswith(lz.api_url) for url in root.values())


def test_bootstrap_reports_the_user_of_the_key(lz):
    anonymous = requests.get(lz.base_url + "/bootstrap/lizard/", timeout=TIMEOUT).json()
    assert anonymous["user"]["authenticated"] is False
    jane = requests.get(lz.base_url + "/bootstrap/lizard/", auth=auth(lz, "supplier"), timeout=TIMEOUT).json()
    assert jane["user"] == {"authenticated": True, "username": "jane.supplier", "first_name": "Jane"}
    assert "sso" in jane


def test_unknown_path_is_404_and_unsupported_method_is_405_with_error_bodies(lz):
    missing = get(lz, "nothing-here/")
    assert missing.status_code == 404
    assert missing.headers["Content-Type"] == "application/json"
    assert set(missing.json()) == {"status", "code", "message", "detail"}
    assert missing.json()["message"] == "Resource not found. #404.10"
    refused = requests.delete(lz.api_url + "rastersources/", timeout=TIMEOUT)
    assert refused.status_code == 405
    assert "GET" in refused.headers["Allow"] and refused.json()["status"] == 405


def test_missing_trailing_slash_redirects_for_get(lz):
    response = requests.get(lz.api_url + "rastersources?page_size=3", timeout=TIMEOUT)
    assert response.history[0].status_code == 301
    assert len(response.json()["results"]) == 3


def test_detail_not_found_names_the_model(lz):
    response = get(lz, f"rastersources/{uuid.uuid4()}/")
    assert response.status_code == 404
    assert response.json()["detail"] == "No RasterSource matches the given query."


# --- pagination ----------------------------------------------------------------------------------------


def test_pagination_follows_absolute_next_across_pages_without_duplicates(lz):
    results, pages, first = collect(lz.api_url + "rastersources/", page_size=25)
    assert first["count"] == 131 == len(results)
    assert pages == 6
    assert len({obj["uuid"] for obj in results}) == len(results)
    assert first["next"].startswith(lz.api_url + "rastersources/?") and "page=2" in first["next"]
    assert first["previous"] is None
    second = requests.get(first["next"], timeout=TIMEOUT).json()
    assert "page=" not in second["previous"] and "page_size=25" in second["previous"]
    assert [obj["id"] for obj in results] == sorted(obj["id"] for obj in results)


def test_next_link_keeps_filters_and_replaces_page(lz):
    page = get(lz, "rastersources/", name__icontains="neerslag", page_size=5, page=2).json()
    assert "name__icontains=neerslag" in page["next"] and "page=3" in page["next"]
    assert "page=2" not in page["next"]


def test_page_size_is_capped_silently_at_max_page_size(lz):
    page = get(lz, "rastersources/", page_size=1000).json()
    assert len(page["results"]) == 100 and page["next"]
    with FakeLizard(max_page_size=7, buildings=5) as small:
        page = get(small, "rastersources/", page_size=50).json()
        assert len(page["results"]) == 7 and page["count"] == 131


def test_bad_page_is_404_invalid_page_and_bad_page_size_falls_back_to_default(lz):
    for page in ("99", "0", "abc"):
        response = get(lz, "rastersources/", page=page)
        assert response.status_code == 404
        assert response.json()["detail"] == "Invalid page."
    assert len(get(lz, "rastersources/", page_size="many").json()["results"]) == 10
    assert get(lz, "rastersources/", page="last", page_size=100).json()["next"] is None


def test_unknown_query_parameters_are_ignored(lz):
    plain = get(lz, "rastersources/").json()["count"]
    assert (
        get(lz, "rastersources/", in_bbox="4.3,52.0,4.4,52.1", foo="bar", format="json").json()["count"]
        == plain
    )


def test_bad_filter_value_is_400_with_field_errors(lz):
    response = get(lz, "rastersources/", created__gt="yesterday", uuid="not-a-uuid")
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert detail["created__gt"] == ["Enter a valid date/time."]
    assert "uuid" in detail
    response = get(lz, "buildings/", build_year__gt="abc")
    assert response.json()["detail"] == {"build_year__gt": ["Enter a number."]}
    assert get(lz, "rastersources/", access_modifier="Secret").status_code == 400


# --- authentication and permissions --------------------------------------------------------------------


def test_wrong_key_is_401_with_error_body(lz):
    response = requests.get(lz.api_url + "rastersources/", auth=("__key__", "wrong"), timeout=TIMEOUT)
    assert response.status_code == 401
    assert response.json()["status"] == 401 and response.json()["detail"]
    legacy = requests.get(
        lz.api_url + "rastersources/", headers={"username": "__key__", "password": "nope"}, timeout=TIMEOUT
    )
    assert legacy.status_code == 401


def test_legacy_username_password_headers_authenticate(lz):
    headers = {"username": "__key__", "password": lz.KEYS["reader"]}
    page = requests.get(lz.api_url + "rastersources/", headers=headers, timeout=TIMEOUT).json()
    assert page["count"] == 203


def test_anonymous_sees_only_public_and_members_see_common_and_own_private(lz):
    anonymous, _, _ = collect(lz.api_url + "rastersources/", page_size=100)
    assert {obj["access_modifier"] for obj in anonymous} == {"Public"}
    for who, own in (("supplier", NS), ("reader", NS), ("other_org", MAASTRICHT)):
        results, _, first = collect(lz.api_url + "rastersources/", auth(lz, who), page_size=100)
        assert first["count"] == 203
        private = {obj["organisation"]["uuid"] for obj in results if obj["access_modifier"] == "Private"}
        assert private == {own}
        assert sum(obj["access_modifier"] == "Common" for obj in results) == 60


def test_private_object_of_another_organisation_is_404(lz):
    private = next(
        obj
        for obj in lz.data.rastersources
        if obj["access_modifier"] == "Private" and obj["organisation"]["uuid"] == MAASTRICHT
    )
    assert get(lz, f"rastersources/{private['uuid']}/", "supplier").status_code == 404
    assert get(lz, f"rastersources/{private['uuid']}/").status_code == 404
    mine = get(lz, f"rastersources/{private['uuid'].upper()}/", "other_org")
    assert mine.status_code == 200 and mine.json()["writable"] is True
    assert get(lz, f"timeseries/{TS_MAASTRICHT}/events/", "supplier").status_code == 404


def test_write_without_supplier_role_is_403(lz):
    body = {"name": "x", "organisation": NS, "access_modifier": "Private", "temporal": False}
    for who in (None, "reader", "other_org"):
        response = post(lz, "rastersources/", who, json=body)
        assert response.status_code == 403, who
        assert response.json()["status"] == 403
    public_ns = next(
        obj
        for obj in lz.data.rastersources
        if obj["organisation"]["uuid"] == NS and obj["access_modifier"] == "Public"
    )
    assert upload(lz, public_ns, b"II*\x00data", "other_org").status_code == 403
    private_ns = next(
        obj
        for obj in lz.data.rastersources
        if obj["organisation"]["uuid"] == NS and obj["access_modifier"] == "Private"
    )
    assert upload(lz, private_ns, b"II*\x00data", "other_org").status_code == 404


def test_writable_reflects_the_supplier_role(lz):
    sample = "34ff2e6b-16c4-4755-adf4-07f474f55e95"  # Maastricht, Public
    assert get(lz, f"rastersources/{sample}/", "other_org").json()["writable"] is True
    assert get(lz, f"rastersources/{sample}/", "supplier").json()["writable"] is False


# --- organisations -------------------------------------------------------------------------------------


def test_organisations_role_filter_returns_only_organisations_with_that_role(lz):
    supplier = get(lz, "organisations/", "supplier", role=["supplier", "manager"]).json()
    assert [org["uuid"] for org in supplier["results"]] == [NS]
    assert supplier["results"][0]["roles"] == ["user", "supplier"]
    assert get(lz, "organisations/", "reader", role="supplier").json()["count"] == 0
    assert get(lz, "organisations/", role="user").json()["count"] == 0
    names = [org["name"] for org in get(lz, "organisations/", page_size=100).json()["results"]]
    assert "Waterschap Hunze en Aa’s" in names and "Gemeente Súdwest-Fryslân" in names
    assert get(lz, "organisations/", name__icontains="súdwest").json()["count"] == 1


# --- rastersources -------------------------------------------------------------------------------------


def test_rastersources_have_exactly_the_contract_fields_and_the_sample_objects(lz):
    for obj in get(lz, "rastersources/", page_size=100).json()["results"]:
        assert set(obj) == SOURCE_FIELDS
    sample = get(lz, "rastersources/34ff2e6b-16c4-4755-adf4-07f474f55e95/").json()
    assert sample["id"] == 474265 and sample["size"] == 733758945 and sample["fill_value"].startswith("3.40")
    assert sample["url"] == lz.api_url + "rastersources/34ff2e6b-16c4-4755-adf4-07f474f55e95/"
    assert sample["layers"] == [lz.api_url + "rasters/5e4c4a3d-7c0c-41a8-af71-99b4813ccfb6/"]


def test_rastersource_name_filters(lz):
    exact = get(lz, "rastersources/", name="Neerslag ’s-Hertogenbosch – 2024 (mm/u)").json()
    assert exact["count"] == 1
    assert get(lz, "rastersources/", name__icontains="SÚDWEST").json()["count"] >= 1
    assert get(lz, "rastersources/", name__iexact="grondwaterstand súdwest-fryslân").json()["count"] == 1
    assert get(lz, "rastersources/", name__startswith="BODIS").json()["count"] == 9
    assert get(lz, "rastersources/", name__startswith="bodis").json()["count"] == 0
    assert get(lz, "rastersources/", name__istartswith="bodis").json()["count"] == 9
    ends = get(lz, "rastersources/", name__iendswith=": BATH").json()
    assert {obj["id"] for obj in ends["results"]} == {474808, 474892}


def test_rastersource_uuid_filter_takes_comma_separated_case_insensitive_uuids(lz):
    wanted = "10415ccb-ec31-4d43-bdb3-db597061527b"  # not stored: only the two below match
    query = ",".join(["34FF2E6B-16C4-4755-ADF4-07F474F55E95", "ced8b23e-1546-4bb2-856a-4dd3ec07d926", wanted])
    page = get(lz, "rastersources/", uuid=query).json()
    assert {obj["id"] for obj in page["results"]} == {474265, 474807}


def test_rastersource_organisation_filters(lz):
    by_uuid = get(lz, "rastersources/", organisation__uuid=MAASTRICHT.replace("-", ""), page_size=100).json()
    assert by_uuid["count"] == 25
    assert {obj["organisation"]["uuid"] for obj in by_uuid["results"]} == {MAASTRICHT}
    assert get(lz, "rastersources/", organisation__name__icontains="schuur").json()["count"] == 34
    assert get(lz, "rastersources/", organisation__name__startswith="Nelen").json()["count"] == 34
    assert get(lz, "rastersources/", organisation__name="Maastricht").json()["count"] == 25


def test_rastersource_timestamp_filters(lz):
    later = get(lz, "rastersources/", first_value_timestamp__gte="2024-01-15T00:00:00Z", page_size=100).json()
    assert later["count"] > 0
    assert all(obj["first_value_timestamp"] >= "2024-01-15" for obj in later["results"])
    exact = get(lz, "rastersources/", first_value_timestamp="2024-01-01T01:00:00Z").json()
    assert {obj["id"] for obj in exact["results"]} == {474807, 474811, 474891}
    old = get(lz, "rastersources/", created__lt="2019-02-01T00:00:00Z", page_size=100).json()
    assert old["count"] > 0 and all(obj["created"] < "2019-02-01" for obj in old["results"])
    modified = get(lz, "rastersources/", last_modified__gt="2025-01-01T00:00:00Z").json()
    assert 474265 in {obj["id"] for obj in modified["results"]}


def test_rastersource_access_modifier_layers_scenario_and_ordering_filters(lz):
    assert get(lz, "rastersources/", "supplier", access_modifier="Common").json()["count"] == 60
    assert get(lz, "rastersources/", "supplier", access_modifier="100").json()["count"] == 60
    layer = get(lz, "rastersources/", layers__uuid="91e0ffd5-ddf3-47f1-bbc3-227e69835710").json()
    assert {obj["id"] for obj in layer["results"]} == {474807, 474808}
    in_scenario = get(lz, "rastersources/", scenario__isnull="false", page_size=100).json()
    assert in_scenario["count"] > 0
    assert all(obj["uuid"] in lz.data.scenario_sources for obj in in_scenario["results"])
    names = [
        obj["name"] for obj in get(lz, "rastersources/", ordering="-name", page_size=100).json()["results"]
    ]
    assert names == sorted(names, reverse=True)
    sizes = [
        obj["size"] for obj in get(lz, "rastersources/", ordering="size", page_size=100).json()["results"]
    ]
    assert sizes == sorted(sizes)


def test_create_rastersource_validates_fields(lz):
    response = post(
        lz, "rastersources/", "supplier", json={"organisation": str(uuid.uuid4()), "temporal": True}
    )
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert set(detail) == {"name", "organisation", "access_modifier", "interval"}
    assert all(isinstance(messages, list) for messages in detail.values())
    created = create_source(lz, temporal=True, interval="P0DT1H0M0S", description="Ĳsselkade")
    assert created["interval"] == "01:00:00" and created["writable"] is True
    assert created["spatial_bounds"] is None and created["first_value_timestamp"] is None
    assert set(created) == SOURCE_FIELDS and created["supplier"] == "jane.supplier"
    assert get(lz, f"rastersources/{created['uuid']}/", "reader").status_code == 200
    assert get(lz, f"rastersources/{created['uuid']}/").status_code == 404


# --- upload and tasks ----------------------------------------------------------------------------------


def test_upload_geotiff_runs_a_task_pending_started_success_and_updates_the_source(lz, tmp_path):
    source = create_source(lz)
    content = make_geotiff(tmp_path / "grid.tif")
    response = upload(lz, source, content, filename="grid–ĳ.tif")
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["url"] == lz.api_url + f"tasks/{answer['task_id']}/"
    states = poll(lz, answer["url"], times=4)
    assert [state["status"] for state in states] == ["PENDING", "STARTED", "SUCCESS", "SUCCESS"]
    assert states[2]["result"] == source["url"]
    record = lz.data.uploads[-1]
    assert record["size"] == len(content) and record["sha256"] == hashlib.sha256(content).hexdigest()
    assert record["filename"] == "grid–ĳ.tif" and record["timestamp"] is None
    updated = get(lz, f"rastersources/{source['uuid']}/", "supplier").json()
    assert updated["projection"] == "EPSG:28992" and updated["pixelsize_x"] == 10.0
    assert 4.0 < updated["spatial_bounds"]["west"] < updated["spatial_bounds"]["east"] < 5.0
    assert updated["size"] == len(content) and updated["dtype"] == "f4"


def test_upload_is_streamed_to_disk_not_held_in_memory(lz, tmp_path):
    source = create_source(lz)
    boundary = "fake-lizard-boundary"
    body_path = tmp_path / "body.bin"
    chunk = b"II*\x00" + os.urandom(1024 * 1024 - 4)
    with open(body_path, "wb") as handle:
        handle.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.tif"\r\n'
            f"Content-Type: image/tiff\r\n\r\n".encode()
        )
        for _ in range(48):
            handle.write(chunk)
        handle.write(f"\r\n--{boundary}--\r\n".encode())
    tracemalloc.start()
    try:
        with open(body_path, "rb") as body:
            response = post(
                lz,
                f"rastersources/{source['uuid']}/data/",
                "supplier",
                data=body,
                headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == 200, response.text
    assert lz.data.uploads[-1]["size"] == 48 * len(chunk)
    assert peak < 8 * 1024 * 1024, f"peak traced memory {peak} bytes for a 48 MiB upload"
    assert lz.requests[-1].body_size == os.path.getsize(body_path)


def test_chunked_multipart_upload_is_accepted(lz):
    source = create_source(lz)
    boundary = "xyz"

    def body():
        yield f"--{boundary}\r\nContent-Disposition: form-data; name=file; filename=a.tif\r\n\r\n".encode()
        yield b"MM\x00*"
        for _ in range(64):
            yield b"\x00" * 65536
        yield f"\r\n--{boundary}\r\nContent-Disposition: form-data; name=file_id\r\n\r\n".encode()
        yield f"7\r\n--{boundary}--".encode()

    response = post(
        lz,
        f"rastersources/{source['uuid']}/data/",
        "supplier",
        data=body(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 200, response.text
    assert lz.data.uploads[-1]["size"] == 4 + 64 * 65536


class _PieceReader:
    """A body that arrives in pieces of 1..9 bytes, so boundaries straddle reads."""

    def __init__(self, data, rng):
        self.data, self.rng, self.consumed = data, rng, 0

    def read(self, size=65536):
        piece = self.data[self.consumed : self.consumed + min(size, self.rng.randint(1, 9))]
        self.consumed += len(piece)
        return piece

    def drain(self):
        self.consumed = len(self.data)


def test_multipart_parser_handles_boundaries_split_across_reads():
    payload = b"II*\x00" + b"\r\n--almost-the-boundary\r\n" * 50 + bytes(range(256))
    body = (
        b"preamble\r\n--b0undary\r\n"
        b'Content-Disposition: form-data; name="timestamp"\r\n\r\n2024-01-01T00:00:00Z\r\n--b0undary\r\n'
        b"Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''gr%C3%B6%C3%9Fe.tif\r\n"
        b"Content-Type: image/tiff\r\n\r\n" + payload + b"\r\n--b0undary--\r\nepilogue"
    )
    for seed in range(20):
        parts = MultipartParser(_PieceReader(body, random.Random(seed)), "b0undary").parse()
        try:
            assert parts["timestamp"].value == "2024-01-01T00:00:00Z"
            assert parts["file"].filename == "größe.tif" and parts["file"].size == len(payload)
            with open(parts["file"].path, "rb") as handle:
                assert handle.read() == payload
        finally:
            for part in parts.values():
                part.cleanup()


def test_invalid_file_makes_the_task_fail_with_detail(lz):
    source = create_source(lz)
    answer = upload(lz, source, b"this is not a tiff").json()
    states = poll(lz, answer["url"])
    assert [state["status"] for state in states] == ["PENDING", "STARTED", "FAILURE"]
    assert states[-1]["detail"] == "File is not a valid GeoTIFF"
    assert get(lz, f"rastersources/{source['uuid']}/", "supplier").json()["spatial_bounds"] is None


def test_task_outcome_can_be_forced(lz, tmp_path):
    source = create_source(lz)
    lz.task_outcome = "FAILURE"
    answer = upload(lz, source, make_geotiff(tmp_path / "ok.tif")).json()
    final = poll(lz, answer["url"])[-1]
    assert final["status"] == "FAILURE" and final["detail"]


def test_upload_without_file_or_empty_file_is_400(lz):
    source = create_source(lz)
    response = post(lz, f"rastersources/{source['uuid']}/data/", "supplier", files={"other": ("a", b"x")})
    assert response.status_code == 400 and "file" in response.json()["detail"]
    assert upload(lz, source, b"").status_code == 400


def test_temporal_upload_needs_a_timestamp_and_adds_a_time_step(lz, tmp_path):
    source = create_source(lz, temporal=True, interval="01:00:00")
    content = make_geotiff(tmp_path / "t.tif")
    missing = upload(lz, source, content)
    assert missing.status_code == 400
    assert "timestamp" in missing.json()["detail"]
    assert upload(lz, source, content, timestamp="gisteren").status_code == 400
    answer = upload(lz, source, content, timestamp="2024-05-01T12:00:00Z").json()
    assert poll(lz, answer["url"])[-1]["status"] == "SUCCESS"
    assert lz.data.uploads[-1]["timestamp"] == "2024-05-01T12:00:00Z"
    updated = get(lz, f"rastersources/{source['uuid']}/", "supplier").json()
    assert updated["first_value_timestamp"] == updated["last_value_timestamp"] == "2024-05-01T12:00:00Z"


def test_non_temporal_upload_ignores_a_timestamp(lz, tmp_path):
    source = create_source(lz)
    response = upload(lz, source, make_geotiff(tmp_path / "n.tif"), timestamp="2024-05-01T12:00:00Z")
    assert response.status_code == 200


def test_unknown_task_is_404(lz):
    assert get(lz, f"tasks/{uuid.uuid4()}/").status_code == 404


# --- rasters -------------------------------------------------------------------------------------------


def test_sample_raster_layer_is_served_with_local_urls(lz):
    raster = get(lz, "rasters/d8f36211-68c5-4211-b530-2c22932f396b/").json()
    assert raster["wms_info"] == {
        "endpoint": lz.base_url + "/wms/",
        "layer": "nelen-schuurmans:p_lochem_kwel_wegzijging_2050",
    }
    assert raster["options"] == {"styles": "RdBu_r:-4.6:-1.17"}
    assert raster["observation_type"]["code"] == "Waterdepth"
    source_url = raster["raster_sources"][0]
    assert requests.get(source_url, timeout=TIMEOUT).json()["layers"] == [raster["url"]]


def test_raster_filters_find_layers_of_a_source(lz):
    page = get(lz, "rasters/", raster_sources__uuid="2874f374-455d-4e35-a89c-db93dd3428cb").json()
    assert page["count"] == 4
    assert get(lz, "rasters/", observation_type__code="neerslag").json()["count"] > 0
    assert (
        get(lz, "rasters/", observation_type="1").json()["count"]
        == get(lz, "rasters/", observation_type__code="neerslag").json()["count"]
    )
    assert get(lz, "rasters/", observation_type="nope").status_code == 400
    assert get(lz, "rasters/", layer_collections="klimaatatlas").json()["count"] > 0
    temporal = get(lz, "rasters/", name__startswith="Neerslag", page_size=100).json()["results"]
    assert temporal and all(obj["temporal"] and obj["interval"] == "01:00:00" for obj in temporal)


def test_timesteps_of_temporal_and_non_temporal_layers(lz):
    raster = next(
        obj
        for obj in lz.data.rasters
        if obj["temporal"] and obj["name"].startswith("Neerslag") and obj["access_modifier"] == "Public"
    )
    steps = get(lz, f"rasters/{raster['uuid']}/timesteps/").json()
    assert len(steps["steps"]) == 48
    assert steps["time_start"] == steps["steps"][0] and steps["steps"][1] - steps["steps"][0] == 3600 * 1000
    flat = get(lz, "rasters/d8f36211-68c5-4211-b530-2c22932f396b/timesteps/").json()
    assert flat == {"time_start": None, "time_end": None, "steps": []}


def test_create_raster_layer_for_a_source(lz, tmp_path):
    source = create_source(lz, temporal=True, interval="01:00:00")
    graph = {"name": "raster", "graph": {"raster": ["lizard_nxt.blocks.LizardRasterSource", source["uuid"]]}}
    body = {
        "name": "Laag ’s-Gravenzande",
        "organisation": MAASTRICHT,
        "observation_type": "neerslag",
        "access_modifier": "Private",
        "source": graph,
    }
    mismatch = post(lz, "rasters/", "supplier", json=body)
    assert mismatch.status_code == 400 and "organisation" in mismatch.json()["detail"]
    assert post(lz, "rasters/", "supplier", json=dict(body, organisation=NS, source={})).status_code == 400
    response = post(lz, "rasters/", "supplier", json=dict(body, organisation=NS))
    assert response.status_code == 201, response.text
    raster = response.json()
    assert raster["raster_sources"] == [source["url"]] and raster["temporal"] is True
    assert raster["wms_info"]["endpoint"] == lz.base_url + "/wms/" and raster["wms_info"]["layer"]
    found = get(lz, "rasters/", "supplier", raster_sources__uuid=source["uuid"]).json()
    assert [obj["uuid"] for obj in found["results"]] == [raster["uuid"]]
    answer = upload(lz, source, make_geotiff(tmp_path / "r.tif"), timestamp="2024-06-01T00:00:00Z").json()
    poll(lz, answer["url"])
    steps = get(lz, f"rasters/{raster['uuid']}/timesteps/", "supplier").json()
    assert steps["steps"] == [1717200000000]
    assert get(lz, f"rasters/{raster['uuid']}/", "supplier").json()["spatial_bounds"] is not None


def test_wms_endpoint_option_is_used_in_wms_info():
    with FakeLizard(buildings=1, wms_endpoint="http://127.0.0.1:9/wms/") as other:
        raster = get(other, "rasters/", page_size=1).json()["results"][0]
        assert raster["wms_info"]["endpoint"] == "http://127.0.0.1:9/wms/"


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


# --- faults --------------------------------------------------------------------------------------------


def test_fault_503_burst_applies_to_exactly_the_next_matching_requests(lz):
    lz.inject(status=503, times=3, path="/api/v4/rastersources/")
    assert get(lz, "rasters/", page_size=1).status_code == 200  # another path: untouched
    statuses = [get(lz, "rastersources/", page_size=1).status_code for _ in range(4)]
    assert statuses == [503, 503, 503, 200]
    lz.inject(status=502, times=1)
    failed = get(lz, "rastersources/")
    assert failed.json() == {
        "status": 502,
        "code": 10,
        "message": "Bad gateway. #502.10",
        "detail": "Bad gateway.",
    }


def test_fault_429_carries_retry_after(lz):
    lz.inject(status=429, times=1, retry_after=7)
    response = get(lz, "rastersources/")
    assert response.status_code == 429 and response.headers["Retry-After"] == "7"
    assert response.json()["status"] == 429


def test_fault_delay_keeps_the_normal_answer(lz):
    lz.inject(delay=0.4, times=1)
    started = time.perf_counter()
    response = get(lz, "rastersources/", page_size=1)
    assert response.status_code == 200 and time.perf_counter() - started >= 0.4
    lz.inject(status=504, delay=0.2, times=1)
    assert get(lz, "rastersources/").status_code == 504


def test_fault_drop_closes_the_connection_without_answer(lz):
    lz.inject(drop=True, times=1, path="/api/v4/rasters/")
    with pytest.raises(requests.exceptions.ConnectionError):
        get(lz, "rasters/")
    assert lz.requests[-1].status is None
    assert get(lz, "rasters/").status_code == 200


def test_fault_truncate_sends_half_the_body(lz):
    lz.inject(truncate=True, times=1)
    try:
        response = get(lz, "rastersources/")
    except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError):
        pass  # urllib3 2 enforces Content-Length
    else:  # urllib3 1.26 (requests' default here) hands back the short body
        assert len(response.content) < int(response.headers["Content-Length"])
        with pytest.raises(ValueError):
            response.json()
    lz.inject(truncate="chunked", times=1)
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        get(lz, "rastersources/")
    assert get(lz, "rastersources/").status_code == 200


def test_faults_queue_in_order_and_match_method(lz):
    lz.inject(status=500, times=1, method="POST")
    lz.inject(status=504, times=1)
    assert get(lz, "rastersources/").status_code == 504
    assert post(lz, "rastersources/", "supplier", json={}).status_code == 500
    lz.inject(status=503, times=5)
    lz.clear_faults()
    assert get(lz, "rastersources/").status_code == 200


# --- recording, concurrency, CLI -----------------------------------------------------------------------


def test_requests_are_recorded_with_redacted_credentials(lz):
    lz.reset_requests()
    get(lz, "rastersources/", "supplier", name__icontains="neerslag", page_size=2)
    post(lz, "rastersources/", "supplier", json={"name": "x"})
    first, second = lz.requests
    assert (first.method, first.path, first.status) == ("GET", "/api/v4/rastersources/", 200)
    assert first.query == {"name__icontains": ["neerslag"], "page_size": ["2"]}
    assert first.headers["Authorization"] == "<redacted>"
    assert lz.KEYS["supplier"] not in json.dumps(first.headers)
    assert second.method == "POST" and second.status == 400 and second.body_size == len(b'{"name": "x"}')


def test_concurrent_clients_are_served(lz):
    statuses, errors = [], []

    def worker():
        try:
            with requests.Session() as session:
                for _ in range(5):
                    statuses.append(
                        session.get(
                            lz.api_url + "buildings/",
                            params={"in_bbox": "4.3,52.0,4.4,52.1"},
                            timeout=TIMEOUT,
                        ).status_code
                    )
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and statuses == [200] * 40
    assert not lz.errors


def test_cli_prints_its_url_and_stops_on_sigterm():
    env = dict(os.environ, PYTHONPATH=TESTS_DIR)
    command = [
        sys.executable,
        "-m",
        "fake_lizard",
        "--port",
        "0",
        "--buildings",
        "20",
        "--wms-endpoint",
        "http://127.0.0.1:9/wms/",
        "--wms-layers",
        "demo_a,demo_b",
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline().strip()
        assert line.startswith("FAKE_LIZARD_URL=http://127.0.0.1:")
        base_url = line.split("=", 1)[1]
        rasters = requests.get(base_url + "/api/v4/rasters/", params={"page_size": 2}, timeout=TIMEOUT).json()
        assert [raster["wms_info"]["layer"] for raster in rasters["results"]] == ["demo_a", "demo_b"]
        assert rasters["results"][0]["wms_info"]["endpoint"] == "http://127.0.0.1:9/wms/"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
    assert process.returncode == 0


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
