"""The "Lizard rasters" dock: find a raster layer or rastersource in seconds and put it on the map.

One search box (a name, or a UUID), filters (organisation, temporal, access, observation type, area, order)
and two scopes: raster layers (what Lizard shows) and rastersources (the data). Results load page by page
as the table is scrolled; every request runs in a background task, and a new search cancels the stale one.
Selecting a result shows its details and draws its footprint on the map; "Add to map" (button, double
click, context menu, or dragging it onto the map) adds it as a WMS layer styled as in Lizard.

The filters are in :mod:`.raster_filters`, the search in :mod:`.raster_search`, the results table in
:mod:`.raster_results`.
"""

from qgis.gui import QgsCollapsibleGroupBoxBasic
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextBrowser,
)

from ..core.compat import empty_rectangle
from ..core.i18n import tr
from ..core.query import bounds_rectangle, footprint
from ..core.rasters import describe
from ..core.rasters.search import ORDERINGS, ordering_label
from ..core.tasks import LatestTask
from .add_to_map import MapAdder, RasterDropHandler
from .bands import zoom_to_wgs84
from .docks import LizardDock
from .qt import action_toolbar, details_html, make_action, make_combo
from .raster_filters import ANYWHERE, EXTENT, SELECTION, RasterFiltersMixin
from .raster_results import ResultsModel
from .raster_search import RasterSearchMixin


class RasterDock(RasterFiltersMixin, RasterSearchMixin, LizardDock):
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

        status_row = self._make_status_and_results()
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.results.setDefaultDropAction(Qt.DropAction.CopyAction)
        header = self.results.horizontalHeader()
        header.resizeSection(0, 240)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # Lizard's order until a column header is clicked
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
        self.toolbar = action_toolbar((self.add_action, self.download_action, self.zoom_action,
                                       self.copy_uuid_action))

        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)

        self._lay_out((self.scope_bar, self.search_edit, self.filters,), status_row, self.details, 1)
        self._update_actions([])

    def _combo(self, name, choices):
        return make_combo(name, choices)

    def _action(self, name, text, icon, tooltip, slot):
        return make_action(self, name, text, icon, tooltip, slot)

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
        self._make_timers()

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

    # ---------------------------------------------------------------------------------- selection

    def selected_raster(self):
        """Lizard's JSON of the first selected raster layer (not a rastersource), or None."""
        objects = self.selected_objects() if self.model.scope == "rasters" else []
        return objects[0] if objects else None

    def add_tool_action(self, action):
        """Put a map tool's action (e.g. "Lizard value at point") on the dock's toolbar."""
        self.toolbar.addAction(action)

    def remove_tool_action(self, action):
        self.toolbar.removeAction(action)

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
        self.details.setHtml(details_html(describe.details(obj)))

    # ------------------------------------------------------------------------------------ actions

    def add_selected(self):
        """Add the selected results to the map; returns the task."""
        return self.adder.add(self.model.scope, self.selected_objects())

    def download_selected(self):
        """Open the download dialog for the (first) selected raster layer; returns the dialog."""
        objects = self.selected_objects()
        if not objects or self.model.scope != "rasters":
            return None
        from .download_dialog import show_download_dialog

        return show_download_dialog(self.iface, objects[0], self.download_dialogs)

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
        zoom_to_wgs84(self.iface.mapCanvas(), rectangle)

    def context_menu(self):
        menu = QMenu(self.results)
        for action in (self.add_action, self.download_action, self.zoom_action, self.copy_uuid_action):
            menu.addAction(action)
        return menu

    def _show_context_menu(self, position):
        if self.selected_objects():
            self.context_menu().exec(self.results.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------------------------- unload

    def cancel(self):
        """Stop everything the dock started (the plugin calls this on unload): tasks, timers, the footprint,
        the connections to the map and layers, and the drop handler."""
        self._debounce.stop()
        self._area_timer.stop()
        self._loader.cancel()
        self._close_search()
        self.adder.cancel()
        if self.download_dialogs:
            from .download_dialog import close_download_dialogs

            close_download_dialogs(self.download_dialogs)
        self._watch_canvas(False)
        self._watch_layers(False)
        self._remove_footprint()
        if self._drop_registered:
            self._drop_registered = False
            unregister = getattr(self.iface, "unregisterCustomDropHandler", None)
            if unregister is not None:
                unregister(self.drop_handler)
