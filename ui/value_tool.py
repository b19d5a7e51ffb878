"""The "Lizard value at point" map tool, and :class:`ValueAtPoint`, what the plugin wires to it.

A click on the map marks the point (a cross that stays until the tool is put away) and asks every Lizard
raster for its value there; dragging a rectangle (as with QGIS's Identify tool) outlines it and asks every
Lizard raster for its statistics over it. The answers show in the "Lizard value at point" dock
(:mod:`.value_panel`).
"""

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle
from qgis.gui import QgsMapTool, QgsVertexMarker
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication

from ..core import errors
from ..core.i18n import tr
from ..core.rasters.zonal import rectangle_wgs84
from .bands import AREA, polygon_band, remove_band, show_geometries
from .qt import alive, disconnect
from .value_panel import ValueDock

MARKER_COLOR = (226, 26, 28)


class ValueAtPointTool(QgsMapTool):
    """Emits ``clicked(point, crs)`` (canvas CRS) for every left click and marks the point on the map, and
    ``dragged(rectangle, crs)`` for a rectangle dragged with the left button, which it outlines."""

    clicked = pyqtSignal(object, object)  # QgsPointXY, QgsCoordinateReferenceSystem
    dragged = pyqtSignal(object, object)  # QgsRectangle, QgsCoordinateReferenceSystem

    def __init__(self, canvas):
        super().__init__(canvas)
        self.marker = None
        self.marked = None  # (point, its CRS): the cross follows a change of the map's CRS
        self.band = None  # the dragged rectangle's outline (kept in WGS84: it follows a change of CRS too)
        self._pressed = None  # where the left button went down (pixels), while it is down
        self._dragging = False
        self.setCursor(Qt.CursorShape.CrossCursor)

    def activate(self):
        super().activate()
        self.canvas().destinationCrsChanged.connect(self._crs_changed)

    def canvasPressEvent(self, event):  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed, self._dragging = event.pos(), False

    def canvasMoveEvent(self, event):  # noqa: N802 - Qt API
        if self._pressed is None:
            return
        if not self._dragging:
            moved = event.pos() - self._pressed
            self._dragging = moved.manhattanLength() >= QApplication.startDragDistance()
        if self._dragging:
            self._outline_canvas(self._rectangle(event.pos()))

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or self._pressed is None:
            return  # another button, or a drag dropped with Escape
        dragging, pressed = self._dragging, self._pressed
        self._pressed, self._dragging = None, False
        crs = self.canvas().mapSettings().destinationCrs()
        if dragging and pressed is not None:
            rectangle = self._rectangle(event.pos(), pressed)
            self.remove_marker()
            self.outline(rectangle, crs)
            self.dragged.emit(rectangle, crs)
            return
        point = QgsPointXY(self.toMapCoordinates(event.pos()))
        self.remove_band()
        self.mark(point)
        self.clicked.emit(point, crs)

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        """Escape while dragging drops the rectangle: nothing is asked."""
        if event.key() == Qt.Key.Key_Escape and self._pressed is not None:
            self._pressed, self._dragging = None, False
            self.remove_band()
            event.accept()
            return
        event.ignore()

    def _rectangle(self, position, pressed=None):
        start = self.toMapCoordinates(pressed if pressed is not None else self._pressed)
        return QgsRectangle(QgsPointXY(start), QgsPointXY(self.toMapCoordinates(position)))

    def _band(self):
        if self.band is None or not alive(self.band):
            self.band = polygon_band(self.canvas(), AREA)
        return self.band

    def _outline_canvas(self, rectangle):
        band = self._band()
        band.geometries = None  # drawn in the canvas's CRS while the mouse moves
        band.setToGeometry(QgsGeometry.fromRect(rectangle), None)
        band.show()

    def outline(self, rectangle, crs):
        """Outline ``rectangle`` (in ``crs``) until the next click or the tool is put away."""
        try:
            polygon = rectangle_wgs84(rectangle, crs, QgsProject.instance().transformContext())
        except errors.LizardError:  # the dock says why, as it asks for the same area
            self.remove_band()
            return
        show_geometries(self._band(), [polygon])

    def remove_band(self):
        band, self.band = self.band, None
        if band is not None and alive(band):
            remove_band(band)

    def mark(self, point):
        """Put the cross on ``point`` (canvas CRS)."""
        if self.marker is None:
            self.marker = QgsVertexMarker(self.canvas())
            self.marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
            self.marker.setColor(QColor(*MARKER_COLOR))
            self.marker.setIconSize(14)
            self.marker.setPenWidth(3)
        self.marker.setCenter(point)
        self.marker.show()
        self.marked = (QgsPointXY(point), self.canvas().mapSettings().destinationCrs())

    def _crs_changed(self):
        """The cross to the same place on the earth in the map's new CRS."""
        if self.marked is None or self.marker is None or not alive(self.marker):
            return
        point, crs = self.marked
        target = self.canvas().mapSettings().destinationCrs()
        try:
            moved = QgsCoordinateTransform(crs, target, QgsProject.instance().transformContext()).transform(point)
        except QgsCsException:  # not on the new map: the cross goes away
            self.remove_marker()
            return
        self.marker.setCenter(moved)
        self.marked = (QgsPointXY(moved), target)

    def remove_marker(self):
        marker, self.marker, self.marked = self.marker, None, None
        if marker is not None and alive(marker):
            scene = marker.scene()
            if scene is not None:
                scene.removeItem(marker)

    def deactivate(self):
        disconnect(self.canvas().destinationCrsChanged, self._crs_changed)
        self.remove_marker()
        self.remove_band()
        self._pressed, self._dragging = None, False
        super().deactivate()


