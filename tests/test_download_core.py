"""core/rasters/download.py against the fake Lizard's ``/rasters/<uuid>/data/``.

The fake renders ``fake_lizard.rasterdata.pixel_values`` of each pixel centre's world coordinates (plus a
term for the time step), so every expected value is computed here from the output's own geotransform.
"""

import datetime as dt
import os
import threading

import numpy
import pytest
from fake_lizard.rasterdata import DATA_FAILURE, NODATA, pixel_values, step_term
from lizard_explorer.core import errors, server_tasks, times
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters import download, download_grid, download_run
from osgeo import gdal
from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsRectangle
from qgis.PyQt.QtCore import QVariant

FAST_POLL = {"first": 0.01, "factor": 1.0, "maximum": 0.01}
UTC = dt.timezone.utc


# --------------------------------------------------------------------------------------------- helpers


def pick(lizard, access="Public", temporal=False, projection="EPSG:28992", pixel=0.5, min_steps=0):
    for raster in lizard.data.rasters:
        if (raster["access_modifier"] == access and raster["temporal"] == temporal
                and raster["projection"] == projection and raster["pixelsize_x"] == pixel
                and len(lizard.data.raster_steps(raster)) >= min_steps):
            return raster
    raise AssertionError("no such raster in the fake")


@pytest.fixture
def client(lizard):
    lizard.result_host.reset_requests()
    with LizardClient(lizard.base_url, proxies={}, retries=1, backoff=0.01) as c:
        yield c


@pytest.fixture
def key_client(lizard):
    lizard.result_host.reset_requests()
    with LizardClient(lizard.base_url, lizard.KEYS["supplier"], proxies={}, retries=1, backoff=0.01) as c:
        yield c


def read(path):
    dataset = gdal.Open(str(path))
    assert dataset is not None, path
    band = dataset.GetRasterBand(1)
    info = {
        "array": band.ReadAsArray(),
        "transform": dataset.GetGeoTransform(),
        "nodata": band.GetNoDataValue(),
        "epsg": dataset.GetSpatialRef().GetAuthorityCode(None),
        "size": (dataset.RasterXSize, dataset.RasterYSize),
        "compression": dataset.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE"),
        "block": band.GetBlockSize(),
        "driver": dataset.GetDriver().ShortName,
    }
    band = dataset = None
    return info


def expected(info, step_ms=None):
    x0, rx, _, y0, _, ry = info["transform"]
    width, height = info["size"]
    xs = x0 + (numpy.arange(width) + 0.5) * rx
    ys = y0 + (numpy.arange(height) + 0.5) * ry
    return pixel_values(xs[None, :], ys[:, None], step_ms)


def data_requests(lizard):
    return [r for r in lizard.requests if r.path.endswith("/data/")]


def leftovers(folder):
    return sorted(name for name in os.listdir(folder) if name.startswith("."))


RD_AREA = QgsRectangle(155000.2, 463000.1, 155100.0, 463050.3)  # 100 x 50 m: 200 x 101 pixels of 0.5 m


# ---------------------------------------------------------------------------------------------- tests


def test_small_download_matches_pixels_and_georeferencing(lizard, client, tmp_path):
    raster = pick(lizard)
    out = tmp_path / "small.tif"
    plan = download.plan_download(client, raster["uuid"], str(out),
                                  download_grid.Area.from_extent(RD_AREA, "EPSG:28992"))
    assert plan.crs == "EPSG:28992" and plan.pixel_size == (0.5, 0.5)
    assert [item.path for item in plan.items] == [str(out)]
    seen = []
    paths = plan.run(client, progress=lambda fraction, message: seen.append(fraction), poll=FAST_POLL)
    assert paths == [str(out)]
    info = read(out)
    # Snapped outwards onto the raster's own grid (origin 0.5 m multiples), never shrunk.
    assert info["transform"] == (155000.0, 0.5, 0.0, 463050.5, 0.0, -0.5)
    assert info["size"] == (200, 101)
    assert info["epsg"] == "28992"
    # The raster's fill_value when it has one (the fake's tiles say NODATA: mapped to it), else -9999.
    want_nodata = float(raster["fill_value"]) if raster["fill_value"] else download.DEFAULT_NODATA
    assert info["nodata"] == pytest.approx(want_nodata) and plan.nodata == info["nodata"]
    assert info["compression"] == "DEFLATE" and info["block"] == [256, 256]
    numpy.testing.assert_allclose(info["array"], expected(info), atol=1e-3)
    assert seen and seen[-1] == pytest.approx(1.0) and seen == sorted(seen)
    assert plan.items[0].status == download_grid.DONE
    assert leftovers(tmp_path) == []
    request = data_requests(lizard)[0]
    assert request.query["format"] == ["geotiff"]
    assert request.query["projection"] == ["EPSG:28992"]
    assert request.query["bbox"] == ["155000.0,463000.0,155100.0,463050.5"]
    assert request.query["width"] == ["200"] and request.query["height"] == ["101"]


