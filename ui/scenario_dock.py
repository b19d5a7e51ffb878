"""The "Lizard scenarios" dock: find 3Di scenarios, see them on the map, add their results, download them.

A search box (part of a name — falling back to the model name when no name matches — or a pasted UUID),
filters (organisation, project, supplier, model name, simulation period, area, order); scenarios come newest
first and load page by page as the table is scrolled, with Lizard's true total. Every request runs in a
background task and a new search cancels the stale one (the search is the raster dock's,
:class:`~.raster_search.RasterSearchMixin`, with :class:`~lizard_explorer.core.rasters.scenarios.ScenarioSearch`).
Selecting a scenario shows its details, draws its grid on the map and lists its results by family; "Add to
map" adds raster results as WMS layers in a group named after the scenario (a result already on the map is
selected instead); "Download…" opens :mod:`.scenario_download`.
"""

from qgis.core import QgsGeometry
from qgis.gui import QgsCollapsibleGroupBoxBasic
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.rasters import scenario_results, scenarios
from ..core.rasters.search import ordering_label
from ..core.tasks import LatestTask, LizardTask
from .add_to_map import MapAdder
from .bands import zoom_to_wgs84
from .docks import LizardDock
from .messages import show_error, show_info
from .qt import action_toolbar, details_html, line_edit, make_action, make_combo, utc_edit
from .raster_filters import ANYWHERE, EXTENT, SELECTION, RasterFiltersMixin
from .raster_search import RasterSearchMixin
from .scenario_model import ResultsTree, ScenarioModel, scenario_details


def scenario_ordering_label(value):
    return {"model_name": tr("Model name"), "-total_size": tr("Largest first"),
            "total_size": tr("Smallest first")}.get(value) or ordering_label(value)


