"""WMS-T end to end: the plugin's temporal WMS layer rendered at two time steps, as the Temporal Controller does.

The local qgis_mapserver serves ``rotterdam_depth`` with a time range: the raster's first 24 hourly steps.
QGIS Server 3.40 and later honour ``TIME`` (data inside the range, nothing outside); 3.22's ignores it and
renders the same image for every time, so there the layer's URI and temporal properties are what
tests/test_wms_layers.py checks.
"""

import numpy as np
import pytest
from lizard_explorer.core import compat
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters import wms
from mapserver import MapServer, make_demo_data
from qgis.core import Qgis, QgsDateTimeRange, QgsProject, QgsRasterLayerTemporalProperties
from qgis.PyQt.QtCore import QDateTime
from test_wms_render import SIZE, coloured, pixels, render

HOUR_MS = 3600 * 1000


@pytest.fixture
def temporal_raster(lizard):
    raster = next(r for r in lizard.data.rasters if r["temporal"] and r["interval"] == "01:00:00"
                  and r["access_modifier"] == "Public" and len(lizard.data.raster_steps(r)) >= 48)
    saved = raster["wms_info"], raster["options"]
    yield raster
    raster["wms_info"], raster["options"] = saved


@pytest.fixture
def time_ranged_server(temporal_raster, lizard, tmp_path):
    """qgis_mapserver with ``rotterdam_depth`` valid for the raster's first 24 steps only."""
    demo = make_demo_data(tmp_path / "demo")
    steps = sorted(lizard.data.raster_steps(temporal_raster))
    project = QgsProject()
    assert project.read(str(demo.project_path))
    (layer,) = project.mapLayersByShortName("rotterdam_depth")
    properties = layer.temporalProperties()
    properties.setIsActive(True)
    fixed = getattr(getattr(Qgis, "RasterTemporalMode", None), "FixedTemporalRange", None)
    properties.setMode(fixed if fixed is not None else QgsRasterLayerTemporalProperties.ModeFixedTemporalRange)
    properties.setFixedTemporalRange(QgsDateTimeRange(QDateTime.fromMSecsSinceEpoch(steps[0]),
                                                      QDateTime.fromMSecsSinceEpoch(steps[23])))
    path = tmp_path / "temporal.qgs"
    assert project.write(str(path))
    temporal_raster["wms_info"] = {"endpoint": None, "layer": "rotterdam_depth"}
    temporal_raster["options"] = {"styles": ""}
    with MapServer(path) as server:
        temporal_raster["wms_info"]["endpoint"] = server.url
        yield server, steps


def render_at(layer, moment_ms, qtbot):
    """How many coloured pixels the layer shows for the hour starting at ``moment_ms``."""
    moment = QDateTime.fromMSecsSinceEpoch(moment_ms)
    image = render(layer, qtbot, QgsDateTimeRange(moment, moment.addMSecs(HOUR_MS - 1)))
    return len(coloured(pixels(image)))


def test_two_time_steps_render_what_the_server_has_at_those_times(temporal_raster, time_ranged_server, lizard,
                                                                   qgis_new_project, qtbot):
    _server, steps = time_ranged_server
    with LizardClient(lizard.base_url, proxies={}, retries=0) as client:
        ((raster, uri),) = wms.prepare_uris(client, [temporal_raster])
    layer = wms.create_layer(raster, uri)
    assert layer.isValid() and layer.temporalProperties().isActive()

    inside = render_at(layer, steps[1], qtbot)
    outside = render_at(layer, steps[40], qtbot)
    assert inside > 0.25 * SIZE * SIZE, "the step inside the server's time range rendered (mostly) empty"
    if compat.QGIS_VERSION_INT >= 34000:  # qgis_mapserver honours TIME: nothing at a time it has no data for
        assert outside == 0
    else:  # qgis_mapserver 3.22 ignores TIME
        assert np.isclose(outside, inside, rtol=0.01)
