"""core/rasters/values.py and lizard:rastervaluesatpoints / lizard:zonalstatistics against the fake Lizard.

The fake's ``point`` answers ``pixel_values`` at the point in the raster's projection (plus the time step's
term), so the expected values are computed here with the same function.
"""

import datetime as dt
import json
import math

import pytest
import requests
from fake_lizard.rasterdata import pixel_values
from lizard_explorer.core import errors, times
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters import values
from lizard_explorer.core.rasters.zonal import MAX_WKT, METRES_PER_DEGREE, round_up, zonal_grid, zonal_wkt
from lizard_explorer.core.series import RAW, SeriesData
from osgeo import osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from test_processing import package, profile, provider, qgis_process  # noqa: F401 - fixtures and helper

import processing

UTC = dt.timezone.utc


def pick(lizard, temporal=False, min_steps=0):
    for raster in lizard.data.rasters:
        if (raster["access_modifier"] == "Public" and raster["temporal"] == temporal
                and raster["projection"] == "EPSG:28992" and raster.get("spatial_bounds")
                and len(lizard.data.raster_steps(raster)) >= min_steps):
            return raster
    raise AssertionError("no such raster in the fake")


def centre(raster):
    b = raster["spatial_bounds"]
    return (b["west"] + b["east"]) / 2, (b["south"] + b["north"]) / 2


def rd(lon, lat):
    wgs84, target = osr.SpatialReference(), osr.SpatialReference()
    for srs, code in ((wgs84, 4326), (target, 28992)):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        srs.ImportFromEPSG(code)
    x, y, _z = osr.CoordinateTransformation(wgs84, target).TransformPoint(lon, lat)
    return x, y


def expected(lon, lat, step_ms=None):
    return float(pixel_values(*rd(lon, lat), step_ms))


@pytest.fixture
def client(lizard):
    with LizardClient(lizard.base_url, proxies={}, retries=1, backoff=0.01) as c:
        yield c


@pytest.fixture
def portal(lizard, monkeypatch):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    return lizard


# ---------------------------------------------------------------------------------------------- core


def test_value_at_a_point_is_the_fields_value(lizard, client):
    raster = pick(lizard)
    lon, lat = centre(raster)
    ((time, value),) = values.value_at(client, raster["uuid"], (lon, lat))
    assert time is None
    assert value == pytest.approx(expected(lon, lat), abs=1e-3)


def test_outside_the_raster_is_no_value_not_zero(lizard, client):
    assert values.value_at(client, pick(lizard)["uuid"], (-170.0, -80.0)) == []


def test_temporal_point_gives_one_row_per_step_that_changes_in_time(lizard, client, machine_tz):
    raster = pick(lizard, temporal=True, min_steps=5)
    steps = lizard.data.raster_steps(raster)[:5]
    lon, lat = centre(raster)
    start = times.from_ms(steps[0]).replace(tzinfo=None)  # zone-less: UTC, whatever the machine's zone
    rows = values.value_at(client, raster["uuid"], (lon, lat), start=start, stop=times.from_ms(steps[-1]))
    assert [times.to_ms(time) for time, _v in rows] == steps
    assert [v for _t, v in rows] == pytest.approx([expected(lon, lat, s) for s in steps], abs=1e-3)
    assert len({v for _t, v in rows}) > 1


@pytest.mark.parametrize("answer", [
    {"results": [{"timestamp": 1577836800000, "value": 1.5}]},
    {"results": [{"datetime": 1577836800, "value": "1.5"}]},
    {"results": [{"time": "2020-01-01T00:00:00", "value": 1.5}]},
    {"results": [["2020-01-01T01:00:00+01:00", 1.5]]},
])
def test_rows_are_parsed_loosely(answer, machine_tz):
    assert values.parse_rows(answer) == [(dt.datetime(2020, 1, 1, tzinfo=UTC), 1.5)]


