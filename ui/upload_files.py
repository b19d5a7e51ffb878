"""The "Rasters to upload" part of the raster upload dialog: the files, their times and their upload state.

A file's time comes from the ``timesteps.csv`` beside it or from its name (see
:func:`core.rasters.geotiff.timestamp_for`); a ``timesteps.csv`` chosen as a file adds every file it lists.
"""

import os

from qgis.core import QgsRasterLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import errors
from ..core.compat import layer_filter
from ..core.i18n import tr
from ..core.rasters.geotiff import TIMESTEPS_CSV, read_timesteps, timestamp_for
from ..core.rasters.upload import CANCELLED, DONE, FAILED, PREPARING, PROCESSING, UPLOADING, WAITING
from .messages import sentence

# table columns
FILE_COLUMN, TIME_COLUMN, STATE_COLUMN = 0, 1, 2
PATH_ROLE = Qt.ItemDataRole.UserRole


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


class UploadFilesMixin:
    """The file table and its buttons, for :class:`~.upload_raster_dialog.RasterUploadDialog` (which has
    ``update_state``, ``error_label``, ``_show_error`` and ``_upload_task``)."""

    def _build_files(self):
        self.files_table = QTableWidget(0, 3)
        self.files_table.setObjectName("files")
        self.files_table.setHorizontalHeaderLabels([tr("File"), tr("Time (UTC)"), tr("State")])
        header = self.files_table.horizontalHeader()
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TIME_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.files_table.verticalHeader().hide()
        self.files_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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


    def _files_box(self):
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
        return files_box

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
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.files_table.setItem(row, FILE_COLUMN, name)
            time_item = QTableWidgetItem(timestamp or "")
            time_item.setToolTip(tr("UTC, e.g. 2024-05-01T12:00:00Z; a time with a zone is converted"))
            self.files_table.setItem(row, TIME_COLUMN, time_item)
            state = QTableWidgetItem("")
            state.setFlags(state.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.files_table.setItem(row, STATE_COLUMN, state)
        finally:
            self._filling = False
        self._inputs_changed()
        return row

    def add_files(self, paths):
        """Add files; a ``timesteps.csv`` among them adds every file it lists, with its time."""
        lists = {}
        for path in paths:
            if os.path.basename(path).lower() == TIMESTEPS_CSV:
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
