"""Temporal input: time steps read from NetCDF / band descriptions, one GeoTIFF per step, timesteps.csv."""

import os
from datetime import datetime, timezone

import numpy
import pytest
from lizard_explorer.core.rasters.geotiff import (
    ExportError,
    check_geotiff,
    is_valid,
    raster_timestamps,
    read_timesteps_csv,
    split_layers,
)
from lizard_explorer.core.times import parse, parse_list
from osgeo import gdal, osr
from qgis.core import QgsApplication, QgsProcessingException, QgsRasterLayer
from test_geotiff import band_values, make_raster
from test_processing import provider  # noqa: F401 - fixture

UTC = timezone.utc


def make_netcdf(path, hours=(0, 6, 12.5), units="hours since 2020-01-01 00:00:00", calendar=None):
    """A NetCDF (EPSG:4326) with variable ``precip`` over ``time`` (CF units), one band per time step."""
    driver = gdal.GetDriverByName("netCDF")
    if driver is None:
        pytest.skip("GDAL has no netCDF driver")
    dataset = driver.CreateMultiDimensional(str(path))
    root = dataset.GetRootGroup()
    f64 = gdal.ExtendedDataType.Create(gdal.GDT_Float64)
    text = gdal.ExtendedDataType.CreateString()
    time = root.CreateDimension("time", gdal.DIM_TYPE_TEMPORAL, None, len(hours))
    lat = root.CreateDimension("lat", gdal.DIM_TYPE_HORIZONTAL_Y, None, 10)
    lon = root.CreateDimension("lon", gdal.DIM_TYPE_HORIZONTAL_X, None, 20)
    variables = []
    for name, dimension, values, unit in (("time", time, hours, units),
                                          ("lat", lat, numpy.linspace(52.45, 52.0, 10), "degrees_north"),
                                          ("lon", lon, numpy.linspace(4.0, 4.95, 20), "degrees_east")):
        variable = root.CreateMDArray(name, [dimension], f64)
        variable.CreateAttribute("units", [], text).Write(unit)
        if name == "time" and calendar:
            variable.CreateAttribute("calendar", [], text).Write(calendar)
        variable.Write(numpy.array(values, dtype=numpy.float64))
        variables.append(variable)
    precip = root.CreateMDArray("precip", [time, lat, lon], gdal.ExtendedDataType.Create(gdal.GDT_Float32))
    precip.SetNoDataValueDouble(-9999)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    precip.SetSpatialRef(srs)
    precip.Write(numpy.stack([band_values(b) for b in range(1, len(hours) + 1)]))
    precip = variables = srs = time = lat = lon = root = dataset = None
    return str(path)


def test_timestamps_parse_as_utc():
    assert parse("2020-01-01T06:00:00Z") == datetime(2020, 1, 1, 6, tzinfo=UTC)
    assert parse("2020-01-01 06:30") == datetime(2020, 1, 1, 6, 30, tzinfo=UTC)
    assert parse("2020-01-01") == datetime(2020, 1, 1, tzinfo=UTC)
    assert parse("2020-01-01T07:00:00+01:00") == datetime(2020, 1, 1, 6, tzinfo=UTC)
    assert parse_list("2020-01-01, 2020-01-02\n2020-01-03;\n") == [
        datetime(2020, 1, d, tzinfo=UTC) for d in (1, 2, 3)]
    assert parse_list("  ") == []
    with pytest.raises(ExportError) as caught:
        parse_list("2020-01-01, yesterday")
    assert "“yesterday” is not an ISO 8601 date and time in UTC" in str(caught.value)


def test_netcdf_time_steps_are_read_from_its_metadata(tmp_path):
    path = make_netcdf(tmp_path / "rain.nc")
    assert raster_timestamps(path) == [datetime(2020, 1, 1, 0, tzinfo=UTC), datetime(2020, 1, 1, 6, tzinfo=UTC),
                                       datetime(2020, 1, 1, 12, 30, tzinfo=UTC)]
    days = make_netcdf(tmp_path / "days.nc", hours=(0, 1), units="days since 1970-01-01")
    assert raster_timestamps(days) == [datetime(1970, 1, 1, tzinfo=UTC), datetime(1970, 1, 2, tzinfo=UTC)]
    odd = make_netcdf(tmp_path / "odd.nc", hours=(0, 1), units="days since 2000-01-01", calendar="360_day")
    assert raster_timestamps(odd) is None  # not a calendar we can convert


def test_band_descriptions_that_are_dates_give_the_times(tmp_path):
    path = make_raster(tmp_path / "multi.tif", bands=2, nodata=-9999)
    assert raster_timestamps(path) is None
    dataset = gdal.Open(path, gdal.GA_Update)
    dataset.GetRasterBand(1).SetDescription("2021-06-01T00:00:00Z")
    dataset.GetRasterBand(2).SetDescription("2021-06-01T01:00:00Z")
    dataset = None
    assert raster_timestamps(path) == [datetime(2021, 6, 1, 0, tzinfo=UTC), datetime(2021, 6, 1, 1, tzinfo=UTC)]


