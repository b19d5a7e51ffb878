"""core.outputs: one set of output-path rules, followed by the dialogs and the algorithms alike."""

import os
from datetime import datetime

import pytest
from lizard_explorer.core import outputs
from lizard_explorer.core.assets.bundle import export_bundle
from lizard_explorer.core.rasters.geotiff import export_geotiff, split_bands
from test_assets import stations
from test_geotiff import make_raster
from test_processing import provider  # noqa: F401 - fixture

import processing  # QGIS's Processing plugin


@pytest.mark.parametrize("path, suffixes, expected", [
    ("a/bundle", outputs.ZIP, "a/bundle.zip"),
    ("a/bundle.ZIP", outputs.ZIP, "a/bundle.ZIP"),
    ("a/grid.tiff", outputs.GEOTIFF, "a/grid.tiff"),
    ("a/grid.img", outputs.GEOTIFF, "a/grid.img.tif"),
    ("a/buildings", outputs.GEOPACKAGE, "a/buildings.gpkg"),
])
def test_a_file_output_gets_its_suffix_unless_it_has_one(path, suffixes, expected):
    assert outputs.with_suffix(path, suffixes) == expected


@pytest.mark.parametrize("chosen, several, vrt, expected", [
    ("out.tif", False, False, "out.tif"),
    ("out.TIFF", False, False, "out.TIFF"),
    ("out.vrt", False, False, "out.tif"),
    ("out", False, False, "out.tif"),
    ("out.tif", False, True, "out.vrt"),
    ("out", False, True, "out.vrt"),
    ("folder", True, False, "folder"),
    ("", False, False, ""),
])
def test_a_download_goes_to_a_tif_a_vrt_or_a_folder(tmp_path, chosen, several, vrt, expected):
    path = str(tmp_path / chosen) if chosen else ""
    assert outputs.download_output(path, several, vrt) == (str(tmp_path / expected) if expected else "")


def test_a_download_layout_is_a_file_for_a_tif_or_vrt_path_else_a_folder(tmp_path):
    assert outputs.download_layout(str(tmp_path / "a.vrt")) == (str(tmp_path), "a", ".vrt")
    assert outputs.download_layout(str(tmp_path / "rain"), vrt=True) == (str(tmp_path / "rain"), None, ".vrt")
    (tmp_path / "dir.tif").mkdir()
    assert outputs.download_layout(str(tmp_path / "dir.tif")) == (str(tmp_path / "dir.tif"), None, ".tif")


def test_the_asset_bundle_algorithm_and_the_core_both_add_zip(provider, tmp_path):  # noqa: F811
    parameters = {"INPUT": stations(), "ASSET_TYPE": "GroundwaterStation", "COLUMNS": "code=ID_1;name=NAME"}
    result = processing.run("lizard:exportassetbundle", dict(parameters, OUTPUT=str(tmp_path / "by_algorithm")))
    assert result["OUTPUT"] == str(tmp_path / "by_algorithm.zip")
    by_core = export_bundle(stations(), str(tmp_path / "by_dialog"), "GroundwaterStation",
                            {"code": "ID_1", "name": "NAME"})
    assert by_core.path == str(tmp_path / "by_dialog.zip")
    assert sorted(os.listdir(tmp_path)) == ["by_algorithm.zip", "by_dialog.zip"]


def test_a_geotiff_export_gets_tif_and_time_steps_go_into_a_folder_made_for_them(tmp_path):
    source = make_raster(tmp_path / "multi.tif", bands=2, nodata=-1)
    result = export_geotiff(source, str(tmp_path / "single"))
    assert result.path == str(tmp_path / "single.tif") and os.path.isfile(result.path)
    folder = tmp_path / "new" / "steps"
    pairs = split_bands(source, str(folder), [datetime(2020, 1, 1), datetime(2020, 1, 2)], name="rain")
    assert sorted(os.listdir(folder)) == ["rain_20200101T000000Z.tif", "rain_20200102T000000Z.tif"]
    assert [path for path, _time in pairs] == [str(folder / name) for name in sorted(os.listdir(folder))]
