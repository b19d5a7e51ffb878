"""The area a dock works in — the map extent, the selected features of a layer (any CRS) or a shape drawn on
the map — outlined on the map while the dock is visible. Shared by the buildings and timeseries docks.

:class:`AreaMixin` needs ``iface``, ``area_combo`` (data: :data:`EXTENT`, :data:`SELECTION`, :data:`DRAWN`),
the drawing buttons of :class:`~.map_tools.DrawAreaMixin`, ``_drawn``, ``_area_band`` and
``_watched_layer``, and two hooks that turn the area into the dock's own kind: ``_area_of_extent(rectangle,
crs, description)`` and ``_area_of_geometries(geometries, crs, description)``.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from ..core import errors
from ..core.i18n import tr
from .bands import AREA, polygon_band, show_geometries
from .map_tools import RECTANGLE
from .qt import alive, disconnect

EXTENT, SELECTION, DRAWN = "extent", "selection", "drawn"
WGS84 = "EPSG:4326"


class AreaUnavailable(Exception):
    """The chosen area cannot be used now (nothing selected, nothing drawn); ``str()`` says why."""


class AreaMixin:
    """The area (extent, selection or drawn shape), its outline on the map, and drawing it."""

    empty_area_text = None  # the dock's sentence for an empty area (None: a general one)

    def area_mode(self):
        return self.area_combo.currentData()

    def set_area_mode(self, mode):
        self.area_combo.setCurrentIndex(self.area_combo.findData(mode))

    def selection_layer(self):
        """The layer whose selected features are the area: the active vector layer."""
        layer = self.iface.activeLayer()
        return layer if isinstance(layer, QgsVectorLayer) and layer.isSpatial() else None

    def area(self):
        """The area the widgets describe, made by the dock's hooks; :class:`AreaUnavailable` when it cannot
        apply now."""
        mode = self.area_mode()
        context = QgsProject.instance().transformContext()
        try:
            if mode == EXTENT:
                canvas = self.iface.mapCanvas()
                return self._area_of_extent(canvas.extent(), canvas.mapSettings().destinationCrs(),
                                            tr("the map extent"), context)
            if mode == SELECTION:
                layer = self.selection_layer()
                if layer is None:
                    raise AreaUnavailable(tr("Make a vector layer active and select features in it."))
                if not layer.selectedFeatureCount():
                    raise AreaUnavailable(tr("Select features of “{layer}” first.").format(layer=layer.name()))
                geometries = [feature.geometry() for feature in layer.getSelectedFeatures()]
                return self._area_of_geometries(geometries, layer.crs(), tr("the selected features of “{layer}”")
                                                .format(layer=layer.name()), context)
            if self._drawn is None:
                raise AreaUnavailable(tr("Draw a rectangle or a polygon on the map first."))
            geometry, source_crs = self._drawn
            return self._area_of_geometries([geometry], source_crs, tr("the drawn shape"), context)
        except (errors.LizardError, QgsCsException) as exc:
            raise AreaUnavailable(str(exc) or self.empty_area_text or tr("The area is empty.")) from exc

    def _area_mode_changed(self, *_args):
        mode = self.area_mode()
        if mode == EXTENT:
            self._remove_area_band()  # until a search or load used the extent
        self.clear_button.setEnabled(self._drawn is not None)
        self._watch_selection(mode == SELECTION)
        self._show_area()

    # ---------------------------------------------------------------------------- the area on the map

    def _area_geometry(self):
        """The area in WGS84 for the map, or ``None``."""
        try:
            area = self.area()
        except AreaUnavailable:
            return None
        geometry = getattr(area, "geometry", None)
        return geometry if geometry is not None else QgsGeometry.fromRect(area.box)

    def _show_area(self, geometry=None):
        """Outline the active area on the map (the extent only once it was used: it is the whole view)."""
        if geometry is None and self.area_mode() != EXTENT:
            geometry = self._area_geometry()
        if geometry is None:
            if self.area_mode() != EXTENT:
                self._remove_area_band()
            return
        if self._area_band is None:
            self._area_band = polygon_band(self.iface.mapCanvas(), AREA, 30)
        show_geometries(self._area_band, [geometry], self.isVisible())

    def _visibility_changed(self, visible):
        if self._area_band is not None:
            self._area_band.setVisible(visible)

    def _watch_selection(self, on):
        signal = getattr(self.iface, "currentLayerChanged", None)
        if signal is not None:
            disconnect(signal, self._active_layer_changed)
            if on:
                signal.connect(self._active_layer_changed)
        self._watch_selection_of(self.selection_layer() if on else None)

    def _watch_selection_of(self, layer):
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        if layer is self._watched_layer:
            return
        if alive(self._watched_layer):
            disconnect(self._watched_layer.selectionChanged, self._selection_area_changed)
        self._watched_layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._selection_area_changed)

    def _active_layer_changed(self, *_args):
        self._watch_selection_of(self.selection_layer())
        self._show_area()

    def _selection_area_changed(self, *_args):
        if self.area_mode() == SELECTION:
            self._show_area()

    # ------------------------------------------------------------------------------------- drawing

    def start_drawing(self, shape=RECTANGLE):
        """Activate the drawing tool (what the Rectangle and Polygon buttons do); returns it."""
        return self._draw(shape, True)

    def set_drawn_shape(self, geometry, shape_crs):
        """Use ``geometry`` (in ``shape_crs``) as the area, as if drawn."""
        self._drawn = (QgsGeometry(geometry), QgsCoordinateReferenceSystem(shape_crs))
        self.clear_button.setEnabled(True)
        if self.area_mode() != DRAWN:
            self.set_area_mode(DRAWN)  # shows it
        else:
            self._show_area()

    def clear_drawn(self):
        self._drawn = None
        self.clear_button.setEnabled(False)
        if self._tool is not None:
            self._tool.reset()
        if self.area_mode() == DRAWN:
            self._remove_area_band()

    def _stop_area(self):
        """Unset the drawing tool, remove the outline and stop watching selections (for ``cancel()``)."""
        self._restore_map_tool()
        if self._tool is not None:
            disconnect(self._tool.drawn, self._shape_drawn)
            disconnect(self._tool.deactivated, self._tool_deactivated)
            self._tool.reset()
            self._tool.deleteLater()
            self._tool = None
        self._remove_area_band()
        self._watch_selection(False)
