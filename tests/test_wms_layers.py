"""Lizard rasters as QGIS WMS layers (core.rasters.wms): time extents, CRS choice, URIs without secrets, real layers.

The layers are served by a local qgis_mapserver; the fake Lizard's rasters are pointed at it. qgis_mapserver
3.22 ignores TIME, so temporal layers are checked through their temporal properties and URI, not pixels.
"""

import datetime

import numpy as np
import pytest
from lizard_explorer.core import credentials, errors, times
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters import wms
from mapserver import MapServer, make_demo_data
from qgis.core import QgsDataSourceUri, QgsDateTimeRange
from qgis.PyQt.QtCore import QDateTime, Qt
from test_wms_render import SIZE, coloured, pixels, render

LOCHEM_RASTER = "d8f36211-68c5-4211-b530-2c22932f396b"
LOCHEM_SOURCE = "0b7a4c1e-5d3f-4e8a-9c6b-2f1d8e7a3b50"
UTC = datetime.timezone.utc
KEY = "wms-test-key-5e1f9a7c3b"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return make_demo_data(tmp_path_factory.mktemp("wms_layers"))


@pytest.fixture(scope="module")
def wms_server(demo):
    with MapServer(demo.project_path) as server:
        yield server


@pytest.fixture
def client(lizard):
    with LizardClient(lizard.base_url, retries=0) as session:
        yield session


@pytest.fixture
def rasters(lizard):
    """The fake's raster layers, restored after the test (the fake lives for the whole session)."""
    saved = {r["uuid"]: (r["wms_info"], r["options"]) for r in lizard.data.rasters}
    yield lizard.data.index["rasters"]
    for raster in lizard.data.rasters:
        if raster["uuid"] in saved:
            raster["wms_info"], raster["options"] = saved[raster["uuid"]]


@pytest.fixture
def lochem_on_mapserver(lizard, rasters, wms_server):
    """The sample Lochem raster served by the local WMS as ``lochem_kwel`` (with the mapserver's own style)."""
    assert lizard.set_wms_layers(["lochem_kwel"], wms_server.url) == [LOCHEM_RASTER]
    rasters[LOCHEM_RASTER]["options"] = {"styles": ""}
    return rasters[LOCHEM_RASTER]


@pytest.fixture
def temporal_on_mapserver(lizard, rasters, wms_server):
    """A public hourly raster with its time steps, served by the local WMS as ``rotterdam_depth``."""
    raster = next(r for r in lizard.data.rasters if r["temporal"] and r["interval"] == "01:00:00"
                  and r["access_modifier"] == "Public" and lizard.data.raster_steps(r))
    raster["wms_info"] = {"endpoint": wms_server.url, "layer": "rotterdam_depth"}
    raster["options"] = {"styles": ""}
    return raster


@pytest.fixture
def project(qgis_new_project):
    """An empty project, emptied again afterwards (layers, CRS) so later tests start clean."""
    yield qgis_new_project
    qgis_new_project.clear()


def ms(*args):
    return int(datetime.datetime(*args, tzinfo=UTC).timestamp() * 1000)


def params(uri):
    parsed = QgsDataSourceUri()
    parsed.setEncodedUri(uri)
    return parsed


# ------------------------------------------------------------------------------------------ intervals


@pytest.mark.parametrize("interval, seconds", [
    ("01:00:00", 3600), ("00:05:00", 300), ("1 day, 0:00:00", 86400), ("2 days, 12:00:00", 216000),
    ("1 00:00:00", 86400), ("P0DT1H0M0S", 3600), ("P1D", 86400), ("PT15M", 900),
    (None, None), ("", None), ("00:00:00", None), ("weekly", None),
])
def test_interval_seconds_reads_every_spelling_lizard_uses(interval, seconds):
    assert times.duration_seconds(interval) == seconds


def test_time_dimension_extent_lists_the_steps():
    steps = [ms(2024, 1, 1, 2), ms(2024, 1, 1, 0), ms(2024, 1, 1, 1), ms(2024, 1, 1, 1)]
    assert wms.time_dimension_extent({"temporal": True}, steps) == \
        "2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,2024-01-01T02:00:00Z"


def test_time_dimension_extent_of_many_regular_steps_is_start_end_period():
    steps = [ms(2024, 1, 1) + hour * 3600000 for hour in range(wms.MAX_LISTED_STEPS + 500)]
    assert wms.time_dimension_extent({"temporal": True}, steps) == "2024-01-01T00:00:00Z/2024-03-03T11:00:00Z/PT1H"


def test_time_dimension_extent_of_many_irregular_steps_is_start_end():
    steps = [ms(2024, 1, 1) + hour * 3600000 for hour in range(wms.MAX_LISTED_STEPS + 500)] + [ms(2025, 1, 1)]
    assert wms.time_dimension_extent({"temporal": True}, steps) == "2024-01-01T00:00:00Z/2025-01-01T00:00:00Z"


