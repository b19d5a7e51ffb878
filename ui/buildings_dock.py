"""The "Lizard buildings" dock: Lizard's buildings (with addresses) for an area, as a layer to analyse.

The area is the map extent, the selected features of the active vector layer (any CRS, intersecting or
within) or a rectangle or polygon drawn on the map; attribute filters narrow it down. "Count" asks Lizard how
many match; "Load" streams every page into one layer (a memory layer, or a GeoPackage) that fills in on the
map as pages arrive. The download runs in a task that only converts buildings to features and hands each
batch to the GUI thread (a queued signal), where it is added to the layer; the task never touches the layer
or the project. A GeoPackage is written by the task, shown meanwhile as a temporary layer, then added.

The filters and the area are in :mod:`.buildings_filters`, the load in :mod:`.buildings_load`, the table model
in :mod:`.buildings_model`.
"""

from qgis.core import QgsGeometry
from qgis.gui import QgsCollapsibleGroupBoxBasic, QgsFileWidget, QgsSpinBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
)

from ..core import errors
from ..core.buildings.buildings import Download
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.tasks import LatestTask, LizardTask
from .buildings_filters import DRAWN, EXTENT, SELECTION, AreaUnavailable, BuildingsFiltersMixin
from .buildings_load import GEOPACKAGE, MEMORY, BuildingsLoadMixin
from .buildings_model import BuildingsModel
from .docks import LizardDock
from .layer_table import LayerTableMixin
from .map_tools import POLYGON, RECTANGLE, DrawAreaMixin
from .messages import show_error
from .qt import alive, disconnect, line_edit, results_table, utc_edit


