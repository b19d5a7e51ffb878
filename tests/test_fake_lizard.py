"""The fake Lizard server behaves as the contract (shared/lizard-api/CONTRACT.md) says a client relies on."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid

import pytest
import requests
from fake_lizard import FakeLizard
from fake_lizard.store import MAASTRICHT, NS, TS_MAASTRICHT
from osgeo import gdal, osr

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
