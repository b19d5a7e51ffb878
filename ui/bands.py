"""Polygon rubber bands on the map canvas: created in one style, removed completely."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProject,
    QgsWkbTypes,
)
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


def zoom_to_wgs84(canvas, rectangle):
    """Zoom ``canvas`` to a WGS84 ``rectangle`` (a little margin around it; a point gets some room)."""
    target = canvas.mapSettings().destinationCrs()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if target.isValid() and target != wgs84:
        try:
            transform = QgsCoordinateTransform(wgs84, target, QgsProject.instance().transformContext())
            rectangle = transform.transformBoundingBox(rectangle)
        except QgsCsException:
            return
    if rectangle.width() == 0 or rectangle.height() == 0:
        rectangle.grow(max(rectangle.width(), rectangle.height(), 1.0) * 0.05 or 1.0)
    else:
        rectangle.scale(1.1)
    canvas.setExtent(rectangle)
    canvas.refresh()
