"""The "Lizard rasters" dock: find a raster layer or rastersource in seconds and put it on the map.

One search box (a name, or a UUID), filters (organisation, temporal, access, observation type, area, order)
and two scopes: raster layers (what Lizard shows) and rastersources (the data). Results load page by page
as the table is scrolled; every request runs in a background task, and a new search cancels the stale one.
Selecting a result shows its details and draws its footprint on the map; "Add to map" (button, double
click, context menu, or dragging it onto the map) adds it as a WMS layer styled as in Lizard.
"""

import html
import time

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBoxBasic
from qgis.PyQt.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QSplitter,
    QTabBar,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core import describe, errors
from ..core.client import LizardClient
from ..core.compat import empty_rectangle
from ..core.i18n import tr
from ..core.rasters import (
    ORDERINGS,
    WGS84,
    RasterQuery,
    RasterSearch,
    SpatialFilter,
    bounds_rectangle,
    footprint,
    ordering_label,
)
from ..core.tasks import LatestTask, LizardTask
from .add_to_map import MIME_TYPE, MapAdder, RasterDropHandler, encode_mime
from .bands import FOOTPRINT, polygon_band, remove_band, show_geometries
from .docks import LizardDock
from .messages import show_error
from .qt import disconnect

SEARCH_DELAY_MS = 400  # typing
EXTENT_DELAY_MS = 600  # panning the map, changing the selection
PAGE_SIZE = 50  # objects per request
BATCH = 50  # matches per batch (a batch may scan several pages when filtering here)
BATCH_SECONDS = 3.0  # a batch that has found something returns after this long, so rows keep coming

ANYWHERE, EXTENT, SELECTION = "anywhere", "extent", "selection"


class AreaUnavailable(Exception):
    """The chosen area filter cannot be applied now (no vector layer, nothing selected); ``str()`` says why."""


# -------------------------------------------------------------------------------------------- model


class ResultsModel(QAbstractTableModel):
    """The loaded search results. Asks for more (``more_requested``) when the view scrolls to the end."""

    more_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = describe.columns()
        self.scope = "rasters"
        self._rows = []  # (arrival number, object): sorting on a column keeps server order restorable
        self._more = False
        self._sort = (-1, Qt.AscendingOrder)

    # -- contents

    def reset(self, scope):
        self.beginResetModel()
        self.scope = scope
        self._rows = []
        self._more = False
        self.endResetModel()

    def append(self, objects):
        if not objects:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(objects) - 1)
        self._rows.extend((start + i, obj) for i, obj in enumerate(objects))
        self.endInsertRows()
        if self._sort[0] >= 0:
            self._resort()

    def objects(self):
        return [obj for _n, obj in self._rows]

    def object_at(self, row):
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid):
        return next((row for row, (_n, obj) in enumerate(self._rows) if obj.get("uuid") == uuid), -1)

    def set_more_available(self, more):
        self._more = bool(more)

    # -- QAbstractTableModel

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        obj = self.object_at(index.row()) if index.isValid() else None
        if obj is None:
            return None
        if role == Qt.DisplayRole:
            return describe.cell(obj, self.columns[index.column()][0])
        if role == Qt.ToolTipRole:
            return tr("{name}\nUUID: {uuid}").format(name=describe.name(obj), uuid=obj.get("uuid") or "")
        if role == Qt.UserRole:
            return obj
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if (orientation == Qt.Horizontal and role == Qt.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section][1]
        return None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self):  # noqa: N802 - Qt API
        return [MIME_TYPE, "text/plain"]

    def mimeData(self, indexes):  # noqa: N802 - Qt API
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_mime(self.scope, [self.object_at(row) for row in rows])

    def supportedDragActions(self):  # noqa: N802 - Qt API
        return Qt.CopyAction

    def canFetchMore(self, parent):  # noqa: N802 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent):  # noqa: N802 - Qt API
        if self.canFetchMore(parent):
            self._more = False  # until the batch has arrived
            self.more_requested.emit()

    def sort(self, column, order=Qt.AscendingOrder):
        """Sort the loaded rows on a column (``-1``: back to the order Lizard sent them in)."""
        self._sort = (column, order)
        self._resort()

    def _resort(self):
        column, order = self._sort
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(index, self._rows[index.row()][0]) for index in before]
        if 0 <= column < len(self.columns):
            key = self.columns[column][0]
            self._rows.sort(key=lambda item: (describe.sort_key(item[1], key), item[0]),
                            reverse=order == Qt.DescendingOrder)
        else:
            self._rows.sort(key=lambda item: item[0])
        position = {number: row for row, (number, _obj) in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _n in moved], [self.index(position[n], index.column()) for index, n in moved])
        self.layoutChanged.emit()


