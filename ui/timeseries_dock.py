"""The "Lizard timeseries" dock: Lizard's monitoring locations on the map, their series listed, plotted and
exported.

1. **Find locations** in the map extent, the selected polygons of a layer (any CRS) or a shape drawn on the
   map, filtered by name or code, organisation, observation type and "has data between"; they stream into
   the point layer "Lizard locations" with a progress bar, Cancel and a maximum (:mod:`.timeseries_search`).
2. **A location's series**: click a location on the map ("Pick a Lizard location") or in the table; its
   timeseries are listed (:mod:`.timeseries_series`).
3. **Plot** the selected series for a period, following the Temporal Controller, and **export** their events
   or the plot (:mod:`.timeseries_plot`).

Every request runs in a background task; a new search, selection or period cancels the stale one.
"""

from qgis.gui import QgsCollapsibleGroupBoxBasic, QgsSpinBox
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.tasks import LatestTask
from .area_filters import DRAWN, EXTENT, SELECTION
from .docks import LizardDock
from .layer_table import FeatureTableModel, LayerTableMixin
from .map_tools import POLYGON, RECTANGLE, DrawAreaMixin
from .plot import SeriesPlot
from .qt import line_edit, results_table, utc_edit
from .timeseries_plot import CUSTOM, DEFAULT, TimeseriesPlotMixin
from .timeseries_search import TimeseriesSearchMixin
from .timeseries_series import SeriesModel, TimeseriesSeriesMixin

LOCATION_COLUMNS = ("code", "name", "organisation", "object_type", "timeseries_count")
DEFAULT_MAXIMUM = 1000
PLOT_DELAY_MS = 150  # selecting several series with the keyboard starts one load, not one per step
MIN_HEIGHT = 240  # pixels: the sections' own minimums add up to more


def _location_headers():
    return {"code": tr("Code"), "name": tr("Name"), "organisation": tr("Organisation"),
            "object_type": tr("Asset type"), "timeseries_count": tr("Series")}


def _button(name, text, tooltip):
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tooltip)
    return button


def _progress(name):
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setTextVisible(True)
    bar.hide()
    return bar


def _status(name):
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _section(*items):
    widget = QWidget()
    box = QVBoxLayout(widget)
    box.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if isinstance(item, tuple):
            item, stretch = item
        else:
            stretch = 0
        if isinstance(item, QWidget):
            box.addWidget(item, stretch)
        else:
            box.addLayout(item, stretch)
    return widget


def _row(*widgets):
    row = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        elif isinstance(widget, tuple):
            row.addWidget(*widget)
        else:
            row.addWidget(widget)
    return row


