"""GeoTIFFs for Lizard: exporting one band with NODATA and an EPSG CRS, checking files against the rules."""

import os
from datetime import datetime, timezone

import numpy
import pytest
from lizard_explorer.core.errors import CancelledError
from lizard_explorer.core.rasters import geotiff
from lizard_explorer.core.rasters.geotiff import ExportError, check_geotiff, export_geotiff, is_valid, split_bands
from osgeo import gdal, osr
from qgis.core import QgsProcessingException, QgsRasterLayer
from test_processing import provider  # noqa: F401 - fixture

CUSTOM_PROJ = "+proj=tmerc +lat_0=12.3 +lon_0=4.56 +k=0.9991 +x_0=1234 +y_0=5678 +ellps=bessel +units=m +no_defs"


def make_raster(path, bands=3, nodata=None, crs="EPSG:28992", driver="GTiff", width=20, height=10, dtype=None):
    """A small raster whose band ``b`` holds ``100 * b + cell index``."""
    dtype = dtype or gdal.GDT_Float32
    target = gdal.GetDriverByName("MEM").Create("", width, height, bands, dtype)
    target.SetGeoTransform((155000.0, 10.0, 0.0, 463000.0, 0.0, -10.0))
    if crs:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(crs)
        target.SetProjection(srs.ExportToWkt())
    for b in range(1, bands + 1):
        band = target.GetRasterBand(b)
        band.WriteArray(band_values(b, width, height))
        if nodata is not None:
            band.SetNoDataValue(nodata)
    gdal.GetDriverByName(driver).CreateCopy(str(path), target)
    return str(path)


def band_values(b, width=20, height=10):
    return (100 * b + numpy.arange(width * height).reshape(height, width)).astype(numpy.float32)


def files(folder):
    return sorted(os.listdir(folder))


def test_multiband_raster_exports_the_chosen_band_as_a_lizard_geotiff(tmp_path):
    source = make_raster(tmp_path / "multi.tif", bands=3, nodata=-9999)
    out = tmp_path / "band2.tif"
    result = export_geotiff(source, str(out), band=2)
    assert result.path == str(out) and result.warnings == []
    dataset = gdal.Open(str(out))
    assert dataset.GetDriver().ShortName == "GTiff"
    assert dataset.RasterCount == 1
    band = dataset.GetRasterBand(1)
    numpy.testing.assert_array_equal(band.ReadAsArray(), band_values(2))
    assert band.GetNoDataValue() == -9999
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert band.GetBlockSize() == [256, 256]  # tiled, not stripped
    assert geotiff.epsg_code(osr.SpatialReference(dataset.GetProjection())) == 28992
    assert is_valid(check_geotiff(str(out)))
    assert files(tmp_path) == ["band2.tif", "multi.tif"]


def test_the_bands_own_nodata_is_kept_over_a_given_one(tmp_path):
    source = make_raster(tmp_path / "src.tif", bands=1, nodata=-9999)
    result = export_geotiff(source, str(tmp_path / "out.tif"), nodata=-1)
    assert gdal.Open(result.path).GetRasterBand(1).GetNoDataValue() == -9999
    assert len(result.warnings) == 1 and "-9999" in result.warnings[0]


def test_missing_nodata_is_refused_and_leaves_no_file(tmp_path):
    source = make_raster(tmp_path / "no_nodata.tif", bands=2)
    with pytest.raises(ExportError) as caught:
        export_geotiff(source, str(tmp_path / "out.tif"), band=1)
    assert "no NODATA value" in str(caught.value)
    assert files(tmp_path) == ["no_nodata.tif"]


def test_given_nodata_is_written(tmp_path):
    source = make_raster(tmp_path / "no_nodata.tif", bands=2)
    result = export_geotiff(source, str(tmp_path / "out.tif"), band=1, nodata=-1)
    assert result.warnings == []
    assert gdal.Open(result.path).GetRasterBand(1).GetNoDataValue() == -1


def test_nodata_value_occurring_in_the_data_warns(tmp_path):
    source = make_raster(tmp_path / "no_nodata.tif", bands=2)
    result = export_geotiff(source, str(tmp_path / "out.tif"), band=2, nodata=205)
    assert len(result.warnings) == 1 and "205" in result.warnings[0] and "occurs in the data" in result.warnings[0]
    assert gdal.Open(result.path).GetRasterBand(1).GetNoDataValue() == 205


def test_custom_crs_is_refused_naming_it_and_leaves_no_file(tmp_path):
    source = make_raster(tmp_path / "custom.tif", bands=1, nodata=-9999, crs=CUSTOM_PROJ)
    with pytest.raises(ExportError) as caught:
        export_geotiff(source, str(tmp_path / "out.tif"))
    message = str(caught.value)
    assert "no EPSG code" in message and "reproject" in message
    assert "+proj=tmerc +lat_0=12.3 +lon_0=4.56" in message  # the layer's CRS, by its PROJ string
    assert files(tmp_path) == ["custom.tif"]


