"""Background tasks and network settings: the GUI never waits, errors arrive as sentences, proxies apply."""

import pytest
from lizard_explorer.core import errors
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.proxy import proxies_for
from lizard_explorer.core.tasks import LatestTask, LizardTask, run_task
from qgis.core import QgsNetworkAccessManager, QgsSettings
from recording_proxy import RecordingProxy

LOCHEM_RASTER = "d8f36211-68c5-4211-b530-2c22932f396b"


def test_task_hands_the_result_to_the_gui_thread(qtbot, lizard):
    client = LizardClient(lizard.base_url)
    task = LizardTask("count", lambda t: client.get("rastersources/", cancel=t)["count"])
    with qtbot.waitSignal(task.succeeded, timeout=10000) as signal:
        run_task(task)
    assert signal.args[0] > 0


def test_task_turns_a_lizard_error_into_its_sentence(qtbot, lizard):
    lizard.inject(status=404, times=1)
    task = LizardTask("missing", lambda t: LizardClient(lizard.base_url).get("rasters/nope/", cancel=t))
    with qtbot.waitSignal(task.failed, timeout=10000) as signal:
        run_task(task)
    assert isinstance(signal.args[0], errors.NotFoundError)


def test_task_turns_a_bug_into_a_sentence_not_a_traceback(qtbot):
    task = LizardTask("bug", lambda t: {}["missing"])
    with qtbot.waitSignal(task.failed, timeout=10000) as signal:
        run_task(task)
    assert str(signal.args[0]) == "Something went wrong: 'missing'"


def test_cancelling_a_slow_request_ends_the_task_quickly(qtbot, lizard):
    lizard.inject(status=503, times=50)
    client = LizardClient(lizard.base_url, retries=20, backoff=1.0)
    slot = LatestTask()
    task = slot.start(LizardTask("slow", lambda t: client.get("rastersources/", cancel=t)))
    qtbot.waitUntil(lambda: len(lizard.requests) >= 1, timeout=5000)
    with qtbot.waitSignal(task.failed, timeout=5000) as signal:
        slot.cancel()
    assert isinstance(signal.args[0], errors.CancelledError)


@pytest.fixture
def qgis_proxy():
    settings = QgsSettings()

    def configure(kind, host="proxy.example.org", port=3128, user="", password="", excluded=(), no_proxy=()):
        settings.setValue("proxy/proxyEnabled", True)
        settings.setValue("proxy/proxyType", kind)
        settings.setValue("proxy/proxyHost", host)
        settings.setValue("proxy/proxyPort", str(port))
        settings.setValue("proxy/proxyUser", user)
        settings.setValue("proxy/proxyPassword", password)
        settings.setValue("proxy/proxyExcludedUrls", "|".join(excluded))
        settings.setValue("proxy/noProxyUrls", "|".join(no_proxy))
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()

    yield configure
    settings.remove("proxy")
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


def test_requests_go_through_the_http_proxy_set_in_qgis(qgis_proxy):
    qgis_proxy("HttpProxy", user="ann", password="p@ss")
    proxies = proxies_for("https://demo.lizard.net")
    assert proxies == {"http": "http://ann:p%40ss@proxy.example.org:3128",
                       "https": "http://ann:p%40ss@proxy.example.org:3128"}


def test_urls_on_the_qgis_no_proxy_list_connect_directly(qgis_proxy):
    qgis_proxy("HttpProxy", no_proxy=["https://intranet.lizard.net"])
    assert proxies_for("https://intranet.lizard.net") == {"http": None, "https": None}
    assert proxies_for("https://demo.lizard.net")["https"] == "http://proxy.example.org:3128"


def test_qgis_default_proxy_means_the_system_proxy(qgis_proxy):
    qgis_proxy("DefaultProxy")
    assert proxies_for("https://demo.lizard.net") is None


def test_this_machine_is_never_reached_through_a_proxy(qgis_proxy):
    qgis_proxy("HttpProxy")
    assert proxies_for("http://127.0.0.1:8642") == {"http": None, "https": None}


def test_client_from_settings_uses_the_qgis_proxy(qgis_proxy, monkeypatch):
    qgis_proxy("HttpProxy")
    monkeypatch.setenv("LIZARD_URL", "https://demo.lizard.net")
    client = LizardClient.from_settings()
    assert client.proxies("https://demo.lizard.net/api/v4/")["https"] == "http://proxy.example.org:3128"
    assert client._session.trust_env is False


def test_without_qgis_proxy_settings_the_environment_proxy_applies(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://envproxy.example.org:8080")
    monkeypatch.setenv("NO_PROXY", "intranet.lizard.net")
    assert LizardClient("https://demo.lizard.net").proxies("https://demo.lizard.net/api/v4/")["https"] == \
        "http://envproxy.example.org:8080"
    assert "https" not in LizardClient("https://intranet.lizard.net").proxies("https://intranet.lizard.net/")


def test_the_proxy_is_chosen_per_request_host(qgis_proxy, monkeypatch, lizard):
    """The portal is reached through QGIS's proxy; a result on another host that needs none goes direct."""
    with RecordingProxy(lizard.base_url) as result_host, \
            RecordingProxy(routes={"lizard.invalid": lizard.base_url}) as proxy:
        qgis_proxy("HttpProxy", host="127.0.0.1", port=proxy.url.split(":")[2].strip("/"))
        monkeypatch.setenv("LIZARD_URL", "http://lizard.invalid")
        with LizardClient.from_settings(retries=0) as client:
            assert client.get("rasters/{}/".format(LOCHEM_RASTER))["uuid"] == LOCHEM_RASTER
            result = client.get(result_host.url + "api/v4/rasters/{}/".format(LOCHEM_RASTER))
        assert result["uuid"] == LOCHEM_RASTER
        assert [r.path for r in proxy.requests] == ["http://lizard.invalid/api/v4/rasters/{}/".format(LOCHEM_RASTER)]
        assert [r.path for r in result_host.requests] == ["/api/v4/rasters/{}/".format(LOCHEM_RASTER)]
