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
                     "processing/provider.py", "ui/settings_dialog.py", "i18n/lizard_explorer_nl.qm"):
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
    from lizard_explorer.core import assets
    from osgeo import ogr
    from qgis.core import QgsProject, QgsVectorLayer

    import processing

    layer = _polder_layer(tmp_path, [(SQUARE, "P1"), (SQUARE, "P2")])
    gpkg = str(tmp_path / "polders.gpkg")
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": gpkg})
    QgsProject.instance().removeMapLayer(layer.id())
    saved = QgsVectorLayer(gpkg, "saved", "ogr")
    QgsProject.instance().addMapLayer(saved)
    monkeypatch.setattr(assets, "_python_write", lambda *args: pytest.fail("not written by GDAL"))
    try:
        result = processing.run("lizard:exportassetbundle", {
            "INPUT": saved, "ASSET_TYPE": "Polder", "COLUMNS": "code=code", "OUTPUT": str(tmp_path / "g.zip")})
    finally:
        QgsProject.instance().removeMapLayer(saved.id())
    assert result["FEATURES"] == 2
    dataset = ogr.Open("/vsizip/{}/g.shp".format(tmp_path / "g.zip"))
    assert sorted(f.GetField("code") for f in dataset.GetLayer(0)) == ["P1", "P2"]
    dataset = None