def test_empty_and_null_are_no_value():
    assert values.parse_rows({"results": []}) == []
    assert values.parse_rows({"results": [{"value": None}]}) == []
    with pytest.raises(errors.InvalidResponseError):
        values.parse_rows({"results": "nope"})


def test_zonal_statistics_are_ordered_and_count_pixels(lizard, client):
    raster = pick(lizard)
    lon, lat = centre(raster)
    d = 0.002
    polygon = QgsGeometry.fromRect(QgsRectangle(lon - d, lat - d, lon + d, lat + d))
    stats = {name: values.zonal(client, raster["uuid"], polygon, name, pixel_size=10, projection="EPSG:28992")[0][1]
             for name in ("min", "p10", "median", "mean", "p90", "max", "count")}
    assert stats["min"] <= stats["p10"] <= stats["median"] <= stats["p90"] <= stats["max"]
    assert stats["min"] <= stats["mean"] <= stats["max"]
    assert 200 < stats["count"] < 2000  # about 280 m x 445 m at 10 m


def test_zonal_too_large_is_a_clear_error(lizard, client):
    raster = pick(lizard)
    lon, lat = centre(raster)
    wkt = "POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5)
    with pytest.raises(errors.InvalidRequestError):
        values.zonal(client, raster["uuid"], wkt, "mean", pixel_size=1, projection="EPSG:28992")


def test_run_parallel_records_failures_and_goes_on():
    def task(job):
        if job % 3 == 0:
            raise errors.InvalidRequestError("bad {}".format(job))
        return job * 2

    results, failures = values.run_parallel(list(range(10)), task)
    assert [i for i, _e in failures] == [0, 3, 6, 9]
    assert results == [None, 2, 4, None, 8, 10, None, 14, 16, None]


def test_resolve_raster_by_uuid_and_by_exact_name(lizard, client):
    raster = pick(lizard)
    assert values.resolve_raster(client, raster["uuid"])["uuid"] == raster["uuid"]
    assert values.resolve_raster(client, raster["name"])["uuid"] == raster["uuid"]
    with pytest.raises(errors.InvalidRequestError):
        values.resolve_raster(client, "no raster is called like this")


# ------------------------------------------------------------------------------------------ processing


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802 - QGIS API
        self.errors.append(error)


def points_layer(lizard, raster, outside=True):
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=name:string", "points", "memory")
    lon, lat = centre(raster)
    features = []
    for name, (x, y) in (("in", rd(lon, lat)), ("out", (-5.0e6, -5.0e6)) if outside else ("in2", rd(lon, lat))):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([name])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_values_at_points_in_any_crs(portal, provider):  # noqa: F811
    raster = pick(portal)
    result = processing.run("lizard:rastervaluesatpoints", {
        "RASTER": raster["uuid"], "INPUT": points_layer(portal, raster), "OUTPUT": "memory:"})
    rows = {f["name"]: f["value"] for f in result["OUTPUT"].getFeatures()}
    lon, lat = centre(raster)
    assert rows["in"] == pytest.approx(expected(lon, lat), abs=1e-2)
    assert rows["out"] is None or str(rows["out"]) == "NULL"
    assert result["VALUES"] == 1


def test_a_failing_point_is_reported_counted_and_the_rest_go_on(portal, provider):  # noqa: F811
    raster = pick(portal)
    layer = points_layer(portal, raster)
    empty = QgsFeature(layer.fields())
    empty.setAttributes(["none"])
    layer.dataProvider().addFeatures([empty])
    feedback = Feedback()
    result = processing.run("lizard:rastervaluesatpoints", {
        "RASTER": raster["uuid"], "INPUT": layer, "OUTPUT": "memory:"}, feedback=feedback)
    assert result["FAILED"] == 1 and result["VALUES"] == 1
    assert result["OUTPUT"].featureCount() == 3
    assert any("no geometry" in error for error in feedback.errors)


