"""The raster download dialog: a Lizard raster layer as local GeoTIFFs (or VRTs) for an area, CRS, pixel size
and time steps, with its size shown before it starts, progress per file, cancel and resume.

All the work is in ``core.download``: this dialog collects the parameters, plans and runs the download in
:class:`~lizard_explorer.core.tasks.LizardTask` s (never HTTP on the GUI thread) and shows what happens.
``Plan.run`` calls back from the task's thread; those calls reach the widgets only through the Qt signals
of a small :class:`_Bridge` connected with ``Qt.QueuedConnection``. The files are added to the map in a
layer-tree group named after the raster.
"""

import html
import os

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsLayerTree,
    QgsProject,
    QgsRasterLayer,
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
from qgis.PyQt.QtCore import QDir, QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import download, errors
from ..core.client import LizardClient
from ..core.compat import layer_filter
from ..core.i18n import tr
from ..core.log import get_logger
from ..core.tasks import LatestTask, LizardTask, run_task
from .bands import AREA, polygon_band, show_geometries
from .map_tools import POLYGON, RECTANGLE, DrawAreaMixin
from .messages import sentence, show_error, show_info
from .qt import alive, disconnect

log = get_logger("download_dialog")

EXTENT, SELECTION, DRAWN = "extent", "selection", "drawn"
GEOTIFF, VRT = "tif", "vrt"
PLAN_DELAY_MS = 400
BYTES_PER_PIXEL = 4  # float32, before compression
FILE_COLUMN, STATE_COLUMN, PERCENT_COLUMN = 0, 1, 2
WGS84 = "EPSG:4326"


class FormError(Exception):
    """The form cannot be used as it is; ``str()`` is the sentence that says why."""



def _label(name):
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def state_text(status, error=None):
    """What the table says about a file in ``status`` (``core.download``'s item statuses)."""
    if status == download.FAILED:
        return tr("failed: {reason}").format(reason=sentence(error) if error is not None else "")
    texts = {
        download.PENDING: tr("waiting"),
        download.RUNNING: tr("downloading"),
        download.DONE: tr("done"),
        download.SKIPPED: tr("already there (skipped)"),
        download.CANCELLED: tr("cancelled (nothing partial kept)"),
    }
    return texts.get(status, status)


def has_epsg(crs):
    return crs.isValid() and crs.authid().upper().startswith("EPSG:")


class _Bridge(QObject):
    """Signals the download task emits from its thread; connected to the dialog with QueuedConnection."""

    progress = pyqtSignal(float, str)  # overall fraction, message
    item_progress = pyqtSignal(int, float)  # row, fraction
    item_changed = pyqtSignal(int, str, str)  # row, status, text


