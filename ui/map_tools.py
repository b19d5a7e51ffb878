"""A map tool to draw an area (buildings to load, a part of a raster to download): a rectangle (drag) or a
polygon (clicks), and :class:`DrawAreaMixin`, the Rectangle / Polygon buttons that drive it.

Rectangle: press, drag, release. Polygon: a left click per vertex; a right click or a double click finishes,
Backspace removes the last vertex, Escape starts over. ``drawn(QgsGeometry)`` carries the shape in the
canvas CRS; the tool shows the shape being drawn only, the caller keeps the finished one on the map. When the
map's CRS changes while a polygon is being drawn, its vertices move to the new CRS (they stay where they were
on the ground).
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QToolButton

from ..core.i18n import tr
from .bands import AREA, polygon_band, remove_band
from .qt import alive, disconnect

RECTANGLE, POLYGON = "rectangle", "polygon"


def give_back_map_tool(canvas, tool, previous):
    """If ``tool`` is the canvas's map tool, put ``previous`` back (or no tool when it is gone)."""
    if tool is not None and canvas.mapTool() is tool:
        if alive(previous):
            canvas.setMapTool(previous)
        else:
            canvas.unsetMapTool(tool)


class DrawAreaTool(QgsMapTool):
    drawn = pyqtSignal(object)  # QgsGeometry in the canvas CRS

    def __init__(self, canvas, shape=RECTANGLE):
        super().__init__(canvas)
        self.shape = shape
        self._points = []
        self._start = None
        self._band = None
        self._crs = None  # the canvas CRS of the points, while active
        self.setCursor(Qt.CursorShape.CrossCursor)

    # ------------------------------------------------------------------------------------ the band

    def _rubber_band(self):
        if self._band is None:
            self._band = polygon_band(self.canvas(), AREA)
        return self._band

    def reset(self):
        """Forget the shape being drawn and remove it from the map."""
        self._points = []
        self._start = None
        band, self._band = self._band, None
        remove_band(band)

    def _show(self, geometry):
        band = self._rubber_band()
        band.setToGeometry(geometry, None)

    # ---------------------------------------------------------------------------------- rectangle

    def rectangle_geometry(self, start, end):
        rectangle = QgsRectangle(start, end)
        rectangle.normalize()
        return QgsGeometry.fromRect(rectangle)

    # ------------------------------------------------------------------------------------ polygon

    def add_point(self, point):
        """Add a vertex to the polygon being drawn (what a left click does)."""
        point = QgsPointXY(point)
        if self._points and self._points[-1] == point:
            return
        self._points.append(point)
        self._show_polygon(None)

    def _show_polygon(self, moving):
        points = self._points + ([moving] if moving is not None else [])
        if len(points) >= 3:
            self._show(QgsGeometry.fromPolygonXY([points]))
        elif len(points) == 2:
            self._show(QgsGeometry.fromPolylineXY(points))

    def finish(self):
        """Finish the polygon (right click, double click): emits ``drawn`` when it has three vertices."""
        points = self._points
        if len(points) < 3:
            return False
        geometry = QgsGeometry.fromPolygonXY([points])
        self.reset()
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        self.drawn.emit(geometry)
        return True

    # ------------------------------------------------------------------------------ mouse and keys

    def canvasPressEvent(self, event):  # noqa: N802 - Qt API
        if self.shape == RECTANGLE and event.button() == Qt.MouseButton.LeftButton:
            self._start = event.mapPoint()

    def canvasMoveEvent(self, event):  # noqa: N802 - Qt API
        if self.shape == RECTANGLE:
            if self._start is not None:
                self._show(self.rectangle_geometry(self._start, event.mapPoint()))
        elif self._points:
            self._show_polygon(event.mapPoint())

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        if self.shape == RECTANGLE:
            if event.button() != Qt.MouseButton.LeftButton or self._start is None:
                return
            start, end = self._start, event.mapPoint()
            self.reset()
            if start.x() != end.x() and start.y() != end.y():
                self.drawn.emit(self.rectangle_geometry(start, end))
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.add_point(event.mapPoint())
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def canvasDoubleClickEvent(self, event):  # noqa: N802 - Qt API
        if self.shape == POLYGON and event.button() == Qt.MouseButton.LeftButton:
            self.add_point(event.mapPoint())
            self.finish()

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            event.accept()
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self._points:
            self._points.pop()
            if len(self._points) < 2:
                if self._band is not None:
                    self._band.reset(QgsWkbTypes.PolygonGeometry)
            else:
                self._show_polygon(None)
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            event.accept()
        else:
            event.ignore()

    def activate(self):
        super().activate()
        canvas = self.canvas()
        self._crs = QgsCoordinateReferenceSystem(canvas.mapSettings().destinationCrs())
        disconnect(canvas.destinationCrsChanged, self._crs_changed)
        canvas.destinationCrsChanged.connect(self._crs_changed)

    def deactivate(self):
        disconnect(self.canvas().destinationCrsChanged, self._crs_changed)
        self._crs = None
        self.reset()
        super().deactivate()

    def _crs_changed(self):
        """The map's CRS changed while drawing: the vertices drawn so far follow (drawn again in the new CRS)."""
        new = QgsCoordinateReferenceSystem(self.canvas().mapSettings().destinationCrs())
        old, self._crs = self._crs, new
        if old is None or old == new or (not self._points and self._start is None):
            return
        try:
            transform = QgsCoordinateTransform(old, new, QgsProject.instance().transformContext())
            points = [QgsPointXY(transform.transform(point)) for point in self._points]
            start = None if self._start is None else QgsPointXY(transform.transform(self._start))
        except QgsCsException:
            self.reset()  # cannot be shown in the new CRS: start over
            return
        self._points, self._start = points, start
        if self._band is not None:
            self._band.reset(QgsWkbTypes.PolygonGeometry)  # a rectangle shows again at the next move
        self._show_polygon(None)