def test_values_at_points_through_time_is_a_long_table(portal, provider):  # noqa: F811
    raster = pick(portal, temporal=True, min_steps=3)
    steps = portal.data.raster_steps(raster)[:3]
    result = processing.run("lizard:rastervaluesatpoints", {
        "RASTER": raster["name"], "INPUT": points_layer(portal, raster, outside=False),
        "START": times.iso_utc(times.from_ms(steps[0])), "END": times.iso_utc(times.from_ms(steps[-1])),
        "OUTPUT": "memory:"})
    assert result["VALUES"] == 6
    names = [f.name() for f in result["OUTPUT"].fields()]
    assert names == ["name", "time", "value"]


def test_zonal_statistics_one_column_per_statistic(portal, provider):  # noqa: F811
    raster = pick(portal)
    lon, lat = centre(raster)
    x, y = rd(lon, lat)
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=name:string", "zones", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x - 100, y - 100, x + 100, y + 100)))
    feature.setAttributes(["zone"])
    layer.dataProvider().addFeatures([feature])
    result = processing.run("lizard:zonalstatistics", {
        "RASTER": raster["uuid"], "INPUT": layer, "STATISTICS": [0, 1, 2, 4], "PIXEL_SIZE": 10,
        "OUTPUT": "memory:"})
    (out,) = result["OUTPUT"].getFeatures()
    assert out["lizard_min"] <= out["lizard_mean"] <= out["lizard_max"]
    assert out["lizard_count"] > 100
    assert result["FEATURES"] == 1 and result["FAILED"] == 0


# ----------------------------------------------------------------------------------------- qgis_process


def test_qgis_process_values_at_points(profile, lizard, tmp_path):  # noqa: F811
    raster = pick(lizard)
    source = tmp_path / "points.gpkg"
    layer = points_layer(lizard, raster)
    _save(layer, source)
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    output = tmp_path / "values.gpkg"
    run = qgis_process(profile, "--json", "run", "lizard:rastervaluesatpoints", "--", "RASTER=" + raster["uuid"],
                       "INPUT={}".format(source), "OUTPUT={}".format(output), env={"LIZARD_URL": lizard.base_url})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout[run.stdout.index("{"):])["results"]["VALUES"] == 1


def test_qgis_process_zonal_statistics(profile, lizard, tmp_path):  # noqa: F811
    raster = pick(lizard)
    x, y = rd(*centre(raster))
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "zones", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x - 50, y - 50, x + 50, y + 50)))
    layer.dataProvider().addFeatures([feature])
    source = tmp_path / "zones.gpkg"
    _save(layer, source)
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    output = tmp_path / "zonal.gpkg"
    run = qgis_process(profile, "--json", "run", "lizard:zonalstatistics", "--", "RASTER=" + raster["uuid"],
                       "INPUT={}".format(source), "STATISTICS=0,2", "PIXEL_SIZE=10", "OUTPUT={}".format(output),
                       env={"LIZARD_URL": lizard.base_url})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout[run.stdout.index("{"):])["results"]["FEATURES"] == 1
    (out,) = QgsVectorLayer(str(output), "zonal", "ogr").getFeatures()
    assert out["lizard_mean"] <= out["lizard_max"]