class ResultsView(QTableView):
    """The results table (``count()`` and ``setCurrentRow()`` as a list would have them)."""

    def count(self):
        return self.model().rowCount() if self.model() is not None else 0

    def setCurrentRow(self, row):  # noqa: N802 - like QListWidget
        self.selectRow(row)


# --------------------------------------------------------------------------------------------- dock


class RasterDock(LizardDock):
    """Find raster layers or rastersources, see them on the map, add them as layers."""

    loaded = pyqtSignal()  # a batch of results arrived (or the search ended without one): the status is set

    def __init__(self, iface, parent=None):
        super().__init__(tr("Lizard rasters"), "LizardRasterDock", iface, parent)
        self._loader = LatestTask()
        self._search = None  # the current RasterSearch
        self._busy_task = None
        self._restore_uuids = []
        self._footprint = None
        self._watched_layer = None
        self._watching_canvas = False
        self._watching_layers = False
        self._stale = False
        self._drop_registered = False
        self.download_dialogs = []
        self.model = ResultsModel(self)
        self.adder = MapAdder(iface, self)
        self.drop_handler = RasterDropHandler(self.adder, self)
        self._build()
        self._connect()
        register = getattr(iface, "registerCustomDropHandler", None)
        if register is not None:
            register(self.drop_handler)
            self._drop_registered = True

    # ------------------------------------------------------------------------------------ building

    def _build(self):
        self.scope_bar = QTabBar()
        self.scope_bar.setObjectName("scope")
        self.scope_bar.setExpanding(False)
        for label, scope in ((tr("Raster layers"), "rasters"), (tr("Rastersources"), "rastersources")):
            self.scope_bar.setTabData(self.scope_bar.addTab(label), scope)
        self.scope_bar.setTabToolTip(0, tr("Raster layers: what Lizard shows, with their styles"))
        self.scope_bar.setTabToolTip(1, tr("Rastersources: the data that raster layers show"))

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(tr("Search by name or UUID…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(tr("Part of a name, or a UUID; press Enter to list everything"))

        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisation")
        self.organisation_edit.setPlaceholderText(tr("Name or UUID"))
        self.organisation_edit.setClearButtonEnabled(True)
        self.temporal_combo = self._combo("temporal", ((tr("Any"), None), (tr("Temporal only"), True),
                                                       (tr("Non-temporal only"), False)))
        self.access_combo = self._combo("access", ((tr("Any"), None), (tr("Public"), "Public"),
                                                   (tr("Common"), "Common"), (tr("Private"), "Private")))
        self.observation_edit = QLineEdit()
        self.observation_edit.setObjectName("observation_type")
        self.observation_edit.setPlaceholderText(tr("Code"))
        self.observation_edit.setClearButtonEnabled(True)
        self.area_combo = self._combo("area", ((tr("Anywhere"), ANYWHERE), (tr("In the map extent"), EXTENT),
                                               (tr("In the selected features"), SELECTION)))
        self.area_combo.setToolTip(tr("Only what lies (partly) in the map extent or in the features selected in "
                                      "the active layer; this follows the map as you pan and select"))
        self.ordering_combo = QComboBox()
        self.ordering_combo.setObjectName("ordering")
        self._fill_orderings("rasters")

        self.filters = QgsCollapsibleGroupBoxBasic(tr("Filters"))
        self.filters.setObjectName("filters")
        self.observation_label = QLabel(tr("Observation type"))
        grid = QGridLayout(self.filters)
        for row, pairs in enumerate((
                ((tr("Organisation"), self.organisation_edit), (self.observation_label, self.observation_edit)),
                ((tr("Temporal"), self.temporal_combo), (tr("Access"), self.access_combo)),
                ((tr("Area"), self.area_combo), (tr("Order by"), self.ordering_combo)))):
            for pair, (label, field) in enumerate(pairs):
                label = label if isinstance(label, QLabel) else QLabel(label)
                label.setBuddy(field)
                grid.addWidget(label, row, 2 * pair)
                grid.addWidget(field, row, 2 * pair + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

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

        self.results = ResultsView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.results.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(False)
        self.results.setContextMenuPolicy(Qt.CustomContextMenu)
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragOnly)
        self.results.setDefaultDropAction(Qt.CopyAction)
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setDefaultSectionSize(self.results.fontMetrics().height() + 6)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 240)
        header.setSortIndicator(-1, Qt.AscendingOrder)  # Lizard's order until a column header is clicked
        self.results.setSortingEnabled(True)

        self.add_action = self._action("add_to_map", tr("Add to map"), "/mActionAddWmsLayer.svg",
                                       tr("Add the selected rasters to the map as WMS layers, styled as in Lizard "
                                          "(or double-click them, or drag them onto the map)"), self.add_selected)
        self.download_action = self._action("download", tr("Download…"), "/mActionFileSave.svg",
                                            tr("Download the selected raster as GeoTIFF files"), self.download_selected)
        self.zoom_action = self._action("zoom_to", tr("Zoom to"), "/mActionZoomToSelected.svg",
                                        tr("Zoom the map to the selected rasters"), self.zoom_to_selected)
        self.copy_uuid_action = self._action("copy_uuid", tr("Copy UUID"), "/mActionEditCopy.svg",
                                             tr("Copy the UUID of the selected rasters"), self.copy_uuid)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for action in (self.add_action, self.download_action, self.zoom_action, self.copy_uuid_action):
            self.toolbar.addAction(action)

        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.results, 1)
        top_box.addWidget(self.toolbar)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.box.addWidget(self.scope_bar)
        self.box.addWidget(self.search_edit)
        self.box.addWidget(self.filters)
        self.box.addLayout(status_row)
        self.box.addWidget(self.splitter, 1)
        self._update_actions([])

    def _combo(self, name, choices):
        combo = QComboBox()
        combo.setObjectName(name)
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def _action(self, name, text, icon, tooltip, slot):
        action = QAction(QgsApplication.getThemeIcon(icon), text, self)
        action.setObjectName(name)
        action.setToolTip(tooltip)
        action.triggered.connect(slot)
        return action

    def _fill_orderings(self, scope):
        current = self.ordering_combo.currentData()
        self.ordering_combo.blockSignals(True)
        self.ordering_combo.clear()
        for value in ORDERINGS[scope]:
            self.ordering_combo.addItem(ordering_label(value), value)
        index = self.ordering_combo.findData(current)
        self.ordering_combo.setCurrentIndex(max(0, index))
        self.ordering_combo.blockSignals(False)

    def _connect(self):
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.search)
        self._area_timer = QTimer(self)
        self._area_timer.setSingleShot(True)
        self._area_timer.setInterval(EXTENT_DELAY_MS)
        self._area_timer.timeout.connect(self._area_moved)

        self.search_edit.textChanged.connect(lambda _text: self.schedule_search())
        self.search_edit.returnPressed.connect(self.search)
        self.organisation_edit.textChanged.connect(lambda _text: self.schedule_search())
        self.observation_edit.textChanged.connect(lambda _text: self.schedule_search())
        self.scope_bar.currentChanged.connect(self._scope_changed)
        for combo in (self.temporal_combo, self.access_combo):
            combo.currentIndexChanged.connect(lambda _index: self.schedule_search(0))
        self.ordering_combo.currentIndexChanged.connect(self._ordering_changed)
        self.area_combo.currentIndexChanged.connect(self._area_mode_changed)

        self.model.more_requested.connect(self.fetch_more)
        self.results.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        self.results.doubleClicked.connect(self._double_clicked)
        self.results.customContextMenuRequested.connect(self._show_context_menu)
        self.visibilityChanged.connect(self._visibility_changed)

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
        self.results.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # Lizard's order again
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
        mode = self.area_mode()
        if mode == EXTENT:
            canvas = self.iface.mapCanvas()
            try:
                return SpatialFilter.from_extent(canvas.extent(), canvas.mapSettings().destinationCrs(),
                                                 tr("the map extent"))
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
                return SpatialFilter.from_geometries(geometries, layer.crs(),
                                                     tr("the selected features of “{layer}”").format(
                                                         layer=layer.name()))
            except errors.LizardError as exc:
                raise AreaUnavailable(str(exc)) from exc
        return None

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

    # ------------------------------------------------------------------------------------- search

    def schedule_search(self, delay=SEARCH_DELAY_MS):
        self._debounce.start(delay)

    def search(self):
        """Start a new search for what the widgets say (the running one is cancelled); returns its task."""
        self._debounce.stop()
        self._area_timer.stop()
        self._stale = False
        self._restore_uuids = [obj.get("uuid") for obj in self.selected_objects()] or self._restore_uuids
        self._loader.cancel()
        self._search = None
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
        self._search = RasterSearch(client, query, page_size=PAGE_SIZE)
        self.status.setText(tr("Searching…"))
        return self._fetch(self._search)

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

    # ---------------------------------------------------------------------------------- selection

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
                                 QItemSelectionModel.Select | QItemSelectionModel.Rows)
            self._restore_uuids = []
        elif final:
            self._restore_uuids = []

    def _selection_changed(self):
        objects = self.selected_objects()
        self._update_actions(objects)
        self._show_details(objects[0] if objects else None)
        self._draw_footprints(objects)

    def _update_actions(self, objects):
        self.add_action.setEnabled(bool(objects))
        rasters = self.model.scope == "rasters"
        self.download_action.setEnabled(bool(objects) and rasters)
        self.download_action.setToolTip(
            tr("Download the selected raster as GeoTIFF files") if rasters else
            tr("Only raster layers can be downloaded (Lizard serves the data of raster layers): find a raster layer "
               "that shows this rastersource in the Raster layers tab"))
        self.copy_uuid_action.setEnabled(bool(objects))
        self.zoom_action.setEnabled(any(footprint(obj) is not None for obj in objects))

    def _show_details(self, obj):
        if obj is None:
            self.details.clear()
            return
        rows = "".join(
            "<tr><td style='padding-right:8px'><b>{}</b></td><td style='white-space:pre-wrap'>{}</td></tr>".format(
                html.escape(label), html.escape(str(text)))
            for label, text in describe.details(obj))
        self.details.setHtml("<table cellspacing='0' cellpadding='2'>{}</table>".format(rows))

    def _draw_footprints(self, objects):
        shapes = [shape for shape in (footprint(obj) for obj in objects) if shape is not None]
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

    # ------------------------------------------------------------------------------------ actions

    def add_selected(self):
        """Add the selected results to the map; returns the task."""
        return self.adder.add(self.model.scope, self.selected_objects())

    def download_selected(self):
        """Open the download dialog for the (first) selected raster layer; returns the dialog."""
        objects = self.selected_objects()
        if not objects or self.model.scope != "rasters":
            return None
        from .download_dialog import RasterDownloadDialog

        kept = []
        for old in self.download_dialogs:
            if old.busy() or old.isVisible():
                kept.append(old)
            else:
                old.cancel()
                old.deleteLater()
        dialog = RasterDownloadDialog(self.iface, objects[0], self.iface.mainWindow())
        self.download_dialogs = kept + [dialog]
        dialog.show()
        return dialog

    def _double_clicked(self, index):
        obj = self.model.object_at(index.row())
        if obj is not None:
            self.adder.add(self.model.scope, [obj])

    def zoom_to_selected(self):
        rectangle = empty_rectangle()
        for obj in self.selected_objects():
            bounds = bounds_rectangle(obj.get("spatial_bounds"))
            if bounds is not None:
                rectangle.combineExtentWith(bounds)
        if rectangle.xMinimum() > rectangle.xMaximum():  # still minimal: no bounds to zoom to
            return
        canvas = self.iface.mapCanvas()
        target = canvas.mapSettings().destinationCrs()
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        if target.isValid() and target != wgs84:
            try:
                transform = QgsCoordinateTransform(wgs84, target, QgsProject.instance().transformContext())
                rectangle = transform.transformBoundingBox(rectangle)
            except QgsCsException:
                return
        if rectangle.width() == 0 or rectangle.height() == 0:
            rectangle.grow(max(rectangle.width(), rectangle.height(), 1.0) * 0.05 or 1.0)
        else:
            rectangle.scale(1.1)
        canvas.setExtent(rectangle)
        canvas.refresh()

    def copy_uuid(self):
        uuids = [obj.get("uuid") for obj in self.selected_objects() if obj.get("uuid")]
        if uuids:
            QApplication.clipboard().setText("\n".join(uuids))

    def context_menu(self):
        menu = QMenu(self.results)
        for action in (self.add_action, self.download_action, self.zoom_action, self.copy_uuid_action):
            menu.addAction(action)
        return menu

    def _show_context_menu(self, position):
        if self.selected_objects():
            self.context_menu().exec_(self.results.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------------------------- unload

    def cancel(self):
        """Stop everything the dock started (the plugin calls this on unload): tasks, timers, the footprint,
        the connections to the map and layers, and the drop handler."""
        self._debounce.stop()
        self._area_timer.stop()
        self._loader.cancel()
        self._search = None
        self.adder.cancel()
        for dialog in self.download_dialogs:
            dialog.cancel()  # a running download stops; the core deletes partial files
            dialog.close()
            dialog.deleteLater()
        self.download_dialogs = []
        self._watch_canvas(False)
        self._watch_layers(False)
        self._remove_footprint()
        if self._drop_registered:
            self._drop_registered = False
            unregister = getattr(self.iface, "unregisterCustomDropHandler", None)
            if unregister is not None:
                unregister(self.drop_handler)