def test_a_set_of_layers_becomes_one_file_per_timestamp(tmp_path):
    sources = [make_raster(tmp_path / "a.tif", bands=1, nodata=-9999), make_raster(tmp_path / "b.tif", bands=2,
                                                                                   nodata=-9999)]
    out = tmp_path / "out"
    out.mkdir()
    stamps = [datetime(2020, 1, 1, tzinfo=UTC), datetime(2020, 1, 2, tzinfo=UTC)]
    pairs = split_layers(sources, str(out), stamps, name="rain")
    assert [os.path.basename(p) for p, _t in pairs] == ["rain_20200101T000000Z.tif", "rain_20200102T000000Z.tif"]
    assert all(is_valid(check_geotiff(p)) for p, _t in pairs)
    with pytest.raises(ExportError) as caught:
        split_layers(sources, str(out), stamps[:1])
    assert "2 layer(s) but 1 timestamp(s) were given" in str(caught.value)


@pytest.fixture
def algorithm_id(provider):  # noqa: F811 - fixture
    assert QgsApplication.processingRegistry().algorithmById("lizard:exporttimesteps") is not None
    return "lizard:exporttimesteps"


def test_algorithm_splits_a_netcdf_with_times_from_its_metadata(algorithm_id, tmp_path):
    import processing

    layer = QgsRasterLayer(make_netcdf(tmp_path / "rain.nc"), "rain radar")
    assert layer.isValid()
    out = tmp_path / "steps"
    result = processing.run(algorithm_id, {"INPUT": layer, "OUTPUT": str(out)})
    names = ["rain_radar_20200101T000000Z.tif", "rain_radar_20200101T060000Z.tif", "rain_radar_20200101T123000Z.tif"]
    assert result["COUNT"] == 3
    assert result["FILES"].splitlines() == [str(out / n) for n in names]
    assert sorted(os.listdir(str(out))) == sorted(names + ["timesteps.csv"])
    assert (out / "timesteps.csv").read_text().splitlines() == [
        "file,timestamp", names[0] + ",2020-01-01T00:00:00Z", names[1] + ",2020-01-01T06:00:00Z",
        names[2] + ",2020-01-01T12:30:00Z"]
    assert read_timesteps_csv(result["CSV"])[1] == (str(out / names[1]), datetime(2020, 1, 1, 6, tzinfo=UTC))
    dataset = gdal.Open(str(out / names[1]))
    numpy.testing.assert_array_equal(dataset.GetRasterBand(1).ReadAsArray(), band_values(2))
    dataset = None
    assert all(is_valid(check_geotiff(str(out / n))) for n in names)


def test_algorithm_takes_given_timestamps_and_a_set_of_layers(algorithm_id, tmp_path):
    import processing

    multi = QgsRasterLayer(make_raster(tmp_path / "multi.tif", bands=2, nodata=-9999), "multi")
    result = processing.run(algorithm_id, {"INPUT": multi, "TIMESTAMPS": "2020-05-01T00:00:00Z\n2020-05-01T01:00Z",
                                           "OUTPUT": str(tmp_path / "given")})
    assert [os.path.basename(p) for p in result["FILES"].splitlines()] == [
        "multi_20200501T000000Z.tif", "multi_20200501T010000Z.tif"]

    layers = [QgsRasterLayer(make_raster(tmp_path / "{}.tif".format(n), bands=1, nodata=-9999), n) for n in "ab"]
    result = processing.run(algorithm_id, {"INPUT_LAYERS": layers, "TIMESTAMPS": "2020-05-02, 2020-05-03",
                                           "OUTPUT": str(tmp_path / "set")})
    assert result["COUNT"] == 2
    assert (tmp_path / "set" / "timesteps.csv").read_text().splitlines()[1:] == [
        "a_20200502T000000Z.tif,2020-05-02T00:00:00Z", "a_20200503T000000Z.tif,2020-05-03T00:00:00Z"]


def test_algorithm_refusals_are_one_sentence_and_leave_no_files(algorithm_id, tmp_path):
    import processing

    # A path, not a QgsRasterLayer: a layer (a GDAL dataset) in this frame would be kept alive by the
    # pytest.raises tracebacks until after QGIS shuts GDAL down, which crashes the interpreter at exit.
    multi = make_raster(tmp_path / "multi.tif", bands=2, nodata=-9999)
    out = tmp_path / "out"
    for parameters, message in (
            ({"INPUT": multi}, "multi does not say the time of its bands; give TIMESTAMPS"),
            ({"INPUT": multi, "TIMESTAMPS": "2020-01-01"}, "has 2 band(s) but 1 timestamp(s) were given"),
            ({"INPUT": multi, "TIMESTAMPS": "2020-01-01,2020-01-01"}, "The timestamps are not unique"),
            ({}, "Give either INPUT")):
        with pytest.raises(QgsProcessingException) as caught:
            processing.run(algorithm_id, dict(parameters, OUTPUT=str(out)))
        assert message in str(caught.value)
        assert not out.exists() or os.listdir(str(out)) == []
