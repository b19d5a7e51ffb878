"""The timeseries dock's location search: the filters and the area (see :mod:`.area_filters`) into
:func:`core.timeseries.locations.search_locations`, run in a task whose records stream, a page at a time, into
the memory point layer "Lizard locations" (EPSG:4326) on the GUI thread. The locations come first, without
their number of series (one request per location): all points are on the map after the pages of locations
(``search_located``); the task then counts the series of each and fills ``timeseries_count`` in the layer and
the table as the counts come in. A new search cancels the running one and refills the same layer (a new one
when the user removed it); the running one's late batches are dropped.
"""

import time

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.query import SpatialFilter
from ..core.tasks import LizardTask
from ..core.times import to_utc
from ..core.timeseries import locations
from .area_filters import EXTENT, WGS84, AreaMixin, AreaUnavailable
from .messages import show_error
from .qt import alive, disconnect

BATCH = 100  # locations handed to the layer at a time
LAYER_PROPERTY = "lizard/locations"  # custom property that marks the dock's layer


class TimeseriesSearchMixin(AreaMixin):
    """Find Lizard locations in an area with filters, into the "Lizard locations" layer."""

    @property
    def empty_area_text(self):
        return tr("The area to search in is empty.")

    # ------------------------------------------------------------------------------------ the area

    def _area_of_extent(self, rectangle, crs, description, context):
        return SpatialFilter.from_extent(rectangle, crs, description, context)

    def _area_of_geometries(self, geometries, crs, description, context):
        return SpatialFilter.from_geometries(geometries, crs, description, context)

    def selection_layer(self):
        """The active layer when it is a polygon layer with selected features, else the first polygon layer
        of the project that has some (the locations layer, a point layer, is often the active one)."""
        active = self.iface.activeLayer()
        candidates = [active] + list(QgsProject.instance().mapLayers().values())
        polygons = [layer for layer in candidates if isinstance(layer, QgsVectorLayer) and layer.isSpatial()
                    and layer.geometryType() == QgsWkbTypes.PolygonGeometry]
        with_selection = [layer for layer in polygons if layer.selectedFeatureCount()]
        return (with_selection or polygons or [None])[0]

    # ---------------------------------------------------------------------------------- the filters

    def data_between(self):
        """``(start, end)`` aware UTC of "has data between", or None when it is off."""
        if not self.period_check.isChecked():
            return None
        return to_utc(self.period_start.dateTime()), to_utc(self.period_end.dateTime())

    def search_filters(self):
        """The keyword arguments of ``search_locations`` the filter widgets describe (area aside)."""
        return {
            "name_or_code": self.name_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "observation_type": self.observation_edit.text().strip(),
            "data_between": self.data_between(),
            "limit": self.max_spin.value(),
        }

    # ---------------------------------------------------------------------------------------- search

    def search(self):
        """Find the locations the filters describe (a running search is stopped first); returns the task."""
        self._end_search_quietly()
        try:
            area = self.area()
            filters = self.search_filters()
            if filters["data_between"] and filters["data_between"][1] < filters["data_between"][0]:
                raise AreaUnavailable(tr("The end time is before the start time."))
        except AreaUnavailable as exc:
            self.status.setText(str(exc))
            self.search_ended.emit()
            return None
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self.status.setText(tr("Searching failed."))
            show_error(self.iface, exc)
            self.search_ended.emit()
            return None
        self.refresh_header()
        if self.area_mode() == EXTENT:
            self._show_area(area.geometry)
        layer = self._locations_layer()
        layer_fields = layer.fields()

        def work(task):
            def progress(done, total):
                if total:
                    task.setProgress(min(100.0, 100.0 * done / total))
                task.emit_interim("progress", (done, total))

            batch, count, uncounted = [], 0, []
            for found in locations.search_locations(client, area, cancel=task, progress=progress, count=False,
                                                    **filters):
                batch.append(found)
                if found["timeseries_count"] is None:
                    uncounted.append(found["uuid"])
                if len(batch) >= BATCH:
                    count += len(batch)
                    task.emit_interim("batch", locations.to_features(batch, layer_fields))
                    batch = []
            if batch:
                count += len(batch)
                task.emit_interim("batch", locations.to_features(batch, layer_fields))
            task.emit_interim("located", len(uncounted))
            done = 0
            for counts in locations.count_series(client, uncounted, cancel=task):
                done += len(counts)
                task.emit_interim("counts", counts)
                task.setProgress(100.0 * done / len(uncounted))
                task.emit_interim("counting", (done, len(uncounted)))
            return count

        task = LizardTask(tr("Searching Lizard locations"), work, closing=[client])
        self._search = task.search = {"layer": layer, "start": time.monotonic(), "ended": False,
                                      "limit": filters["limit"], "fids": {}, "located": False}
        task.interim.connect(lambda kind, payload: self._search_interim(task, kind, payload))
        task.succeeded.connect(lambda _count: self._search_ended(task, None))
        task.failed.connect(lambda error: self._search_ended(task, error))
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Searching…"))
        return self._searcher.start(task)

    def _locations_layer(self):
        """The dock's "Lizard locations" layer, emptied (a new one when there is none on the map)."""
        layer = self.layer
        if alive(layer) and QgsProject.instance().mapLayer(layer.id()) is layer:
            layer.dataProvider().truncate()
            layer.triggerRepaint()
            self._show_layer(layer)
            return layer
        layer = QgsVectorLayer("Point?crs={}".format(WGS84), tr("Lizard locations"), "memory")
        layer.dataProvider().addAttributes(locations.fields().toList())
        layer.updateFields()
        layer.setCustomProperty(LAYER_PROPERTY, True)
        QgsProject.instance().addMapLayer(layer)
        layer.willBeDeleted.connect(self._locations_layer_deleted)
        self._show_layer(layer)
        return layer

    def _current_search(self, task):
        return self._search is not None and getattr(task, "search", None) is self._search

    def _search_interim(self, task, kind, payload):
        if not self._current_search(task):
            return  # a stale search's late batches: dropped
        if kind == "batch":
            layer = self._search["layer"]
            if not alive(layer):
                return
            ok, added = layer.dataProvider().addFeatures(payload)
            layer.updateExtents()
            layer.triggerRepaint()
            if ok:
                self._search["fids"].update((feature["uuid"], feature.id()) for feature in added)
            if layer is self.layer:
                self.model.append(added if ok else [])
            return
        if kind == "located":
            self._searched_located(payload)
            return
        if kind == "counts":
            self._search_counts(payload)
            return
        if kind == "counting":
            done, total = payload
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            text = tr("Counting the series of the locations: {done} of {total}").format(done=done, total=total)
            self.progress.setFormat(text)
            self.status.setText(text)
            return
        done, total = payload
        found = self.layer.featureCount() if alive(self.layer) else 0
        if total:
            self.progress.setRange(0, max(total, done))
            self.progress.setValue(done)
        text = tr("{found} found, {done} of {total} read").format(found=found, done=done, total=total or done)
        self.progress.setFormat(text)
        self.status.setText(tr("Searching… {progress}").format(progress=text))

    def _searched_located(self, uncounted):
        """Every location of the search is on the map; ``uncounted`` of them are still to be counted."""
        search = self._search
        if search["located"]:
            return
        search["located"] = True
        found = search["layer"].featureCount() if alive(search["layer"]) else 0
        if uncounted:
            self.progress.setRange(0, uncounted)
            self.progress.setValue(0)
            self.status.setText(tr("%n location(s) found; counting their series…", "", found))
        self.search_located.emit()

    def _search_counts(self, counts):
        """Numbers of series ({location uuid: count}) into the layer and the table."""
        layer = self._search["layer"]
        if not alive(layer):
            return
        fids = self._search["fids"]
        values = {fids[uuid]: count for uuid, count in counts.items() if uuid in fids and count is not None}
        column = layer.fields().indexOf("timeseries_count")
        if not values or column < 0:
            return
        layer.dataProvider().changeAttributeValues({fid: {column: count} for fid, count in values.items()})
        if layer is self.layer:
            self.model.set_values("timeseries_count", values)

    def _search_ended(self, task, error):
        search = getattr(task, "search", None)
        if search is None or search["ended"]:
            return
        search["ended"] = True
        if search is not self._search:
            return
        self._search = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        if not search["located"]:
            search["located"] = True
            self.search_located.emit()
        layer = search["layer"]
        count = layer.featureCount() if alive(layer) else 0
        if isinstance(error, errors.CancelledError):
            self.status.setText(tr("Stopped: %n location(s) found.", "", count))
        elif error is not None:
            self.status.setText(tr("Searching stopped by an error: %n location(s) found.", "", count))
            show_error(self.iface, error)
        else:
            text = tr("%n location(s) found.", "", count)
            if search["limit"] and count >= search["limit"]:
                text = "{} {}".format(text, tr("The maximum was reached; there may be more."))
            self.status.setText(text)
        self.search_ended.emit()

    def _end_search_quietly(self):
        """Stop the running search without a word: its late batches and its end are ignored."""
        search, self._search = self._search, None
        if search is not None:
            search["ended"] = True
        self._searcher.cancel()

    def cancel_search(self):
        """Stop searching; the locations found so far stay in the layer."""
        if self._search is not None:
            self._searcher.cancel()
            self.status.setText(tr("Stopping…"))

    @property
    def searching(self):
        return self._search is not None

    def _locations_layer_deleted(self):
        layer = self.sender()
        if self._search is not None and self._search["layer"] is layer:
            self._end_search_quietly()
            self.progress.hide()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("The layer was removed; the search stopped."))
            self.search_ended.emit()
        if layer is self.layer:
            self._show_layer(None)

    def _stop_search(self):
        """For ``cancel()``: the search ends quietly, the layer is let go."""
        self._end_search_quietly()
        if alive(self.layer):
            disconnect(self.layer.willBeDeleted, self._locations_layer_deleted)
