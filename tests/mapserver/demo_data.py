"""Deterministic demo rasters plus a QGIS project that publishes them over WMS.

Needs GDAL (with numpy) and PyQGIS. Works with or without a running ``QgsApplication``: without one, QGIS
prints a few harmless "Application path not initialized" lines on stderr.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple, Union

import numpy as np
from osgeo import gdal, osr

NATIVE_CRS = "EPSG:28992"
WMS_CRS_LIST = ["EPSG:3857", "EPSG:4326", "EPSG:28992"]
NODATA = -9999.0
SIZE = 200  # pixels, width and height
PROJECT_FILE = "lizard_demo.qgs"

Bounds = Tuple[float, float, float, float]  # (xmin, ymin, xmax, ymax)


@dataclass(frozen=True)
class DemoLayer:
    name: str  # WMS name (QGIS short name)
    title: str
    file_path: Path
    extent_native: Bounds  # in ``crs_native``
    extent_4326: Bounds  # (west, south, east, north), lon/lat degrees
    crs_native: str = NATIVE_CRS
    value_range: Tuple[float, float] = (0.0, 1.0)  # range of the colour ramp
    nodata: float = NODATA

    @property
    def spatial_bounds(self) -> Dict[str, float]:
        """Lizard-style ``spatial_bounds`` (WGS84)."""
        west, south, east, north = self.extent_4326
        return {"west": west, "east": east, "north": north, "south": south}


@dataclass(frozen=True)
class DemoProject:
    project_path: Path
    layers: List[str]  # WMS layer names
    layer_info: Dict[str, DemoLayer] = field(default_factory=dict)


def _kwel(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Seepage (mm/day): checkerboard-like waves on an east-west gradient, a 'lake' of NODATA."""
    values = 3.0 * np.sin(x / 25.0) * np.cos(y / 30.0) + (x - 100.0) / 100.0
    values[(x - 60.0) ** 2 + (y - 140.0) ** 2 < 25.0**2] = NODATA
    return values


def _depth(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Water depth (m): diagonal gradient with ripples, a dry (NODATA) corner."""
    values = (x + y) / 200.0 + 0.15 * np.sin(x / 8.0)
    values[x + y < 40.0] = NODATA
    return values


# name: (title, native bounds, value function, colour ramp stops (value, (r, g, b)))
_LAYERS = {
    "lochem_kwel": (
        "Kwel Lochem (demo)",
        (207750.0, 457250.0, 230500.0, 473500.0),
        _kwel,
        [(-4.0, (43, 131, 186)), (0.0, (255, 255, 191)), (4.0, (215, 25, 28))],
    ),
    "rotterdam_depth": (
        "Waterdiepte Rotterdam (demo)",
        (93486.0, 433830.0, 94606.0, 434800.0),
        _depth,
        [(0.0, (198, 219, 239)), (1.0, (66, 146, 198)), (2.2, (8, 48, 107))],
    ),
}


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # x/lon first
    return srs


def _to_4326(bounds: Bounds) -> Bounds:
    transform = osr.CoordinateTransformation(_srs(28992), _srs(4326))
    west, south, east, north = transform.TransformBounds(*bounds, 21)
    return (round(west, 6), round(south, 6), round(east, 6), round(north, 6))


def _write_geotiff(path: Path, bounds: Bounds, func) -> None:
    xmin, ymin, xmax, ymax = bounds
    y, x = np.mgrid[0:SIZE, 0:SIZE].astype("float64")
    data = func(x, y).astype("float32")
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(str(path), SIZE, SIZE, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE"])
    ds.SetGeoTransform((xmin, (xmax - xmin) / SIZE, 0.0, ymax, 0.0, -(ymax - ymin) / SIZE))
    ds.SetProjection(_srs(28992).ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(data)
    band.FlushCache()
    ds = None  # close


def _pseudocolor_renderer(layer, stops):
    from qgis.core import QgsColorRampShader, QgsRasterShader, QgsSingleBandPseudoColorRenderer
    from qgis.PyQt.QtGui import QColor

    ramp = QgsColorRampShader(stops[0][0], stops[-1][0])
    ramp.setColorRampType(QgsColorRampShader.Interpolated)
    ramp.setClip(False)
    ramp.setColorRampItemList(
        [QgsColorRampShader.ColorRampItem(value, QColor(*rgb), f"{value:g}") for value, rgb in stops]
    )
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(stops[0][0])
    renderer.setClassificationMax(stops[-1][0])
    return renderer


def write_project(project_path: Path, layers: List[DemoLayer], stops: Dict[str, list]) -> None:
    """Write a .qgs publishing ``layers`` over WMS under their short names (uses PyQGIS)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsRectangle

    project = QgsProject()
    project.setTitle("Lizard Explorer demo")
    project.setCrs(QgsCoordinateReferenceSystem(NATIVE_CRS))
    extent = QgsRectangle()
    for info in layers:
        layer = QgsRasterLayer(str(info.file_path), info.title, "gdal")
        if not layer.isValid():
            raise RuntimeError(f"GDAL could not open {info.file_path}")
        layer.setShortName(info.name)
        layer.setTitle(info.title)
        layer.setRenderer(_pseudocolor_renderer(layer, stops[info.name]))
        project.addMapLayer(layer)
        extent.combineExtentWith(layer.extent())
    extent.grow(100.0)
    wms_extent = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    entries = {
        "WMSServiceCapabilities": True,
        "WMSServiceTitle": "Lizard Explorer demo WMS",
        "WMSServiceAbstract": "Synthetic rasters for tests and the offline demo",
        "WMSRootName": "lizard_demo",
        "WMSUseLayerIDs": False,
        "WMSCrsList": WMS_CRS_LIST,
        "WMSExtent": [str(value) for value in wms_extent],
        "WMSMaxWidth": "4096",
        "WMSMaxHeight": "4096",
    }
    for key, value in entries.items():
        project.writeEntry(key, "/", value)
    if not project.write(str(project_path)):
        raise RuntimeError(f"could not write {project_path}: {project.error()}")


def make_demo_data(directory: Union[str, Path]) -> DemoProject:
    """Create the demo GeoTIFFs and ``lizard_demo.qgs`` in ``directory`` (created if missing)."""
    directory = Path(directory).resolve()
    directory.mkdir(parents=True, exist_ok=True)
    infos, stops = [], {}
    for name, (title, bounds, func, ramp) in _LAYERS.items():
        path = directory / f"{name}.tif"
        _write_geotiff(path, bounds, func)
        infos.append(
            DemoLayer(name, title, path, bounds, _to_4326(bounds), value_range=(ramp[0][0], ramp[-1][0]))
        )
        stops[name] = ramp
    project_path = directory / PROJECT_FILE
    write_project(project_path, infos, stops)
    return DemoProject(project_path, [i.name for i in infos], {i.name: i for i in infos})