def test_nodata_and_synchronous_answer(lizard, client, tmp_path):
    raster = pick(lizard)
    out = tmp_path / "sync.tif"
    plan = download.plan_download(client, raster["uuid"], str(out),
                                  download_grid.Area.from_extent(RD_AREA, "EPSG:28992"),
                                  nodata=-1, use_async=False)
    plan.run(client)
    assert read(out)["nodata"] == -1
    assert all("async" not in r.query for r in data_requests(lizard))
    assert not [r for r in lizard.requests if "/tasks/" in r.path]


def test_large_area_is_tiled_and_joined_seamlessly(lizard, client, tmp_path, monkeypatch):
    monkeypatch.setattr(download_grid, "MAX_PIXELS", 5000)
    raster = pick(lizard)
    area = QgsRectangle(155000, 463000, 155150, 463100)  # 300 x 200 pixels = 60000 > 5000
    out = tmp_path / "tiled.tif"
    plan = download.plan_download(client, raster["uuid"], str(out),
                                  download_grid.Area.from_extent(area, "EPSG:28992"))
    item = plan.items[0]
    assert len(item.tiles) > 12
    assert all(tile.pixels <= 5000 for tile in item.tiles)
    plan.run(client, poll=FAST_POLL)
    requests = data_requests(lizard)
    assert len(requests) == len(item.tiles)
    assert max(int(r.query["width"][0]) * int(r.query["height"][0]) for r in requests) <= 5000
    info = read(out)
    assert info["size"] == (300, 200)
    want = expected(info)
    numpy.testing.assert_allclose(info["array"], want, atol=1e-3)
    # At every tile edge the pixels on both sides are the fake's values for their own centres.
    for tile in item.tiles[1:]:
        if tile.col:
            numpy.testing.assert_allclose(info["array"][:, tile.col - 1: tile.col + 1],
                                          want[:, tile.col - 1: tile.col + 1], atol=1e-3)
        if tile.row:
            numpy.testing.assert_allclose(info["array"][tile.row - 1: tile.row + 1],
                                          want[tile.row - 1: tile.row + 1], atol=1e-3)
    assert not (info["array"] == NODATA).any()
    assert leftovers(tmp_path) == []


def test_tile_shape_never_exceeds_the_limit():
    for width, height, limit in ((20000, 20000, 10 ** 8), (50000, 3, 1000), (7, 100000, 500), (1, 1, 1)):
        w, h = download_grid.tile_shape(width, height, max_pixels=limit)
        assert 1 <= w <= width and 1 <= h <= height and w * h <= limit


def test_vrt_over_the_tiles(lizard, client, tmp_path, monkeypatch):
    monkeypatch.setattr(download_grid, "MAX_PIXELS", 5000)
    raster = pick(lizard)
    out = tmp_path / "mosaic.vrt"
    plan = download.plan_download(client, raster["uuid"], str(out),
                                  download_grid.Area.from_extent(RD_AREA, "EPSG:28992"))
    plan.run(client, poll=FAST_POLL)
    info = read(out)
    assert info["driver"] == "VRT" and info["size"] == (200, 101)
    numpy.testing.assert_allclose(info["array"], expected(info), atol=1e-3)
    tiles = sorted(os.listdir(tmp_path / "mosaic_tiles"))
    assert len(tiles) == len(plan.items[0].tiles) and all(name.endswith(".tif") for name in tiles)
    assert 'relativeToVRT="1"' in out.read_text()
    assert leftovers(tmp_path) == []


