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
