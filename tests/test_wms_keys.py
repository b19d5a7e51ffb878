"""The key goes only to the portal's own WMS: proven with the requests the WMS hosts really receive.

Three recording proxies stand in front of one local qgis_mapserver: ``portal`` (the portal's own origin, whose
capabilities advertise GetMap/GetFeatureInfo at ``elsewhere``), ``other`` (a WMS on a second local port) and
``elsewhere``. QGIS itself renders the layers, so what is recorded is what QGIS sends.
"""

import base64

import pytest
from lizard_explorer.core import credentials, errors, settings
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters import wms
from mapserver import MapServer, make_demo_data
from qgis.core import QgsDataSourceUri, QgsRaster
from recording_proxy import RecordingProxy
from test_wms_render import coloured, pixels, render

KEY = "wms-key-only-for-the-portal-4d2b8e"
BASIC = "Basic " + base64.b64encode("__key__:{}".format(KEY).encode()).decode()


@pytest.fixture(scope="module")
def mapserver(tmp_path_factory):
    with MapServer(make_demo_data(tmp_path_factory.mktemp("wms_keys")).project_path) as server:
        yield server


@pytest.fixture
def hosts(mapserver):
    """(portal, other, elsewhere): recording proxies in front of the mapserver, each on its own port."""
    with RecordingProxy(mapserver.url) as elsewhere, RecordingProxy(mapserver.url) as other, \
            RecordingProxy(mapserver.url, advertise=elsewhere.url) as portal:
        yield portal, other, elsewhere


def raster(name, endpoint):
    return {"uuid": name, "name": name, "wms_info": {"endpoint": endpoint, "layer": "lochem_kwel"},
            "options": {"styles": "default"}}  # a style whose LegendURL the capabilities advertise


def legend_and_identify(layer, qtbot):
    """What QGIS does besides GetMap: fetch the legend graphic, identify the pixel in the middle."""
    fetcher = layer.dataProvider().getLegendGraphicFetcher(None)
    with qtbot.waitSignal(fetcher.finish, timeout=20000):
        fetcher.start()
    extent = layer.extent()
    result = layer.dataProvider().identify(extent.center(), QgsRaster.IdentifyFormatHtml, extent, 64, 64)
    assert result.isValid()


def params(uri):
    parsed = QgsDataSourceUri()
    parsed.setEncodedUri(uri)
    return parsed


def test_the_portals_own_wms_gets_the_key_and_a_wms_on_another_port_never_does(
        hosts, auth_db, qgis_new_project, qtbot):
    portal, other, elsewhere = hosts
    settings.set_portal_url(portal.url)
    config_id = credentials.store_api_key(KEY, portal.url)
    with LizardClient(portal.url, KEY, retries=0) as client:
        outcome = wms.build_layers(client, "rasters", [raster("own", portal.url), raster("foreign", other.url)],
                                   authcfg=credentials.layer_authcfg())
    assert not outcome.failures
    own, foreign = outcome.layers
    assert "authcfg={}".format(config_id) in own.source()
    assert "authcfg" not in foreign.source()
    assert outcome.keyless == [("foreign", other.url.split("/")[2])]
    for layer in (own, foreign):
        assert len(coloured(pixels(render(layer, qtbot)))) > 1000, "the layer renders (almost) nothing"
        legend_and_identify(layer, qtbot)

    for request in ("GETMAP", "GETLEGENDGRAPHIC", "GETFEATUREINFO"):
        assert any("REQUEST=" + request in r.path.upper() for r in portal.requests), request
        assert any("REQUEST=" + request in r.path.upper() for r in other.requests), request
    assert {r.headers.get("Authorization") for r in portal.requests} == {BASIC}
    assert not [r for r in other.requests if "Authorization" in r.headers]
    assert elsewhere.requests == []  # the address the portal's capabilities advertise is not followed
    qgis_new_project.clear()


@pytest.mark.parametrize("endpoint", [
    "https://demo.lizard.net:8443/wms/",   # another port
    "https://maps.example.org/wms/",       # another host
    "http://demo.lizard.net/wms/",         # the portal's host, but not over https
])
def test_the_auth_config_goes_only_on_layers_of_the_portals_own_https_origin(endpoint):
    with LizardClient("https://demo.lizard.net") as client:
        assert wms.foreign_host(client, raster("x", "https://demo.lizard.net/wms/")) is None
        assert wms.foreign_host(client, raster("x", endpoint)) == endpoint.split("/")[2]


def test_every_layer_ignores_the_request_addresses_of_the_capabilities():
    for authcfg in ("", "abc1234"):
        uri = params(wms.layer_uri(raster("x", "https://demo.lizard.net/wms/"), authcfg=authcfg))
        assert uri.param("IgnoreGetMapUrl") == "1"
        assert uri.param("IgnoreGetFeatureInfoUrl") == "1"


def test_the_message_names_the_host_once_for_all_layers_added_without_the_key():
    assert wms.keyless_message([("Kwel", "maps.example.org")]) == (
        "“Kwel” is served by maps.example.org, not by your portal: added without your key.")
    several = wms.keyless_message([("Kwel", "tiles.example.org"), ("Diepte", "maps.example.org"),
                                   ("Peil", "maps.example.org")])
    assert several.startswith("3 layer")
    assert several.endswith(" are served by maps.example.org, tiles.example.org, not by your portal: added "
                            "without your key.")


def test_an_error_in_a_raster_without_wms_address_is_not_a_keyless_layer():
    with LizardClient("https://demo.lizard.net") as client, pytest.raises(errors.LizardError):
        wms.foreign_host(client, {"name": "Kwel", "wms_info": None})