@pytest.mark.parametrize("interval, period", [("01:00:00", "PT1H"), ("1 00:00:00", "P1D"), ("P0DT0H5M0S", "PT5M")])
def test_time_dimension_extent_without_steps_comes_from_first_last_and_interval(interval, period):
    raster = {"temporal": True, "interval": interval, "first_value_timestamp": "2024-01-01T00:00:00Z",
              "last_value_timestamp": "2024-01-02T00:00:00.123456Z"}
    assert wms.time_dimension_extent(raster, []) == "2024-01-01T00:00:00Z/2024-01-02T00:00:00Z/" + period


def test_time_dimension_extent_of_a_single_step_is_that_moment():
    assert wms.time_dimension_extent({"temporal": True}, [ms(2024, 5, 6, 7, 8, 9)]) == "2024-05-06T07:08:09Z"
    raster = {"temporal": True, "interval": "01:00:00", "first_value_timestamp": "2024-05-06T07:08:09Z",
              "last_value_timestamp": "2024-05-06T07:08:09Z"}
    assert wms.time_dimension_extent(raster) == "2024-05-06T07:08:09Z"


def test_time_dimension_extent_is_none_without_a_time_range():
    assert wms.time_dimension_extent({"temporal": True, "first_value_timestamp": None}) is None
    assert wms.time_dimension_extent({"temporal": True, "first_value_timestamp": "2024-01-02T00:00:00Z",
                                      "last_value_timestamp": "2024-01-01T00:00:00Z"}) is None


# ------------------------------------------------------------------------------------------------- CRS


def test_offered_crs_are_read_from_the_capabilities(client, wms_server):
    offered = wms.offered_crs(client, wms_server.url, "lochem_kwel")
    assert {"EPSG:3857", "EPSG:28992", "EPSG:4326"} <= offered


def test_offered_crs_are_empty_when_the_service_cannot_be_reached(client):
    assert wms.offered_crs(client, "http://127.0.0.1:9/wms/", "any") == set()


def test_choose_crs_prefers_the_project_crs_when_offered():
    offered = {"EPSG:3857", "EPSG:28992", "EPSG:4326"}
    assert wms.choose_crs(offered, "EPSG:28992") == "EPSG:28992"
    assert wms.choose_crs(offered, "epsg:4326") == "EPSG:4326"
    assert wms.choose_crs(offered, "EPSG:3035") == "EPSG:3857"
    assert wms.choose_crs(offered, None) == "EPSG:3857"
    assert wms.choose_crs(set(), "EPSG:28992") == "EPSG:3857"
    assert wms.choose_crs({"EPSG:4326", "EPSG:28992"}, "EPSG:3035") == "EPSG:28992"


# ------------------------------------------------------------------------------------------------- URIs


def test_layer_uri_holds_url_layer_style_format_crs_and_authcfg():
    raster = {"name": "Kwel", "wms_info": {"endpoint": "https://demo.lizard.net/wms/", "layer": "ns:kwel"},
              "options": {"styles": "RdBu_r:-4.6:-1.17"}}
    uri = params(wms.layer_uri(raster, "EPSG:28992", authcfg="abc1234"))
    assert uri.param("url") == "https://demo.lizard.net/wms/"
    assert uri.param("layers") == "ns:kwel"
    assert uri.param("styles") == "RdBu_r:-4.6:-1.17"
    assert uri.param("format") == "image/png"
    assert uri.param("crs") == "EPSG:28992"
    assert uri.authConfigId() == "abc1234"
    assert not params(wms.layer_uri(raster)).authConfigId()
    assert params(wms.layer_uri(raster)).param("crs") == "EPSG:3857"


def test_a_raster_without_wms_address_is_an_error_with_a_sentence():
    with pytest.raises(errors.LizardError, match="no WMS address for the raster “Kwel”"):
        wms.layer_uri({"name": "Kwel", "wms_info": None})


def test_prepared_uris_never_contain_the_key(lizard, lochem_on_mapserver, temporal_on_mapserver):
    with LizardClient(lizard.base_url, lizard.KEYS["supplier"], retries=0) as keyed:
        prepared = wms.prepare_uris(keyed, [lochem_on_mapserver, temporal_on_mapserver], "EPSG:28992",
                                    authcfg="cfg0001")
    assert [raster["uuid"] for raster, _ in prepared] == [LOCHEM_RASTER, temporal_on_mapserver["uuid"]]
    for _, uri in prepared:
        assert lizard.KEYS["supplier"] not in uri
        assert not params(uri).authConfigId()  # the local WMS is not the portal's origin: no auth config
        assert params(uri).param("crs") == "EPSG:28992"  # the project's, offered by the service
    assert not params(prepared[0][1]).param("type")
    temporal = params(prepared[1][1])
    assert temporal.param("type") == "wmst"
    assert temporal.param("timeDimensionExtent").count(",") == 47  # 48 hourly steps, listed