class BuildingsDock(BuildingsFiltersMixin, BuildingsLoadMixin, LayerTableMixin, DrawAreaMixin, LizardDock):
    """Load Lizard's buildings for the map extent, a selection or a drawn shape."""

    counted = pyqtSignal()  # a count ended (with a number or not)
    load_ended = pyqtSignal()  # a load ended: finished, cancelled or failed

    def __init__(self, iface, parent=None):
        super().__init__(tr("Lizard buildings"), "LizardBuildingsDock", iface, parent)
        self._counter = LatestTask()
        self._loader = LatestTask()
        self._load = None  # the running load's state (dict), or None
        self.layer = None  # the layer the table shows
        self._drawn = None  # (QgsGeometry, QgsCoordinateReferenceSystem) of the drawn shape
        self._area_band = None
        self._tool = None
        self._previous_tool = None
        self._watched_layer = None
        self._syncing = False
        self.last_count = None
        self.model = BuildingsModel(self)
        self._build()
        self._connect()

    # ------------------------------------------------------------------------------------ building

    def _build(self):
        self.code_edit = line_edit("code", tr("e.g. 0603100000003566"))
        self.code_starts_check = QCheckBox(tr("Starts with"))
        self.code_starts_check.setObjectName("code_starts_with")
        self.year_min = self._spin("build_year_min", 0, 2100)
        self.year_max = self._spin("build_year_max", 0, 2100)
        self.postal_edit = line_edit("postalcode", tr("e.g. 2286 or 2286JG"))
        self.number_min = self._spin("house_number_min", 0, 999999)
        self.number_max = self._spin("house_number_max", 0, 999999)
        self.valid_check = QCheckBox(tr("Valid at"))
        self.valid_check.setObjectName("valid_at_enabled")
        self.valid_check.setToolTip(tr("Only the buildings that existed at this moment"))
        self.valid_edit = utc_edit("valid_at")
        self.valid_edit.setEnabled(False)
        self.organisation_edit = line_edit("organisation", tr("Name or UUID"))

        self.filters = QgsCollapsibleGroupBoxBasic(tr("Filters"))
        self.filters.setObjectName("filters")
        grid = QGridLayout(self.filters)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.code_starts_check)
        rows = (
            (tr("Code"), code_row),
            (tr("Build year"), self._range(self.year_min, self.year_max)),
            (tr("Postal code"), self.postal_edit),
            (tr("House number"), self._range(self.number_min, self.number_max)),
            (self.valid_check, self.valid_edit),
            (tr("Organisation"), self.organisation_edit),
        )
        for row, (label, field) in enumerate(rows):
            grid.addWidget(label if isinstance(label, QCheckBox) else QLabel(label), row, 0)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)

        self.area_combo = QComboBox()
        self.area_combo.setObjectName("area")
        for label, value in ((tr("Map extent"), EXTENT), (tr("Selected features of the active layer"), SELECTION),
                             (tr("Shape drawn on the map"), DRAWN)):
            self.area_combo.addItem(label, value)
        self.predicate_combo = QComboBox()
        self.predicate_combo.setObjectName("predicate")
        self.predicate_combo.addItem(tr("Intersecting"), "intersects")
        self.predicate_combo.addItem(tr("Within"), "within")
        self.predicate_combo.setToolTip(tr("Buildings that touch the area, or only those entirely inside it"))
        self._make_draw_buttons()
        area_box = QgsCollapsibleGroupBoxBasic(tr("Area"))
        area_box.setObjectName("area_box")
        area_grid = QGridLayout(area_box)
        area_grid.addWidget(self.area_combo, 0, 0, 1, 2)
        area_grid.addWidget(self.predicate_combo, 0, 2)
        draw_row = QHBoxLayout()
        for button in (self.rectangle_button, self.polygon_button, self.clear_button):
            draw_row.addWidget(button)
        draw_row.addStretch(1)
        area_grid.addLayout(draw_row, 1, 0, 1, 3)
        area_grid.setColumnStretch(1, 1)

        self.max_spin = self._spin("max_features", 0, 100000000)
        self.max_spin.setSpecialValueText(tr("All"))
        self.max_spin.setToolTip(tr("Load at most this many buildings (All: every building that matches)"))
        self.output_combo = QComboBox()
        self.output_combo.setObjectName("output")
        self.output_combo.addItem(tr("Temporary layer"), MEMORY)
        self.output_combo.addItem(tr("GeoPackage"), GEOPACKAGE)
        self.file_widget = QgsFileWidget()
        self.file_widget.setObjectName("output_file")
        self.file_widget.setStorageMode(QgsFileWidget.SaveFile)
        self.file_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.file_widget.setConfirmOverwrite(False)  # only the buildings layer is replaced: load() asks about it
        self.file_widget.setEnabled(False)
        self.file_widget.setVisible(False)
        output_grid = QGridLayout()
        output_grid.addWidget(QLabel(tr("Maximum")), 0, 0)
        output_grid.addWidget(self.max_spin, 0, 1)
        output_grid.addWidget(QLabel(tr("Output")), 1, 0)
        output_grid.addWidget(self.output_combo, 1, 1)
        output_grid.addWidget(self.file_widget, 2, 0, 1, 2)
        output_grid.setColumnStretch(1, 1)

        self.count_button = QPushButton(tr("Count"))
        self.count_button.setObjectName("count")
        self.count_button.setToolTip(tr("Ask Lizard how many buildings match, before loading them"))
        self.load_button = QPushButton(tr("Load"))
        self.load_button.setObjectName("load")
        self.load_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setToolTip(tr("Stop loading; the buildings that arrived stay in the layer"))
        self.cancel_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.count_button, self.load_button, self.cancel_button):
            buttons.addWidget(button)

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.results = results_table(self.model, "results")

        self.box.addWidget(self.filters)
        self.box.addWidget(area_box)
        self.box.addLayout(output_grid)
        self.box.addLayout(buttons)
        self.box.addWidget(self.progress)
        self.box.addWidget(self.status)
        self.box.addWidget(self.results, 1)
        self._area_mode_changed()

    def _spin(self, name, minimum, maximum):
        spin = QgsSpinBox()
        spin.setObjectName(name)
        spin.setRange(minimum, maximum)
        spin.setSpecialValueText(tr("Any"))
        spin.setClearValue(minimum)
        spin.setValue(minimum)
        return spin

    def _range(self, low, high):
        row = QHBoxLayout()
        row.addWidget(low, 1)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(high, 1)
        return row

    def _connect(self):
        self.valid_check.toggled.connect(self.valid_edit.setEnabled)
        self.area_combo.currentIndexChanged.connect(self._area_mode_changed)
        self.predicate_combo.currentIndexChanged.connect(lambda _index: self._show_area())
        self.output_combo.currentIndexChanged.connect(self._output_changed)
        self.rectangle_button.clicked.connect(lambda checked: self._draw(RECTANGLE, checked))
        self.polygon_button.clicked.connect(lambda checked: self._draw(POLYGON, checked))
        self.clear_button.clicked.connect(self.clear_drawn)
        self.count_button.clicked.connect(self.count)
        self.load_button.clicked.connect(self.load)
        self.cancel_button.clicked.connect(self.cancel_load)
        self.results.selectionModel().selectionChanged.connect(self._rows_selected)
        self.results.clicked.connect(self._row_clicked)
        self.visibilityChanged.connect(self._visibility_changed)

    # --------------------------------------------------------------------------------------- count

    def _prepare(self):
        """(client, area, attribute filter), or ``None`` after telling the user why not."""
        try:
            area = self.area()
        except AreaUnavailable as exc:
            self.status.setText(str(exc))
            return None
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            show_error(self.iface, exc)
            return None
        self.refresh_header()
        if self.area_mode() == EXTENT:
            self._show_area(QgsGeometry.fromRect(area.box))
        return client, area, self.attribute_filter()

    def count(self):
        """Ask Lizard how many buildings match (the previous count is cancelled); returns the task."""
        self._counter.cancel()
        prepared = self._prepare()
        if prepared is None:
            self.counted.emit()
            return None
        client, area, attributes = prepared
        download = Download(client, area, attributes)

        task = LizardTask(tr("Counting Lizard buildings"), lambda task: download.count(cancel=task), closing=[client])
        task.succeeded.connect(lambda number: self._count_arrived(task, number))
        task.failed.connect(lambda error: self._count_failed(task, error))
        self.last_count = None
        self.status.setText(tr("Counting…"))
        return self._counter.start(task)

    def _count_arrived(self, task, number):
        if not self._counter.is_current(task):
            return
        self.last_count = number
        if number is None:
            self.status.setText(tr("Lizard does not count the buildings for this filter; Load gets them all."))
        else:
            self.status.setText(tr("%n building(s) match.", "", number))
        self.counted.emit()

    def _count_failed(self, task, error):
        if not self._counter.is_current(task):
            return
        if not isinstance(error, errors.CancelledError):
            self.status.setText(tr("Counting failed."))
            show_error(self.iface, error)
        self.counted.emit()

    # -------------------------------------------------------------------------- table and selection

    # ------------------------------------------------------------------------------------- unload

    def cancel(self):
        """Stop everything the dock started (the plugin calls this on unload): tasks, the map tool, the area
        outline, the connections to the map and layers."""
        self._counter.cancel()
        if self._load is not None:
            self._load["ended"] = True  # late batches and the end of the task are ignored
        self._load = None
        self._loader.cancel()
        self._stop_area()
        if alive(self.layer):
            disconnect(self.layer.selectionChanged, self._layer_selection_changed)
            disconnect(self.layer.willBeDeleted, self._layer_deleted)
        self.layer = None
        self.model.reset()
