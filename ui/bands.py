"""Polygon rubber bands on the map canvas: created in one style, removed completely.

A band shows WGS84 geometries (:func:`show_geometries`); a rubber band keeps its points in the canvas CRS, so a
:class:`PolygonBand` keeps what it shows and draws it again when the map's CRS changes (project properties, the
status bar), until :func:`remove_band` takes it off the map and stops following the canvas.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtGui import QColor

from .qt import disconnect

FOOTPRINT = (226, 26, 28)  # red: what a selected result covers
AREA = (255, 127, 0)  # orange: the area a search or load uses


WGS84 = "EPSG:4326"


class PolygonBand(QgsRubberBand):
    """A polygon rubber band that draws the WGS84 geometries it shows again in the canvas's new CRS."""

    def __init__(self, canvas):
        super().__init__(canvas, QgsWkbTypes.PolygonGeometry)
        self.canvas = canvas
        self.geometries = None  # the WGS84 geometries shown (None: drawn in canvas coordinates by its owner)
        canvas.destinationCrsChanged.connect(self.follow_crs)

    def follow_crs(self):
        """Draw the geometries shown again in the canvas's CRS (what a CRS change does)."""
        if self.geometries is not None:
            show_geometries(self, self.geometries, self.isVisible())

    def stop_following(self):
        disconnect(self.canvas.destinationCrsChanged, self.follow_crs)


def polygon_band(canvas, rgb, fill_alpha=40):
    band = PolygonBand(canvas)
    band.setStrokeColor(QColor(*rgb))
    band.setFillColor(QColor(*rgb, fill_alpha))
    band.setWidth(2)
    return band


def remove_band(band):
    """Empty ``band`` and take it off the canvas (``None`` is fine)."""
    if band is None:
        return
    if isinstance(band, PolygonBand):
        band.stop_following()
        band.geometries = None
    band.reset(QgsWkbTypes.PolygonGeometry)
    scene = band.scene()
    if scene is not None:
        scene.removeItem(band)


def show_geometries(band, geometries, visible=True):
    """Replace what ``band`` shows with WGS84 ``geometries`` (a :class:`PolygonBand` keeps them for a CRS
    change)."""
    geometries = [QgsGeometry(geometry) for geometry in geometries]
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    if isinstance(band, PolygonBand):
        band.geometries = geometries
    band.reset(QgsWkbTypes.PolygonGeometry)
    for geometry in geometries:
        band.addGeometry(geometry, wgs84, False)
    band.updatePosition()
    band.update()
    band.setVisible(visible)


def zoom_to_wgs84(canvas, rectangle):
    """Zoom ``canvas`` to a WGS84 ``rectangle`` (a little margin around it; a point gets some room)."""
    target = canvas.mapSettings().destinationCrs()
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
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