def test_polygon_clip_sets_outside_pixels_to_nodata(lizard, client, tmp_path):
    raster = pick(lizard)
    triangle = QgsGeometry.fromWkt("POLYGON((155000 463000, 155100 463000, 155000 463050, 155000 463000))")
    out = tmp_path / "clip.tif"
    plan = download.plan_download(client, raster["uuid"], str(out),
                                  download_grid.Area.from_geometry(triangle, "EPSG:28992"), nodata=-5)
    plan.run(client, poll=FAST_POLL)
    info = read(out)
    assert info["transform"] == (155000.0, 0.5, 0.0, 463050.0, 0.0, -0.5)  # the grid is kept, not cropped
    assert info["nodata"] == -5
    x0, rx, _, y0, _, ry = info["transform"]
    width, height = info["size"]
    xs = x0 + (numpy.arange(width) + 0.5) * rx
    ys = y0 + (numpy.arange(height) + 0.5) * ry
    inside = (xs[None, :] - 155000) / 100 + (ys[:, None] - 463000) / 50 < 1
    margin = numpy.abs((xs[None, :] - 155000) / 100 + (ys[:, None] - 463000) / 50 - 1) > 0.02
    data = info["array"]
    assert (data[~inside & margin] == -5).all()
    numpy.testing.assert_allclose(data[inside & margin], expected(info)[inside & margin], atol=1e-3)
    assert (data[inside & margin] != -5).all()


