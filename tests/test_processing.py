"""The Processing provider: in QGIS through processing.run, and headless through qgis_process."""

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest
from lizard_explorer import classFactory
from qgis.core import QgsProcessingException

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


@pytest.fixture
def provider(iface):
    from processing.core.Processing import Processing

    Processing.initialize()
    instance = classFactory(iface)
    instance.initProcessing()
    yield instance.provider
    instance.unload()


def test_check_connection_reports_user_and_organisations(provider, lizard, monkeypatch):
    import processing

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    monkeypatch.setenv("LIZARD_API_KEY", lizard.KEYS["supplier"])
    result = processing.run("lizard:checkconnection", {})
    assert result["PORTAL"] == lizard.base_url
    assert result["AUTHENTICATED"] == 1
    assert result["USERNAME"] == "jane.supplier"
    assert "Nelen & Schuurmans" in result["ORGANISATIONS"]
    assert lizard.KEYS["supplier"] not in json.dumps(result)


def test_check_connection_anonymous_is_fine(provider, lizard, monkeypatch):
    import processing

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    result = processing.run("lizard:checkconnection", {})
    assert result["AUTHENTICATED"] == 0
    assert "public data only" in result["REPORT"]


def test_check_connection_fails_with_the_sentence_when_the_key_is_refused(provider, lizard, monkeypatch):
    import processing

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    monkeypatch.setenv("LIZARD_API_KEY", "wrong-key-1234567")
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("lizard:checkconnection", {})
    assert "Your API key was not accepted." in str(caught.value)