def test_custom_crs_reprojected_to_an_epsg_crs_is_accepted(tmp_path):
    source = make_raster(tmp_path / "custom.tif", bands=1, nodata=-9999, crs=CUSTOM_PROJ)
    result = export_geotiff(source, str(tmp_path / "out.tif"), target_crs="EPSG:4326")
    assert geotiff.epsg_code(osr.SpatialReference(gdal.Open(result.path).GetProjection())) == 4326


def test_target_crs_reprojects_to_that_epsg(tmp_path):
    source = make_raster(tmp_path / "rd.tif", bands=2, nodata=-9999)
    out = tmp_path / "out.tif"
    export_geotiff(source, str(out), band=2, target_crs="EPSG:3857")
    dataset = gdal.Open(str(out))
    assert dataset.RasterCount == 1
    assert geotiff.epsg_code(osr.SpatialReference(dataset.GetProjection())) == 3857
    assert dataset.GetRasterBand(1).GetNoDataValue() == -9999
    assert 500000 < dataset.GetGeoTransform()[0] < 800000  # Lochem-ish x in web mercator, not RD
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert files(tmp_path) == ["out.tif", "rd.tif"]


def test_target_crs_without_epsg_code_is_refused(tmp_path):
    source = make_raster(tmp_path / "rd.tif", bands=1, nodata=-9999)
    with pytest.raises(ExportError, match="no EPSG code"):
        export_geotiff(source, str(tmp_path / "out.tif"), target_crs=CUSTOM_PROJ)
    assert files(tmp_path) == ["rd.tif"]


def test_missing_band_is_refused(tmp_path):
    source = make_raster(tmp_path / "one.tif", bands=1, nodata=0)
    with pytest.raises(ExportError, match="has no band 2"):
        export_geotiff(source, str(tmp_path / "out.tif"), band=2)


class Cancelled:
    def isCanceled(self):  # noqa: N802 - QGIS API
        return True

    def setProgress(self, value):  # noqa: N802 - QGIS API
        pass


def test_cancel_leaves_no_file(tmp_path):
    source = make_raster(tmp_path / "src.tif", bands=1, nodata=0)
    with pytest.raises(CancelledError):
        export_geotiff(source, str(tmp_path / "out.tif"), feedback=Cancelled())
    assert files(tmp_path) == ["src.tif"]


def test_failed_export_keeps_an_existing_output(tmp_path):
    source = make_raster(tmp_path / "src.tif", bands=1)
    (tmp_path / "out.tif").write_bytes(b"previous")
    with pytest.raises(ExportError):
        export_geotiff(source, str(tmp_path / "out.tif"))
    assert (tmp_path / "out.tif").read_bytes() == b"previous"
    assert files(tmp_path) == ["out.tif", "src.tif"]


# -------------------------------------------------------------------------------------------- validator


def failed(report):
    return sorted(result.rule for result in report if not result.passed)


def test_validator_passes_a_good_geotiff(tmp_path):
    report = check_geotiff(make_raster(tmp_path / "good.tif", bands=1, nodata=-9999))
    assert [r.rule for r in report] == ["format", "single_band", "nodata", "crs_epsg", "size"]
    assert failed(report) == [] and is_valid(report)
    assert "EPSG:28992" in dict((r.rule, r.message) for r in report)["crs_epsg"]


@pytest.mark.parametrize("kwargs, rules", [
    ({"bands": 3, "nodata": -9999}, ["single_band"]),
    ({"bands": 1}, ["nodata"]),
    ({"bands": 1, "nodata": -9999, "crs": None}, ["crs_epsg"]),
    ({"bands": 1, "nodata": -9999, "crs": CUSTOM_PROJ}, ["crs_epsg"]),
    ({"bands": 1, "crs": None, "driver": "PNG", "dtype": gdal.GDT_Byte}, ["crs_epsg", "format", "nodata"]),
])
def test_validator_names_each_broken_rule(tmp_path, kwargs, rules):
    suffix = ".png" if kwargs.get("driver") == "PNG" else ".tif"
    report = check_geotiff(make_raster(tmp_path / ("bad" + suffix), **kwargs))
    assert failed(report) == rules
    assert not is_valid(report)


def test_validator_fails_a_file_gdal_cannot_read(tmp_path):
    path = tmp_path / "data.nc"
    path.write_text("not a raster")
    report = check_geotiff(str(path))
    assert "format" in failed(report) and not is_valid(report)