def test_temporal_range_gives_one_file_per_step(lizard, client, tmp_path):
    raster = pick(lizard, temporal=True, min_steps=30)
    steps = lizard.data.raster_steps(raster)
    chosen = steps[3:6]
    start = dt.datetime.fromtimestamp(chosen[0] / 1000, UTC) - dt.timedelta(minutes=1)
    end = dt.datetime.fromtimestamp(chosen[-1] / 1000, UTC)
    area = download_grid.Area.from_extent(QgsRectangle(155000, 463000, 155010, 463010), "EPSG:28992")
    out = tmp_path / "rain.tif"
    plan = download.plan_download(client, raster["uuid"], str(out), area, time=start, time_end=end)
    assert [item.step_ms for item in plan.items] == chosen
    per_file, changes = {}, []
    paths = plan.run(client, poll=FAST_POLL, item_progress=lambda item, f: per_file.__setitem__(item.name, f),
                     on_item=lambda item: changes.append((item.name, item.status)))
    assert sorted(per_file.values()) == [1.0, 1.0, 1.0]
    assert sorted(changes) == sorted((item.name, download_grid.DONE) for item in plan.items)
    names = [os.path.basename(p) for p in paths]
    want_names = ["rain_{}.tif".format(dt.datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y%m%dT%H%M%SZ"))
                  for ms in chosen]
    assert names == want_names
    starts = sorted(r.query["start"][0] for r in data_requests(lizard))
    assert starts == sorted(times.iso_utc_ms(ms) for ms in chosen)
    for path, ms in zip(paths, chosen):
        info = read(path)
        numpy.testing.assert_allclose(info["array"], expected(info, ms), atol=1e-3)
    assert len({step_term(ms) for ms in chosen}) == 3  # the files really differ per step


def test_single_time_picks_the_nearest_step(lizard, client, tmp_path):
    raster = pick(lizard, temporal=True, min_steps=30)
    steps = lizard.data.raster_steps(raster)
    near = dt.datetime.fromtimestamp(steps[5] / 1000, UTC) + dt.timedelta(minutes=5)
    area = download_grid.Area.from_extent(QgsRectangle(155000, 463000, 155005, 463005), "EPSG:28992")
    plan = download.plan_download(client, raster["uuid"], str(tmp_path / "one.tif"), area, time=near)
    assert [item.step_ms for item in plan.items] == [steps[5]]
    assert [os.path.basename(p) for p in plan.paths] == ["one.tif"]


def test_task_failure_is_reported_with_the_servers_reason(lizard, client, tmp_path):
    lizard.task_outcome = "FAILURE"
    raster = pick(lizard)
    out = tmp_path / "failed.tif"
    plan = download.plan_download(client, raster["uuid"], str(out),
                                  download_grid.Area.from_extent(RD_AREA, "EPSG:28992"))
    with pytest.raises(server_tasks.TaskFailedError) as caught:
        plan.run(client, poll=FAST_POLL)
    assert DATA_FAILURE in str(caught.value)
    assert plan.items[0].status == download_grid.FAILED
    assert not out.exists() and leftovers(tmp_path) == []


def test_key_is_not_sent_to_the_foreign_result_host(lizard, key_client, tmp_path):
    raster = pick(lizard)
    out = tmp_path / "keyed.tif"
    plan = download.plan_download(key_client, raster["uuid"], str(out),
                                  download_grid.Area.from_extent(RD_AREA, "EPSG:28992"))
    plan.run(key_client, poll=FAST_POLL)
    assert out.exists()
    results = lizard.result_host.requests
    assert results and all(r.status == 200 for r in results)
    assert all("authorization" not in {name.lower() for name in r.headers} for r in results)
    assert all(lizard.KEYS["supplier"] not in str(r.headers) for r in results)
    portal = data_requests(lizard)
    assert portal and all(r.headers.get("Authorization") == "<redacted>" for r in portal)


def test_cancel_leaves_no_partial_file(lizard, client, tmp_path, monkeypatch):
    monkeypatch.setattr(download_grid, "MAX_PIXELS", 2000)
    raster = pick(lizard)
    out = tmp_path / "cancelled.tif"
    plan = download.plan_download(client, raster["uuid"], str(out),
                                  download_grid.Area.from_extent(RD_AREA, "EPSG:28992"),
                                  use_async=False)
    assert len(plan.items[0].tiles) > 8
    stop = threading.Event()
    lizard.inject(delay=0.2, times=1000, path="/api/v4/rasters/" + raster["uuid"] + "/data/")
    with pytest.raises(errors.CancelledError):
        plan.run(client, progress=lambda fraction, message: fraction > 0 and stop.set(), cancel=stop,
                 concurrency=2)
    lizard.clear_faults()
    assert os.listdir(tmp_path) == []
    assert plan.items[0].status == download_grid.CANCELLED
    assert len(data_requests(lizard)) < len(plan.items[0].tiles)


def test_a_second_run_skips_finished_files(lizard, client, tmp_path):
    raster = pick(lizard, temporal=True, min_steps=30)
    steps = lizard.data.raster_steps(raster)
    area = download_grid.Area.from_extent(QgsRectangle(155000, 463000, 155005, 463005), "EPSG:28992")
    plan = download.plan_download(client, raster["uuid"], str(tmp_path), area, time=steps[0], time_end=steps[2])
    assert len(plan.items) == 3
    first = plan.paths[0]
    plan.items = plan.items[:1]
    plan.run(client, poll=FAST_POLL)
    lizard.reset_requests()
    again = download.plan_download(client, raster["uuid"], str(tmp_path), area, time=steps[0], time_end=steps[2])
    again.run(client, poll=FAST_POLL)
    assert [item.status for item in again.items] == [download_grid.SKIPPED, download_grid.DONE, download_grid.DONE]
    assert len(data_requests(lizard)) == 2
    assert again.paths[0] == first and all(os.path.exists(p) for p in again.paths)


def test_hidden_raster_gives_a_clear_error(lizard, client, tmp_path):
    private = pick(lizard, access="Private")
    with pytest.raises(errors.NotFoundError) as caught:
        download.plan_download(client, private["uuid"], str(tmp_path / "x.tif"),
                               download_grid.Area.from_extent(RD_AREA, "EPSG:28992"))
    assert private["uuid"] in str(caught.value) and "key" in str(caught.value)


def test_pixel_size_is_converted_to_another_crs(lizard, client, tmp_path):
    raster = pick(lizard)
    area = download_grid.Area.from_extent(QgsRectangle(155000, 463000, 155020, 463010), "EPSG:28992")
    plan = download.plan_download(client, raster["uuid"], str(tmp_path / "merc.tif"), area, crs="EPSG:3857")
    assert plan.crs == "EPSG:3857"
    # 0.5 m in RD is about 0.5 / cos(52.16°) = 0.82 m in web mercator there.
    assert plan.pixel_size[0] == pytest.approx(0.817, rel=0.02)
    plan.run(client, poll=FAST_POLL)
    info = read(tmp_path / "merc.tif")
    assert info["epsg"] == "3857"
    numpy.testing.assert_allclose(info["array"], expected(info), atol=1e-3)


def test_crs_without_epsg_is_refused(lizard, client, tmp_path):
    raster = pick(lizard)
    with pytest.raises(download_grid.DownloadError) as caught:
        download.plan_download(client, raster["uuid"], str(tmp_path / "x.tif"),
                               download_grid.Area.from_extent(RD_AREA, "EPSG:28992"),
                               crs="PROJ4:+proj=omerc +lat_0=52 +lonc=5 +alpha=10 +k=1 +x_0=0 +y_0=0 +ellps=bessel")
    assert "EPSG" in str(caught.value)


def test_one_file_per_feature_named_from_a_field(lizard, client, tmp_path):
    raster = pick(lizard)
    fields = QgsFields()
    fields.append(QgsField("naam", QVariant.String))
    features = []
    for fid, (name, x) in enumerate((("Polder Oost/1", 155000), ("Polder Oost/1", 155020), ("", 155040))):
        feature = QgsFeature(fields, fid)
        feature.setAttribute("naam", name)
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 463000, x + 10, 463010)))
        features.append(feature)
    plan = download.plan_per_feature(client, raster["uuid"], features, "naam", str(tmp_path / "out"),
                                     "EPSG:28992")
    assert [os.path.basename(p) for p in plan.paths] == ["Polder_Oost_1.tif", "Polder_Oost_1_2.tif",
                                                          "feature_2.tif"]
    plan.run(client, poll=FAST_POLL)
    for path, feature in zip(plan.paths, features):
        info = read(path)
        assert info["size"] == (20, 20)
        assert info["transform"][0] == feature.geometry().boundingBox().xMinimum()
        numpy.testing.assert_allclose(info["array"], expected(info), atol=1e-3)


