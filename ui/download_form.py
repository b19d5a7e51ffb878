"""The raster download dialog's form: its widgets, and what they ask for as a request for the planner.

Also the dialog's constants and small helpers, shared by its area and raster parts."""

import os

from qgis.core import (
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsDoubleSpinBox,
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsProjectionSelectionWidget,
)
from qgis.PyQt.QtCore import QDir, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import outputs
from ..core.compat import layer_filter
from ..core.i18n import tr
from ..core.rasters import download_grid
from .map_tools import POLYGON, RECTANGLE
from .messages import error_label, sentence

EXTENT, SELECTION, DRAWN = "extent", "selection", "drawn"
GEOTIFF, VRT = "tif", "vrt"
PLAN_DELAY_MS = 400
BYTES_PER_PIXEL = 4  # float32, before compression
FILE_COLUMN, STATE_COLUMN, PERCENT_COLUMN = 0, 1, 2
WGS84 = "EPSG:4326"


class FormError(Exception):
    """The form cannot be used as it is; ``str()`` is the sentence that says why."""


def _context():
    """The project's transform context, taken on the GUI thread: the tasks never ask ``QgsProject.instance()``."""
    return QgsProject.instance().transformContext()


def _label(name):
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def state_text(status, error=None):
    """What the table says about a file in ``status`` (``core.rasters.download_grid``'s item statuses)."""
    if status == download_grid.FAILED:
        return tr("failed: {reason}").format(reason=sentence(error) if error is not None else "")
    texts = {
        download_grid.PENDING: tr("waiting"),
        download_grid.RUNNING: tr("downloading"),
        download_grid.DONE: tr("done"),
        download_grid.SKIPPED: tr("already there (skipped)"),
        download_grid.CANCELLED: tr("cancelled (nothing partial kept)"),
    }
    return texts.get(status, status)


def has_epsg(crs):
    return crs.isValid() and crs.authid().upper().startswith("EPSG:")