def test_size_above_the_limit_is_a_warning_not_a_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(geotiff, "SIZE_WARNING_BYTES", 10)
    report = check_geotiff(make_raster(tmp_path / "good.tif", bands=1, nodata=-9999))
    assert failed(report) == ["size"]
    assert is_valid(report)


# ----------------------------------------------------------------------------------------- temporal split


def test_split_bands_writes_one_geotiff_per_timestamp(tmp_path):
    source = make_raster(tmp_path / "series.tif", bands=3, nodata=-9999)
    out = tmp_path / "out"
    out.mkdir()
    stamps = [datetime(2020, 1, 1, tzinfo=timezone.utc), datetime(2020, 1, 1, 1, tzinfo=timezone.utc),
              datetime(2020, 1, 1, 2)]
    written = split_bands(source, str(out), stamps, name="rain")
    assert [os.path.basename(p) for p, _ in written] == [
        "rain_20200101T000000Z.tif", "rain_20200101T010000Z.tif", "rain_20200101T020000Z.tif"]
    assert [t for _, t in written] == stamps
    for index, (path, _) in enumerate(written, start=1):
        numpy.testing.assert_array_equal(gdal.Open(path).ReadAsArray(), band_values(index))
        assert is_valid(check_geotiff(path))


def test_split_bands_needs_one_timestamp_per_band(tmp_path):
    source = make_raster(tmp_path / "series.tif", bands=3, nodata=-9999)
    with pytest.raises(ExportError, match="3 band"):
        split_bands(source, str(tmp_path), [datetime(2020, 1, 1)])


# ------------------------------------------------------------------------------------------- processing


def test_export_algorithm_writes_the_chosen_band(provider, tmp_path):  # noqa: F811
    import processing

    source = make_raster(tmp_path / "multi.tif", bands=3)
    out = str(tmp_path / "out.tif")
    result = processing.run("lizard:exportgeotiff", {"INPUT": source, "BAND": 3, "NODATA": -1,
                                                     "TARGET_CRS": "EPSG:4326", "OUTPUT": out})
    assert result["OUTPUT"] == out
    dataset = gdal.Open(out)
    assert dataset.RasterCount == 1 and dataset.GetRasterBand(1).GetNoDataValue() == -1
    assert geotiff.epsg_code(osr.SpatialReference(dataset.GetProjection())) == 4326


def test_export_algorithm_fails_with_the_sentence(provider, tmp_path):  # noqa: F811
    import processing

    source = make_raster(tmp_path / "multi.tif", bands=3)
    with pytest.raises(QgsProcessingException, match="no NODATA value"):
        processing.run("lizard:exportgeotiff", {"INPUT": source, "OUTPUT": str(tmp_path / "out.tif")})
    assert files(tmp_path) == ["multi.tif"]


def test_export_algorithm_writes_band_1_by_default(provider, tmp_path):  # noqa: F811
    import processing

    source = make_raster(tmp_path / "multi.tif", bands=3, nodata=-9999)
    result = processing.run("lizard:exportgeotiff", {"INPUT": source, "OUTPUT": str(tmp_path / "out.tif")})
    numpy.testing.assert_array_equal(gdal.Open(result["OUTPUT"]).ReadAsArray(), band_values(1))
    assert geotiff.epsg_code(osr.SpatialReference(gdal.Open(result["OUTPUT"]).GetProjection())) == 28992


def test_export_algorithm_refuses_a_layer_that_is_not_a_file(tmp_path):
    from lizard_explorer.processing.export_geotiff import layer_file

    source = make_raster(tmp_path / "gone.tif", bands=1, nodata=0)
    layer = QgsRasterLayer(str(source), "gone")
    assert layer.isValid() and layer_file(layer) == str(source)
    os.remove(str(source))  # the layer is no longer backed by a file on disk
    with pytest.raises(QgsProcessingException, match="not a raster file on disk"):
        layer_file(layer)


def test_check_algorithm_reports_each_rule(provider, tmp_path):  # noqa: F811
    import processing

    good = processing.run("lizard:checkgeotiff", {"INPUT": make_raster(tmp_path / "good.tif", 1, -9999)})
    assert good["VALID"] == 1
    assert len(good["REPORT"].splitlines()) == 5
    bad = processing.run("lizard:checkgeotiff", {"INPUT": make_raster(tmp_path / "bad.tif", 2)})
    assert bad["VALID"] == 0
    assert "FAIL single_band" in bad["REPORT"] and "FAIL nodata" in bad["REPORT"]
    assert "OK crs_epsg" in bad["REPORT"]


def test_a_rule_that_only_warns_is_a_warning_and_the_others_pass_or_fail():
    assert [geotiff.status_of(geotiff.RuleResult(rule, passed, "")) for rule, passed in
            (("size", False), ("nodata", False), ("nodata", True))] == [geotiff.WARNING, geotiff.FAILED, geotiff.PASSED]