def test_refusal_of_too_many_pixels_is_a_lizard_error(lizard, client, tmp_path, monkeypatch):
    monkeypatch.setattr(download_grid, "MAX_PIXELS", 2 * 10 ** 8)
    monkeypatch.setattr(download_grid, "TILE_PIXELS", 2 * 10 ** 8)
    raster = pick(lizard, pixel=100.0)
    area = download_grid.Area.from_extent(QgsRectangle(155000, 463000, 157000, 464100), "EPSG:28992")
    plan = download.plan_download(client, raster["uuid"], str(tmp_path / "big.tif"), area, pixel_size=0.1)
    plan.items[0].tiles = plan.items[0].tiles[:1]  # one request of 2e8 pixels: the fake says no
    with pytest.raises(errors.InvalidRequestError) as caught:
        plan.run(client, poll=FAST_POLL)
    assert "Too many pixels" in (caught.value.details + str(caught.value) + str(caught.value.lizard_detail))
    assert os.listdir(tmp_path) == []


def test_block_aligned_tiles_are_written_as_they_arrive(lizard, client, tmp_path, monkeypatch):
    monkeypatch.setattr(download_grid, "TILE_PIXELS", 512 * 512)
    raster = pick(lizard, pixel=5.0)
    area = download_grid.Area.from_extent(QgsRectangle(150000, 460000, 156000, 463500), "EPSG:28992")  # 1200 x 700
    out = tmp_path / "aligned.tif"
    plan = download.plan_download(client, raster["uuid"], str(out), area, use_async=False)
    item = plan.items[0]
    grid = item.grid
    assert len(item.tiles) == 6
    assert all(t.width == 512 or t.col + t.width == grid.width for t in item.tiles)
    assert all(t.height == 512 or t.row + t.height == grid.height for t in item.tiles)
    assert download_run._TifWriter(item, plan.crs, plan.nodata).flush_each
    plan.run(client)
    info = read(out)
    assert info["size"] == (grid.width, grid.height)
    numpy.testing.assert_allclose(info["array"], expected(info), atol=1e-3)