class ValueAtPoint:
    """The tool, its checkable action and the dock it fills: created by the plugin, undone by :meth:`unload`.

    ``raster_dock`` (optional) is the "Lizard rasters" dock: its selected raster is asked too, and its
    toolbar gets the action.
    """

    def __init__(self, iface, action, raster_dock=None):
        self.iface = iface
        self.action = action
        self.raster_dock = raster_dock
        self.canvas = iface.mapCanvas()
        self.tool = ValueAtPointTool(self.canvas)
        self.tool.setAction(action)
        action.setToolTip(tr("Lizard value at point: click the map for every Lizard raster's value there, or drag "
                             "a rectangle for their mean, min and max over it"))
        self.dock = None
        self.tool.clicked.connect(self._clicked)
        self.tool.dragged.connect(self._dragged)
        action.toggled.connect(self._toggled)
        if raster_dock is not None:
            raster_dock.add_tool_action(action)

    def _selected_raster(self):
        dock = self.raster_dock
        return dock.selected_raster() if dock is not None and alive(dock) else None

    def _toggled(self, checked):
        if checked:
            self.canvas.setMapTool(self.tool)
        elif self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)

    def ensure_dock(self):
        """The dock, created (docked right, shown) the first time it is needed."""
        if self.dock is None:
            self.dock = ValueDock(self.iface, self.iface.mainWindow(), selected_raster=self._selected_raster)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.plot.follow_temporal_controller(self.canvas.temporalController())
            self.dock.selection_asked.connect(self._unmark)
        self.dock.setUserVisible(True)
        return self.dock

    def _clicked(self, point, crs):
        self.ensure_dock().query(point, crs)

    def _dragged(self, rectangle, crs):
        self.ensure_dock().query_area(rectangle, crs)

    def _unmark(self):
        """The dock asked about the selected polygons: the cross or outline of an earlier question goes."""
        self.tool.remove_marker()
        self.tool.remove_band()

    def unload(self):
        """Put the tool away if it is the canvas's, remove the marker and the dock, stop its request."""
        disconnect(self.action.toggled, self._toggled)
        if alive(self.canvas) and self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        self.tool.remove_marker()
        self.tool.remove_band()
        if self.raster_dock is not None and alive(self.raster_dock):
            self.raster_dock.remove_tool_action(self.action)
        if self.dock is not None:
            self.dock.cancel()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        self.tool.deleteLater()
