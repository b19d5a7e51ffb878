"""Upload dialogs: rasters into a Lizard rastersource (new or existing, temporal or not), and timeseries events
from any table or layer.

All the work is in ``core.upload`` and ``core.events``; these dialogs collect the parameters, run it in
:class:`~lizard_explorer.core.tasks.LizardTask` s (never HTTP on the GUI thread) and show what happens. The
upload queue calls back from the task's thread; those calls reach the widgets only through the Qt signals
of a small :class:`_Bridge` connected with ``Qt.QueuedConnection``.
"""

import csv
import os
import re

from qgis.core import (
    Qgis,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import errors, geotiff
from ..core.client import LizardClient
from ..core.compat import FieldType, layer_filter
from ..core.events import events_from_rows, rows_from_source, upload_events
from ..core.i18n import tr
from ..core.log import get_logger
from ..core.sources import LayerSnapshot
from ..core.tasks import LatestTask, LizardTask, run_task
from ..core.upload import (
    ACCESS_MODIFIERS,
    CANCELLED,
    DONE,
    FAILED,
    PREPARING,
    PROCESSING,
    UPLOADING,
    WAITING,
    UploadItem,
    UploadQueue,
    check_uuid,
    create_raster_layer,
    create_rastersource,
    iso_duration,
    observation_types,
    summary,
    supplier_organisations,
    utc_timestamp,
    writable_rastersources,
)
from .add_to_map import MapAdder
from .messages import sentence, show_dialog_error, show_error, show_info

log = get_logger("upload_dialogs")

TIMESTEPS_FILE = "timesteps.csv"
SEARCH_DELAY_MS = 300
SOURCE_LIMIT = 100
_STAMP_IN_NAME = re.compile(r"_(\d{8}T\d{6}Z)\.tiff?$", re.IGNORECASE)
# table columns
FILE_COLUMN, TIME_COLUMN, STATE_COLUMN = 0, 1, 2
PATH_ROLE = Qt.UserRole
SOURCE_ROLE = Qt.UserRole + 1


def _error_label():
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _label(name):
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _client():
    """A client for the saved portal and key, made on the GUI thread (the auth database may ask here)."""
    return LizardClient.from_settings()


def state_text(state, error=None, percent=None):
    """What the table says about a file in ``state``."""
    if state == UPLOADING and percent is not None:
        return tr("uploading {percent}%").format(percent=int(percent))
    if state == FAILED:
        return tr("failed: {reason}").format(reason=sentence(error) if error is not None else "")
    texts = {
        WAITING: tr("waiting"),
        PREPARING: tr("preparing"),
        UPLOADING: tr("uploading"),
        PROCESSING: tr("processing on Lizard"),
        DONE: tr("done"),
        CANCELLED: tr("not sent (cancelled)"),
    }
    return texts.get(state, state)


# ------------------------------------------------------------------------------------- time steps


def read_timesteps(path):
    """``{absolute file path: timestamp text}`` from a temporal export's ``timesteps.csv`` (written by
    :func:`core.geotiff.write_timesteps_csv`). Unreadable lists give ``{}`` (logged)."""
    try:
        pairs = geotiff.read_timesteps_csv(path)
    except (OSError, UnicodeError, csv.Error, KeyError, ValueError) as exc:
        log.warning("Could not read %s: %s", path, exc)
        return {}
    return {os.path.normcase(os.path.abspath(file_path)): geotiff.iso_utc(stamp) for file_path, stamp in pairs}


def timestamp_for(path, lists=None):
    """The time of ``path`` from ``timesteps.csv`` beside it, else from a ``..._20240101T000000Z.tif`` name."""
    lists = {} if lists is None else lists
    folder = os.path.dirname(os.path.abspath(path))
    if folder not in lists:
        csv_path = os.path.join(folder, TIMESTEPS_FILE)
        lists[folder] = read_timesteps(csv_path) if os.path.isfile(csv_path) else {}
    stamp = lists[folder].get(os.path.normcase(os.path.abspath(path)))
    if stamp:
        return stamp
    match = _STAMP_IN_NAME.search(os.path.basename(path))
    if match:
        text = match.group(1)
        return "{}-{}-{}T{}:{}:{}Z".format(text[:4], text[4:6], text[6:8], text[9:11], text[11:13], text[13:15])
    return ""


# ---------------------------------------------------------------------------------------- the bridge


class _Bridge(QObject):
    """Signals the upload task emits from its thread; connected to the dialog with QueuedConnection."""

    item_changed = pyqtSignal(int, str, str)  # row, state, text
    bytes_sent = pyqtSignal(int, object, object, float)  # row, sent, total, overall percent


# ------------------------------------------------------------------------------------- raster upload


class RasterUploadDialog(QDialog):
    """Upload raster layers and/or GeoTIFF files into a new or an existing Lizard rastersource."""

    def __init__(self, iface, layer=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("LizardRasterUploadDialog")
        self.setWindowTitle(tr("Upload to Lizard"))
        self.poll = {}  # UploadQueue's poll intervals (tests make them short)
        self.error = None
        self.result_items = None
        self.created_source = None  # the new rastersource, once created
        self.created_raster = None
        self._items = None  # the upload queue's items: kept for Resume
        self._target = None  # the rastersource the queue sends to
        self._upload_task = None
        self._layer_task = None
        self._search = LatestTask()
        self._organisations_task = LatestTask()
        self._observations_task = LatestTask()
        self._filling = False
        self._bridge = None
        self.adder = MapAdder(iface, self)
        self.adder.done.connect(self._added_to_map)

        # --- files
        self.files_table = QTableWidget(0, 3)
        self.files_table.setObjectName("files")
        self.files_table.setHorizontalHeaderLabels([tr("File"), tr("Time (UTC)"), tr("State")])
        header = self.files_table.horizontalHeader()
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.Stretch)
        header.setSectionResizeMode(TIME_COLUMN, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(STATE_COLUMN, QHeaderView.Stretch)
        self.files_table.verticalHeader().hide()
        self.files_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.files_table.itemChanged.connect(self._cell_changed)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("layer")
        self.layer_combo.setFilters(layer_filter("RasterLayer"))
        self.add_layer_button = QPushButton(tr("Add layer"))
        self.add_layer_button.setObjectName("add_layer")
        self.add_layer_button.clicked.connect(lambda: self.add_layer(self.layer_combo.currentLayer()))
        self.add_files_button = QPushButton(tr("Add files…"))
        self.add_files_button.setObjectName("add_files")
        self.add_files_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.band_spin = QSpinBox()
        self.band_spin.setObjectName("band")
        self.band_spin.setRange(1, 9999)
        self.band_spin.setToolTip(tr("The band to upload from files with more than one band."))
        self.nodata_edit = QLineEdit()
        self.nodata_edit.setObjectName("nodata")
        self.nodata_edit.setPlaceholderText(tr("Optional: only for files without a NODATA value"))
        self.nodata_edit.textChanged.connect(self.update_state)

        # --- target
        self.existing_radio = QRadioButton(tr("An existing rastersource"))
        self.existing_radio.setObjectName("existing")
        self.new_radio = QRadioButton(tr("A new rastersource"))
        self.new_radio.setObjectName("new")
        self.existing_radio.setChecked(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(tr("Search your writable rastersources by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.sources_list = QListWidget()
        self.sources_list.setObjectName("sources")
        self.sources_list.itemSelectionChanged.connect(self.update_state)
        self.sources_label = _label("sources_status")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_sources)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search_sources)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.textChanged.connect(self.update_state)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setObjectName("organisation")
        self.organisation_combo.currentIndexChanged.connect(self.update_state)
        self.access_combo = QComboBox()
        self.access_combo.setObjectName("access")
        for value, text in zip(ACCESS_MODIFIERS, (tr("Private"), tr("Common"), tr("Public"))):
            self.access_combo.addItem(text, value)
        self.temporal_check = QCheckBox(tr("Temporal (one file per time step)"))
        self.temporal_check.setObjectName("temporal")
        self.temporal_check.toggled.connect(self.update_state)
        self.interval_edit = QLineEdit()
        self.interval_edit.setObjectName("interval")
        self.interval_edit.setPlaceholderText(tr("Time between steps, e.g. 1h, 15min, 1d or 01:00:00"))
        self.interval_edit.textChanged.connect(self.update_state)

        self.existing_box = QGroupBox()
        existing_layout = QVBoxLayout(self.existing_box)
        existing_layout.addWidget(self.search_edit)
        existing_layout.addWidget(self.sources_list)
        existing_layout.addWidget(self.sources_label)
        self.new_box = QGroupBox()
        new_form = QFormLayout(self.new_box)
        new_form.addRow(tr("Name"), self.name_edit)
        new_form.addRow(tr("Organisation"), self.organisation_combo)
        new_form.addRow(tr("Access"), self.access_combo)
        new_form.addRow("", self.temporal_check)
        new_form.addRow(tr("Interval"), self.interval_edit)
        self.existing_radio.toggled.connect(self._mode_changed)

        # --- outcome
        self.reason_label = _label("reason")
        self.reason_label.setStyleSheet("color: #8a6d00;")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.status_label = _label("status")
        self.error_label = _error_label()

        # --- a raster layer for a new source
        self.layer_box = QGroupBox(tr("Create a raster layer"))
        self.layer_box.setObjectName("raster_layer")
        self.layer_name_edit = QLineEdit()
        self.layer_name_edit.setObjectName("layer_name")
        self.observation_search = QLineEdit()
        self.observation_search.setObjectName("observation_search")
        self.observation_search.setPlaceholderText(tr("Search observation types"))
        self.observation_search.setClearButtonEnabled(True)
        self.observation_combo = QComboBox()
        self.observation_combo.setObjectName("observation_type")
        self._observation_timer = QTimer(self)
        self._observation_timer.setSingleShot(True)
        self._observation_timer.setInterval(SEARCH_DELAY_MS)
        self._observation_timer.timeout.connect(self.load_observation_types)
        self.observation_search.textEdited.connect(lambda _text: self._observation_timer.start())
        self.create_layer_button = QPushButton(tr("Create raster layer and add it to the map"))
        self.create_layer_button.setObjectName("create_layer")
        self.create_layer_button.clicked.connect(self.create_layer)
        layer_form = QFormLayout(self.layer_box)
        layer_form.addRow(tr("Name"), self.layer_name_edit)
        layer_form.addRow(tr("Observation type"), self.observation_search)
        layer_form.addRow("", self.observation_combo)
        layer_form.addRow("", self.create_layer_button)
        self.layer_box.hide()

        # --- buttons
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.upload_button = self.buttons.addButton(tr("Upload"), QDialogButtonBox.ActionRole)
        self.upload_button.setObjectName("upload")
        self.upload_button.clicked.connect(self.upload)
        self.resume_button = self.buttons.addButton(tr("Resume"), QDialogButtonBox.ActionRole)
        self.resume_button.setObjectName("resume")
        self.resume_button.setToolTip(tr("Send the files that were not uploaded yet"))
        self.resume_button.clicked.connect(self.resume)
        self.resume_button.hide()
        self.cancel_button = self.buttons.addButton(tr("Cancel upload"), QDialogButtonBox.ActionRole)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel_upload)
        self.cancel_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

        # --- layout
        layout = QVBoxLayout(self)
        files_box = QGroupBox(tr("Rasters to upload"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files_table)
        row = QHBoxLayout()
        row.addWidget(self.layer_combo, 1)
        row.addWidget(self.add_layer_button)
        row.addWidget(self.add_files_button)
        row.addWidget(self.remove_button)
        files_layout.addLayout(row)
        options = QFormLayout()
        options.addRow(tr("Band"), self.band_spin)
        options.addRow(tr("NODATA"), self.nodata_edit)
        files_layout.addLayout(options)
        layout.addWidget(files_box)
        target_box = QGroupBox(tr("Upload into"))
        target_layout = QVBoxLayout(target_box)
        radios = QHBoxLayout()
        radios.addWidget(self.existing_radio)
        radios.addWidget(self.new_radio)
        radios.addStretch(1)
        target_layout.addLayout(radios)
        target_layout.addWidget(self.existing_box)
        target_layout.addWidget(self.new_box)
        layout.addWidget(target_box)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.layer_box)
        layout.addWidget(self.buttons)
        self.resize(640, 720)

        if layer is not None:
            self.layer_combo.setLayer(layer)
            self.add_layer(layer)
        self._mode_changed()
        self._search_timer.start()  # the first search, once the dialog is up

    # ------------------------------------------------------------------------------------- files

    def rows(self):
        """``[(path, label, time text)]`` in table order."""
        out = []
        for row in range(self.files_table.rowCount()):
            item = self.files_table.item(row, FILE_COLUMN)
            time_item = self.files_table.item(row, TIME_COLUMN)
            out.append((item.data(PATH_ROLE), item.text(), time_item.text().strip() if time_item else ""))
        return out

    def add_file(self, path, label=None, timestamp=None, lists=None):
        """Add one file (its time from ``timesteps.csv`` beside it when not given); returns its row."""
        path = os.path.abspath(path)
        for row, (known, _label_text, _time) in enumerate(self.rows()):
            if os.path.normcase(known) == os.path.normcase(path):
                return row
        if timestamp is None:
            timestamp = timestamp_for(path, lists)
        self._filling = True
        try:
            row = self.files_table.rowCount()
            self.files_table.insertRow(row)
            name = QTableWidgetItem(label or os.path.basename(path))
            name.setData(PATH_ROLE, path)
            name.setToolTip(path)
            name.setFlags(name.flags() & ~Qt.ItemIsEditable)
            self.files_table.setItem(row, FILE_COLUMN, name)
            time_item = QTableWidgetItem(timestamp or "")
            time_item.setToolTip(tr("UTC, e.g. 2024-05-01T12:00:00Z; a time with a zone is converted"))
            self.files_table.setItem(row, TIME_COLUMN, time_item)
            state = QTableWidgetItem("")
            state.setFlags(state.flags() & ~Qt.ItemIsEditable)
            self.files_table.setItem(row, STATE_COLUMN, state)
        finally:
            self._filling = False
        self._inputs_changed()
        return row

    def add_files(self, paths):
        """Add files; a ``timesteps.csv`` among them adds every file it lists, with its time."""
        lists = {}
        for path in paths:
            if os.path.basename(path).lower() == TIMESTEPS_FILE:
                for listed, stamp in read_timesteps(path).items():
                    self.add_file(listed, timestamp=stamp, lists=lists)
            else:
                self.add_file(path, lists=lists)

    def add_layer(self, layer):
        """Add a raster layer's file; a layer that is not a file says so."""
        self.error_label.hide()
        if not isinstance(layer, QgsRasterLayer):
            return None
        if layer.providerType() != "gdal" or not os.path.isfile(layer.dataProvider().dataSourceUri()):
            self._show_error(errors.ExportError(
                tr("{name} is not a raster file; only rasters stored in a file can be uploaded.").format(
                    name=layer.name())))
            return None
        return self.add_file(layer.dataProvider().dataSourceUri(), label=layer.name())

    def choose_files(self):
        paths, _filter = QFileDialog.getOpenFileNames(
            self, tr("Rasters to upload"), "",
            tr("GeoTIFF and time step lists (*.tif *.tiff *.csv);;All files (*)"))
        if paths:
            self.add_files(paths)

    def remove_selected(self):
        rows = sorted({index.row() for index in self.files_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.files_table.removeRow(row)
        if rows:
            self._inputs_changed()

    def _cell_changed(self, item):
        if not self._filling and item.column() == TIME_COLUMN:
            self._inputs_changed()

    def _inputs_changed(self):
        """What to send changed: a previous queue no longer matches it, so there is nothing to resume."""
        if self._upload_task is None:
            self._items = None
        self.update_state()

    # ------------------------------------------------------------------------------------ target

    def _mode_changed(self, *_args):
        existing = self.existing_radio.isChecked()
        self.existing_box.setVisible(existing)
        self.new_box.setVisible(not existing)
        if not existing and self.organisation_combo.count() == 0 and self._organisations_task.task is None:
            self.load_organisations()
        self._items = None if self._upload_task is None else self._items
        self.update_state()

    def selected_source(self):
        items = self.sources_list.selectedItems()
        return items[0].data(SOURCE_ROLE) if items else None

    def target_is_temporal(self):
        if self.existing_radio.isChecked():
            source = self.selected_source()
            return bool(source and source.get("temporal"))
        return self.temporal_check.isChecked()

    def search_sources(self):
        """Search the writable rastersources (in a task; a newer search cancels this one)."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        try:
            client = _client()
        except errors.LizardError as exc:
            self.sources_label.setText(sentence(exc))
            return None

        def work(task):
            return writable_rastersources(client, text or None, cancel=task, limit=SOURCE_LIMIT)

        task = LizardTask(tr("Searching your writable rastersources"), work)
        task.succeeded.connect(lambda found: self._sources_found(task, found))
        task.failed.connect(lambda error: self._sources_failed(task, error))
        self.sources_label.setText(tr("Searching…"))
        return self._search.start(task)

    def _sources_found(self, task, found):
        if not self._search.is_current(task):
            return
        self._search.task = None
        self.show_sources(found)

    def show_sources(self, sources):
        """Fill the list with ``sources`` (rastersource dicts), keeping the selection when it is still there."""
        current = self.selected_source()
        keep = current.get("uuid") if current else None
        self.sources_list.blockSignals(True)
        try:
            self.sources_list.clear()
            for source in sources:
                organisation = (source.get("organisation") or {}).get("name") or ""
                details = [organisation] if organisation else []
                if source.get("temporal"):
                    details.append(tr("temporal, every {interval}").format(interval=source.get("interval") or "?"))
                text = source.get("name") or source.get("uuid")
                if details:
                    text = "{} ({})".format(text, ", ".join(details))
                item = QListWidgetItem(text)
                item.setData(SOURCE_ROLE, source)
                item.setToolTip(source.get("uuid") or "")
                self.sources_list.addItem(item)
                if keep and source.get("uuid") == keep:
                    item.setSelected(True)
        finally:
            self.sources_list.blockSignals(False)
        if sources:
            self.sources_label.setText(tr("%n writable rastersource(s).", "", len(sources)))
        else:
            self.sources_label.setText(tr("None of the rastersources you may write to matches; create a new one."))
        self.update_state()

    def _sources_failed(self, task, error):
        if not self._search.is_current(task):
            return
        self._search.task = None
        if isinstance(error, errors.CancelledError):
            return
        self.sources_label.setText(sentence(error))
        show_error(self.iface, error, tr("Upload to Lizard"))

    def load_organisations(self):
        """Fill the organisation list with the organisations where you may create data (a task)."""
        try:
            client = _client()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        task = LizardTask(tr("Loading your organisations"), lambda task: supplier_organisations(client, cancel=task))
        task.succeeded.connect(self._organisations_loaded)
        task.failed.connect(self._organisations_failed)
        return self._organisations_task.start(task)

    def _organisations_loaded(self, organisations):
        self._organisations_task.task = None
        self.organisation_combo.clear()
        for uuid, name in organisations:
            self.organisation_combo.addItem(name, uuid)
        self.update_state()

    def _organisations_failed(self, error):
        self._organisations_task.task = None
        if not isinstance(error, errors.CancelledError):
            self._show_error(error)
        self.update_state()

    # ------------------------------------------------------------------------------------ checks

    def nodata(self):
        text = self.nodata_edit.text().strip()
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise errors.InvalidRequestError(tr("NODATA “{value}” is not a number.").format(value=text)) from None

    def blocking_reason(self):
        """Why Upload cannot start now (one sentence), or None."""
        rows = self.rows()
        if not rows:
            return tr("Add a raster layer or a file to upload.")
        try:
            self.nodata()
        except errors.LizardError as exc:
            return str(exc)
        if self.existing_radio.isChecked():
            if self.selected_source() is None:
                return tr("Choose the rastersource to upload into, or create a new one.")
        else:
            if not self.name_edit.text().strip():
                return tr("Give the new rastersource a name.")
            if self.organisation_combo.currentData() is None:
                if self._organisations_task.task is not None:
                    return tr("Loading your organisations…")
                return tr("Choose an organisation; you need the supplier role in one to create a rastersource.")
            if self.temporal_check.isChecked():
                if not self.interval_edit.text().strip():
                    return tr("A temporal rastersource needs an interval (the time between steps, e.g. 1h).")
                try:
                    iso_duration(self.interval_edit.text().strip())
                except errors.LizardError as exc:
                    return str(exc)
        if self.target_is_temporal():
            missing = [label for _path, label, stamp in rows if not stamp]
            if missing:
                return tr("Give the time (UTC) of every file; missing for {files}.").format(files=", ".join(missing))
            seen = {}
            for _path, label, stamp in rows:
                try:
                    moment = utc_timestamp(stamp)
                except errors.LizardError as exc:
                    return tr("{file}: {problem}").format(file=label, problem=exc)
                if moment in seen:
                    return tr("{first} and {second} have the same time {time}; each time step is one file.").format(
                        first=seen[moment], second=label, time=moment)
                seen[moment] = label
        elif len(rows) > 1:
            return tr("A rastersource that is not temporal holds one raster: upload one file, or make it temporal.")
        return None

    def busy(self):
        return self._upload_task is not None

    def update_state(self, *_args):
        temporal = self.target_is_temporal()
        self.files_table.setColumnHidden(TIME_COLUMN, not temporal)
        busy = self.busy()
        reason = None if busy else self.blocking_reason()
        self.reason_label.setText(reason or "")
        self.reason_label.setVisible(bool(reason))
        self.upload_button.setEnabled(not busy and reason is None)
        self.upload_button.setToolTip(reason or "")
        resumable = bool(not busy and self._items and any(item.state != DONE for item in self._items)
                         and self._target is not None)
        self.resume_button.setVisible(resumable)
        self.resume_button.setEnabled(resumable)
        self.cancel_button.setEnabled(busy)
        for widget in (self.add_layer_button, self.add_files_button, self.remove_button, self.band_spin,
                       self.nodata_edit, self.existing_radio, self.new_radio, self.existing_box, self.new_box):
            widget.setEnabled(not busy)
        self.files_table.setEditTriggers(
            QAbstractItemView.NoEditTriggers if busy else QAbstractItemView.AllEditTriggers)
        self.interval_edit.setEnabled(not busy and self.temporal_check.isChecked())

    # ------------------------------------------------------------------------------------ upload

    def _make_items(self):
        band, nodata = self.band_spin.value(), self.nodata()
        temporal = self.target_is_temporal()
        return [UploadItem(path, stamp if temporal else None, band=band, nodata=nodata, label=label)
                for path, label, stamp in self.rows()]

    def upload(self):
        """Check the form and start sending every file (creating the new rastersource first)."""
        self.error_label.hide()
        self.error = None
        self.result_items = None
        reason = self.blocking_reason()
        if reason:
            self.update_state()
            return None
        try:
            client = _client()
            items = self._make_items()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        if self.existing_radio.isChecked():
            target = self.selected_source()
            new = None
        elif self.created_source is not None and self.created_source.get("name") == self.name_edit.text().strip():
            target = self.created_source  # made by an earlier upload from this dialog: not made twice
            new = None
        else:
            target = None
            new = {
                "name": self.name_edit.text().strip(),
                "organisation": self.organisation_combo.currentData(),
                "access": self.access_combo.currentData(),
                "temporal": self.temporal_check.isChecked(),
                "interval": self.interval_edit.text().strip() if self.temporal_check.isChecked() else None,
            }
            self.created_source = None
            self.created_raster = None
            self.layer_box.hide()
        self._items = items
        self._target = target
        return self._start(client, target, new)

    def resume(self):
        """Send again the files of the last queue that did not succeed (done files are skipped)."""
        if self.busy() or not self._items or self._target is None:
            return None
        self.error_label.hide()
        self.error = None
        try:
            client = _client()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        return self._start(client, self._target, None)

    def _start(self, client, target, new):
        items = self._items
        poll = dict(self.poll)
        bridge = _Bridge()  # no parent: the task's closure keeps it alive as long as it may emit
        bridge.item_changed.connect(self._item_changed, Qt.QueuedConnection)
        bridge.bytes_sent.connect(self._bytes_sent, Qt.QueuedConnection)
        self._bridge = bridge
        outcome = {"source": target}
        sizes = {}
        for index, item in enumerate(items):
            if item.state != DONE:
                try:
                    sizes[index] = [0, os.path.getsize(item.path)]
                except OSError:
                    sizes[index] = [0, 1]

        def row_of(item):
            return next(index for index, known in enumerate(items) if known is item)

        def work(task):
            source = outcome["source"]
            if source is None:
                source = create_rastersource(client, new["name"], new["organisation"], new["access"],
                                             temporal=new["temporal"], interval=new["interval"], cancel=task)
                outcome["source"] = source

            def on_item(item):
                bridge.item_changed.emit(row_of(item), item.state, state_text(item.state, item.error))

            def on_bytes(item, sent, total):
                index = row_of(item)
                sizes[index] = [sent, total]
                done = sum(pair[0] for pair in sizes.values())
                whole = sum(pair[1] for pair in sizes.values()) or 1
                percent = 100.0 * done / whole
                task.setProgress(percent)
                bridge.bytes_sent.emit(index, sent, total, percent)

            queue = UploadQueue(client, source, items, poll=poll, on_item=on_item, on_bytes=on_bytes, cancel=task)
            queue.run()
            return items

        if new is not None:
            description = tr("Uploading to a new Lizard rastersource “{name}”").format(name=new["name"])
        else:
            description = tr("Uploading to the Lizard rastersource “{name}”").format(
                name=target.get("name") or target.get("uuid"))
        task = LizardTask(description, work)
        task.succeeded.connect(lambda result: self._finished(task, outcome, result, None))
        task.failed.connect(lambda error: self._finished(task, outcome, None, error))
        self._upload_task = task
        for index, item in enumerate(items):
            if item.state != DONE:
                self._set_state(index, state_text(WAITING))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status_label.setText(tr("Uploading…"))
        self.update_state()
        return run_task(task)

    def _set_state(self, row, text):
        item = self.files_table.item(row, STATE_COLUMN)
        if item is None:
            return
        self._filling = True
        try:
            item.setText(text)
            item.setToolTip(text)
        finally:
            self._filling = False

    def state_of(self, row):
        """What the table says about the file in ``row``."""
        item = self.files_table.item(row, STATE_COLUMN)
        return item.text() if item is not None else ""

    def _item_changed(self, row, state, text):
        if self._upload_task is None:
            return
        self._set_state(row, text)
        if state == PROCESSING:
            self.status_label.setText(tr("Lizard is processing {file}…").format(
                file=self.files_table.item(row, FILE_COLUMN).text()))

    def _bytes_sent(self, row, sent, total, percent):
        if self._upload_task is None:
            return
        self.progress_bar.setValue(int(percent))
        self._set_state(row, state_text(UPLOADING, percent=100.0 * sent / (total or 1)))

    def cancel_upload(self):
        """Stop the queue: the file being sent stops; nothing else is sent. Resume sends the rest."""
        task = self._upload_task
        if task is not None:
            self.status_label.setText(tr("Cancelling…"))
            try:
                task.cancel()
            except RuntimeError:
                pass

    def _finished(self, task, outcome, items, error):
        if task is not self._upload_task:
            return
        self._upload_task = None
        self._bridge = None
        self.progress_bar.hide()
        if outcome["source"] is not None:
            self._target = outcome["source"]
            if self.new_radio.isChecked() and self.created_source is None:
                self.created_source = outcome["source"]
        items = self._items or []
        for index, item in enumerate(items):
            self._set_state(index, state_text(item.state, item.error))
        self.result_items = list(items)
        if error is not None and not isinstance(error, errors.CancelledError):
            self.status_label.setText(summary(items) if outcome["source"] is not None else "")
            self._show_error(error)
        else:
            text = summary(items)
            if isinstance(error, errors.CancelledError):
                text = tr("Upload cancelled.") + " " + text
                level = Qgis.Warning
            elif all(item.state == DONE for item in items):
                level = Qgis.Success
            else:
                level = Qgis.Critical
                for item in items:
                    if item.state == FAILED and isinstance(item.error, errors.LizardError):
                        log.warning("%s: %s", item.label, item.error.log_text())
            self.status_label.setText(text)
            show_info(self.iface, text, tr("Upload to Lizard"), level)
            if level == Qgis.Critical:
                self.error = next((item.error for item in items if item.state == FAILED), None)
                self.error_label.setText(text)
                self.error_label.show()
            if level == Qgis.Success and self.created_source is not None and self.created_raster is None:
                self.offer_raster_layer()
        self.update_state()

    def _show_error(self, error):
        show_dialog_error(self, error, tr("Upload to Lizard"))

    # ------------------------------------------------------------------------------ raster layer

    def offer_raster_layer(self):
        """After the first upload into a new source: a form to make a raster layer showing it."""
        source = self.created_source
        self.layer_name_edit.setText(source.get("name") or "")
        self.layer_box.show()
        if self.observation_combo.count() == 0:
            self.load_observation_types()

    def load_observation_types(self):
        self._observation_timer.stop()
        text = self.observation_search.text().strip()
        try:
            client = _client()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        task = LizardTask(tr("Loading observation types"),
                          lambda task: observation_types(client, text or None, cancel=task))
        task.succeeded.connect(lambda found: self._observation_types_loaded(task, found))
        task.failed.connect(lambda error: self._observation_types_failed(task, error))
        self.create_layer_button.setEnabled(False)
        return self._observations_task.start(task)

    def _observation_types_loaded(self, task, found):
        if not self._observations_task.is_current(task):
            return
        self._observations_task.task = None
        current = self.observation_combo.currentData()
        self.observation_combo.clear()
        for obs in found:
            code = obs.get("code") or str(obs.get("id") or "")
            parameter = obs.get("parameter") or code
            unit = obs.get("unit")
            text = "{} ({}) — {}".format(parameter, unit, code) if unit else "{} — {}".format(parameter, code)
            self.observation_combo.addItem(text, code)
        if current is not None and self.observation_combo.findData(current) >= 0:
            self.observation_combo.setCurrentIndex(self.observation_combo.findData(current))
        self.create_layer_button.setEnabled(self.observation_combo.count() > 0)

    def _observation_types_failed(self, task, error):
        if not self._observations_task.is_current(task):
            return
        self._observations_task.task = None
        self.create_layer_button.setEnabled(self.observation_combo.count() > 0)
        self._show_error(error)

    def create_layer(self):
        """Create a raster layer for the new source (a task), then add it to the map as WMS."""
        self.error_label.hide()
        source = self.created_source
        if source is None:
            return None
        name = self.layer_name_edit.text().strip()
        code = self.observation_combo.currentData()
        try:
            if not name:
                raise errors.InvalidRequestError(tr("Give the new raster layer a name."))
            if not code:
                raise errors.InvalidRequestError(tr("Choose an observation type for the new raster layer."))
            client = _client()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        if not isinstance(source.get("organisation"), dict):
            source = dict(source, organisation={"uuid": self.organisation_combo.currentData()})

        def work(task):
            return create_raster_layer(client, source, name, code, cancel=task)

        task = LizardTask(tr("Creating the raster layer “{name}” in Lizard").format(name=name), work)
        task.succeeded.connect(self._layer_created)
        task.failed.connect(self._layer_failed)
        self._layer_task = task
        self.create_layer_button.setEnabled(False)
        self.status_label.setText(tr("Creating the raster layer…"))
        return run_task(task)

    def _layer_created(self, raster):
        self._layer_task = None
        self.created_raster = raster
        self.status_label.setText(tr("Raster layer “{name}” created in Lizard; adding it to the map…").format(
            name=raster.get("name")))
        self.layer_box.hide()
        self.adder.add("rasters", [raster])

    def _layer_failed(self, error):
        self._layer_task = None
        self.create_layer_button.setEnabled(True)
        self.status_label.clear()
        self._show_error(error)

    def _added_to_map(self, outcome):
        if isinstance(outcome, Exception):
            self.status_label.setText(sentence(outcome))
        elif getattr(outcome, "layers", None):
            self.status_label.setText(tr("Added “{name}” to the map.").format(name=outcome.names[0]))

    # ---------------------------------------------------------------------------------- closing

    def cancel(self):
        """Cancel everything this dialog runs (the plugin is unloading)."""
        self._search_timer.stop()
        self._observation_timer.stop()
        self.cancel_upload()
        for latest in (self._search, self._organisations_task, self._observations_task):
            latest.cancel()
        if self._layer_task is not None:
            try:
                self._layer_task.cancel()
            except RuntimeError:
                pass
        self.adder.cancel()

    def done(self, code):
        # Closing the dialog leaves a running upload going (the task bar shows it; the message bar says how it
        # ended); the searches are stopped.
        self._search_timer.stop()
        self._observation_timer.stop()
        for latest in (self._search, self._organisations_task, self._observations_task):
            latest.cancel()
        super().done(code)


# ------------------------------------------------------------------------------------ events upload


class EventsUploadDialog(QDialog):
    """Upload the rows of a table or layer as events of a Lizard timeseries."""

    def __init__(self, iface, layer=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("LizardEventsUploadDialog")
        self.setWindowTitle(tr("Upload timeseries events to Lizard"))
        self._task = LatestTask()
        self.stored = None
        self.error = None

        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("layer")
        self.layer_combo.setFilters(layer_filter("NoGeometry", "VectorLayer"))
        self.selected_only = QCheckBox(tr("Selected features only"))
        self.selected_only.setObjectName("selected_only")
        self.timeseries_edit = QLineEdit()
        self.timeseries_edit.setObjectName("timeseries")
        self.timeseries_edit.setPlaceholderText(tr("The UUID of the timeseries in Lizard"))
        self.timeseries_edit.textChanged.connect(self.update_state)
        self.time_combo = QgsFieldComboBox()
        self.time_combo.setObjectName("time_field")
        self.value_combo = QgsFieldComboBox()
        self.value_combo.setObjectName("value_field")
        self.flag_combo = QgsFieldComboBox()
        self.flag_combo.setObjectName("flag_field")
        self.flag_combo.setAllowEmptyFieldName(True)
        self.comment_combo = QgsFieldComboBox()
        self.comment_combo.setObjectName("comment_field")
        self.comment_combo.setAllowEmptyFieldName(True)
        for combo in (self.time_combo, self.value_combo, self.flag_combo, self.comment_combo):
            combo.fieldChanged.connect(self.update_state)
        note = QLabel(tr("Times without a time zone are taken as UTC. Rows without a value are skipped."))
        note.setObjectName("note")
        note.setWordWrap(True)
        self.reason_label = _label("reason")
        self.reason_label.setStyleSheet("color: #8a6d00;")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.status_label = _label("status")
        self.error_label = _error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.upload_button = self.buttons.addButton(tr("Upload"), QDialogButtonBox.ActionRole)
        self.upload_button.setObjectName("upload")
        self.upload_button.clicked.connect(self.upload)
        self.cancel_button = self.buttons.addButton(tr("Cancel upload"), QDialogButtonBox.ActionRole)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("Layer or table"), self.layer_combo)
        form.addRow("", self.selected_only)
        form.addRow(tr("Timeseries UUID"), self.timeseries_edit)
        form.addRow(tr("Time field"), self.time_combo)
        form.addRow(tr("Value field"), self.value_combo)
        form.addRow(tr("Flag field"), self.flag_combo)
        form.addRow(tr("Comment field"), self.comment_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(480, 420)

        if isinstance(layer, QgsVectorLayer):
            self.layer_combo.setLayer(layer)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self._layer_changed(self.layer_combo.currentLayer())

    def layer(self):
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _layer_changed(self, layer):
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        for combo in (self.time_combo, self.value_combo, self.flag_combo, self.comment_combo):
            combo.setLayer(layer)
        if layer is not None:
            fields = layer.fields()
            times = ([f.name() for f in fields if f.type() in (FieldType.DateTime, FieldType.Date)]
                     + [f.name() for f in fields if f.type() == FieldType.String])
            numbers = [f.name() for f in fields if f.isNumeric()]
            if times:
                self.time_combo.setField(times[0])
            if numbers:
                self.value_combo.setField(numbers[0])
        self.flag_combo.setField("")
        self.comment_combo.setField("")
        self.selected_only.setEnabled(layer is not None and layer.selectedFeatureCount() > 0)
        self.selected_only.setChecked(self.selected_only.isEnabled() and self.selected_only.isChecked())
        self.update_state()

    def blocking_reason(self):
        if self.layer() is None:
            return tr("Choose a layer or table.")
        text = self.timeseries_edit.text().strip()
        if not text:
            return tr("Give the UUID of the timeseries.")
        try:
            check_uuid(text, tr("timeseries"))
        except errors.LizardError as exc:
            return str(exc)
        if not self.time_combo.currentField():
            return tr("Choose the time field.")
        if not self.value_combo.currentField():
            return tr("Choose the value field.")
        return None

    def busy(self):
        return self._task.task is not None

    def update_state(self, *_args):
        busy = self.busy()
        reason = None if busy else self.blocking_reason()
        self.reason_label.setText(reason or "")
        self.reason_label.setVisible(bool(reason))
        self.upload_button.setEnabled(not busy and reason is None)
        self.upload_button.setToolTip(reason or "")
        self.cancel_button.setEnabled(busy)

    def upload(self):
        """Read the rows, check them and send the events (all in a task)."""
        self.error_label.hide()
        self.stored = self.error = None
        if self.blocking_reason():
            self.update_state()
            return None
        layer = self.layer()
        try:
            client = _client()
            timeseries = check_uuid(self.timeseries_edit.text(), tr("timeseries"))
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        fields = (self.time_combo.currentField(), self.value_combo.currentField(),
                  self.flag_combo.currentField() or None, self.comment_combo.currentField() or None)
        selected = None
        if self.selected_only.isEnabled() and self.selected_only.isChecked():
            selected = list(layer.selectedFeatureIds())
        # Made here, on the GUI thread; read in the task, and let go as soon as the rows are read (no QGIS
        # object waits in a finished task for the garbage collector).
        holder = [LayerSnapshot(layer)]

        def work(task):
            source = holder.pop() if holder else None
            if source is None:
                raise errors.CancelledError()
            rows = rows_from_source(source, *fields, cancel=task, selected_ids=selected)
            del source
            events, skipped = events_from_rows(rows)
            if not events:
                raise errors.InvalidRequestError(tr("There are no events to send: no row has a value."))
            stored = upload_events(client, timeseries, events, cancel=task,
                                   progress=lambda done, total: task.setProgress(100.0 * done / (total or 1)))
            return stored, len(skipped)

        task = LizardTask(tr("Uploading timeseries events to Lizard"), work)
        task.succeeded.connect(lambda result: holder.clear() or self._uploaded(task, result))
        task.failed.connect(lambda error: holder.clear() or self._failed(task, error))
        task.progressChanged.connect(self._progress, Qt.QueuedConnection)  # emitted in the task's thread
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status_label.setText(tr("Uploading events…"))
        started = self._task.start(task)
        self.update_state()
        return started

    def _progress(self, value):
        self.progress_bar.setValue(int(value))

    def _uploaded(self, task, result):
        if not self._task.is_current(task):
            return
        self._task.task = None
        stored, skipped = result
        self.stored = stored
        self.progress_bar.hide()
        text = tr("%n event(s) stored.", "", stored)
        if skipped:
            text += " " + tr("%n row(s) without a value skipped.", "", skipped)
        self.status_label.setText(text)
        show_info(self.iface, text, tr("Timeseries events"), Qgis.Success)
        self.update_state()

    def _failed(self, task, error):
        if not self._task.is_current(task):
            return
        self._task.task = None
        self.progress_bar.hide()
        self.status_label.setText(tr("Upload cancelled.") if isinstance(error, errors.CancelledError) else "")
        self._show_error(error)
        self.update_state()

    def _show_error(self, error):
        show_dialog_error(self, error, tr("Timeseries events"))

    def cancel(self):
        task = self._task.task
        if task is not None:
            try:
                task.cancel()
            except RuntimeError:
                pass

    def done(self, code):
        self.cancel()
        super().done(code)


__all__ = ["EventsUploadDialog", "RasterUploadDialog", "read_timesteps", "timestamp_for"]