# ----------------------------------------------------------------------------------- headless, packaged


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """The zip `make package` builds, made by the same script."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "package.py"), "--output", str(out)],
                   check=True, capture_output=True, text=True)
    (zip_path,) = out.glob("*.zip")
    return zip_path


def test_package_holds_the_plugin_folder_with_translations_and_no_tests(package):
    names = zipfile.ZipFile(package).namelist()
    assert all(name.startswith("lizard_explorer/") for name in names)
    for required in ("metadata.txt", "__init__.py", "plugin.py", "icon.svg", "core/client.py",
                     "core/rasters/download.py", "processing/provider.py", "ui/settings_dialog.py",
                     "i18n/lizard_explorer_nl.qm"):
        assert "lizard_explorer/" + required in names
    assert not [name for name in names if "/tests/" in name or name.endswith((".pyc", ".ts"))]
    assert "lizard_explorer/LICENSE" in names


@pytest.fixture(scope="module")
def profile(tmp_path_factory, package):
    """A throw-away QGIS configuration with the packaged plugin installed, as a user would have it."""
    config = tmp_path_factory.mktemp("qgis-config")
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(package).extractall(plugins)
    return config


def qgis_process(profile, *args, env=None, timeout=180):
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")
    environment.update(env or {})
    environment.pop("LIZARD_API_KEY", None) if "LIZARD_API_KEY" not in (env or {}) else None
    return subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=environment,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def test_qgis_process_lists_the_plugin_once_enabled(profile):
    enable = qgis_process(profile, "plugins", "enable", "lizard_explorer")
    assert enable.returncode == 0, enable.stderr
    listed = qgis_process(profile, "plugins")
    assert "* lizard_explorer" in listed.stdout
    algorithms = qgis_process(profile, "list")
    assert "lizard:checkconnection" in algorithms.stdout


def test_qgis_process_runs_check_connection_from_environment_settings(profile, lizard):
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "--json", "run", "lizard:checkconnection",
                       env={"LIZARD_URL": lizard.base_url, "LIZARD_API_KEY": lizard.KEYS["reader"]})
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout[run.stdout.index("{"):])["results"]
    assert results["USERNAME"] == "rob.reader"
    assert results["AUTHENTICATED"] == 1
    assert lizard.KEYS["reader"] not in run.stdout + run.stderr


def test_qgis_process_fails_clearly_when_the_portal_is_down(profile):
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "run", "lizard:checkconnection", env={"LIZARD_URL": "http://127.0.0.1:9"})
    assert run.returncode != 0
    assert "did not answer" in run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr


def test_qgis_process_uploads_a_raster_into_a_new_source_and_waits_for_the_task(profile, lizard, tmp_path):
    from osgeo import gdal, osr

    path = str(tmp_path / "upload.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 20, 10, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((85000.0, 10.0, 0.0, 447000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(-9999.0)
    dataset.GetRasterBand(1).Fill(1.0)
    dataset = None
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "--json", "run", "lizard:uploadraster", "--", "INPUT=" + path,
                       "NAME=Headless upload", "ORGANISATION=61f5a464-c350-44c1-9bc7-d4b42d7f58cb", "WAIT=true",
                       env={"LIZARD_URL": lizard.base_url, "LIZARD_API_KEY": lizard.KEYS["supplier"]})
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout[run.stdout.index("{"):])["results"]
    assert results["TASK_STATUS"] == "SUCCESS"
    source = next(s for s in lizard.data.rastersources if s["uuid"] == results["RASTERSOURCE"])
    assert source["name"] == "Headless upload" and source["projection"] == "EPSG:28992"
    assert lizard.data.uploads[-1]["source_uuid"] == source["uuid"]
    assert lizard.KEYS["supplier"] not in run.stdout + run.stderr


# ----------------------------------------------------------------------------- export algorithms


def _polder_layer(tmp_path, rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string", "polders", "memory")
    features = []
    for wkt, code in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([code])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


SQUARE = "Polygon((0 0, 1 0, 1 1, 0 1, 0 0))"
BOWTIE = "Polygon((0 0, 1 1, 1 0, 0 1, 0 0))"


def test_export_asset_bundle_skips_or_refuses_invalid_geometries(provider, tmp_path):
    from qgis.core import QgsProject

    import processing

    layer = _polder_layer(tmp_path, [(SQUARE, "P1"), (BOWTIE, "BAD")])
    try:
        parameters = {"INPUT": layer, "ASSET_TYPE": "Polder", "COLUMNS": "code=code"}
        result = processing.run("lizard:exportassetbundle", dict(parameters, OUTPUT=str(tmp_path / "skip.zip")))
        assert (result["FEATURES"], result["SKIPPED"]) == (1, 1)
        assert "1 feature(s) without a valid geometry were skipped." in result["WARNINGS"]
        with pytest.raises(QgsProcessingException) as caught:
            processing.run("lizard:exportassetbundle", dict(parameters, INVALID_GEOMETRIES=1,
                                                            OUTPUT=str(tmp_path / "refuse.zip")))
        assert "has no geometry or an invalid one" in str(caught.value)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert sorted(os.listdir(str(tmp_path))) == ["skip.zip"]


def test_export_asset_bundle_refuses_or_cuts_long_text(provider, tmp_path):
    from qgis.core import QgsProject

    import processing

    layer = _polder_layer(tmp_path, [(SQUARE, "é" * 150)])  # 300 bytes
    try:
        parameters = {"INPUT": layer, "ASSET_TYPE": "Polder", "COLUMNS": "code=code"}
        with pytest.raises(QgsProcessingException) as caught:
            processing.run("lizard:exportassetbundle", dict(parameters, OUTPUT=str(tmp_path / "refuse.zip")))
        assert "Field code holds text longer than 254 bytes (e.g. feature 1)" in str(caught.value)
        result = processing.run("lizard:exportassetbundle", dict(parameters, LONG_TEXT=1,
                                                                 OUTPUT=str(tmp_path / "cut.zip")))
        assert result["FEATURES"] == 1
        assert "1 text value(s) longer than 254 bytes were cut" in result["WARNINGS"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert sorted(os.listdir(str(tmp_path))) == ["cut.zip"]


def test_export_asset_bundle_writes_a_geopackage_layer_through_gdal(provider, tmp_path, monkeypatch):
    from lizard_explorer.core.assets import shapefile
    from osgeo import ogr
    from qgis.core import QgsProject, QgsVectorLayer

    import processing

    layer = _polder_layer(tmp_path, [(SQUARE, "P1"), (SQUARE, "P2")])
    gpkg = str(tmp_path / "polders.gpkg")
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": gpkg})
    QgsProject.instance().removeMapLayer(layer.id())
    saved = QgsVectorLayer(gpkg, "saved", "ogr")
    QgsProject.instance().addMapLayer(saved)
    monkeypatch.setattr(shapefile, "python_write", lambda *args: pytest.fail("not written by GDAL"))
    try:
        result = processing.run("lizard:exportassetbundle", {
            "INPUT": saved, "ASSET_TYPE": "Polder", "COLUMNS": "code=code", "OUTPUT": str(tmp_path / "g.zip")})
    finally:
        QgsProject.instance().removeMapLayer(saved.id())
    assert result["FEATURES"] == 2
    dataset = ogr.Open("/vsizip/{}/g.shp".format(tmp_path / "g.zip"))
    assert sorted(f.GetField("code") for f in dataset.GetLayer(0)) == ["P1", "P2"]
    dataset = None


# ------------------------------------------------------------------------ headless downloads and exports


def _json_results(run):
    return json.loads(run.stdout[run.stdout.index("{"):])["results"]


def test_qgis_process_downloads_buildings_of_an_extent_into_a_geopackage(profile, lizard, tmp_path):
    from osgeo import ogr

    west, south, east, north = 4.30, 52.02, 4.305, 52.025
    out = str(tmp_path / "buildings.gpkg")
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "--json", "run", "lizard:downloadbuildings", "--",
                       "EXTENT={},{},{},{} [EPSG:4326]".format(west, east, south, north), "OUTPUT=" + out,
                       env={"LIZARD_URL": lizard.base_url})
    assert run.returncode == 0, run.stderr
    results = _json_results(run)
    assert results["OUTPUT"] == out and out in run.stdout

    def overlaps(building):
        ring = building["geometry"]["coordinates"][0]
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return min(xs) <= east and west <= max(xs) and min(ys) <= north and south <= max(ys)

    expected = {b["id"]: b for b in lizard.data.buildings if overlaps(b)}
    assert expected
    dataset = ogr.Open(out)
    try:
        layer = dataset.GetLayer(0)
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        found = {feature.GetField("id"): (feature.GetField("code"), feature.GetField("build_year"))
                 for feature in layer}
        layer = definition = None
    finally:
        dataset = None
    assert {"id", "code", "build_year", "organisation", "address_count", "addresses"} <= set(names)
    assert found == {ident: (b["code"], b["build_year"]) for ident, b in expected.items()}


def test_qgis_process_downloads_a_public_raster_extent_to_a_tif(profile, lizard, tmp_path):
    import numpy
    from fake_lizard.rasterdata import pixel_values
    from osgeo import gdal

    raster = next(r for r in lizard.data.rasters if r["access_modifier"] == "Public" and not r["temporal"]
                  and r["projection"] == "EPSG:28992" and r["pixelsize_x"] == 0.5)
    out = str(tmp_path / "dem.tif")
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "--json", "run", "lizard:downloadraster", "--", "RASTER=" + raster["uuid"],
                       "EXTENT=155000,155050,463000,463020 [EPSG:28992]", "NODATA=-1", "OUTPUT=" + out,
                       env={"LIZARD_URL": lizard.base_url})
    assert run.returncode == 0, run.stderr
    results = _json_results(run)
    assert results["FILES"] == out and results["OUTPUT"] == out
    dataset = gdal.Open(out)
    try:
        size = (dataset.RasterXSize, dataset.RasterYSize, dataset.RasterCount)
        transform = dataset.GetGeoTransform()
        epsg = dataset.GetSpatialRef().GetAuthorityCode(None)
        band = dataset.GetRasterBand(1)
        nodata = band.GetNoDataValue()
        corners = [float(band.ReadAsArray(col, row, 1, 1)[0, 0]) for col, row in ((0, 0), (99, 39), (42, 17))]
        band = None
    finally:
        dataset = None
    assert size == (100, 40, 1) and epsg == "28992" and nodata == -1
    assert transform == (155000.0, 0.5, 0.0, 463020.0, 0.0, -0.5)
    expected = [float(pixel_values(numpy.array(155000.25 + 0.5 * col), numpy.array(463019.75 - 0.5 * row)))
                for col, row in ((0, 0), (99, 39), (42, 17))]
    assert corners == pytest.approx(expected, abs=1e-3)


def test_qgis_process_exports_a_multiband_geotiff_as_one_file_per_given_timestamp(profile, tmp_path):
    from osgeo import gdal, osr

    source = str(tmp_path / "rain.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(source, 20, 10, 2, gdal.GDT_Float32)
    try:
        dataset.SetGeoTransform((155000.0, 10.0, 0.0, 463000.0, 0.0, -10.0))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(28992)
        dataset.SetProjection(srs.ExportToWkt())
        for number in (1, 2):
            dataset.GetRasterBand(number).SetNoDataValue(-9999.0)
            dataset.GetRasterBand(number).Fill(float(number))
        srs = None
    finally:
        dataset = None
    out = tmp_path / "steps"
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "--json", "run", "lizard:exporttimesteps", "--", "INPUT=" + source,
                       "TIMESTAMPS=2020-05-01T00:00:00Z,2020-05-01T01:30:00+01:00", "OUTPUT=" + str(out))
    assert run.returncode == 0, run.stderr
    results = _json_results(run)
    names = ["rain_20200501T000000Z.tif", "rain_20200501T003000Z.tif"]
    assert results["COUNT"] == 2
    assert results["FILES"].splitlines() == [str(out / name) for name in names]
    assert sorted(os.listdir(str(out))) == sorted(names + ["timesteps.csv"])
    assert (out / "timesteps.csv").read_text().splitlines() == [
        "file,timestamp", names[0] + ",2020-05-01T00:00:00Z", names[1] + ",2020-05-01T00:30:00Z"]
    dataset = gdal.Open(str(out / names[1]))
    try:
        count, value = dataset.RasterCount, float(dataset.GetRasterBand(1).ReadAsArray(0, 0, 1, 1)[0, 0])
    finally:
        dataset = None
    assert (count, value) == (1, 2.0)


def test_qgis_process_searches_locations_of_an_observation_type(profile, lizard, tmp_path):
    from osgeo import ogr

    out = str(tmp_path / "locations.gpkg")
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "--json", "run", "lizard:searchlocations", "--", "OBSERVATION_TYPE=GWS_NAP",
                       "EXTENT=3.0,7.5,50.5,54.0 [EPSG:4326]", "OUTPUT=" + out, env={"LIZARD_URL": lizard.base_url})
    assert run.returncode == 0, run.stderr
    assert _json_results(run)["OUTPUT"] == out
    expected = {(ts["location"]["uuid"]) for ts in lizard.data.timeseries
                if ts["access_modifier"] == "Public" and ts["observation_type"]["code"] == "GWS_NAP"}
    located = {loc["uuid"] for loc in lizard.data.locations
               if loc["access_modifier"] == "Public" and loc["geometry"] is not None}
    dataset = ogr.Open(out)
    try:
        layer = dataset.GetLayer(0)
        found = {feature.GetField("uuid") for feature in layer}
        layer = None
    finally:
        dataset = None
    assert found and found == expected & located


def test_qgis_process_downloads_timeseries_events_to_a_csv(profile, lizard, tmp_path):
    import csv

    from fake_lizard.store import TS_GROUNDWATER

    out = str(tmp_path / "events.csv")
    qgis_process(profile, "plugins", "enable", "lizard_explorer")
    run = qgis_process(profile, "--json", "run", "lizard:downloadtimeseries", "--", "TIMESERIES=" + TS_GROUNDWATER,
                       "START=2023-01-01", "END=2024-05-01T11:04:15Z", "OUTPUT=" + out,
                       env={"LIZARD_URL": lizard.base_url})
    assert run.returncode == 0, run.stderr
    results = _json_results(run)
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert int(results["EVENTS"]) == len(rows) > 0
    assert rows[0]["timeseries_uuid"] == TS_GROUNDWATER and rows[0]["location_code"] == "LOC-0000"
    assert all("2023-01-01T00:00:00Z" <= row["time"] <= "2024-05-01T11:04:15Z" for row in rows)  # END included