# ----------------------------------------------------------------------------------------------- layers


def test_layer_is_valid_named_described_and_renders_colours(client, lochem_on_mapserver, project, qtbot):
    ((raster, uri),) = wms.prepare_uris(client, [lochem_on_mapserver])
    layer = wms.create_layer(raster, uri)
    assert layer.isValid()
    assert layer.providerType() == "wms"
    assert layer.name() == "p_lochem_kwel_wegzijging_2050"
    assert layer.metadata().abstract().startswith("De laag kwel_wegzijging_2050 komt van lochem.")
    assert layer.metadata().identifier() == LOCHEM_RASTER
    assert layer.customProperty("lizard/uuid") == LOCHEM_RASTER
    assert layer.crs().authid() == "EPSG:3857"
    array = pixels(render(layer, qtbot))
    colours = coloured(array)
    assert len(colours) > 0.25 * SIZE * SIZE, "rendered image is (mostly) empty"
    assert len(np.unique(colours.reshape(-1, 4), axis=0)) > 20, "expected a colour ramp, not a flat image"


def test_layer_served_from_another_origin_gets_no_authcfg_and_the_project_file_holds_no_key(
        client, lochem_on_mapserver, auth_db, project, tmp_path):
    config_id = credentials.store_api_key(KEY, client.portal_url)
    assert credentials.layer_authcfg(client.portal_url) == config_id
    ((raster, uri),) = wms.prepare_uris(client, [lochem_on_mapserver], authcfg=config_id)
    layer = wms.create_layer(raster, uri)
    assert layer.isValid()
    assert "authcfg" not in layer.source()  # the mapserver's port is not the portal's origin
    assert KEY not in layer.source()
    project.addMapLayer(layer)
    path = tmp_path / "lizard.qgs"
    assert project.write(str(path))
    saved = path.read_text(encoding="utf-8")
    assert "authcfg" not in saved
    assert KEY not in saved


def test_temporal_layer_offers_the_rasters_time_range(client, temporal_on_mapserver, project):
    ((raster, uri),) = wms.prepare_uris(client, [temporal_on_mapserver])
    layer = wms.create_layer(raster, uri)
    assert layer.isValid()
    assert layer.temporalProperties().isActive()
    available = layer.dataProvider().temporalCapabilities().availableTemporalRange()
    first = QDateTime.fromString(raster["first_value_timestamp"], Qt.ISODate)
    last = QDateTime.fromString(raster["last_value_timestamp"], Qt.ISODate)
    assert available == QgsDateTimeRange(first, last)
    assert available.begin().toMSecsSinceEpoch() == min(client.get(
        "rasters/{}/timesteps/".format(raster["uuid"]))["steps"])


def test_a_layer_the_service_does_not_have_is_an_error_with_a_sentence(client, rasters, wms_server):
    raster = dict(rasters[LOCHEM_RASTER], wms_info={"endpoint": wms_server.url, "layer": "no_such_layer"})
    with pytest.raises(errors.LizardError, match="QGIS could not open the WMS layer of “p_lochem_kwel"):
        wms.create_layer(raster, wms.layer_uri(raster))


# ------------------------------------------------------------------------------------ rasters for a uuid


def test_rasters_for_a_raster_uuid_is_that_raster(client):
    found, source = wms.rasters_for(client, LOCHEM_RASTER)
    assert [r["uuid"] for r in found] == [LOCHEM_RASTER]
    assert source is None


def test_rasters_for_a_rastersource_are_the_raster_layers_using_it(client, lizard):
    sources = [s for s in lizard.data.rastersources if s["access_modifier"] == "Public" and len(s["layers"]) > 1]
    for stored in (lizard.data.index["rastersources"][LOCHEM_SOURCE], sources[0]):
        found, source = wms.rasters_for(client, stored["uuid"])
        assert source["uuid"] == stored["uuid"]
        assert sorted(r["url"] for r in found) == sorted(stored["layers"])


def test_rasters_for_a_rastersource_without_raster_layers_is_empty(client, lizard):
    bare = next(s for s in lizard.data.rastersources if s["access_modifier"] == "Public" and not s["layers"])
    found, source = wms.rasters_for(client, bare["uuid"])
    assert found == []
    assert source["name"] == bare["name"]


def test_rasters_for_an_unknown_uuid_is_not_found(client, lizard):
    with pytest.raises(errors.NotFoundError):
        wms.rasters_for(client, "00000000-0000-4000-8000-000000000000")
    private = next(s for s in lizard.data.rastersources if s["access_modifier"] == "Private")
    with pytest.raises(errors.NotFoundError):
        wms.rasters_for(client, private["uuid"])  # anonymous: not visible
