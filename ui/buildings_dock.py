"""The "Lizard buildings" dock: Lizard's buildings (with addresses) for an area, as a layer to analyse.

The area is the map extent, the selected features of the active vector layer (any CRS, intersecting or
within) or a rectangle or polygon drawn on the map; attribute filters narrow it down. "Count" asks Lizard how
many match; "Load" streams every page into one layer (a memory layer, or a GeoPackage) that fills in on the
map as pages arrive. The download runs in a task that only converts buildings to features and hands each
batch to the GUI thread (a queued signal), where it is added to the layer; the task never touches the layer
or the project. A GeoPackage is written by the task, shown meanwhile as a temporary layer, then added.
"""

import time

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsCollapsibleGroupBoxBasic, QgsDateTimeEdit, QgsFileWidget, QgsSpinBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
)

from ..core import errors
from ..core.buildings import Area, BuildingFilter, Download, crs, fields, rate_text, to_features
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.tasks import LatestTask, LizardTask
from .bands import AREA, polygon_band, show_geometries
from .docks import LizardDock
from .map_tools import POLYGON, RECTANGLE, DrawAreaMixin
from .messages import show_error
from .qt import alive, disconnect

EXTENT, SELECTION, DRAWN = "extent", "selection", "drawn"
MEMORY, GEOPACKAGE = "memory", "gpkg"
WGS84 = "EPSG:4326"
# (field, header) of the results table; the layer has more.
COLUMNS = ("id", "code", "street", "house_number", "postalcode", "city", "build_year", "address_count")


def _headers():
    return {
        "id": tr("Id"), "code": tr("Code"), "street": tr("Street"), "house_number": tr("Number"),
        "postalcode": tr("Postal code"), "city": tr("City"), "build_year": tr("Build year"),
        "address_count": tr("Addresses"),
    }


class AreaUnavailable(Exception):
    """The chosen area cannot be used now (nothing selected, nothing drawn); ``str()`` says why."""



# -------------------------------------------------------------------------------------------- model