class DownloadFormMixin:
    """The download dialog's widgets (built and connected) and the form read as a request."""

    # ------------------------------------------------------------------------------------ building

    def _build(self):
        self.setWindowTitle(tr("Download from Lizard"))
        self.raster_label = _label("raster")

        # --- area
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("area")
        for text, value in ((tr("Map canvas extent"), EXTENT), (tr("Selected polygons of a layer"), SELECTION),
                            (tr("Drawn rectangle or polygon"), DRAWN)):
            self.area_combo.addItem(text, value)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("layer")
        self.layer_combo.setFilters(layer_filter("PolygonLayer"))
        self.layer_combo.setAllowEmptyLayer(False)
        active = self.iface.activeLayer() if self.iface is not None else None
        if isinstance(active, QgsVectorLayer) and active.geometryType() == QgsWkbTypes.PolygonGeometry:
            self.layer_combo.setLayer(active)
        self.per_feature_check = QCheckBox(tr("One file per polygon, named from the field"))
        self.per_feature_check.setObjectName("per_feature")
        self.per_feature_check.setToolTip(tr("Unchecked: one file for the union of the selected polygons"))
        self.field_combo = QgsFieldComboBox()
        self.field_combo.setObjectName("name_field")
        self.field_combo.setAllowEmptyFieldName(True)
        self.field_combo.setLayer(self.layer_combo.currentLayer())
        self._make_draw_buttons()
        self.clear_button.setEnabled(False)

        self.selection_widget = QWidget()
        selection_form = QFormLayout(self.selection_widget)
        selection_form.setContentsMargins(0, 0, 0, 0)
        selection_form.addRow(tr("Layer"), self.layer_combo)
        field_row = QHBoxLayout()
        field_row.addWidget(self.per_feature_check)
        field_row.addWidget(self.field_combo, 1)
        selection_form.addRow(field_row)
        self.draw_widget = QWidget()
        draw_row = QHBoxLayout(self.draw_widget)
        draw_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.rectangle_button, self.polygon_button, self.clear_button):
            draw_row.addWidget(button)
        draw_row.addStretch(1)
        area_box = QGroupBox(tr("Area"))
        area_layout = QVBoxLayout(area_box)
        area_layout.addWidget(self.area_combo)
        area_layout.addWidget(self.selection_widget)
        area_layout.addWidget(self.draw_widget)

        # --- grid
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setObjectName("crs")
        self.pixel_spin = QgsDoubleSpinBox()
        self.pixel_spin.setObjectName("pixel_size")
        self.pixel_spin.setDecimals(6)
        self.pixel_spin.setRange(0.0, 1e7)
        self.pixel_spin.setSpecialValueText(tr("Native"))
        self.pixel_spin.setClearValue(0.0)
        self.pixel_spin.setShowClearButton(True)
        self.pixel_spin.setValue(0.0)
        self.pixel_spin.setToolTip(tr("In the units of the CRS. Native: the raster's own pixel size, converted "
                                      "when the CRS differs from the raster's"))
        self.nodata_edit = QLineEdit()
        self.nodata_edit.setObjectName("nodata")
        self.nodata_edit.setPlaceholderText(tr("Optional: the raster's own, else -9999"))
        grid_box = QGroupBox(tr("Grid"))
        grid_form = QFormLayout(grid_box)
        grid_form.addRow(tr("CRS"), self.crs_widget)
        grid_form.addRow(tr("Pixel size"), self.pixel_spin)
        grid_form.addRow(tr("NODATA"), self.nodata_edit)

        # --- time
        self.one_step_radio = QRadioButton(tr("One time step"))
        self.one_step_radio.setObjectName("one_step")
        self.range_radio = QRadioButton(tr("A range: one file per time step"))
        self.range_radio.setObjectName("range")
        self.one_step_radio.setChecked(True)
        self.step_combo = QComboBox()
        self.step_combo.setObjectName("step")
        self.from_combo = QComboBox()
        self.from_combo.setObjectName("from_step")
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("to_step")
        self.steps_label = _label("steps_status")
        self.time_box = QGroupBox(tr("Time (UTC)"))
        self.time_box.setObjectName("time")
        time_form = QFormLayout(self.time_box)
        time_form.addRow(self.one_step_radio, self.step_combo)
        time_form.addRow(self.range_radio)
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(tr("From")))
        range_row.addWidget(self.from_combo, 1)
        range_row.addWidget(QLabel(tr("to")))
        range_row.addWidget(self.to_combo, 1)
        time_form.addRow(range_row)
        time_form.addRow(self.steps_label)
        self.time_box.hide()

        # --- output
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format")
        self.format_combo.addItem(tr("GeoTIFF (the tiles joined)"), GEOTIFF)
        self.format_combo.addItem(tr("VRT over the tiles"), VRT)
        self.format_combo.setToolTip(
            tr("A VRT keeps the downloaded tiles in a folder next to it: its name with “_tiles” added."))
        self.output_widget = QgsFileWidget()
        self.output_widget.setObjectName("output")
        self.output_label = QLabel(tr("File"))
        output_box = QGroupBox(tr("Output"))
        output_form = QFormLayout(output_box)
        output_form.addRow(tr("Format"), self.format_combo)
        output_form.addRow(self.output_label, self.output_widget)

        # --- plan and progress
        self.summary_label = _label("summary")
        self.reason_label = _label("reason")
        self.reason_label.setStyleSheet("color: #8a6d00;")
        self.files_table = QTableWidget(0, 3)
        self.files_table.setObjectName("files")
        self.files_table.setHorizontalHeaderLabels([tr("File"), tr("State"), tr("%")])
        header = self.files_table.horizontalHeader()
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PERCENT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.files_table.verticalHeader().hide()
        self.files_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The ends of the names differ (feature, time step).
        self.files_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files_table.setWordWrap(False)
        self.files_table.setMinimumHeight(140)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.status_label = _label("status")
        self.error_label = error_label()

        # --- buttons
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.download_button = self.buttons.addButton(tr("Download"), QDialogButtonBox.ButtonRole.ActionRole)
        self.download_button.setObjectName("download")
        self.resume_button = self.buttons.addButton(tr("Resume"), QDialogButtonBox.ButtonRole.ActionRole)
        self.resume_button.setObjectName("resume")
        self.resume_button.setToolTip(tr("Download the files that are not there yet (complete files are skipped)"))
        self.resume_button.hide()
        self.cancel_button = self.buttons.addButton(tr("Cancel download"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.raster_label)
        layout.addWidget(area_box)
        layout.addWidget(grid_box)
        layout.addWidget(self.time_box)
        layout.addWidget(output_box)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.files_table, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(680, 900)

    def _connect(self):
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self.preview)
        self.area_combo.currentIndexChanged.connect(self._area_mode_changed)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.field_combo.fieldChanged.connect(self._changed)
        self.per_feature_check.toggled.connect(self._changed)
        self.rectangle_button.clicked.connect(lambda checked: self._draw(RECTANGLE, checked))
        self.polygon_button.clicked.connect(lambda checked: self._draw(POLYGON, checked))
        self.clear_button.clicked.connect(self.clear_drawn)
        self.crs_widget.crsChanged.connect(self._changed)
        self.pixel_spin.valueChanged.connect(self._changed)
        self.nodata_edit.textChanged.connect(self._changed)
        self.one_step_radio.toggled.connect(self._changed)
        for combo in (self.step_combo, self.from_combo, self.to_combo, self.format_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.output_widget.fileChanged.connect(self._changed)
        self.download_button.clicked.connect(self.download)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.buttons.rejected.connect(self.reject)
        self._watch_canvas(True)
        self._area_mode_changed()

    # ---------------------------------------------------------------------------------------- form

    def output_path(self):
        """The output as the core takes it: a ``.tif``/``.vrt`` file, or a folder when several files result."""
        return outputs.download_output(self.output_widget.filePath(), self.several_files(),
                                       self.format_combo.currentData() == VRT)

    def nodata(self):
        text = self.nodata_edit.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise FormError(tr("NODATA must be a number, e.g. -9999.")) from None

    def request(self, need_output=True):
        """What the form asks for, as keyword arguments for the planner; :class:`FormError` says what is missing."""
        if self.raster is None or self._needs_fetch():
            raise FormError(tr("Loading the raster from Lizard…") if self.loading()
                            else tr("The raster could not be loaded from Lizard."))
        crs = self.crs_widget.crs()
        if not crs.isValid():
            raise FormError(tr("Choose a CRS."))
        if not has_epsg(crs):
            raise FormError(tr(
                "The CRS {crs} has no EPSG code, which Lizard needs; choose a CRS with an EPSG code, for example "
                "EPSG:28992.").format(crs=crs.description() or crs.toProj()))
        request = {"crs": crs.authid().upper(), "pixel_size": self.pixel_spin.value() or None,
                   "nodata": self.nodata(), "time": None, "time_end": None,
                   "vrt": self.format_combo.currentData() == VRT}
        steps = self.selected_steps()
        if self.raster.get("temporal"):
            if self.steps is None:
                raise FormError(tr("Loading the time steps…") if self.loading()
                                else tr("The time steps could not be loaded."))
            if not steps:
                if not self.steps:
                    raise FormError(tr("This raster has no time steps yet: it holds no data."))
                raise FormError(tr("There is no time step from {start} to {end}: choose a later end.").format(
                    start=self.from_combo.currentText(), end=self.to_combo.currentText()))
            if self.one_step_radio.isChecked():
                request["time"] = steps[0]
            else:
                request["time"], request["time_end"] = steps[0], steps[-1]
        request.update(self.area_request())
        output = self.output_path()
        if need_output and not output:
            raise FormError(tr("Choose a folder to save the files in.") if self.several_files()
                            else tr("Choose a file to save the download in."))
        request["output"] = output or os.path.join(QDir.tempPath(), "lizard_download_preview")
        return request

    def blocking_reason(self, need_output=True):
        try:
            self.request(need_output)
        except FormError as exc:
            return str(exc)
        return None

    def _changed(self, *_args):
        """The form changed: the plan is stale; a new one is made after a short pause."""
        self._version += 1
        self.plan = None
        several = self.several_files()
        self.output_label.setText(tr("Folder") if several else tr("File"))
        if several:
            self.output_widget.setStorageMode(QgsFileWidget.GetDirectory)
        else:
            self.output_widget.setStorageMode(QgsFileWidget.SaveFile)
            self.output_widget.setFilter(tr("VRT (*.vrt)") if self.format_combo.currentData() == VRT
                                         else tr("GeoTIFF (*.tif *.tiff)"))
        steps = self.selected_steps()
        if steps is not None and self.steps:
            if self.range_radio.isChecked():
                self.steps_label.setText(tr("{count} time step(s): one file each.").format(count=len(steps)))
            else:
                self.steps_label.clear()
        for combo in (self.from_combo, self.to_combo):
            combo.setEnabled(self.range_radio.isChecked())
        self.step_combo.setEnabled(self.one_step_radio.isChecked())
        self.update_state()
        if not self.busy():
            self._plan_timer.start()

    def busy(self):
        return self._run_task is not None or self._run_after_plan

    def resumable(self):
        """Whether the last download left files to fetch (it was cancelled or failed)."""
        return self._last_plan is not None and any(
            item.status not in (download_grid.DONE, download_grid.SKIPPED) for item in self._last_plan.items)

    def update_state(self, *_args):
        busy = self.busy()
        reason = None if busy else self.blocking_reason()
        self.reason_label.setText(reason or "")
        self.reason_label.setVisible(bool(reason))
        self.download_button.setEnabled(not busy and reason is None)
        self.download_button.setToolTip(reason or "")
        resumable = not busy and self.resumable()
        self.resume_button.setVisible(resumable)
        self.resume_button.setEnabled(resumable)
        self.cancel_button.setEnabled(busy)
        for widget in (self.area_combo, self.selection_widget, self.draw_widget, self.crs_widget, self.pixel_spin,
                       self.nodata_edit, self.time_box, self.format_combo, self.output_widget):
            widget.setEnabled(not busy)
