"""A map tool that picks the feature of one layer nearest to a click (within a few pixels): "Pick a Lizard
location" in the timeseries dock. ``picked(feature id)`` when a feature is hit; a click beside every feature
emits ``missed()``."""

from qgis.core import QgsCsException, QgsFeatureRequest, QgsGeometry, QgsRectangle
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal

from .qt import alive

TOLERANCE_PX = 8


class PickFeatureTool(QgsMapTool):
    picked = pyqtSignal(object)  # feature id
    missed = pyqtSignal()

    def __init__(self, canvas, layer_getter):
        """``layer_getter()``: the layer to pick from now (or None)."""
        super().__init__(canvas)
        self._layer_getter = layer_getter
        self.setCursor(Qt.CursorShape.WhatsThisCursor)

    def feature_at(self, map_point, pixel_tolerance=TOLERANCE_PX):
        """The id of the layer's feature nearest ``map_point`` (canvas CRS) within the tolerance, or None."""
        layer = self._layer_getter()
        if not alive(layer):
            return None
        settings = self.canvas().mapSettings()
        radius = pixel_tolerance * settings.mapUnitsPerPixel()
        box = QgsRectangle(map_point.x() - radius, map_point.y() - radius,
                           map_point.x() + radius, map_point.y() + radius)
        try:
            box = settings.mapToLayerCoordinates(layer, box)
            point = settings.mapToLayerCoordinates(layer, map_point)
        except QgsCsException:
            return None
        request = QgsFeatureRequest().setFilterRect(box).setNoAttributes()
        target = QgsGeometry.fromPointXY(point)
        nearest = None
        for feature in layer.getFeatures(request):
            if not feature.hasGeometry():
                continue
            distance = feature.geometry().distance(target)
            if nearest is None or distance < nearest[0]:
                nearest = (distance, feature.id())
        return nearest[1] if nearest is not None else None

    def canvasReleaseEvent(self, event):  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        fid = self.feature_at(event.mapPoint())
        if fid is None:
            self.missed.emit()
        else:
            self.picked.emit(fid)
