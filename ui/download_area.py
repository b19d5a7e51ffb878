"""The raster download dialog's area: the map extent, selected polygons or a drawn shape."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from ..core import errors
from ..core.i18n import tr
from ..core.rasters import download_grid
from .bands import AREA, polygon_band, show_geometries
from .download_form import DRAWN, EXTENT, SELECTION, WGS84, FormError, _context
from .map_tools import RECTANGLE
from .qt import alive, disconnect


class DownloadAreaMixin:
    """The download dialog's area part: the mode, the canvas it follows, drawing and the area request."""

    # ---------------------------------------------------------------------------------------- area

    def area_mode(self):
        return self.area_combo.currentData()

    def set_area_mode(self, mode):
        self.area_combo.setCurrentIndex(self.area_combo.findData(mode))

    def _area_mode_changed(self, *_args):
        mode = self.area_mode()
        self.selection_widget.setVisible(mode == SELECTION)
        self.draw_widget.setVisible(mode == DRAWN)
        if mode != DRAWN:
            self._restore_map_tool()
        self._show_area()
        self._changed()

    def _layer_changed(self, layer):
        self.field_combo.setLayer(layer)
        self._changed()

    def several_files(self):
        """Whether the form gives more than one file (then the output is a folder)."""
        per_feature = self.area_mode() == SELECTION and self.per_feature_check.isChecked()
        return per_feature or (bool((self.raster or {}).get("temporal")) and self.range_radio.isChecked())

    def _watch_canvas(self, on):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if self._watched_canvas is not None and alive(self._watched_canvas):
            disconnect(self._watched_canvas.extentsChanged, self._extent_changed)
            disconnect(self._watched_canvas.destinationCrsChanged, self._extent_changed)
        self._watched_canvas = None
        if on and canvas is not None:
            canvas.extentsChanged.connect(self._extent_changed)
            canvas.destinationCrsChanged.connect(self._extent_changed)
            self._watched_canvas = canvas

    def _extent_changed(self, *_args):
        if self.area_mode() == EXTENT and not self.busy():
            self._changed()

    def _selected_layer(self):
        layer = self.layer_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            raise FormError(tr("Choose a polygon layer and select polygons in it."))
        if not layer.selectedFeatureCount():
            raise FormError(tr("Select polygons of “{layer}” first.").format(layer=layer.name()))
        return layer

    def area_request(self):
        """``{"area": Area}`` or ``{"features": [...], "features_crs": crs, "name_field": name}``."""
        mode = self.area_mode()
        if mode == EXTENT:
            canvas = self.iface.mapCanvas()
            extent = canvas.extent()
            if extent.isEmpty() or not extent.width() or not extent.height():
                raise FormError(tr("The map shows no area to download."))
            return {"area": download_grid.Area.from_extent(extent, canvas.mapSettings().destinationCrs(), _context())}
        if mode == SELECTION:
            layer = self._selected_layer()
            features = sorted((f for f in layer.getSelectedFeatures() if f.hasGeometry()), key=lambda f: f.id())
            if not features:
                raise FormError(tr("The selected features of “{layer}” have no geometry.").format(layer=layer.name()))
            if self.per_feature_check.isChecked():
                return {"features": features, "features_crs": QgsCoordinateReferenceSystem(layer.crs()),
                        "name_field": self.field_combo.currentField() or None, "transform_context": _context()}
            try:
                return {"area": download_grid.Area.from_mask([f.geometry() for f in features], layer.crs(),
                                                        transform_context=_context())}
            except errors.LizardError:
                raise FormError(tr("The selected features of “{layer}” have no geometry.").format(
                    layer=layer.name())) from None
        if self._drawn is None:
            raise FormError(tr("Draw a rectangle or a polygon on the map first."))
        geometry, crs = self._drawn
        return {"area": download_grid.Area.from_geometry(geometry, crs, _context())}

    # ------------------------------------------------------------------------------------- drawing

    def start_drawing(self, shape=RECTANGLE):
        """Activate the drawing tool (what the Rectangle and Polygon buttons do); returns it."""
        if self.area_mode() != DRAWN:
            self.set_area_mode(DRAWN)
        return self._draw(shape, True)

    def set_drawn_shape(self, geometry, shape_crs):
        """Use ``geometry`` (in ``shape_crs``) as the area, as if drawn."""
        self._drawn = (QgsGeometry(geometry), QgsCoordinateReferenceSystem(shape_crs))
        self.clear_button.setEnabled(True)
        if self.area_mode() != DRAWN:
            self.set_area_mode(DRAWN)
        else:
            self._show_area()
            self._changed()

    def clear_drawn(self):
        self._drawn = None
        self.clear_button.setEnabled(False)
        if self._tool is not None:
            self._tool.reset()
        self._show_area()
        self._changed()

    def _show_area(self):
        """Outline the drawn shape on the map while it is the area."""
        if self.area_mode() != DRAWN or self._drawn is None:
            self._remove_area_band()
            return
        geometry, crs = self._drawn
        geometry = QgsGeometry(geometry)
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        if crs.isValid() and crs != wgs84:
            try:
                geometry.transform(QgsCoordinateTransform(crs, wgs84, QgsProject.instance()))
            except Exception:  # noqa: BLE001 - QgsCsException: no outline, the area still counts
                return
        if self._area_band is None:
            self._area_band = polygon_band(self.iface.mapCanvas(), AREA, 30)
        show_geometries(self._area_band, [geometry])
