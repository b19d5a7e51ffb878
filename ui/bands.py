"""Polygon rubber bands on the map canvas: created in one style, removed completely."""

from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtGui import QColor

FOOTPRINT = (226, 26, 28)  # red: what a selected result covers
AREA = (255, 127, 0)  # orange: the area a search or load uses


def polygon_band(canvas, rgb, fill_alpha=40):
    band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
    band.setStrokeColor(QColor(*rgb))
    band.setFillColor(QColor(*rgb, fill_alpha))
    band.setWidth(2)
    return band


def remove_band(band):
    """Empty ``band`` and take it off the canvas (``None`` is fine)."""
    if band is None:
        return
    band.reset(QgsWkbTypes.PolygonGeometry)
    scene = band.scene()
    if scene is not None:
        scene.removeItem(band)


def show_geometries(band, geometries, visible=True):
    """Replace what ``band`` shows with WGS84 ``geometries``."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    band.reset(QgsWkbTypes.PolygonGeometry)
    for geometry in geometries:
        band.addGeometry(geometry, wgs84, False)
    band.updatePosition()
    band.update()
    band.setVisible(visible)
