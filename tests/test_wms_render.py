"""Render demo rasters served by a local qgis_mapserver through the QGIS WMS provider, as the plugin does."""

import os
import urllib.error
import urllib.request

import numpy as np
import pytest
from mapserver import MapServer, MapServerError, make_demo_data
from qgis.core import (
    QgsDataSourceUri,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage

SIZE = 256


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return make_demo_data(tmp_path_factory.mktemp("wms_demo"))


@pytest.fixture(scope="module")
def wms_server(demo):
    with MapServer(demo.project_path) as server:
        yield server


def wms_layer(url: str, name: str, crs: str = "EPSG:3857") -> QgsRasterLayer:
    uri = QgsDataSourceUri()
    for key, value in {"url": url, "layers": name, "styles": "", "format": "image/png", "crs": crs}.items():
        uri.setParam(key, value)
    return QgsRasterLayer(bytes(uri.encodedUri()).decode(), name, "wms")


def render(layer: QgsRasterLayer, qtbot, time_range=None) -> QImage:
    """The layer over its extent; at ``time_range`` (a QgsDateTimeRange) as the Temporal Controller asks."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(SIZE, SIZE))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    if time_range is not None:
        settings.setIsTemporal(True)
        settings.setTemporalRange(time_range)
    job = QgsMapRendererParallelJob(settings)
    with qtbot.waitSignal(job.finished, timeout=20000):
        job.start()
    assert not [error.message for error in job.errors()]
    return job.renderedImage()


def pixels(image: QImage) -> np.ndarray:
    """(height, width, 4) uint8 array in B, G, R, A byte order."""
    image = image.convertToFormat(QImage.Format_ARGB32)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    rows = np.frombuffer(bits, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


def coloured(array: np.ndarray) -> np.ndarray:
    """Opaque pixels that are not white/black (i.e. not a background or an empty image)."""
    rgb = array[..., :3].astype(int)
    return array[(array[..., 3] == 255) & (rgb.max(axis=-1) - rgb.min(axis=-1) > 20)]


def test_capabilities_list_layers_and_crs(demo, wms_server):
    url = wms_server.url + "?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=10) as response:
        capabilities = response.read().decode()
    for name in demo.layers:
        assert f"<Name>{name}</Name>" in capabilities
    for crs in ("EPSG:3857", "EPSG:4326", "EPSG:28992"):
        assert f"<CRS>{crs}</CRS>" in capabilities


@pytest.mark.parametrize("crs", ["EPSG:3857", "EPSG:28992"])
@pytest.mark.parametrize("name", ["lochem_kwel", "rotterdam_depth"])
def test_render_wms_layer(demo, wms_server, qgis_new_project, qtbot, name, crs):
    assert name in demo.layers
    layer = wms_layer(wms_server.url, name, crs)
    assert layer.isValid(), layer.error().message()
    assert layer.crs().authid() == crs
    west, south, east, north = demo.layer_info[name].extent_4326
    assert 3.0 < west < east < 7.3 and 50.7 < south < north < 53.6

    array = pixels(render(layer, qtbot))
    colours = coloured(array)
    assert len(colours) > 0.25 * SIZE * SIZE, "rendered image is (mostly) empty"
    assert len(np.unique(colours.reshape(-1, 4), axis=0)) > 20, "expected a colour ramp, not a flat image"


def test_unknown_layer_is_invalid(wms_server, qgis_new_project):
    layer = wms_layer(wms_server.url, "no_such_layer")
    # QGIS 3.22: the provider finds no extent for a layer missing from the capabilities.
    assert not layer.isValid()
    assert "extent" in layer.error().message().lower()


def test_stop_leaves_no_process(demo):
    server = MapServer(demo.project_path).start()
    url, pid = server.url, server.pid
    assert server.running
    server.stop()
    assert not server.running
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    with pytest.raises(urllib.error.URLError):
        urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url, timeout=2)

    with pytest.raises(KeyError), MapServer(demo.project_path) as server:  # stopped on errors too
        pid = server.pid
        raise KeyError("boom")
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_missing_project_is_reported(tmp_path):
    with pytest.raises(MapServerError, match="project not found"):
        MapServer(tmp_path / "missing.qgs").start()