def _save(layer, path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error


# ------------------------------------------------------------------------------------- through time


def test_values_through_time_are_the_last_30_steps_as_a_series(lizard, client, machine_tz):
    raster = pick(lizard, temporal=True, min_steps=40)
    lon, lat = centre(raster)
    series = values.values_through_time(client, raster, (lon, lat))
    steps = lizard.data.raster_steps(raster)[-values.LAST_STEPS:]
    assert isinstance(series, SeriesData) and len(series) == values.LAST_STEPS
    assert [int(ms) for ms in series.times.astype("int64")] == steps
    assert list(series.values) == pytest.approx([expected(lon, lat, s) for s in steps], abs=1e-3)
    assert series.unit == raster["observation_type"]["unit"] and series.kind == RAW
    assert series.interval == times.duration_seconds(raster["interval"])
    assert series.location == "POINT ({:.6f} {:.6f})".format(lon, lat)
    assert series.label == raster["name"]
    assert values.values_through_time(client, raster, (lon, lat), label="Depth on the map").label == "Depth on the map"


def test_without_an_interval_the_last_steps_come_from_timesteps(lizard, client):
    raster = dict(pick(lizard, temporal=True, min_steps=40), interval=None)
    steps = lizard.data.raster_steps(raster)
    assert values.last_steps_period(client, raster, count=5) == (times.from_ms(steps[-5]),
                                                                 times.from_ms(steps[-1]))
    lizard.reset_requests()
    values.values_through_time(client, raster, centre(raster))
    assert any(r.path.endswith("/timesteps/") for r in lizard.requests)


def test_a_period_given_is_the_period_asked_and_outside_the_raster_is_empty(lizard, client):
    raster = pick(lizard, temporal=True, min_steps=40)
    steps = lizard.data.raster_steps(raster)
    series = values.values_through_time(client, raster, centre(raster), start=times.from_ms(steps[2]),
                                        stop=times.from_ms(steps[6]))
    assert [int(ms) for ms in series.times.astype("int64")] == steps[2:7]
    outside = values.values_through_time(client, raster, (-170.0, -80.0))
    assert len(outside) == 0 and outside.values.size == 0  # no value here, never 0


# ------------------------------------------------------------------------------------ an area's pixel grid


def test_an_area_keeps_the_rasters_own_pixels_until_it_holds_too_many(qgis_app):
    assert [round_up(v) for v in (0.3, 1.0, 1.24, 2.1, 4.9, 7.0, 12.0)] == [0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0]
    rd = {"projection": "EPSG:28992", "pixelsize_x": 0.5}
    small = QgsGeometry.fromRect(QgsRectangle(5.0, 52.0, 5.001, 52.001))  # ~70 × 110 m: 31,000 pixels
    assert zonal_grid(rd, small) == (None, None)  # nothing sent: Lizard uses the raster's own grid
    large = QgsGeometry.fromRect(QgsRectangle(5.0, 52.0, 5.02, 52.01))  # ~1.4 × 1.1 km: 6,000,000 pixels
    projection, size = zonal_grid(rd, large)
    assert (projection, size) == ("EPSG:28992", 2.0)
    geometry = QgsGeometry(large)
    geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                              QgsCoordinateReferenceSystem("EPSG:28992"), QgsProject.instance()))
    assert geometry.area() / size ** 2 <= 1_000_000 < geometry.area() / (size / 2) ** 2
    # A raster in degrees: its own pixels are counted in degrees; coarser ones are asked in metres, in web
    # mercator (the raster's pixel size is not in metres).
    assert zonal_grid({"projection": "EPSG:4326", "pixelsize_x": 0.0001, "pixelsize_y": -0.0001}, large) == (
        None, None)  # 200 × 100 pixels of 0.0001°
    projection, size = zonal_grid({"projection": "EPSG:4326", "pixelsize_x": 0.00001}, large)  # 2,000,000 pixels
    assert projection == "EPSG:3857" and 1.0 < size <= 5.0


def _circle(lon, lat, radius_deg, vertices):
    ring = ", ".join("{:.9f} {:.9f}".format(lon + radius_deg * math.cos(2 * math.pi * i / vertices),
                                            lat + 0.6 * radius_deg * math.sin(2 * math.pi * i / vertices))
                     for i in list(range(vertices)) + [0])
    return QgsGeometry.fromWkt("POLYGON (({}))".format(ring))


def test_a_detailed_polygon_is_sent_simplified_by_at_most_a_quarter_of_a_pixel():
    circle = _circle(5.3, 52.0, 0.005, 2000)  # ~700 × 670 m, a vertex every ~1 m: ~45,000 characters of WKT
    short = QgsGeometry.fromWkt(zonal_wkt(circle, 2.0))
    assert len(short.asWkt(7)) <= MAX_WKT < len(circle.asWkt(7))
    assert short.hausdorffDistance(circle) <= 0.5 / METRES_PER_DEGREE  # a quarter of the 2 m pixel
    assert short.area() == pytest.approx(circle.area(), rel=0.002)
    small = _circle(5.3, 52.0, 0.005, 40)
    assert zonal_wkt(small, 2.0) == small.asWkt(7)  # short enough: sent as it is (to 7 decimals, ~1 cm)