class DrawAreaMixin:
    """Rectangle / Polygon buttons driving one :class:`DrawAreaTool`, for a dock or dialog that has ``iface``,
    ``rectangle_button``, ``polygon_button``, ``_tool``, ``_previous_tool``, ``_area_band`` and a
    ``set_drawn_shape(geometry, crs)``. The previous map tool comes back when drawing ends."""

    @staticmethod
    def _tool_button(name, text, tooltip):
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tooltip)
        button.setCheckable(True)
        return button

    def _make_draw_buttons(self):
        """The Rectangle, Polygon and Clear buttons (``rectangle_button``, ``polygon_button``, ``clear_button``)."""
        self.rectangle_button = self._tool_button("draw_rectangle", tr("Rectangle"),
                                                  tr("Draw a rectangle on the map (drag)"))
        self.polygon_button = self._tool_button("draw_polygon", tr("Polygon"),
                                                tr("Draw a polygon on the map (click the corners; right-click or "
                                                   "double-click to finish)"))
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clear_area")
        self.clear_button.setText(tr("Clear"))
        self.clear_button.setToolTip(tr("Remove the drawn shape"))

    def _draw(self, shape, on):
        """Start (or stop) drawing a ``shape`` with the map tool; returns the tool (None when stopping)."""
        if not on:
            self._restore_map_tool()
            return None
        canvas = self.iface.mapCanvas()
        other = self.polygon_button if shape == RECTANGLE else self.rectangle_button
        other.setChecked(False)
        if self._tool is None:
            self._tool = DrawAreaTool(canvas, shape)
            self._tool.drawn.connect(self._shape_drawn)
            self._tool.deactivated.connect(self._tool_deactivated)
        self._tool.reset()
        self._tool.shape = shape
        if canvas.mapTool() is not self._tool:
            self._previous_tool = canvas.mapTool()
            canvas.setMapTool(self._tool)
        self.rectangle_button.setChecked(shape == RECTANGLE)
        self.polygon_button.setChecked(shape == POLYGON)
        return self._tool

    @property
    def draw_tool(self):
        return self._tool

    def _shape_drawn(self, geometry):
        self.set_drawn_shape(geometry, self.iface.mapCanvas().mapSettings().destinationCrs())
        self._restore_map_tool()

    def _restore_map_tool(self):
        if self.iface is None:
            return
        previous, self._previous_tool = self._previous_tool, None
        give_back_map_tool(self.iface.mapCanvas(), self._tool, previous)
        self._tool_deactivated()

    def _tool_deactivated(self):
        self.rectangle_button.setChecked(False)
        self.polygon_button.setChecked(False)

    def _remove_area_band(self):
        band, self._area_band = self._area_band, None
        remove_band(band)

    @property
    def area_band(self):
        """The rubber band outlining the active area, or ``None``."""
        return self._area_band
