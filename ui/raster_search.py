"""The raster dock's search: batches of results fetched in tasks, a new search cancelling the stale one."""

import time

from qgis.PyQt.QtCore import QItemSelectionModel, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.query import footprint
from ..core.rasters.search import RasterSearch
from ..core.tasks import LizardTask
from .bands import FOOTPRINT, polygon_band, remove_band, show_geometries
from .messages import show_error
from .qt import results_table
from .raster_filters import AreaUnavailable
from .raster_results import ResultsView

SEARCH_DELAY_MS = 400  # typing
EXTENT_DELAY_MS = 600  # panning the map, changing the selection
PAGE_SIZE = 50  # objects per request
BATCH = 50  # matches per batch (a batch may scan several pages when filtering here)
BATCH_SECONDS = 3.0  # a batch that has found something returns after this long, so rows keep coming


class RasterSearchMixin:
    """The raster dock's search: started (after a pause), fetched batch by batch, its status and progress.
    Also the scenario dock's (``search_class``: what pages through Lizard)."""

    search_class = RasterSearch

    def _make_status_and_results(self):
        """The status line with its busy bar (returned: a layout) and the results table (``self.results``)."""
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(80)
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.busy)
        self.results = results_table(self.model, "results", ResultsView())
        return status_row

    def _lay_out(self, heads, status_row, pane, pane_stretch):
        """The dock's body: ``heads`` (widgets), the status row, then the results table with its toolbar above
        ``pane`` in a splitter (3 : ``pane_stretch``)."""
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.results, 1)
        top_box.addWidget(self.toolbar)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, pane_stretch)
        for widget in heads:
            self.box.addWidget(widget)
        self.box.addLayout(status_row)
        self.box.addWidget(self.splitter, 1)

    def _make_timers(self):
        """The pause after typing before a search, and the one after the map moved or the selection changed."""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.search)
        self._area_timer = QTimer(self)
        self._area_timer.setSingleShot(True)
        self._area_timer.setInterval(EXTENT_DELAY_MS)
        self._area_timer.timeout.connect(self._area_moved)

    # ------------------------------------------------------------------------------ the selection

    def footprint_of(self, obj):
        """What a selected object covers, as a WGS84 geometry (None when unknown)."""
        return footprint(obj)

    def _draw_footprints(self, objects):
        shapes = [shape for shape in (self.footprint_of(obj) for obj in objects) if shape is not None]
        if not shapes:
            self._remove_footprint()
            return
        if self._footprint is None:
            self._footprint = polygon_band(self.iface.mapCanvas(), FOOTPRINT)
        show_geometries(self._footprint, shapes, self.isVisible())

    def _remove_footprint(self):
        band, self._footprint = self._footprint, None
        remove_band(band)

    @property
    def footprint_band(self):
        """The rubber band showing the selected footprints, or ``None`` when nothing is drawn."""
        return self._footprint

    def copy_uuid(self):
        uuids = [obj.get("uuid") for obj in self.selected_objects() if obj.get("uuid")]
        if uuids:
            QApplication.clipboard().setText("\n".join(uuids))

    # ------------------------------------------------------------------------------------- search

    def selected_objects(self):
        rows = sorted({index.row() for index in self.results.selectionModel().selectedRows()})
        return [obj for obj in (self.model.object_at(row) for row in rows) if obj is not None]

    def _restore_selection(self, final):
        """After a new search (e.g. the map moved), select again what was selected, once it has arrived."""
        if not self._restore_uuids:
            return
        if self.selected_objects():  # the user chose meanwhile
            self._restore_uuids = []
            return
        rows = [row for row in (self.model.row_of(uuid) for uuid in self._restore_uuids) if row >= 0]
        if rows:
            selection = self.results.selectionModel()
            for row in rows:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            self._restore_uuids = []
        elif final:
            self._restore_uuids = []

    def schedule_search(self, delay=SEARCH_DELAY_MS):
        self._debounce.start(delay)

    def search(self):
        """Start a new search for what the widgets say (the running one is cancelled); returns its task."""
        self._debounce.stop()
        self._area_timer.stop()
        self._stale = False
        self._restore_uuids = [obj.get("uuid") for obj in self.selected_objects()] or self._restore_uuids
        self._loader.cancel()
        self._close_search()
        self._set_busy(None)
        self.model.reset(self.scope())
        self._selection_changed()
        try:
            query = self.query()
        except AreaUnavailable as exc:
            self.status.setText(str(exc))
            self.loaded.emit()
            return None
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            show_error(self.iface, exc)
            self.status.setText(tr("The search failed."))
            self.loaded.emit()
            return None
        self.refresh_header()
        self._search = self.search_class(client, query, page_size=PAGE_SIZE)
        self.status.setText(tr("Searching…"))
        return self._fetch(self._search)

    def _close_search(self):
        """The current search is over: its client is closed (a cancelled batch still running stops with it)."""
        search, self._search = self._search, None
        if search is not None:
            search.close()

    def fetch_more(self):
        """Load the next batch of the current search (what scrolling to the end does); returns its task."""
        search = self._search
        if search is None or search.exhausted or self._busy_task is not None:
            return None
        return self._fetch(search)

    def _fetch(self, search):
        def work(task):
            found, deadline = [], time.monotonic() + BATCH_SECONDS

            def progress(scanned, total):
                task.setProgress(100.0 * scanned / max(1, total or scanned))

            try:
                while not search.exhausted and len(found) < BATCH:
                    # One match at a time: a failing page then loses no match of an earlier one.
                    found.extend(search.fetch_more(want=1, cancel=task, progress=progress))
                    if found and time.monotonic() > deadline:
                        break
            except errors.CancelledError:
                raise
            except errors.LizardError as exc:
                if not found:
                    raise
                return found, exc  # show what arrived, then the error
            return found, None

        task = LizardTask(tr("Searching Lizard"), work)
        task.succeeded.connect(lambda answer: self._arrived(task, search, answer))
        task.failed.connect(lambda error: self._fetch_failed(task, search, error))
        task.progressChanged.connect(lambda value: self._progress(task, value))
        self._set_busy(task)
        return self._loader.start(task)

    def _current(self, task, search):
        return self._loader.is_current(task) and search is self._search

    def _arrived(self, task, search, answer):
        if not self._current(task, search):
            return
        found, error = answer
        self._set_busy(None)
        self.model.append(found)
        self.model.set_more_available(not search.exhausted and error is None)
        self._restore_selection(search.exhausted)
        self.status.setText(self.status_text())
        if error is not None:
            show_error(self.iface, error)
            self.status.setText(tr("{status} Loading more failed.").format(status=self.status.text()))
        self.loaded.emit()

    def _fetch_failed(self, task, search, error):
        if not self._current(task, search):
            return
        self._set_busy(None)
        if isinstance(error, errors.CancelledError):
            return
        if self.model.rowCount():
            self.status.setText(tr("{status} Loading more failed.").format(status=self.status_text()))
        else:
            self.status.setText(tr("The search failed."))
        show_error(self.iface, error)
        self.loaded.emit()

    def status_text(self):
        """``N shown of M``; with filters applied here ``N matched of S scanned (M in Lizard)``."""
        search = self._search
        if search is None:
            return ""
        shown, total = self.model.rowCount(), search.total or 0
        if not shown and search.exhausted:
            if search.query.client_side:
                return tr("Nothing found: none of the {scanned} scanned matched ({total} in Lizard).").format(
                    scanned=search.scanned, total=total)
            return tr("Nothing found.")
        if search.query.client_side:
            return tr("{matched} matched of {scanned} scanned ({total} in Lizard)").format(
                matched=search.matched, scanned=search.scanned, total=total)
        return tr("{shown} shown of {total}").format(shown=shown, total=total)

    def _set_busy(self, task):
        self._busy_task = task
        self.busy.setRange(0, 0)  # busy until the task reports progress
        self.busy.setVisible(task is not None)

    def _progress(self, task, value):
        if task is self._busy_task and value > 0:
            self.busy.setRange(0, 100)
            self.busy.setValue(int(value))
