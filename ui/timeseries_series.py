"""The timeseries dock's series list: the timeseries of the selected locations (picked on the map with "Pick a
Lizard location", or selected in the table or on the layer), read in a background task, at most
:data:`WORKERS` locations at a time; a newer selection cancels the stale listing.
"""

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.parallel import run_parallel
from ..core.tasks import LizardTask
from ..core.times import display_utc, iso_duration
from ..core.timeseries.locations import timeseries_of
from ..core.timeseries.series import describe
from .map_tools import give_back_map_tool
from .messages import show_error
from .pick_tool import PickFeatureTool
from .qt import alive, disconnect

WORKERS = 4
MAX_LOCATIONS = 50  # the series of at most this many selected locations are listed
COLUMNS = ("location_code", "name", "code", "parameter", "start", "end", "last_value", "interval")


def _headers():
    return {
        "location_code": tr("Location"), "name": tr("Name"), "code": tr("Code"),
        "parameter": tr("Parameter (unit)"), "start": tr("Start (UTC)"), "end": tr("End (UTC)"),
        "last_value": tr("Last value"), "interval": tr("Interval"),
    }


def _cell(row, column):
    value = row.get(column)
    if column == "parameter":
        parameter, unit = row.get("parameter"), row.get("unit")
        return "{} ({})".format(parameter, unit) if parameter and unit else (parameter or unit or None)
    if column in ("start", "end"):
        return display_utc(value, seconds=None, zone=False) if value is not None else None
    if column == "interval":
        return iso_duration(value) if value else None
    if value in (None, ""):
        return None
    return "{:g}".format(value) if isinstance(value, float) else str(value)


class SeriesModel(QAbstractTableModel):
    """The listed series: one :func:`describe` row each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []
        self._headers = _headers()

    def reset(self, rows=()):
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self):
        return list(self._rows)

    def row(self, number):
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, series_uuid):
        return next((n for n, row in enumerate(self._rows) if row["uuid"] == series_uuid), -1)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return "{} — {}".format(row.get("location_name") or row.get("location_code") or "", row["uuid"])
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self._headers[COLUMNS[section]]
        return None


class TimeseriesSeriesMixin:
    """List the series of the selected locations; the "Pick a Lizard location" map tool."""

    # ---------------------------------------------------------------------------- which locations

    def _show_layer(self, layer):
        if alive(self.layer):
            disconnect(self.layer.selectionChanged, self._locations_selected)
        super()._show_layer(layer)
        if layer is not None:
            layer.selectionChanged.connect(self._locations_selected)

    def selected_locations(self):
        """``[(uuid, code)]`` of the selected locations of the layer (at most :data:`MAX_LOCATIONS`)."""
        layer = self.layer
        if not alive(layer) or not layer.selectedFeatureCount():
            return []
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
            ["uuid", "code"], layer.fields())
        request.setFilterFids(sorted(layer.selectedFeatureIds())[:MAX_LOCATIONS])
        return [(feature["uuid"], feature["code"]) for feature in layer.getFeatures(request) if feature["uuid"]]

    def _locations_selected(self, *_args):
        wanted = [uuid for uuid, _code in self.selected_locations()]
        if wanted != self._listed:
            self.list_series(wanted)

    # ---------------------------------------------------------------------------------- the listing

    def list_series(self, location_uuids):
        """List the series of ``location_uuids`` (a stale listing is cancelled); returns the task."""
        self._lister.cancel()
        self._listed = list(location_uuids)
        if not location_uuids:
            self.series_model.reset()
            self.series_status.setText(tr("Pick a location on the map or in the table to see its series."))
            self.series_listed.emit()
            return None
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            show_error(self.iface, exc)
            self.series_listed.emit()
            return None

        def work(task):
            answers, failures = run_parallel(location_uuids, lambda uuid: timeseries_of(client, uuid, cancel=task),
                                             cancel=task, workers=WORKERS)
            if failures and len(failures) == len(location_uuids):
                raise failures[0][1]
            rows = [describe(series) for answer in answers for series in (answer or [])]
            return sorted(rows, key=lambda row: (row["location_code"], row["name"], row["code"])), failures

        task = LizardTask(tr("Listing Lizard timeseries"), work, closing=[client])
        task.succeeded.connect(lambda result: self._series_arrived(task, *result))
        task.failed.connect(lambda error: self._series_failed(task, error))
        self.series_status.setText(tr("Listing the series…"))
        return self._lister.start(task)

    def _series_arrived(self, task, rows, failures):
        if not self._lister.is_current(task):
            return
        self.series_model.reset(rows)
        text = tr("%n series.", "", len(rows)) if rows else tr("This location has no timeseries.")
        if failures:
            text = "{} {}".format(text, tr("The series of %n location(s) could not be read.", "", len(failures)))
            show_error(self.iface, failures[0][1])
        self.series_status.setText(text)
        self.series_listed.emit()

    def _series_failed(self, task, error):
        if not self._lister.is_current(task):
            return
        if not isinstance(error, errors.CancelledError):
            self.series_model.reset()
            self.series_status.setText(tr("Listing the series failed."))
            show_error(self.iface, error)
        self.series_listed.emit()

    def selected_series(self):
        """The :func:`describe` rows of the selected series, in the table's order."""
        rows = sorted({index.row() for index in self.series_view.selectionModel().selectedRows()})
        return [self.series_model.row(row) for row in rows]

    def select_series(self, *series_uuids):
        """Select the series with these UUIDs in the list (as a user's click does)."""
        from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        last = self.series_model.columnCount() - 1
        for series_uuid in series_uuids:
            row = self.series_model.row_of(series_uuid)
            if row >= 0:
                selection.select(self.series_model.index(row, 0), self.series_model.index(row, last))
        self.series_view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # ---------------------------------------------------------------------------------- the map tool

    def pick_location(self, on=True):
        """Activate (or stop) "Pick a Lizard location" on the map; returns the tool."""
        canvas = self.iface.mapCanvas()
        if not on:
            self._restore_pick_tool()
            return None
        if self._pick_tool is None:
            self._pick_tool = PickFeatureTool(canvas, lambda: self.layer)
            self._pick_tool.picked.connect(self._location_picked)
            self._pick_tool.missed.connect(
                lambda: self.series_status.setText(tr("No Lizard location there; click on a point.")))
            self._pick_tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
        if canvas.mapTool() is not self._pick_tool:
            self._previous_pick_tool = canvas.mapTool()
            canvas.setMapTool(self._pick_tool)
        self.pick_button.setChecked(True)
        return self._pick_tool

    @property
    def pick_tool(self):
        return self._pick_tool

    def _location_picked(self, fid):
        if alive(self.layer):
            self.layer.selectByIds([fid])  # the table follows; the selection lists its series

    def _restore_pick_tool(self):
        previous, self._previous_pick_tool = self._previous_pick_tool, None
        give_back_map_tool(self.iface.mapCanvas(), self._pick_tool, previous)
        self.pick_button.setChecked(False)

    def _stop_series(self):
        """For ``cancel()``: the listing stops, the pick tool goes."""
        self._lister.cancel()
        self._restore_pick_tool()
        if self._pick_tool is not None:
            self._pick_tool.deleteLater()
            self._pick_tool = None
        if alive(self.layer):
            disconnect(self.layer.selectionChanged, self._locations_selected)