class ScenarioDock(RasterFiltersMixin, RasterSearchMixin, LizardDock):
    """Find 3Di scenarios, see their grid on the map, add their results as layers, download them."""

    loaded = pyqtSignal()  # a batch of scenarios arrived (or the search ended without one)
    results_loaded = pyqtSignal()  # the results of the selected scenario are shown (or failed)
    search_class = scenarios.ScenarioSearch

    def __init__(self, iface, parent=None):
        super().__init__(tr("Lizard scenarios"), "LizardScenarioDock", iface, parent)
        self._loader = LatestTask()
        self._results_loader = LatestTask()
        self._search = None
        self._busy_task = None
        self._restore_uuids = []
        self._footprint = None
        self._watched_layer = None
        self._watching_canvas = False
        self._watching_layers = False
        self._stale = False
        self._results_of = None  # the scenario whose results are shown
        self.download_dialogs = []
        self.model = ScenarioModel(self)
        self.adder = MapAdder(iface, self)
        self._build()
        self._connect()

    # ------------------------------------------------------------------------------------ building

    def _build(self):
        self.search_edit = line_edit("search", tr("Search by name or UUID…"))
        self.search_edit.setToolTip(tr("Part of the scenario's name (or of its model's name when no name matches), "
                                       "or a UUID; press Enter to list everything"))
        self.organisation_edit = line_edit("organisation", tr("Name or UUID"))
        self.project_edit = line_edit("project", tr("Name or UUID"))
        self.supplier_edit = line_edit("supplier", tr("User name"))
        self.model_edit = line_edit("model", tr("Part of the model name"))
        self.period_check = QCheckBox(tr("Simulated between"))
        self.period_check.setObjectName("period")
        self.period_check.setToolTip(tr("Only scenarios whose simulation overlaps this period (UTC)"))
        self.start_edit = utc_edit("period_start", 365)
        self.end_edit = utc_edit("period_end")
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(False)
        period = QHBoxLayout()
        period.addWidget(self.start_edit, 1)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end_edit, 1)
        self.area_combo = make_combo("area", (
            (tr("Anywhere"), ANYWHERE), (tr("In the map extent"), EXTENT), (tr("In the selected features"), SELECTION)))
        self.area_combo.setToolTip(tr("Only scenarios whose grid lies (partly) in the map extent or in the features "
                                      "selected in the active layer; this follows the map as you pan and select"))
        self.ordering_combo = QComboBox()
        self.ordering_combo.setObjectName("ordering")
        for value in scenarios.ORDERINGS:
            self.ordering_combo.addItem(scenario_ordering_label(value), value)

        self.filters = QgsCollapsibleGroupBoxBasic(tr("Filters"))
        self.filters.setObjectName("filters")
        grid = QGridLayout(self.filters)
        for row, pairs in enumerate((
                ((tr("Organisation"), self.organisation_edit), (tr("Project"), self.project_edit)),
                ((tr("Supplier"), self.supplier_edit), (tr("Model"), self.model_edit)),
                ((tr("Area"), self.area_combo), (tr("Order by"), self.ordering_combo)))):
            for pair, (label, field) in enumerate(pairs):
                label = QLabel(label)
                label.setBuddy(field)
                grid.addWidget(label, row, 2 * pair)
                grid.addWidget(field, row, 2 * pair + 1)
        grid.addWidget(self.period_check, 3, 0)
        grid.addLayout(period, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.filters.setCollapsed(True)

        status_row = self._make_status_and_results()
        header = self.results.horizontalHeader()
        header.resizeSection(0, 220)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.results.setSortingEnabled(True)

        self.add_action = make_action(self, "add_to_map", tr("Add to map"), "/mActionAddWmsLayer.svg", tr(
            "Add the selected raster results (all of them when none is selected) to the map as WMS layers, in a "
            "group named after the scenario"), self.add_selected)
        self.download_action = make_action(self, "download", tr("Download…"), "/mActionFileSave.svg", tr(
            "Download the selected scenarios: raw files and raster results as GeoTIFF files"), self.download_selected)
        self.zoom_action = make_action(self, "zoom_to", tr("Zoom to"), "/mActionZoomToSelected.svg",
                                       tr("Zoom the map to the selected scenarios' grids"), self.zoom_to_selected)
        self.copy_uuid_action = make_action(self, "copy_uuid", tr("Copy UUID"), "/mActionEditCopy.svg",
                                            tr("Copy the UUID of the selected scenarios"), self.copy_uuid)
        self.toolbar = action_toolbar((self.add_action, self.download_action, self.zoom_action,
                                       self.copy_uuid_action))

        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self.result_tree = ResultsTree()
        self.result_tree.setObjectName("scenario_results")
        self.pane = QTabWidget()
        self.pane.setObjectName("pane")
        self.pane.addTab(self.result_tree, tr("Results"))
        self.pane.addTab(self.details, tr("Details"))

        self._lay_out((self.search_edit, self.filters,), status_row, self.pane, 2)
        self._update_actions([])

    def _connect(self):
        self._make_timers()

        self.search_edit.returnPressed.connect(self.search)
        for edit in (self.search_edit, self.organisation_edit, self.project_edit, self.supplier_edit, self.model_edit):
            edit.textChanged.connect(lambda _text: self.schedule_search())
        self.period_check.toggled.connect(self._period_toggled)
        for edit in (self.start_edit, self.end_edit):
            edit.dateTimeChanged.connect(lambda _value: self.schedule_search())
        self.ordering_combo.currentIndexChanged.connect(self._ordering_changed)
        self.area_combo.currentIndexChanged.connect(self._area_mode_changed)

        self.model.more_requested.connect(self.fetch_more)
        self.results.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        self.result_tree.itemDoubleClicked.connect(lambda *_args: self.add_selected())
        self.visibilityChanged.connect(self._visibility_changed)

    def _period_toggled(self, on):
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)
        self.schedule_search(0)

    # ------------------------------------------------------------------------------------- query

    def scope(self):
        return "scenarios"

    def query(self):
        """The :class:`ScenarioQuery` the widgets describe; :class:`AreaUnavailable` when the area can't apply."""
        period = self.period_check.isChecked()
        return scenarios.ScenarioQuery(
            text=self.search_edit.text(), model=self.model_edit.text(), organisation=self.organisation_edit.text(),
            project=self.project_edit.text(), supplier=self.supplier_edit.text(),
            start=self.start_edit.dateTime() if period else None, end=self.end_edit.dateTime() if period else None,
            area=self.spatial_filter(), ordering=self.ordering_combo.currentData())

    def _area_of_extent(self, rectangle, crs, _description, context):
        return scenarios.GridArea.from_extent(rectangle, crs, context)

    def _area_of_geometries(self, geometries, crs, _description, context):
        return scenarios.GridArea(QgsGeometry.unaryUnion([g for g in geometries if g and not g.isEmpty()]), crs,
                                  context)

    def status_text(self):
        text = super().status_text()
        search = self._search
        if text and search is not None and search.query.by_model:
            text = tr("{status} No name matched: these are the scenarios whose model name matches.").format(
                status=text)
        return text

    # ---------------------------------------------------------------------------------- selection

    def selected_scenario(self):
        objects = self.selected_objects()
        return objects[0] if objects else None

    def _selection_changed(self):
        objects = self.selected_objects()
        self._update_actions(objects)
        scenario = objects[0] if objects else None
        if scenario is None:
            self.details.clear()
        else:
            self.details.setHtml(details_html(scenario_details(scenario)))
        self._draw_footprints(objects)
        if scenario is None or self._results_of is None or scenario.get("uuid") != self._results_of.get("uuid"):
            self._load_results(scenario)

    def _update_actions(self, objects):
        for action in (self.add_action, self.download_action, self.copy_uuid_action):
            action.setEnabled(bool(objects))
        self.zoom_action.setEnabled(any(scenarios.footprint(obj) is not None for obj in objects))

    def footprint_of(self, scenario):
        return scenarios.footprint(scenario)

    # ------------------------------------------------------------------------------------ results

    def _load_results(self, scenario):
        """List the results of ``scenario`` (in a task; the previous listing is cancelled); returns the task."""
        self._results_loader.cancel()
        self._results_of = scenario
        if scenario is None:
            self.result_tree.clear()
            return None
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self.result_tree.show_message(str(exc))
            return None
        task = LizardTask(tr("Reading the results of “{name}”").format(name=scenario.get("name")),
                          lambda task: scenario_results.fetch_results(client, scenario, cancel=task), closing=[client])
        task.succeeded.connect(lambda results: self._results_arrived(task, results, None))
        task.failed.connect(lambda error: self._results_arrived(task, None, error))
        self.result_tree.show_message(tr("Loading the results…"))
        return self._results_loader.start(task)

    def _results_arrived(self, task, results, error):
        if not self._results_loader.is_current(task):
            return
        self._results_loader.task = None
        if error is not None:
            if isinstance(error, errors.CancelledError):
                return
            self.result_tree.show_message(tr("The results could not be loaded."))
            show_error(self.iface, error)
        elif not results:
            self.result_tree.show_message(tr("This scenario has no results."))
        else:
            self.result_tree.show_results(results)
        self.results_loaded.emit()

    # ------------------------------------------------------------------------------------ actions

    def add_selected(self):
        """Add the selected raster results (every raster result when none is selected) of the selected scenario
        to the map, in a group named after the scenario; returns the task (None when nothing is to be added)."""
        scenario = self._results_of
        if scenario is None:
            return None
        if self._results_loader.task is not None:
            show_info(self.iface, tr("The results of “{name}” are still loading.").format(name=scenario.get("name")))
            return None
        chosen = self.result_tree.selected_results() or self.result_tree.results()
        rasters = [result for result in chosen if result.raster is not None]
        if not rasters:
            show_info(self.iface, tr("Choose a raster result: files cannot be shown on the map."))
            return None
        objects = [dict(result.raster, name=result.name) for result in rasters]
        return self.adder.add("rasters", objects, group=scenario.get("name") or scenario.get("uuid"))

    def download_selected(self):
        """Open the download dialog for the selected scenarios; returns the dialog."""
        objects = self.selected_objects()
        if not objects:
            return None
        from .scenario_download import show_scenario_download

        codes = [result.code for result in self.result_tree.selected_results()]
        return show_scenario_download(self.iface, objects, codes, self.download_dialogs)

    def zoom_to_selected(self):
        shapes = [shape for shape in (scenarios.footprint(obj) for obj in self.selected_objects()) if shape]
        if shapes:
            zoom_to_wgs84(self.iface.mapCanvas(), QgsGeometry.unaryUnion(shapes).boundingBox())

    # ------------------------------------------------------------------------------------- unload

    def cancel(self):
        """Stop everything the dock started (the plugin calls this on unload)."""
        self._debounce.stop()
        self._area_timer.stop()
        self._loader.cancel()
        self._results_loader.cancel()
        self._close_search()
        self.adder.cancel()
        if self.download_dialogs:
            from .download_dialog import close_download_dialogs

            close_download_dialogs(self.download_dialogs)
        self._watch_canvas(False)
        self._watch_layers(False)
        self._remove_footprint()