class TimeseriesDock(TimeseriesSearchMixin, TimeseriesSeriesMixin, TimeseriesPlotMixin, LayerTableMixin,
                     DrawAreaMixin, LizardDock):
    """Find Lizard locations, list their series, plot and export them."""

    search_located = pyqtSignal()  # a search's locations are on the map (their series may still be counted)
    search_ended = pyqtSignal()  # a location search ended: finished, cancelled or failed
    series_listed = pyqtSignal()  # the series of the selected locations are listed (or listing failed)
    plot_ended = pyqtSignal()  # a plot load ended (plotted, failed, cancelled or nothing to plot)
    export_ended = pyqtSignal()  # an export of events ended

    def __init__(self, iface, parent=None):
        super().__init__(tr("Lizard timeseries"), "LizardTimeseriesDock", iface, parent)
        self._searcher, self._lister = LatestTask(), LatestTask()
        self._plotter, self._exporter = LatestTask(), LatestTask()
        self._search = None
        self._listed = []
        self._busy = set()
        self.plotted = None
        self.last_export = None
        self.layer = None
        self._drawn = None
        self._area_band = None
        self._tool = self._previous_tool = None
        self._pick_tool = self._previous_pick_tool = None
        self._watched_layer = None
        self._syncing = False
        self.model = FeatureTableModel(LOCATION_COLUMNS, _location_headers(), self)
        self.series_model = SeriesModel(self)
        self._build()
        self._connect()
        self.plot.follow_temporal_controller(iface.mapCanvas().temporalController())  # None: nothing to follow

    # ------------------------------------------------------------------------------------ building

    def _build(self):
        self.name_edit = line_edit("name_or_code", tr("Name or code starts with…"),
                                   tr("Locations whose name or code starts with this text (Lizard is asked both)"))
        self.organisation_edit = line_edit("organisation", tr("Name or UUID"))
        self.observation_edit = line_edit("observation_type", tr("Code, e.g. WNS1400"),
                                          tr("Only locations with a timeseries of this observation type"))
        self.period_check = QCheckBox(tr("Has data between"))
        self.period_check.setObjectName("has_data")
        self.period_start = utc_edit("has_data_start", 30)
        self.period_end = utc_edit("has_data_end")
        for edit in (self.period_start, self.period_end):
            edit.setEnabled(False)
        self.filters = QgsCollapsibleGroupBoxBasic(tr("Filters"))
        self.filters.setObjectName("filters")
        grid = QGridLayout(self.filters)
        for row, (label, field) in enumerate(((tr("Name or code"), self.name_edit),
                                              (tr("Organisation"), self.organisation_edit),
                                              (tr("Observation type"), self.observation_edit))):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(field, row, 1, 1, 3)
        grid.addWidget(self.period_check, 3, 0, 1, 4)
        grid.addWidget(self.period_start, 4, 1)
        grid.addWidget(QLabel(tr("and")), 4, 2)
        grid.addWidget(self.period_end, 4, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.area_combo = QComboBox()
        self.area_combo.setObjectName("area")
        for label, value in ((tr("Map extent"), EXTENT), (tr("Selected polygons"), SELECTION),
                             (tr("Shape drawn on the map"), DRAWN)):
            self.area_combo.addItem(label, value)
        self._make_draw_buttons()
        self.max_spin = QgsSpinBox()
        self.max_spin.setObjectName("max_locations")
        self.max_spin.setRange(0, 1000000)
        self.max_spin.setSpecialValueText(tr("All"))
        self.max_spin.setClearValue(DEFAULT_MAXIMUM)
        self.max_spin.setValue(DEFAULT_MAXIMUM)
        self.max_spin.setToolTip(tr("Find at most this many locations (All: every location that matches)"))
        self.search_button = _button("search", tr("Search"), tr("Find the Lizard locations in the area"))
        self.search_button.setDefault(True)
        self.cancel_button = _button("cancel", tr("Cancel"), tr("Stop searching; the locations found stay"))
        self.cancel_button.setEnabled(False)
        self.progress = _progress("progress")
        self.status = _status("status")
        self.results = results_table(self.model, "locations")

        self.pick_button = self._tool_button("pick_location", tr("Pick a Lizard location"),
                                             tr("Click a location on the map to list its timeseries"))
        self.series_status = _status("series_status")
        self.series_status.setText(tr("Pick a location on the map or in the table to see its series."))
        self.series_view = results_table(self.series_model, "series")

        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period")
        for label, value in ((tr("Last 30 days of data"), DEFAULT), (tr("Last day"), "day"),
                             (tr("Last week"), "week"), (tr("Last month"), "month"), (tr("Last year"), "year"),
                             (tr("All data"), "all"), (tr("Custom (UTC)"), CUSTOM)):
            self.period_combo.addItem(label, value)
        self.period_combo.setToolTip(tr("Counted back from the last data of the selected series"))
        self.custom_start = utc_edit("custom_start", 30)
        self.custom_end = utc_edit("custom_end")
        for edit in (self.custom_start, self.custom_end):
            edit.setEnabled(False)
        self.plot = SeriesPlot()
        self.plot.setObjectName("plot")
        self.plot_progress = _progress("plot_progress")
        self.plot_cancel = _button("plot_cancel", tr("Cancel"), tr("Stop loading or exporting"))
        self.plot_cancel.setEnabled(False)
        self.plot_status = _status("plot_status")
        self.export_button = _button("export_events", tr("Export events…"),
                                     tr("Write the raw events of the plotted series to CSV or a GeoPackage table"))
        self.save_plot_button = _button("save_plot", tr("Save plot…"), tr("Save the plot as PNG or SVG"))

        area_row = _row(QLabel(tr("Area")), (self.area_combo, 1), self.rectangle_button, self.polygon_button,
                        self.clear_button)
        search_row = _row(QLabel(tr("Maximum")), self.max_spin, None, self.search_button, self.cancel_button)
        for combo in (self.area_combo, self.period_combo):  # may be narrower than their longest entry
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("splitter")
        self.find_box = QgsCollapsibleGroupBoxBasic(tr("Find locations"))
        self.find_box.setObjectName("find_locations")
        find = QVBoxLayout(self.find_box)
        find.setContentsMargins(0, find.contentsMargins().top(), 0, 0)
        find.addWidget(self.filters)
        find.addLayout(area_row)
        find.addLayout(search_row)
        find.addWidget(self.results, 1)
        self.splitter.addWidget(_section((self.find_box, 1), self.progress, self.status))
        self.splitter.addWidget(_section(_row(self.pick_button, (self.series_status, 1)), (self.series_view, 1)))
        self.splitter.addWidget(_section(
            _row(QLabel(tr("Period")), (self.period_combo, 1), self.custom_start, self.custom_end),
            (self.plot, 1), self.plot_status,
            _row(self.plot_progress, self.plot_cancel, None, self.export_button, self.save_plot_button)))
        for index, stretch in enumerate((2, 1, 3)):
            self.splitter.setStretchFactor(index, stretch)
        # With everything open the sections are taller than many screens: the dock does not grow the main window,
        # the splitter squeezes them instead (drag its handles; "Find locations" folds away after a search).
        self.splitter.setMinimumHeight(MIN_HEIGHT)
        self.box.addWidget(self.splitter, 1)
        self._area_mode_changed()

    def _connect(self):
        self._plot_timer = QTimer(self)
        self._plot_timer.setSingleShot(True)
        self._plot_timer.setInterval(PLOT_DELAY_MS)
        self._plot_timer.timeout.connect(self.plot_selected)
        self.period_check.toggled.connect(self.period_start.setEnabled)
        self.period_check.toggled.connect(self.period_end.setEnabled)
        self.area_combo.currentIndexChanged.connect(self._area_mode_changed)
        self.rectangle_button.clicked.connect(lambda checked: self._draw(RECTANGLE, checked))
        self.polygon_button.clicked.connect(lambda checked: self._draw(POLYGON, checked))
        self.clear_button.clicked.connect(self.clear_drawn)
        self.search_button.clicked.connect(self.search)
        self.name_edit.returnPressed.connect(self.search)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.results.selectionModel().selectionChanged.connect(self._rows_selected)
        self.results.clicked.connect(self._row_clicked)
        self.pick_button.toggled.connect(self._pick_toggled)
        self.series_view.selectionModel().selectionChanged.connect(self._series_selection_changed)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        for edit in (self.custom_start, self.custom_end):
            edit.dateTimeChanged.connect(self._custom_period_edited)
        self.plot_cancel.clicked.connect(self.cancel_plot_work)
        self.export_button.clicked.connect(lambda: self.export_events())
        self.save_plot_button.clicked.connect(lambda: self.save_plot())
        self.find_box.collapsedStateChanged.connect(self._find_folded)
        self.visibilityChanged.connect(self._visibility_changed)

    def _find_folded(self, collapsed):
        """"Find locations" folded away: its room goes to the plot."""
        if collapsed:
            QTimer.singleShot(0, self._give_room_to_plot)

    def _give_room_to_plot(self):
        if not self.find_box.isCollapsed():
            return
        sizes = self.splitter.sizes()
        top = self.splitter.widget(0).minimumSizeHint().height()
        self.splitter.setSizes([top, sizes[1], max(0, sum(sizes) - top - sizes[1])])

    def _pick_toggled(self, on):
        if on != (self.iface.mapCanvas().mapTool() is self._pick_tool and self._pick_tool is not None):
            self.pick_location(on)

    # ------------------------------------------------------------------------------------- unload

    def cancel(self):
        """Stop everything the dock started (the plugin calls this on unload): tasks, map tools, the area
        outline, the connections to the map, the layer and the Temporal Controller."""
        self._plot_timer.stop()
        self._stop_search()
        self._stop_series()
        self._plotter.cancel()
        self._exporter.cancel()
        self._stop_area()
        self.plot.follow_temporal_controller(None)
        self._show_layer(None)
        self.series_model.reset()