class BuildingsModel(QAbstractTableModel):
    """The loaded buildings: one row per feature of the layer (feature id, a few attributes)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []  # (feature id, [values])
        self._row_of = {}
        self._headers = _headers()

    def reset(self, features=()):
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._add(features)
        self.endResetModel()

    def append(self, features):
        if not features:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(features) - 1)
        self._add(features)
        self.endInsertRows()

    def _add(self, features):
        for feature in features:
            self._row_of[feature.id()] = len(self._rows)
            self._rows.append((feature.id(), [feature[name] for name in COLUMNS]))

    def feature_id(self, row):
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, fid):
        return self._row_of.get(fid, -1)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        value = self._rows[index.row()][1][index.column()]
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return None
        return str(value)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if (orientation == Qt.Horizontal and role == Qt.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self._headers[COLUMNS[section]]
        return None


# --------------------------------------------------------------------------------------------- dock


class BuildingsDock(DrawAreaMixin, LizardDock):
    """Load Lizard's buildings for the map extent, a selection or a drawn shape."""

    batch_ready = pyqtSignal(object, object)  # (task, features): emitted by the task, queued to the GUI
    progress_ready = pyqtSignal(object, int, object)  # (task, done, total)
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
        self.code_edit = self._line("code", tr("e.g. 0603100000003566"))
        self.code_starts_check = QCheckBox(tr("Starts with"))
        self.code_starts_check.setObjectName("code_starts_with")
        self.year_min = self._spin("build_year_min", 0, 2100)
        self.year_max = self._spin("build_year_max", 0, 2100)
        self.postal_edit = self._line("postalcode", tr("e.g. 2286 or 2286JG"))
        self.number_min = self._spin("house_number_min", 0, 999999)
        self.number_max = self._spin("house_number_max", 0, 999999)
        self.valid_check = QCheckBox(tr("Valid at"))
        self.valid_check.setObjectName("valid_at_enabled")
        self.valid_check.setToolTip(tr("Only the buildings that existed at this moment"))
        self.valid_edit = QgsDateTimeEdit()
        self.valid_edit.setObjectName("valid_at")
        self.valid_edit.setAllowNull(False)
        self.valid_edit.setDateTime(QDateTime.currentDateTimeUtc())
        self.valid_edit.setEnabled(False)
        self.organisation_edit = self._line("organisation", tr("Name or UUID"))

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
        self.file_widget.setConfirmOverwrite(True)
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

        self.results = QTableView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.results.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(False)
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setDefaultSectionSize(self.results.fontMetrics().height() + 6)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.results.horizontalHeader().setStretchLastSection(True)

        self.box.addWidget(self.filters)
        self.box.addWidget(area_box)
        self.box.addLayout(output_grid)
        self.box.addLayout(buttons)
        self.box.addWidget(self.progress)
        self.box.addWidget(self.status)
        self.box.addWidget(self.results, 1)
        self._area_mode_changed()

    def _line(self, name, placeholder):
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

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
        self.batch_ready.connect(self._batch_arrived)
        self.progress_ready.connect(self._progress_arrived)
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

    # ------------------------------------------------------------------------------------- filters

    def attribute_filter(self):
        def value(spin):
            return spin.value() or None

        valid_at = None
        if self.valid_check.isChecked():
            valid_at = self.valid_edit.dateTime().toUTC().toString("yyyy-MM-dd'T'HH:mm:ss'Z'")
        return BuildingFilter(
            code=self.code_edit.text(), code_starts_with=self.code_starts_check.isChecked(),
            build_year_min=value(self.year_min), build_year_max=value(self.year_max),
            postalcode=self.postal_edit.text(),
            house_number_min=value(self.number_min), house_number_max=value(self.number_max),
            valid_at=valid_at, organisation=self.organisation_edit.text())

    def area_mode(self):
        return self.area_combo.currentData()

    def set_area_mode(self, mode):
        self.area_combo.setCurrentIndex(self.area_combo.findData(mode))

    def predicate(self):
        return self.predicate_combo.currentData()

    def area(self):
        """The :class:`Area` the widgets describe; :class:`AreaUnavailable` when it cannot apply now."""
        mode = self.area_mode()
        try:
            if mode == EXTENT:
                canvas = self.iface.mapCanvas()
                return Area.from_extent(canvas.extent(), canvas.mapSettings().destinationCrs(),
                                        tr("the map extent"))
            if mode == SELECTION:
                layer = self.iface.activeLayer()
                if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
                    raise AreaUnavailable(tr("Make a vector layer active and select features in it."))
                if not layer.selectedFeatureCount():
                    raise AreaUnavailable(tr("Select features of “{layer}” first.").format(layer=layer.name()))
                geometries = [feature.geometry() for feature in layer.getSelectedFeatures()]
                return Area.from_geometries(geometries, layer.crs(), self.predicate(),
                                            tr("the selected features of “{layer}”").format(layer=layer.name()))
            if self._drawn is None:
                raise AreaUnavailable(tr("Draw a rectangle or a polygon on the map first."))
            geometry, source_crs = self._drawn
            return Area.from_geometries([geometry], source_crs, self.predicate(), tr("the drawn shape"))
        except (errors.LizardError, QgsCsException) as exc:
            raise AreaUnavailable(str(exc) or tr("The area to load buildings for is empty.")) from exc

    def _area_mode_changed(self, *_args):
        mode = self.area_mode()
        if mode == EXTENT:
            self._remove_area_band()  # until a count or load used the extent
        self.predicate_combo.setEnabled(mode != EXTENT)
        self.clear_button.setEnabled(self._drawn is not None)
        self._watch_selection(mode == SELECTION)
        self._show_area()

    # ---------------------------------------------------------------------------- the area on the map

    def _area_geometry(self):
        """The area in WGS84 for the map, or ``None``."""
        try:
            area = self.area()
        except AreaUnavailable:
            return None
        return area.geometry if area.geometry is not None else QgsGeometry.fromRect(area.box)

    def _show_area(self, geometry=None):
        """Outline the active area on the map (the extent only once it was used: it is the whole view)."""
        if geometry is None and self.area_mode() != EXTENT:
            geometry = self._area_geometry()
        if geometry is None:
            if self.area_mode() != EXTENT:
                self._remove_area_band()
            return
        if self._area_band is None:
            self._area_band = polygon_band(self.iface.mapCanvas(), AREA, 30)
        show_geometries(self._area_band, [geometry], self.isVisible())

    def _visibility_changed(self, visible):
        if self._area_band is not None:
            self._area_band.setVisible(visible)

    def _watch_selection(self, on):
        signal = getattr(self.iface, "currentLayerChanged", None)
        if signal is not None:
            disconnect(signal, self._active_layer_changed)
            if on:
                signal.connect(self._active_layer_changed)
        self._watch_selection_of(self.iface.activeLayer() if on else None)

    def _watch_selection_of(self, layer):
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        if layer is self._watched_layer:
            return
        if alive(self._watched_layer):
            disconnect(self._watched_layer.selectionChanged, self._selection_area_changed)
        self._watched_layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._selection_area_changed)

    def _active_layer_changed(self, *_args):
        self._watch_selection_of(self.iface.activeLayer())
        self._show_area()

    def _selection_area_changed(self, *_args):
        if self.area_mode() == SELECTION:
            self._show_area()

    # ------------------------------------------------------------------------------------- drawing

    def start_drawing(self, shape=RECTANGLE):
        """Activate the drawing tool (what the Rectangle and Polygon buttons do); returns it."""
        return self._draw(shape, True)

    def set_drawn_shape(self, geometry, shape_crs):
        """Use ``geometry`` (in ``shape_crs``) as the area, as if drawn."""
        self._drawn = (QgsGeometry(geometry), QgsCoordinateReferenceSystem(shape_crs))
        self.clear_button.setEnabled(True)
        if self.area_mode() != DRAWN:
            self.set_area_mode(DRAWN)  # shows it
        else:
            self._show_area()

    def clear_drawn(self):
        self._drawn = None
        self.clear_button.setEnabled(False)
        if self._tool is not None:
            self._tool.reset()
        if self.area_mode() == DRAWN:
            self._remove_area_band()

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

        def work(task):
            try:
                return download.count(cancel=task)
            finally:
                client.close()

        task = LizardTask(tr("Counting Lizard buildings"), work)
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

    # ---------------------------------------------------------------------------------------- load

    def _output_changed(self, *_args):
        file = self.output() == GEOPACKAGE
        self.file_widget.setEnabled(file)
        self.file_widget.setVisible(file)

    def output(self):
        return self.output_combo.currentData()

    def set_output(self, kind, path=""):
        self.output_combo.setCurrentIndex(self.output_combo.findData(kind))
        if path:
            self.file_widget.setFilePath(path)

    def load(self):
        """Load every matching building into a new layer (a running load is stopped first); returns the task."""
        self._load = None  # the running load ends quietly: its layer keeps what arrived
        self._loader.cancel()
        path = ""
        if self.output() == GEOPACKAGE:
            path = self.file_widget.filePath().strip()
            if not path:
                self.status.setText(tr("Choose a GeoPackage file to save the buildings in."))
                self.load_ended.emit()
                return None
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
        prepared = self._prepare()
        if prepared is None:
            self.load_ended.emit()
            return None
        client, area, attributes = prepared
        download = Download(client, area, attributes, max_features=self.max_spin.value())
        name = tr("Lizard buildings ({area})").format(area=area.description)
        layer = QgsVectorLayer("MultiPolygon?crs={}".format(WGS84), name, "memory")
        layer.dataProvider().addAttributes(fields().toList())
        layer.updateFields()
        layer_fields = layer.fields()
        writer_options = None
        if path:
            writer_options = QgsVectorFileWriter.SaveVectorOptions()
            writer_options.driverName = "GPKG"
            writer_options.layerName = "buildings"
            writer_options.fileEncoding = "UTF-8"
        context = QgsCoordinateTransformContext(QgsProject.instance().transformContext())

        def work(task):
            writer = None
            if path:
                writer = QgsVectorFileWriter.create(path, layer_fields, QgsWkbTypes.MultiPolygon, crs(), context,
                                                    writer_options)
                if writer.hasError() != QgsVectorFileWriter.NoError:
                    raise errors.LizardError(tr("Could not write {path}: {error}").format(
                        path=path, error=writer.errorMessage()))
            try:
                def progress(done, total):
                    if total:
                        task.setProgress(min(100.0, 100.0 * done / total))
                    self.progress_ready.emit(task, done, total)

                for buildings in download.pages(cancel=task, progress=progress):
                    features = to_features(buildings, layer_fields)
                    if writer is not None and not writer.addFeatures(features):
                        raise errors.LizardError(tr("Could not write {path}: {error}").format(
                            path=path, error=writer.errorMessage()))
                    if task.isCanceled():
                        raise errors.CancelledError()
                    self.batch_ready.emit(task, features)
            finally:
                if writer is not None:
                    writer.flushBuffer()
                    del writer  # closes the file
                client.close()
            return download

        task = LizardTask(tr("Loading Lizard buildings"), work)
        self._load = task.load = {"layer": layer, "path": path, "download": download, "start": time.monotonic(),
                                  "ended": False}
        task.succeeded.connect(lambda _result: self._load_ended(task, None))
        task.failed.connect(lambda error: self._load_ended(task, error))
        self._show_layer(layer)
        QgsProject.instance().addMapLayer(layer)
        layer.willBeDeleted.connect(self._layer_deleted)
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Loading…"))
        return self._loader.start(task)

    def _current_load(self, task):
        return self._load is not None and getattr(task, "load", None) is self._load

    def _batch_arrived(self, task, features):
        """Add a batch to its load's layer (a stopped load's late batches too: they arrived)."""
        load = getattr(task, "load", None)
        layer = load["layer"] if load is not None else None
        if not alive(layer) or load["ended"]:
            return
        ok, added = layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        layer.triggerRepaint()
        if layer is self.layer:
            self.model.append(added if ok else [])

    def _progress_arrived(self, task, done, total):
        if not self._current_load(task):
            return
        elapsed = time.monotonic() - self._load["start"]
        rate = rate_text(done, elapsed)
        if total:
            self.progress.setRange(0, max(total, done))
            self.progress.setValue(done)
            text = tr("{done} of {total}").format(done=done, total=total)
        else:
            self.progress.setRange(0, 0)
            text = tr("{done} loaded").format(done=done)
        self.progress.setFormat("{}  {}".format(text, rate).strip())
        self.status.setText(tr("Loading… {progress}").format(progress=self.progress.format()))

    def _load_ended(self, task, error):
        load = getattr(task, "load", None)
        if load is None or load["ended"] or sip.isdeleted(self):
            return
        load["ended"] = True
        current = load is self._load
        if not current:  # replaced by a newer load: only put its GeoPackage on the map
            if load["path"]:
                self._add_file_layer(load, load["layer"], show=False)
            return
        self._load = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        layer = load["layer"]
        download = load["download"]
        count = layer.featureCount() if alive(layer) else 0
        if load["path"]:
            self._add_file_layer(load, layer)
        if isinstance(error, errors.CancelledError):
            self.status.setText(tr("Stopped: %n building(s) loaded.", "", count))
        elif error is not None:
            self.status.setText(tr("Loading stopped by an error: %n building(s) loaded.", "", count))
            if not count and not load["path"] and alive(layer):
                QgsProject.instance().removeMapLayer(layer.id())  # nothing arrived: no empty layer left behind
            show_error(self.iface, error)
        else:
            text = tr("%n building(s) loaded.", "", count)
            if download.incomplete:
                text = tr("{loaded} Lizard may not have sent every building of a very dense spot.").format(
                    loaded=text)
            self.status.setText(text)
        self.load_ended.emit()

    def _add_file_layer(self, load, preview, show=True):
        """Swap the temporary preview for the written GeoPackage layer."""
        path = load["path"]
        name = preview.name() if alive(preview) else tr("Lizard buildings")
        file_layer = QgsVectorLayer("{}|layername=buildings".format(path), name, "ogr")
        if alive(preview):
            disconnect(preview.willBeDeleted, self._layer_deleted)
            if self.layer is preview:
                self._show_layer(None)
            QgsProject.instance().removeMapLayer(preview.id())
        if not file_layer.isValid():
            show_error(self.iface, errors.LizardError(tr("Could not open {path}.").format(path=path)))
            return
        QgsProject.instance().addMapLayer(file_layer)
        if show:
            file_layer.willBeDeleted.connect(self._layer_deleted)
            self._show_layer(file_layer)

    def cancel_load(self):
        """Stop loading; what arrived stays in the layer."""
        if self._load is not None:
            self._loader.cancel()
            self.status.setText(tr("Stopping…"))

    @property
    def loading(self):
        return self._load is not None

    def _layer_deleted(self):
        layer = self.sender()
        if self._load is not None and self._load["layer"] is layer:
            self._load = None
            self._loader.cancel()
            self.progress.hide()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("The layer was removed; loading stopped."))
        if layer is self.layer:
            self._show_layer(None)

    # -------------------------------------------------------------------------- table and selection

    def _show_layer(self, layer):
        """Show ``layer``'s features in the table and keep the table's and the map's selections in step."""
        if alive(self.layer):
            disconnect(self.layer.selectionChanged, self._layer_selection_changed)
        self.layer = layer
        features = []
        if layer is not None:
            layer.selectionChanged.connect(self._layer_selection_changed)
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
                list(COLUMNS), layer.fields())
            features = list(layer.getFeatures(request))
        self.model.reset(features)

    def _rows_selected(self, *_args):
        if self._syncing or not alive(self.layer):
            return
        rows = {index.row() for index in self.results.selectionModel().selectedRows()}
        ids = [fid for fid in (self.model.feature_id(row) for row in rows) if fid is not None]
        self._syncing = True
        try:
            self.layer.selectByIds(ids)
        finally:
            self._syncing = False

    def _row_clicked(self, index):
        fid = self.model.feature_id(index.row())
        if fid is not None:
            self.show_feature(fid)

    def show_feature(self, fid):
        """Flash the feature ``fid`` and pan the map to it."""
        layer, canvas = self.layer, self.iface.mapCanvas()
        if not alive(layer):
            return
        feature = layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        box = feature.geometry().boundingBox()
        target = canvas.mapSettings().destinationCrs()
        if target.isValid() and target != layer.crs():
            try:
                transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance())
                box = transform.transformBoundingBox(box)
            except QgsCsException:
                return
        canvas.setCenter(box.center())
        canvas.refresh()
        canvas.flashFeatureIds(layer, [fid])

    def _layer_selection_changed(self, selected, _deselected, _clear):
        if self._syncing or not alive(self.layer):
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for fid in self.layer.selectedFeatureIds():
            row = self.model.row_of(fid)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        self._syncing = True
        try:
            self.results.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)
            rows = [self.model.row_of(fid) for fid in selected]
            rows = [row for row in rows if row >= 0]
            if rows:
                self.results.scrollTo(self.model.index(rows[0], 0))
        finally:
            self._syncing = False

    # ------------------------------------------------------------------------------------- unload

    def cancel(self):
        """Stop everything the dock started (the plugin calls this on unload): tasks, the map tool, the area
        outline, the connections to the map and layers."""
        self._counter.cancel()
        if self._load is not None:
            self._load["ended"] = True  # late batches and the end of the task are ignored
        self._load = None
        self._loader.cancel()
        self._restore_map_tool()
        if self._tool is not None:
            disconnect(self._tool.drawn, self._shape_drawn)
            disconnect(self._tool.deactivated, self._tool_deactivated)
            self._tool.reset()
            self._tool.deleteLater()
            self._tool = None
        self._remove_area_band()
        self._watch_selection(False)
        if alive(self.layer):
            disconnect(self.layer.selectionChanged, self._layer_selection_changed)
            disconnect(self.layer.willBeDeleted, self._layer_deleted)
        self.layer = None
        self.model.reset()