def test_other_items_go_on_when_asked(lizard, client, tmp_path):
    raster = pick(lizard, temporal=True, min_steps=30)
    steps = lizard.data.raster_steps(raster)
    area = download_grid.Area.from_extent(QgsRectangle(155000, 463000, 155005, 463005), "EPSG:28992")
    plan = download.plan_download(client, raster["uuid"], str(tmp_path), area, time=steps[0], time_end=steps[1],
                                  use_async=False)
    lizard.inject(status=500, times=1, path="/api/v4/rasters/{}/data/".format(raster["uuid"]))
    with pytest.raises(download_grid.DownloadError) as caught:
        plan.run(client, stop_on_error=False, concurrency=1)
    assert "1 of 2" in str(caught.value)
    assert [item.status for item in plan.items] == [download_grid.FAILED, download_grid.DONE]
    assert isinstance(plan.items[0].error, errors.ServerError)
    assert not os.path.exists(plan.items[0].path) and os.path.exists(plan.items[1].path)
    assert leftovers(tmp_path) == []


def test_polygon_in_another_crs(lizard, client, tmp_path):
    raster = pick(lizard, pixel=5.0)
    # A small square in WGS84 near Groningen, where RD is turned about 1.2° from the meridians.
    square = QgsGeometry.fromRect(QgsRectangle(6.9, 53.2, 6.91, 53.205))
    out = tmp_path / "wgs.tif"
    plan = download.plan_download(client, raster["uuid"], str(out),
                                  download_grid.Area.from_geometry(square, "EPSG:4326"),
                                  nodata=-3)
    plan.run(client, poll=FAST_POLL)
    info = read(out)
    assert info["epsg"] == "28992" and info["transform"][1] == 5.0
    data, want = info["array"], expected(info)
    inside = data != -3
    assert 0.8 < inside.mean() < 1.0  # the square's corners bend a little in RD: edges are NODATA
    numpy.testing.assert_allclose(data[inside], want[inside], atol=1e-3)


def test_output_type_widens_for_a_nodata_that_does_not_fit():
    assert download_run._output_type(gdal.GDT_Byte, 255) == gdal.GDT_Byte
    assert download_run._output_type(gdal.GDT_Byte, -9999) == gdal.GDT_Int32
    assert download_run._output_type(gdal.GDT_Int16, 0.5) == gdal.GDT_Float32
    assert download_run._output_type(gdal.GDT_Float32, -9999) == gdal.GDT_Float32


# --------------------------------------------------------------------------- the fake's /data/ endpoint


def fake_get(lizard, raster_uuid, **params):
    import requests

    query = dict({"format": "geotiff", "bbox": "0,0,10,10", "width": 10, "height": 10,
                  "projection": "EPSG:28992"}, **params)
    return requests.get(lizard.api_url + "rasters/{}/data/".format(raster_uuid), params=query, timeout=30)


@pytest.mark.parametrize("params, field", [
    ({"bbox": "0,0,10"}, "bbox"), ({"bbox": "10,0,0,10"}, "bbox"), ({"width": "0"}, "width"),
    ({"height": "x"}, "height"), ({"projection": "EPSG:999999"}, "projection"), ({"projection": "RD"}, "projection"),
    ({"format": "png"}, "format"), ({"start": "yesterday"}, "start"),
])
def test_fake_refuses_bad_parameters(lizard, params, field):
    raster = pick(lizard, temporal=True, min_steps=30) if field == "start" else pick(lizard)
    answer = fake_get(lizard, raster["uuid"], **params)
    assert answer.status_code == 400
    assert field in answer.json()["detail"]


def test_fake_refuses_too_many_pixels_and_hidden_rasters(lizard):
    answer = fake_get(lizard, pick(lizard)["uuid"], width=10001, height=10000)
    assert answer.status_code == 400 and "Too many pixels" in answer.json()["detail"]
    assert answer.json()["message"] == "Bad request. #400.10"
    hidden = fake_get(lizard, pick(lizard, access="Private")["uuid"])
    assert hidden.status_code == 404 and hidden.json()["status"] == 404


def test_fake_picks_the_step_at_or_before_start(lizard):
    raster = pick(lizard, temporal=True, min_steps=30)
    steps = lizard.data.raster_steps(raster)
    between = times.iso_utc_ms(steps[4] + 1000)
    assert fake_get(lizard, raster["uuid"], start=between).headers["X-Fake-Step"] == times.iso_utc_ms(steps[4])
    assert fake_get(lizard, raster["uuid"]).headers["X-Fake-Step"] == times.iso_utc_ms(steps[-1])
    assert fake_get(lizard, raster["uuid"], start="1990-01-01T00:00:00Z").headers["X-Fake-Step"] == \
        times.iso_utc_ms(steps[0])
