"""The buildings dock's filters: the attribute filter and the area (extent, selection or drawn shape),
outlined on the map."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from ..core import errors
from ..core.buildings.buildings import Area, BuildingFilter
from ..core.i18n import tr
from .bands import AREA, polygon_band, show_geometries
from .map_tools import RECTANGLE
from .qt import alive, disconnect

EXTENT, SELECTION, DRAWN = "extent", "selection", "drawn"
WGS84 = "EPSG:4326"


class AreaUnavailable(Exception):
    """The chosen area cannot be used now (nothing selected, nothing drawn); ``str()`` says why."""


class BuildingsFiltersMixin:
    """The buildings dock's filters: attributes, the area and its outline on the map, drawing."""

    # ------------------------------------------------------------------------------------- filters

    def attribute_filter(self):
        def value(spin):
            return spin.value() or None

        valid_at = None
        if self.valid_check.isChecked():
            valid_at = self.valid_edit.dateTime().toUTC().toString("yyyy-MM-dd'T'HH:mm:ss'Z'")
        return BuildingFilter(
            code=self.code_edit.text(), code_starts_with=self.code_starts_check.isChecked(),
            build_year_min=value(self.year_min), build_year_max=value(self.year_max),
            postalcode=self.postal_edit.text(),
            house_number_min=value(self.number_min), house_number_max=value(self.number_max),
            valid_at=valid_at, organisation=self.organisation_edit.text())

    def area_mode(self):
        return self.area_combo.currentData()

    def set_area_mode(self, mode):
        self.area_combo.setCurrentIndex(self.area_combo.findData(mode))

    def predicate(self):
        return self.predicate_combo.currentData()

    def area(self):
        """The :class:`Area` the widgets describe; :class:`AreaUnavailable` when it cannot apply now."""
        mode = self.area_mode()
        try:
            if mode == EXTENT:
                canvas = self.iface.mapCanvas()
                return Area.from_extent(canvas.extent(), canvas.mapSettings().destinationCrs(),
                                        tr("the map extent"), QgsProject.instance().transformContext())
            if mode == SELECTION:
                layer = self.iface.activeLayer()
                if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
                    raise AreaUnavailable(tr("Make a vector layer active and select features in it."))
                if not layer.selectedFeatureCount():
                    raise AreaUnavailable(tr("Select features of “{layer}” first.").format(layer=layer.name()))
                geometries = [feature.geometry() for feature in layer.getSelectedFeatures()]
                return Area.from_geometries(geometries, layer.crs(), self.predicate(),
                                            tr("the selected features of “{layer}”").format(layer=layer.name()),
                                            transform_context=QgsProject.instance().transformContext())
            if self._drawn is None:
                raise AreaUnavailable(tr("Draw a rectangle or a polygon on the map first."))
            geometry, source_crs = self._drawn
            return Area.from_geometries([geometry], source_crs, self.predicate(), tr("the drawn shape"),
                                        transform_context=QgsProject.instance().transformContext())
        except (errors.LizardError, QgsCsException) as exc:
            raise AreaUnavailable(str(exc) or tr("The area to load buildings for is empty.")) from exc

    def _area_mode_changed(self, *_args):
        mode = self.area_mode()
        if mode == EXTENT:
            self._remove_area_band()  # until a count or load used the extent
        self.predicate_combo.setEnabled(mode != EXTENT)
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
        return area.geometry if area.geometry is not None else QgsGeometry.fromRect(area.box)

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
        self._watch_selection_of(self.iface.activeLayer() if on else None)

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
        self._watch_selection_of(self.iface.activeLayer())
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
