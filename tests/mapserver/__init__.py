"""Local WMS for tests and the offline demo: demo rasters + ``qgis_mapserver``.

Usage (with ``tests/`` on ``sys.path``)::

    demo = make_demo_data(tmp_path)
    with MapServer(demo.project_path) as server:
        ...  # WMS at server.url, layer names demo.layers, extents demo.layer_info[name]
"""

from .demo_data import DemoLayer, DemoProject, make_demo_data
from .server import MapServer, MapServerError

__all__ = ["DemoLayer", "DemoProject", "MapServer", "MapServerError", "make_demo_data"]