class RasterDownloadDialog(DrawAreaMixin, QDialog):
    """Download a Lizard raster layer (its JSON, or its UUID) for an area as GeoTIFF or VRT files."""

    planned = pyqtSignal()  # a plan arrived (or planning failed): the summary is set
    ended = pyqtSignal()  # a download ended: done, cancelled or failed

    def __init__(self, iface, raster, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("LizardRasterDownloadDialog")
        self.poll = {}  # follow_task's poll intervals (tests make them short)
        self.concurrency = download.CONCURRENCY
        if isinstance(raster, dict):
            self.raster, self.uuid = raster, raster.get("uuid") or ""
        else:
            self.raster, self.uuid = None, str(raster or "").strip()
        self.steps = None  # epoch ms of a temporal raster's time steps, once loaded
        self.plan = None  # the plan for the form as it is (None while stale)
        self.error = None
        self.result_paths = None
        self.layers = []  # the layers the last download added to the map
        self._version = 0  # bumped on every change of the form
        self._plan_version = -1
        self._plan_output = None
        self._run_after_plan = False
        self._last_plan = None  # the plan that ran last: Resume runs it again
        self._run_task = None
        self._loader = LatestTask()
        self._planner = LatestTask()
        self._bridge = None
        self._drawn = None  # (QgsGeometry, QgsCoordinateReferenceSystem)
        self._area_band = None
        self._tool = None
        self._previous_tool = None
        self._watched_canvas = None
        self._build()
        self._connect()
        self._show_raster()
        self._load_raster()

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
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.Stretch)
        header.setSectionResizeMode(STATE_COLUMN, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(PERCENT_COLUMN, QHeaderView.ResizeToContents)
        self.files_table.verticalHeader().hide()
        self.files_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.files_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        # The ends of the names differ (feature, time step).
        self.files_table.setTextElideMode(Qt.ElideMiddle)
        self.files_table.setWordWrap(False)
        self.files_table.setMinimumHeight(140)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.status_label = _label("status")
        self.error_label = _label("error")
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        # --- buttons
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.download_button = self.buttons.addButton(tr("Download"), QDialogButtonBox.ActionRole)
        self.download_button.setObjectName("download")
        self.resume_button = self.buttons.addButton(tr("Resume"), QDialogButtonBox.ActionRole)
        self.resume_button.setObjectName("resume")
        self.resume_button.setToolTip(tr("Download the files that are not there yet (complete files are skipped)"))
        self.resume_button.hide()
        self.cancel_button = self.buttons.addButton(tr("Cancel download"), QDialogButtonBox.ActionRole)
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

    # ---------------------------------------------------------------------------------- the raster

    def raster_name(self):
        raster = self.raster or {}
        return raster.get("name") or raster.get("uuid") or self.uuid

    def _show_raster(self):
        raster = self.raster
        if raster is None:
            self.raster_label.setText(tr("Loading the raster {uuid} from Lizard…").format(uuid=self.uuid))
            return
        self.setWindowTitle(tr("Download “{name}” from Lizard").format(name=self.raster_name()))
        x, y = raster.get("pixelsize_x"), raster.get("pixelsize_y")
        native = raster.get("projection") or tr("unknown")
        if x and y:
            text = tr("<b>{name}</b><br>Native: {crs}, pixels of {x} × {y}.").format(
                name=html.escape(self.raster_name()), crs=html.escape(native), x=abs(float(x)), y=abs(float(y)))
        else:
            text = tr("<b>{name}</b><br>Native: {crs}.").format(name=html.escape(self.raster_name()),
                                                                crs=html.escape(native))
        self.raster_label.setText(text)
        if raster.get("projection"):
            crs = QgsCoordinateReferenceSystem(raster["projection"])
            if crs.isValid():
                self.crs_widget.setCrs(crs)
        self.time_box.setVisible(bool(raster.get("temporal")))

    def _needs_fetch(self):
        return self.raster is None or not all(key in self.raster for key in ("projection", "temporal"))

    def _load_raster(self):
        """Fetch the raster (when only its UUID is known) and, for a temporal raster, its time steps."""
        needs_raster = self._needs_fetch()
        if not needs_raster and not self.raster.get("temporal"):
            self._changed()
            return None
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        known = None if needs_raster else self.raster
        key = self.uuid

        def work(task):
            with client:
                raster = known or download.fetch_raster(client, key, cancel=task)
                steps = download.fetch_steps(client, raster["uuid"], cancel=task) if raster.get("temporal") else None
            return raster, steps

        task = LizardTask(tr("Loading the Lizard raster {name}").format(name=self.raster_name()), work)
        task.succeeded.connect(lambda result: self._raster_loaded(task, result))
        task.failed.connect(lambda error: self._raster_failed(task, error))
        if not needs_raster:
            self.steps_label.setText(tr("Loading the time steps…"))
        return self._loader.start(task)

    def loading(self):
        return self._loader.task is not None

    def _raster_loaded(self, task, result):
        if not self._loader.is_current(task):
            return
        self._loader.task = None
        self.raster, steps = result
        self.uuid = self.raster.get("uuid") or self.uuid
        self._show_raster()
        if self.raster.get("temporal"):
            self._fill_steps(steps or [])
        self._changed()

    def _raster_failed(self, task, error):
        if not self._loader.is_current(task):
            return
        self._loader.task = None
        self.steps_label.setText(tr("The time steps could not be loaded."))
        self._show_error(error)
        self.update_state()

    def _fill_steps(self, steps):
        self.steps = list(steps)
        for combo in (self.step_combo, self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for ms in self.steps:
                combo.addItem(download.iso_utc(ms), ms)
            combo.setCurrentIndex(len(self.steps) - 1)
            combo.blockSignals(False)
        if not self.steps:
            self.steps_label.setText(tr("This raster has no time steps yet: it holds no data."))

    def selected_steps(self):
        """The time steps the form picks (epoch ms), or ``None`` for a raster that is not temporal."""
        if not (self.raster or {}).get("temporal") or self.steps is None:
            return None
        if self.one_step_radio.isChecked():
            value = self.step_combo.currentData()
            return [] if value is None else [value]
        start, end = self.from_combo.currentData(), self.to_combo.currentData()
        if start is None or end is None:
            return []
        return [ms for ms in self.steps if start <= ms <= end]

    # ---------------------------------------------------------------------------------------- area

    def area_mode(self):
        return self.area_combo.currentData()

    def set_area_mode(self, mode):
        self.area_combo.setCurrentIndex(self.area_combo.findData(mode))

    def _area_mode_changed(self, *_args):
        mode = self.area_mode()
        self.selection_widget.setVisible(mode == SELECTION)
        self.draw_widget.setVisible(mode == DRAWN)
        if mode != DRAWN:
            self._restore_map_tool()
        self._show_area()
        self._changed()

    def _layer_changed(self, layer):
        self.field_combo.setLayer(layer)
        self._changed()

    def several_files(self):
        """Whether the form gives more than one file (then the output is a folder)."""
        per_feature = self.area_mode() == SELECTION and self.per_feature_check.isChecked()
        return per_feature or (bool((self.raster or {}).get("temporal")) and self.range_radio.isChecked())

    def _watch_canvas(self, on):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if self._watched_canvas is not None and alive(self._watched_canvas):
            disconnect(self._watched_canvas.extentsChanged, self._extent_changed)
            disconnect(self._watched_canvas.destinationCrsChanged, self._extent_changed)
        self._watched_canvas = None
        if on and canvas is not None:
            canvas.extentsChanged.connect(self._extent_changed)
            canvas.destinationCrsChanged.connect(self._extent_changed)
            self._watched_canvas = canvas

    def _extent_changed(self, *_args):
        if self.area_mode() == EXTENT and not self.busy():
            self._changed()

    def _selected_layer(self):
        layer = self.layer_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            raise FormError(tr("Choose a polygon layer and select polygons in it."))
        if not layer.selectedFeatureCount():
            raise FormError(tr("Select polygons of “{layer}” first.").format(layer=layer.name()))
        return layer

    def area_request(self):
        """``{"area": Area}`` or ``{"features": [...], "features_crs": crs, "name_field": name}``."""
        mode = self.area_mode()
        if mode == EXTENT:
            canvas = self.iface.mapCanvas()
            extent = canvas.extent()
            if extent.isEmpty() or not extent.width() or not extent.height():
                raise FormError(tr("The map shows no area to download."))
            return {"area": download.Area.from_extent(extent, canvas.mapSettings().destinationCrs())}
        if mode == SELECTION:
            layer = self._selected_layer()
            features = sorted((f for f in layer.getSelectedFeatures() if f.hasGeometry()), key=lambda f: f.id())
            if not features:
                raise FormError(tr("The selected features of “{layer}” have no geometry.").format(layer=layer.name()))
            if self.per_feature_check.isChecked():
                return {"features": features, "features_crs": QgsCoordinateReferenceSystem(layer.crs()),
                        "name_field": self.field_combo.currentField() or None}
            union = QgsGeometry.unaryUnion([f.geometry() for f in features])
            if union is None or union.isEmpty():
                raise FormError(tr("The selected features of “{layer}” have no geometry.").format(layer=layer.name()))
            return {"area": download.Area.from_geometry(union, layer.crs())}
        if self._drawn is None:
            raise FormError(tr("Draw a rectangle or a polygon on the map first."))
        geometry, crs = self._drawn
        return {"area": download.Area.from_geometry(geometry, crs)}

    # ------------------------------------------------------------------------------------- drawing

    def start_drawing(self, shape=RECTANGLE):
        """Activate the drawing tool (what the Rectangle and Polygon buttons do); returns it."""
        if self.area_mode() != DRAWN:
            self.set_area_mode(DRAWN)
        return self._draw(shape, True)

    def set_drawn_shape(self, geometry, shape_crs):
        """Use ``geometry`` (in ``shape_crs``) as the area, as if drawn."""
        self._drawn = (QgsGeometry(geometry), QgsCoordinateReferenceSystem(shape_crs))
        self.clear_button.setEnabled(True)
        if self.area_mode() != DRAWN:
            self.set_area_mode(DRAWN)
        else:
            self._show_area()
            self._changed()

    def clear_drawn(self):
        self._drawn = None
        self.clear_button.setEnabled(False)
        if self._tool is not None:
            self._tool.reset()
        self._show_area()
        self._changed()

    def _show_area(self):
        """Outline the drawn shape on the map while it is the area."""
        if self.area_mode() != DRAWN or self._drawn is None:
            self._remove_area_band()
            return
        geometry, crs = self._drawn
        geometry = QgsGeometry(geometry)
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        if crs.isValid() and crs != wgs84:
            try:
                geometry.transform(QgsCoordinateTransform(crs, wgs84, QgsProject.instance()))
            except Exception:  # noqa: BLE001 - QgsCsException: no outline, the area still counts
                return
        if self._area_band is None:
            self._area_band = polygon_band(self.iface.mapCanvas(), AREA, 30)
        show_geometries(self._area_band, [geometry])

    # ---------------------------------------------------------------------------------------- form

    def output_path(self):
        """The output as the core takes it: a ``.tif``/``.vrt`` file, or a folder when several files result."""
        path = self.output_widget.filePath().strip()
        if not path:
            return ""
        path = os.path.abspath(os.path.expanduser(path))
        if self.several_files():
            return path
        stem, extension = os.path.splitext(path)
        if self.format_combo.currentData() == VRT:
            return path if extension.lower() == ".vrt" else (stem if extension.lower() in (".tif", ".tiff")
                                                               else path) + ".vrt"
        if extension.lower() in (".tif", ".tiff"):
            return path
        return (stem if extension.lower() == ".vrt" else path) + ".tif"

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
            item.status not in (download.DONE, download.SKIPPED) for item in self._last_plan.items)

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

    # ---------------------------------------------------------------------------------------- plan

    def preview(self):
        """Plan the download for the form as it is (in a task) and show its size; returns the task."""
        self._plan_timer.stop()
        if self.busy():
            return None
        return self._start_plan(run=False)

    def _start_plan(self, run):
        try:
            request = self.request(need_output=run)
            client = LizardClient.from_settings()
        except FormError as exc:
            if not run:
                self.summary_label.setText(str(exc))
                self.planned.emit()
            return None
        except errors.LizardError as exc:
            self._show_error(exc)
            self.planned.emit()
            return None
        raster = self.raster
        version = self._version
        output = request["output"]
        keywords = {key: request[key] for key in ("crs", "pixel_size", "nodata", "time", "time_end", "vrt")}

        def work(task):
            with client:
                if "features" in request:
                    return download.plan_per_feature(client, raster, request["features"], request["name_field"],
                                                     output, request["features_crs"], cancel=task, **keywords)
                return download.plan_download(client, raster, output, request["area"], cancel=task, **keywords)

        task = LizardTask(tr("Planning the download of {name}").format(name=self.raster_name()), work)
        task.succeeded.connect(lambda plan: self._plan_arrived(task, plan, version, output if run else None))
        task.failed.connect(lambda error: self._plan_failed(task, error))
        self._run_after_plan = run
        if run:
            self.status_label.setText(tr("Planning the download…"))
        else:
            self.summary_label.setText(tr("Working out the size…"))
        self.update_state()
        return self._planner.start(task)

    def _plan_arrived(self, task, plan, version, output):
        if not self._planner.is_current(task):
            return
        self._planner.task = None
        run, self._run_after_plan = self._run_after_plan, False
        if version != self._version:  # the form changed meanwhile
            self.update_state()
            self._plan_timer.start()
            return
        self.plan = plan
        self._plan_version = version
        self._plan_output = output
        self.summary_label.setText(self.summary_text(plan))
        self._fill_table(plan)
        self.planned.emit()
        if run:
            self._start_run(plan)
        else:
            self.update_state()

    def _plan_failed(self, task, error):
        if not self._planner.is_current(task):
            return
        self._planner.task = None
        run, self._run_after_plan = self._run_after_plan, False
        if isinstance(error, errors.CancelledError):
            self.update_state()
            return
        self.summary_label.setText(sentence(error))
        if run:
            self.status_label.clear()
            self._show_error(error)
        else:
            log.info("Planning the download failed: %s", error.log_text() if hasattr(error, "log_text") else error)
        self.update_state()
        self.planned.emit()

    def summary_text(self, plan):
        pixels = plan.pixel_count
        megabytes = pixels * BYTES_PER_PIXEL / 1e6
        text = tr("{files} file(s), {tiles} tile(s), {pixels} pixels (about {mb} MB before compression); {crs}, "
                  "pixel size {x} × {y}.").format(
            files=len(plan.items), tiles=plan.tile_count, pixels="{:,}".format(pixels),
            mb="{:.1f}".format(megabytes) if megabytes >= 0.1 else "{:.3g}".format(megabytes),
            crs=plan.crs, x=plan.pixel_size[0], y=plan.pixel_size[1])
        return " ".join([text] + list(plan.notes))

    def _fill_table(self, plan):
        self.files_table.setRowCount(0)
        self.files_table.setRowCount(len(plan.items))
        for row, item in enumerate(plan.items):
            name = QTableWidgetItem(os.path.basename(item.path))
            name.setToolTip(item.path)
            self.files_table.setItem(row, FILE_COLUMN, name)
            there = os.path.exists(item.path)
            status = download.SKIPPED if there else download.PENDING
            self.files_table.setItem(row, STATE_COLUMN, QTableWidgetItem(state_text(status)))
            self.files_table.setItem(row, PERCENT_COLUMN, QTableWidgetItem("100" if there else "0"))

    def file_names(self):
        return [self.files_table.item(row, FILE_COLUMN).text() for row in range(self.files_table.rowCount())]

    def state_of(self, row):
        item = self.files_table.item(row, STATE_COLUMN)
        return item.text() if item is not None else ""

    def percent_of(self, row):
        item = self.files_table.item(row, PERCENT_COLUMN)
        return int(item.text()) if item is not None and item.text() else 0

    # ------------------------------------------------------------------------------------ download

    def download(self):
        """Start the download the form describes (planning it first when the plan is stale); returns the task."""
        self._plan_timer.stop()
        self.error = None
        self.error_label.hide()
        if self.busy():
            return None
        reason = self.blocking_reason()
        if reason:
            self.update_state()
            return None
        if self.plan is not None and self._plan_version == self._version and self._plan_output == self.output_path():
            return self._start_run(self.plan)
        return self._start_plan(run=True)

    def resume(self):
        """Run the last plan again: the files that are there are skipped, the rest is fetched."""
        if self.busy() or not self.resumable():
            return None
        self.error = None
        self.error_label.hide()
        self._fill_table(self._last_plan)
        return self._start_run(self._last_plan)

    def _start_run(self, plan):
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self._show_error(exc)
            self.update_state()
            return None
        self.result_paths = None
        self._last_plan = plan
        bridge = _Bridge()  # no parent: the task's closure keeps it alive as long as it may emit
        bridge.progress.connect(self._progress, Qt.QueuedConnection)
        bridge.item_progress.connect(self._item_progress, Qt.QueuedConnection)
        bridge.item_changed.connect(self._item_changed, Qt.QueuedConnection)
        self._bridge = bridge
        rows = {id(item): row for row, item in enumerate(plan.items)}
        poll, concurrency = dict(self.poll), self.concurrency

        def work(task):
            def progress(fraction, message):
                task.setProgress(100.0 * fraction)
                bridge.progress.emit(float(fraction), message or "")

            def item_progress(item, fraction):
                bridge.item_progress.emit(rows[id(item)], float(fraction))

            def on_item(item):
                bridge.item_changed.emit(rows[id(item)], item.status, state_text(item.status, item.error))

            with client:
                return plan.run(client, progress=progress, item_progress=item_progress, on_item=on_item, cancel=task,
                                concurrency=concurrency, stop_on_error=False, poll=poll)

        task = LizardTask(tr("Downloading {name} from Lizard").format(name=self.raster_name()), work)
        task.succeeded.connect(lambda paths: self._finished(task, plan, paths, None))
        task.failed.connect(lambda error: self._finished(task, plan, None, error))
        self._run_task = task
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status_label.setText(tr("Downloading…"))
        self.update_state()
        return run_task(task)

    def _progress(self, fraction, message):
        if self._run_task is None:
            return
        self.progress_bar.setValue(int(round(100 * fraction)))
        if message:
            self.status_label.setText(message)

    def _set_cell(self, row, column, text):
        item = self.files_table.item(row, column)
        if item is not None:
            item.setText(text)
            item.setToolTip(text)

    def _item_progress(self, row, fraction):
        if self._run_task is None:
            return
        self._set_cell(row, PERCENT_COLUMN, str(int(round(100 * fraction))))
        if 0 < fraction < 1 and self.state_of(row) == state_text(download.PENDING):
            self._set_cell(row, STATE_COLUMN, state_text(download.RUNNING))

    def _item_changed(self, row, status, text):
        if self._run_task is None:
            return
        self._set_cell(row, STATE_COLUMN, text)
        if status in (download.DONE, download.SKIPPED):
            self._set_cell(row, PERCENT_COLUMN, "100")

    def cancel_download(self):
        """Stop the download: complete files are kept, partial ones deleted; Resume fetches the rest."""
        for task in (self._run_task, self._planner.task if self._run_after_plan else None):
            if task is not None:
                self.status_label.setText(tr("Cancelling…"))
                try:
                    task.cancel()
                except RuntimeError:
                    pass

    def _finished(self, task, plan, paths, error):
        if task is not self._run_task:
            return
        self._run_task = None
        self._bridge = None
        self.progress_bar.hide()
        for row, item in enumerate(plan.items):
            self._set_cell(row, STATE_COLUMN, state_text(item.status, item.error))
            if item.status in (download.DONE, download.SKIPPED):
                self._set_cell(row, PERCENT_COLUMN, "100")
        if error is None:
            self.result_paths = list(paths)
            self.layers = self.add_to_map(self.result_paths)
            text = tr("Downloaded {count} file(s) of “{name}”.").format(count=len(paths), name=self.raster_name())
            self.status_label.setText(text)
            show_info(self.iface, text, tr("Download from Lizard"), Qgis.Success)
        elif isinstance(error, errors.CancelledError):
            self.error = error
            self.status_label.setText(tr(
                "Cancelled: the files that were complete are kept, nothing partial is left. Resume fetches the rest."))
        else:
            self.status_label.clear()
            self._show_error(error)
        self.update_state()
        self.ended.emit()

    def _show_error(self, error):
        self.error = error
        if isinstance(error, errors.CancelledError):
            return
        self.error_label.setText(sentence(error))
        self.error_label.show()
        show_error(self.iface, error, tr("Download from Lizard"))

    # ------------------------------------------------------------------------------------- the map

    def add_to_map(self, paths):
        """Add the files to a group named after the raster at the top of the layer tree (a file already in
        that group is not added twice); returns the new layers."""
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        name = self.raster_name()
        group = next((node for node in root.children() if QgsLayerTree.isGroup(node) and node.name() == name), None)
        known = set()
        if group is not None:
            known = {os.path.normcase(os.path.abspath(node.layer().source())) for node in group.findLayers()
                     if node.layer() is not None}
        added = []
        for path in paths:
            if os.path.normcase(os.path.abspath(path)) in known:
                continue
            layer = QgsRasterLayer(path, os.path.splitext(os.path.basename(path))[0], "gdal")
            if not layer.isValid():
                log.warning("QGIS cannot open the downloaded file %s", path)
                continue
            if group is None:
                group = root.insertGroup(0, name)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            added.append(layer)
        return added

    # ---------------------------------------------------------------------------------- closing

    def cancel(self):
        """Cancel everything this dialog runs (the plugin is unloading, or the dock goes)."""
        self._plan_timer.stop()
        self.cancel_download()
        self._loader.cancel()
        self._planner.cancel()
        self._restore_map_tool()
        self._remove_area_band()
        self._watch_canvas(False)

    def showEvent(self, event):  # noqa: N802 - Qt API
        self._watch_canvas(True)
        super().showEvent(event)

    def done(self, code):
        # Closing leaves a running download going (the task bar shows it; the message bar says how it ended).
        self._plan_timer.stop()
        self._loader.cancel()
        if not self._run_after_plan:
            self._planner.cancel()
        self._restore_map_tool()
        self._remove_area_band()
        self._watch_canvas(False)
        super().done(code)


__all__ = ["RasterDownloadDialog", "state_text"]