def test_a_polygon_too_detailed_even_simplified_is_refused_with_what_to_do():
    teeth = ", ".join("{:.7f} {:.7f}".format(5.3 + i * 0.0001, 52.0 + (0.0001 if i % 2 else 0.0)) for i in range(600))
    comb = QgsGeometry.fromWkt("POLYGON ((5.3 51.99, {}, 5.3599 51.99, 5.3 51.99))".format(teeth))  # 11 m teeth
    with pytest.raises(errors.InvalidRequestError, match="too detailed.*larger pixel size"):
        zonal_wkt(comb, 1.0)
    assert len(zonal_wkt(comb, 100.0)) <= MAX_WKT  # on 100 m pixels the teeth may go


def test_zonal_statistics_of_a_detailed_polygon_match_lizards_for_the_whole_polygon(portal, provider):  # noqa: F811
    raster = pick(portal)
    lon, lat = centre(raster)
    circle = _circle(lon, lat, 0.004, 1500)
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "zones", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(circle)
    feature.setAttributes(["polder"])
    layer.dataProvider().addFeatures([feature])
    result = processing.run("lizard:zonalstatistics", {
        "RASTER": raster["uuid"], "INPUT": layer, "STATISTICS": [0], "PIXEL_SIZE": 10, "OUTPUT": "memory:"})
    assert result["FAILED"] == 0
    (out,) = result["OUTPUT"].getFeatures()
    (sent,) = [r for r in portal.requests if r.path.endswith("/zonal/")]
    assert len(sent.query["geom"][0]) <= MAX_WKT < len(circle.asWkt(7))
    query = {name: value[0] for name, value in sent.query.items()}
    whole = requests.get(portal.base_url + sent.path, params=dict(query, geom=circle.asWkt(7)), timeout=10).json()
    assert out["lizard_mean"] == pytest.approx(whole["results"][0]["value"], rel=0.01)


def test_zonal_statistics_of_a_polygon_too_large_for_the_rasters_own_pixels_retry_on_coarser_ones(portal,
                                                                                                   provider):  # noqa: F811
    raster = next(r for r in portal.data.rasters if r["access_modifier"] == "Public" and not r["temporal"]
                  and r["projection"] == "EPSG:28992" and abs(r["pixelsize_x"]) <= 0.5)
    lon, lat = centre(raster)
    x, y = rd(lon, lat)
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=name:string", "zones", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x - 1100, y - 1100, x + 1100, y + 1100)))  # 19M pixels
    feature.setAttributes(["polder"])
    layer.dataProvider().addFeatures([feature])

    class Feedback(QgsProcessingFeedback):
        infos = []

        def pushInfo(self, text):  # noqa: N802 - QGIS API
            self.infos.append(text)

    feedback = Feedback()
    result = processing.run("lizard:zonalstatistics", {
        "RASTER": raster["uuid"], "INPUT": layer, "STATISTICS": [0], "OUTPUT": "memory:"}, feedback=feedback)
    assert result["FAILED"] == 0
    (out,) = result["OUTPUT"].getFeatures()
    first, second = [r for r in portal.requests if r.path.endswith("/zonal/")]
    # 2.2 km square: 4.84M m² over at most 1M pixels needs 2.2 m ones, 2.5 m as a round size
    assert "pixel_size" not in first.query and first.status == 400 and second.query["pixel_size"] == ["2.5"]
    assert out["lizard_mean"] == pytest.approx(
        requests.get(portal.base_url + second.path, params={k: v[0] for k, v in second.query.items()},
                     timeout=10).json()["results"][0]["value"])
    assert any("too large or too detailed for the raster's own pixels" in text
               and "pixels of 2.5 m in EPSG:28992" in text for text in feedback.infos)
