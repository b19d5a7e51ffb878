"""The fake Lizard's rastersources, uploads with their tasks and raster layers behave as the contract says
(shared/lizard-api/CONTRACT.md); the server's base behaviour is in test_fake_lizard.py."""

import hashlib
import os
import random
import tracemalloc
import uuid

import requests
import test_fake_lizard
from fake_lizard import FakeLizard
from fake_lizard.multipart import MultipartParser
from fake_lizard.store import MAASTRICHT, NS
from test_fake_lizard import (
    SOURCE_FIELDS,
    TIMEOUT,
    create_source,
    get,
    make_geotiff,
    poll,
    post,
    upload,
)

lz, _restore_settings = test_fake_lizard.lz, test_fake_lizard._restore_settings  # the fixtures


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
