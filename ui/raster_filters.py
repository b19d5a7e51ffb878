"""The raster dock's filters: the widgets read as a query, and the map and layers the area filter follows."""

from qgis.core import (
    QgsCsException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..core import errors
from ..core.i18n import tr
from ..core.query import SpatialFilter
from ..core.rasters.search import RasterQuery
from .qt import disconnect

ANYWHERE, EXTENT, SELECTION = "anywhere", "extent", "selection"


class AreaUnavailable(Exception):
    """The chosen area filter cannot be applied now (no vector layer, nothing selected); ``str()`` says why."""


class RasterFiltersMixin:
    """The raster dock's filters (scope, order, area) and the map extent or selection the area follows."""

    # ------------------------------------------------------------------------------------- filters

    def scope(self):
        return self.scope_bar.tabData(self.scope_bar.currentIndex())

    def set_scope(self, scope):
        for index in range(self.scope_bar.count()):
            if self.scope_bar.tabData(index) == scope:
                self.scope_bar.setCurrentIndex(index)

    def area_mode(self):
        return self.area_combo.currentData()

    def set_area_mode(self, mode):
        self.area_combo.setCurrentIndex(self.area_combo.findData(mode))

    def _scope_changed(self, _index):
        rasters = self.scope() == "rasters"
        self.observation_label.setVisible(rasters)
        self.observation_edit.setVisible(rasters)
        self.observation_edit.setEnabled(rasters)
        self._fill_orderings(self.scope())
        self.schedule_search(0)

    def _ordering_changed(self, _index):
        self.results.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # Lizard's order again
        self.schedule_search(0)

    def _area_mode_changed(self, _index):
        mode = self.area_mode()
        self._watch_canvas(mode == EXTENT)
        self._watch_layers(mode == SELECTION)
        self.schedule_search(0)

    def query(self):
        """The :class:`RasterQuery` the widgets describe; :class:`AreaUnavailable` when the area can't apply."""
        return RasterQuery(
            scope=self.scope(),
            text=self.search_edit.text(),
            organisation=self.organisation_edit.text(),
            temporal=self.temporal_combo.currentData(),
            access=self.access_combo.currentData(),
            observation_type=self.observation_edit.text() if self.scope() == "rasters" else "",
            ordering=self.ordering_combo.currentData(),
            spatial=self.spatial_filter(),
        )

    def spatial_filter(self):
        """The area filter the widgets describe (None: anywhere), made by the hooks ``_area_of_extent`` and
        ``_area_of_geometries`` (a :class:`SpatialFilter` here; the scenario dock makes its own kind)."""
        mode = self.area_mode()
        context = QgsProject.instance().transformContext()
        if mode == EXTENT:
            canvas = self.iface.mapCanvas()
            try:
                return self._area_of_extent(canvas.extent(), canvas.mapSettings().destinationCrs(),
                                            tr("the map extent"), context)
            except (errors.LizardError, QgsCsException) as exc:
                raise AreaUnavailable(tr("The map shows no area to search in.")) from exc
        if mode == SELECTION:
            layer = self.iface.activeLayer()
            if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
                raise AreaUnavailable(tr("Make a vector layer active and select features in it to search there."))
            if not layer.selectedFeatureCount():
                raise AreaUnavailable(tr("Select features of “{layer}” to search there.").format(layer=layer.name()))
            geometries = [feature.geometry() for feature in layer.getSelectedFeatures()]
            try:
                return self._area_of_geometries(geometries, layer.crs(), tr("the selected features of “{layer}”")
                                                .format(layer=layer.name()), context)
            except errors.LizardError as exc:
                raise AreaUnavailable(str(exc)) from exc
        return None

    def _area_of_extent(self, rectangle, crs, description, context):
        return SpatialFilter.from_extent(rectangle, crs, description, context)

    def _area_of_geometries(self, geometries, crs, description, context):
        return SpatialFilter.from_geometries(geometries, crs, description, context)

    # --------------------------------------------------------------------- following map and layers

    def _watch_canvas(self, on):
        if on == self._watching_canvas:
            return
        canvas = self.iface.mapCanvas()
        for signal in (canvas.extentsChanged, canvas.destinationCrsChanged):
            if on:
                signal.connect(self._area_changed)
            else:
                disconnect(signal, self._area_changed)
        self._watching_canvas = on

    def _watch_layers(self, on):
        if on != self._watching_layers:
            signal = getattr(self.iface, "currentLayerChanged", None)
            if signal is not None:
                if on:
                    signal.connect(self._active_layer_changed)
                else:
                    disconnect(signal, self._active_layer_changed)
            self._watching_layers = on
        self._watch_selection_of(self.iface.activeLayer() if on else None)

    def _watch_selection_of(self, layer):
        if layer is self._watched_layer:
            return
        if self._watched_layer is not None:
            disconnect(self._watched_layer.selectionChanged, self._area_changed)
            disconnect(self._watched_layer.willBeDeleted, self._watched_layer_deleted)
        self._watched_layer = layer if isinstance(layer, QgsVectorLayer) else None
        if self._watched_layer is not None:
            self._watched_layer.selectionChanged.connect(self._area_changed)
            self._watched_layer.willBeDeleted.connect(self._watched_layer_deleted)

    def _watched_layer_deleted(self):
        self._watched_layer = None

    def _active_layer_changed(self, *_args):
        if self._watching_layers:
            self._watch_selection_of(self.iface.activeLayer())
            self._area_timer.start()

    def _area_changed(self, *_args):
        self._area_timer.start()

    def _area_moved(self):
        """The map moved or the selection changed: search again (later, if the dock is not shown)."""
        if self.isVisible():
            self.search()
        else:
            self._stale = True

    def _visibility_changed(self, visible):
        if self._footprint is not None:
            self._footprint.setVisible(visible)
        if visible and self._stale:
            self._stale = False
            self.schedule_search(0)
