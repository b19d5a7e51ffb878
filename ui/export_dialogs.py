"""Export dialogs: an asset bundle (zipped shapefile + .ini) for Lizard's asset import, and a GeoTIFF that
Lizard accepts (with a "Check for Lizard" report).

The work itself is in ``core.assets`` and ``core.geotiff``; these dialogs collect the parameters, run the
export in a :class:`~lizard_explorer.core.tasks.LizardTask` and show the outcome.

The asset dialog remembers its last settings per layer in the layer's custom properties
(``lizard/bundle/settings``, JSON), so they are saved with the project as well.
"""

import json
import os

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsProjectionSelectionWidget,
    QgsRasterBandComboBox,
)
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import errors, settings
from ..core.assets import ASSET_TYPES, asset_type_name, export_bundle, file_copy
from ..core.client import normalise_portal_url
from ..core.compat import layer_filter
from ..core.geotiff import (
    TIMESTEPS_CSV,
    WARNING_RULES,
    check_geotiff,
    export_geotiff,
    file_stem,
    is_valid,
    iso_utc,
    parse_timestamps,
    raster_timestamps,
    split_bands,
    write_timesteps_csv,
)
from ..core.i18n import tr
from ..core.sources import LayerSnapshot
from ..core.tasks import LatestTask, LizardTask
from .messages import show_dialog_error, show_info

SETTINGS_PROPERTY = "lizard/bundle/settings"


def import_page_url():
    """``<portal>/import/`` for the configured portal."""
    return normalise_portal_url(settings.portal_url()) + "/import/"


def _error_label():
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _table(headers, name):
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    return table


def _show_dialog_error(dialog, error, title):
    """An export dialog's failure: the sentence under the form and in the message bar (not for a cancel)."""
    dialog.export_button.setEnabled(True)
    dialog.status_label.clear()
    show_dialog_error(dialog, error, title)


class AssetBundleDialog(QDialog):
    """Export a vector layer as an asset bundle for Lizard's asset import."""

    def __init__(self, iface, layer=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("LizardAssetBundleDialog")
        self.setWindowTitle(tr("Export asset bundle for Lizard"))
        self._task = LatestTask()
        self.export_result = None
        self.error = None

        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("layer")
        self.layer_combo.setFilters(layer_filter("VectorLayer"))
        self.selected_only = QCheckBox(tr("Selected features only"))
        self.selected_only.setObjectName("selected_only")
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("asset_type")
        names = sorted(name for name, _kind in ASSET_TYPES.values())
        self.type_combo.addItems(names)

        self.columns_table = _table([tr("Lizard field"), tr("Layer field")], "columns")
        self.add_column_button = QPushButton(tr("Add"))
        self.add_column_button.setObjectName("add_column")
        self.add_column_button.clicked.connect(lambda: self.add_column_row())
        self.remove_column_button = QPushButton(tr("Remove"))
        self.remove_column_button.setObjectName("remove_column")
        self.remove_column_button.clicked.connect(lambda: self._remove_rows(self.columns_table))

        self.defaults_table = _table([tr("Lizard field"), tr("Value")], "defaults")
        self.add_default_button = QPushButton(tr("Add"))
        self.add_default_button.setObjectName("add_default")
        self.add_default_button.clicked.connect(lambda: self.add_default_row())
        self.remove_default_button = QPushButton(tr("Remove"))
        self.remove_default_button.setObjectName("remove_default")
        self.remove_default_button.clicked.connect(lambda: self._remove_rows(self.defaults_table))

        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisation")
        self.organisation_edit.setPlaceholderText(tr("Optional organisation UUID"))

        self.nested_box = QGroupBox(tr("Nested assets"))
        self.nested_box.setObjectName("nested")
        self.nested_box.setCheckable(True)
        self.nested_box.setChecked(False)
        self.nested_type_combo = QComboBox()
        self.nested_type_combo.setObjectName("nested_type")
        self.nested_type_combo.addItems(names)
        self.nested_first_combo = QgsFieldComboBox()
        self.nested_first_combo.setObjectName("nested_first")
        self.nested_fields_edit = QLineEdit()
        self.nested_fields_edit.setObjectName("nested_fields")
        self.nested_fields_edit.setPlaceholderText(tr("field1,field2,…"))
        nested_form = QFormLayout(self.nested_box)
        nested_form.addRow(tr("Nested asset type"), self.nested_type_combo)
        nested_form.addRow(tr("First layer field"), self.nested_first_combo)
        nested_form.addRow(tr("Lizard fields"), self.nested_fields_edit)

        self.invalid_combo = QComboBox()
        self.invalid_combo.setObjectName("invalid_geometries")
        self.invalid_combo.addItem(tr("Skip and count them"), "skip")
        self.invalid_combo.addItem(tr("Refuse to export"), "refuse")
        self.long_text_combo = QComboBox()
        self.long_text_combo.setObjectName("long_text")
        self.long_text_combo.addItem(tr("Refuse to export"), "refuse")
        self.long_text_combo.addItem(tr("Cut to 254 bytes and warn"), "truncate")

        self.output_widget = QgsFileWidget()
        self.output_widget.setObjectName("output")
        self.output_widget.setStorageMode(QgsFileWidget.SaveFile)
        self.output_widget.setFilter(tr("Zip files (*.zip)"))

        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.error_label = _error_label()
        self.open_import_button = QPushButton(tr("Open the Lizard import page"))
        self.open_import_button.setObjectName("open_import")
        self.open_import_button.clicked.connect(self.open_import_page)
        self.open_import_button.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.AcceptRole)
        self.export_button.setObjectName("export")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("Layer"), self.layer_combo)
        form.addRow("", self.selected_only)
        form.addRow(tr("Asset type"), self.type_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for title, table, add, remove in (
                (tr("Columns (Lizard field ← layer field)"), self.columns_table, self.add_column_button,
                 self.remove_column_button),
                (tr("Defaults (Lizard field = value)"), self.defaults_table, self.add_default_button,
                 self.remove_default_button)):
            layout.addWidget(QLabel(title))
            layout.addWidget(table)
            row = QHBoxLayout()
            row.addWidget(add)
            row.addWidget(remove)
            row.addStretch(1)
            layout.addLayout(row)
        lower = QFormLayout()
        lower.addRow(tr("Organisation"), self.organisation_edit)
        lower.addRow(tr("Features without a valid geometry"), self.invalid_combo)
        lower.addRow(tr("Text longer than 254 bytes"), self.long_text_combo)
        layout.addLayout(lower)
        layout.addWidget(self.nested_box)
        out = QFormLayout()
        out.addRow(tr("Output .zip"), self.output_widget)
        layout.addLayout(out)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.open_import_button)
        layout.addWidget(self.buttons)
        self.resize(560, 680)

        if layer is not None:
            self.layer_combo.setLayer(layer)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self._layer_changed(self.layer_combo.currentLayer())

    # ------------------------------------------------------------------------------------------ rows

    def layer(self):
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _field_names(self):
        layer = self.layer()
        return layer.fields().names() if layer is not None else []

    def add_column_row(self, lizard_field="", layer_field=""):
        row = self.columns_table.rowCount()
        self.columns_table.insertRow(row)
        self.columns_table.setItem(row, 0, QTableWidgetItem(lizard_field))
        combo = QComboBox()
        combo.addItems(self._field_names())
        if layer_field:
            if combo.findText(layer_field) < 0:
                combo.addItem(layer_field)  # remembered but gone: the export will say so
            combo.setCurrentText(layer_field)
        self.columns_table.setCellWidget(row, 1, combo)
        return row

    def add_default_row(self, lizard_field="", value=""):
        row = self.defaults_table.rowCount()
        self.defaults_table.insertRow(row)
        self.defaults_table.setItem(row, 0, QTableWidgetItem(lizard_field))
        self.defaults_table.setItem(row, 1, QTableWidgetItem(value))
        return row

    @staticmethod
    def _remove_rows(table):
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        if not rows and table.rowCount():
            rows = [table.rowCount() - 1]
        for row in rows:
            table.removeRow(row)

    def columns(self):
        """Lizard field -> layer field, in table order; rows without a Lizard field are ignored."""
        result = {}
        for row in range(self.columns_table.rowCount()):
            item = self.columns_table.item(row, 0)
            key = item.text().strip() if item is not None else ""
            combo = self.columns_table.cellWidget(row, 1)
            value = combo.currentText() if combo is not None else ""
            if key:
                if key in result:
                    raise errors.ExportError(tr("Columns: “{key}” is given twice.").format(key=key))
                result[key] = value
        return result

    def defaults(self):
        result = {}
        for row in range(self.defaults_table.rowCount()):
            key_item, value_item = self.defaults_table.item(row, 0), self.defaults_table.item(row, 1)
            key = key_item.text().strip() if key_item is not None else ""
            value = value_item.text().strip() if value_item is not None else ""
            if key or value:
                if not key or not value:
                    raise errors.ExportError(tr("Defaults: give both a Lizard field and a value."))
                if key in result:
                    raise errors.ExportError(tr("Defaults: “{key}” is given twice.").format(key=key))
                result[key] = value
        return result

    def nested(self):
        if not self.nested_box.isChecked():
            return None
        fields = [f.strip() for f in self.nested_fields_edit.text().split(",") if f.strip()]
        return (self.nested_type_combo.currentText(), self.nested_first_combo.currentField(), fields)

    # ------------------------------------------------------------------------------------- memory

    def _layer_changed(self, layer):
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.nested_first_combo.setLayer(layer)
        self.columns_table.setRowCount(0)
        self.defaults_table.setRowCount(0)
        self.selected_only.setEnabled(layer is not None and layer.selectedFeatureCount() > 0)
        remembered = self.remembered(layer)
        self.selected_only.setChecked(bool(remembered.get("selected_only")) and self.selected_only.isEnabled())
        asset_type = remembered.get("asset_type")
        if asset_type and self.type_combo.findText(asset_type) >= 0:
            self.type_combo.setCurrentText(asset_type)
        for key, value in remembered.get("columns", []):
            self.add_column_row(key, value)
        for key, value in remembered.get("defaults", []):
            self.add_default_row(key, value)
        if not self.columns_table.rowCount():
            self.add_column_row()
        self.organisation_edit.setText(remembered.get("organisation", ""))
        for combo, key in ((self.invalid_combo, "invalid"), (self.long_text_combo, "long_text")):
            combo.setCurrentIndex(max(combo.findData(remembered.get(key)), 0))
        nested = remembered.get("nested")
        self.nested_box.setChecked(bool(nested))
        if nested:
            self.nested_type_combo.setCurrentText(nested[0])
            self.nested_first_combo.setField(nested[1])
            self.nested_fields_edit.setText(",".join(nested[2]))
        else:
            self.nested_fields_edit.clear()

    @staticmethod
    def remembered(layer):
        """The settings last exported for ``layer`` (a dict, empty when none)."""
        if layer is None:
            return {}
        try:
            value = json.loads(layer.customProperty(SETTINGS_PROPERTY, "") or "{}")
        except (TypeError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def invalid(self):
        """``"skip"`` or ``"refuse"``: what to do with features without a valid geometry."""
        return self.invalid_combo.currentData()

    def long_text(self):
        """``"refuse"`` or ``"truncate"``: what to do with text longer than a shapefile holds."""
        return self.long_text_combo.currentData()

    def _remember(self, layer, asset_type, columns, defaults, organisation, nested, selected_only):
        layer.setCustomProperty(SETTINGS_PROPERTY, json.dumps({
            "invalid": self.invalid(),
            "long_text": self.long_text(),
            "asset_type": asset_type,
            "columns": list(columns.items()),
            "defaults": list(defaults.items()),
            "organisation": organisation,
            "nested": list(nested) if nested else None,
            "selected_only": selected_only,
        }))

    # -------------------------------------------------------------------------------------- export

    def _show_error(self, error):
        _show_dialog_error(self, error, tr("Asset bundle"))

    def export(self):
        """Check the form, remember it for the layer and export in the background."""
        self.error_label.hide()
        self.open_import_button.hide()
        self.export_result = self.error = None
        try:
            layer = self.layer()
            if layer is None:
                raise errors.ExportError(tr("Choose a vector layer to export."))
            output = self.output_widget.filePath().strip()
            if not output:
                raise errors.ExportError(tr("Choose the .zip file to write."))
            if not output.lower().endswith(".zip"):
                output += ".zip"
            asset_type = asset_type_name(self.type_combo.currentText())
            columns, defaults, nested = self.columns(), self.defaults(), self.nested()
            organisation = self.organisation_edit.text().strip()
            selected_only = self.selected_only.isEnabled() and self.selected_only.isChecked()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        self._remember(layer, asset_type, columns, defaults, organisation, nested, selected_only)
        # Made here on the GUI thread, so the task never touches the project's layer: a new layer on the same
        # file when GDAL can write the whole file directly (much faster), else a snapshot the task reads
        # feature by feature (nothing is copied up front, so a large layer does not block QGIS).
        source = None if selected_only else file_copy(layer)
        if source is None:
            source = LayerSnapshot(layer, layer.selectedFeatureIds() if selected_only else None)
        invalid, long_text = self.invalid(), self.long_text()

        def work(task):
            return export_bundle(source, output, asset_type, columns, defaults=defaults,
                                 organisation=organisation or None, nested=nested, invalid=invalid,
                                 long_text=long_text, feedback=task)

        task = LizardTask(tr("Exporting an asset bundle for Lizard"), work)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._show_error)
        self.export_button.setEnabled(False)
        self.status_label.setText(tr("Exporting…"))
        return self._task.start(task)

    def _exported(self, result):
        self.export_result = result
        self.export_button.setEnabled(True)
        text = tr("{path}: %n feature(s) exported", "", result.feature_count).format(path=result.path)
        if result.skipped:
            text += "; " + tr("%n skipped (no valid geometry)", "", result.skipped)
        text += "."
        cut = list(result.warnings[1:] if result.skipped else result.warnings)  # the skipped one is said above
        if cut:
            text += " " + " ".join(cut)
        self.status_label.setText(text)
        self.open_import_button.show()
        show_info(self.iface, text, tr("Asset bundle"), Qgis.Warning if cut else Qgis.Success)

    def open_import_page(self):
        try:
            url = import_page_url()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        QDesktopServices.openUrl(QUrl(url))
        return url

    def done(self, code):
        self._task.cancel()
        super().done(code)


class GeoTiffDialog(QDialog):
    """Export one band of a raster layer as a GeoTIFF that Lizard accepts, and check files for Lizard."""

    def __init__(self, iface, layer=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("LizardGeoTiffDialog")
        self.setWindowTitle(tr("Export GeoTIFF for Lizard"))
        self._task = LatestTask()
        self.report = None
        self.export_result = None
        self.error = None

        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("layer")
        self.layer_combo.setFilters(layer_filter("RasterLayer"))
        self.band_combo = QgsRasterBandComboBox()
        self.band_combo.setObjectName("band")
        self.nodata_edit = QLineEdit()
        self.nodata_edit.setObjectName("nodata")
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setObjectName("target_crs")
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsNotSet, True)
        self.crs_widget.setNotSetText(tr("Keep the layer's CRS"))
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem())  # "not set"
        self.output_widget = QgsFileWidget()
        self.output_widget.setObjectName("output")
        self.output_widget.setStorageMode(QgsFileWidget.SaveFile)
        self.output_widget.setFilter(tr("GeoTIFF (*.tif *.tiff)"))

        # A raster with more than one band may be time steps: one file per band, named by UTC timestamp.
        self.steps_box = QGroupBox(tr("One file per band (time steps)"))
        self.steps_box.setObjectName("time_steps")
        self.steps_box.setCheckable(True)
        self.steps_box.setChecked(False)
        self.timestamps_edit = QLineEdit()
        self.timestamps_edit.setObjectName("timestamps")
        self.timestamps_edit.setPlaceholderText(tr("One per band, in UTC, e.g. 2020-01-01T00:00:00Z, "
                                                   "2020-01-01T01:00:00Z"))
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setObjectName("folder")
        self.folder_widget.setStorageMode(QgsFileWidget.GetDirectory)
        steps_form = QFormLayout(self.steps_box)
        steps_form.addRow(tr("Timestamps"), self.timestamps_edit)
        steps_form.addRow(tr("Output folder"), self.folder_widget)
        self.steps_box.toggled.connect(self._steps_toggled)

        self.report_table = _table([tr("Result"), tr("Rule"), tr("Message")], "report")
        self.report_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = self.report_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.report_label = QLabel()
        self.report_label.setObjectName("report_summary")
        self.report_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.error_label = _error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.check_button = self.buttons.addButton(tr("Check for Lizard"), QDialogButtonBox.ActionRole)
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.check_layer)
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.AcceptRole)
        self.export_button.setObjectName("export")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("Raster layer"), self.layer_combo)
        form.addRow(tr("Band"), self.band_combo)
        form.addRow(tr("NODATA"), self.nodata_edit)
        form.addRow(tr("Target CRS"), self.crs_widget)
        form.addRow(tr("Output .tif"), self.output_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steps_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.report_label)
        layout.addWidget(self.report_table)
        layout.addWidget(self.buttons)
        self.resize(560, 480)

        if layer is not None:
            self.layer_combo.setLayer(layer)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.band_combo.bandChanged.connect(self._band_changed)
        self._layer_changed(self.layer_combo.currentLayer())

    def layer(self):
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsRasterLayer) else None

    def _layer_changed(self, layer):
        layer = layer if isinstance(layer, QgsRasterLayer) else None
        self.band_combo.setLayer(layer)
        self._band_changed(self.band_combo.currentBand())
        several = layer is not None and layer.bandCount() > 1
        self.steps_box.setChecked(False)
        self.steps_box.setVisible(several)
        self.timestamps_edit.clear()
        if several and layer.providerType() == "gdal":
            try:
                times = raster_timestamps(layer.source())
            except errors.LizardError:
                times = None
            if times and len(times) == layer.bandCount():
                self.timestamps_edit.setText(", ".join(iso_utc(t) for t in times))
                self.timestamps_edit.setToolTip(tr("Read from the raster's metadata."))

    def _steps_toggled(self, on):
        self.band_combo.setEnabled(not on)
        self.output_widget.setEnabled(not on)

    def time_steps(self):
        """Whether the export writes one file per band (time steps)."""
        return self.steps_box.isVisibleTo(self) and self.steps_box.isChecked()

    def band_nodata(self, band=None):
        """The band's own NODATA value, or None."""
        layer = self.layer()
        band = band or self.band_combo.currentBand()
        if layer is None or band < 1:
            return None
        provider = layer.dataProvider()
        if provider.sourceHasNoDataValue(band):
            return provider.sourceNoDataValue(band)
        return None

    def _band_changed(self, band):
        value = self.band_nodata(band)
        if value is not None:
            self.nodata_edit.setText("{:g}".format(value))
            self.nodata_edit.setPlaceholderText("")
            self.nodata_edit.setToolTip(tr("The band's own NODATA value; it is kept."))
        else:
            self.nodata_edit.clear()
            self.nodata_edit.setPlaceholderText(tr("Required: the band has no NODATA value"))
            self.nodata_edit.setToolTip(tr("A value that does not occur in the data."))

    def _source_path(self, layer):
        if layer is None:
            raise errors.ExportError(tr("Choose a raster layer."))
        if layer.providerType() != "gdal":
            raise errors.ExportError(tr("{name} is not a raster file.").format(name=layer.name()))
        return layer.dataProvider().dataSourceUri()

    def show_report(self, report, path):
        self.report = report
        self.report_table.setRowCount(0)
        for result in report:
            row = self.report_table.rowCount()
            self.report_table.insertRow(row)
            if result.passed:
                status = tr("pass")
            elif result.rule in WARNING_RULES:
                status = tr("warning")
            else:
                status = tr("fail")
            for column, text in enumerate((status, result.rule, result.message)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.report_table.setItem(row, column, item)
        if is_valid(report):
            self.report_label.setText(tr("{path} meets Lizard's rules.").format(path=path))
        else:
            self.report_label.setText(tr("{path} does not meet Lizard's rules.").format(path=path))

    def check_layer(self):
        """Check the selected layer's file and show the report."""
        self.error_label.hide()
        try:
            path = self._source_path(self.layer())
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        report = check_geotiff(path)
        self.show_report(report, path)
        return report

    def _show_error(self, error):
        _show_dialog_error(self, error, tr("GeoTIFF export"))

    def export(self):
        if self.time_steps():
            return self.export_steps()
        self.error_label.hide()
        self.export_result = self.error = None
        try:
            source = self._source_path(self.layer())
            output = self.output_widget.filePath().strip()
            if not output:
                raise errors.ExportError(tr("Choose the .tif file to write."))
            if not output.lower().endswith((".tif", ".tiff")):
                output += ".tif"
            text = self.nodata_edit.text().strip()
            nodata = None
            if text and self.band_nodata() is None:
                try:
                    nodata = float(text)
                except ValueError:
                    raise errors.ExportError(tr("NODATA “{value}” is not a number.").format(value=text)) from None
            crs = self.crs_widget.crs()
            target = crs.authid() if crs.isValid() else None
            if crs.isValid() and not target:
                target = crs.toWkt()
            band = self.band_combo.currentBand()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None

        def work(task):
            result = export_geotiff(source, output, band=band, nodata=nodata, target_crs=target, feedback=task)
            return result, check_geotiff(result.path)

        task = LizardTask(tr("Exporting a GeoTIFF for Lizard"), work)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._show_error)
        self.export_button.setEnabled(False)
        self.status_label.setText(tr("Exporting…"))
        return self._task.start(task)

    def _nodata(self):
        text = self.nodata_edit.text().strip()
        if not text or self.band_nodata() is not None:
            return None
        try:
            return float(text)
        except ValueError:
            raise errors.ExportError(tr("NODATA “{value}” is not a number.").format(value=text)) from None

    def _target(self):
        crs = self.crs_widget.crs()
        if not crs.isValid():
            return None
        return crs.authid() or crs.toWkt()

    def export_steps(self):
        """One GeoTIFF per band, named by its UTC timestamp, and timesteps.csv, in the chosen folder."""
        self.error_label.hide()
        self.export_result = self.error = None
        try:
            layer = self.layer()
            source = self._source_path(layer)
            folder = self.folder_widget.filePath().strip()
            if not folder:
                raise errors.ExportError(tr("Choose the folder to write the time steps to."))
            timestamps = parse_timestamps(self.timestamps_edit.text())
            if not timestamps:
                raise errors.ExportError(tr("Give the timestamp of each band, in UTC."))
            nodata, target, name = self._nodata(), self._target(), file_stem(layer.name())
        except errors.LizardError as exc:
            self._show_error(exc)
            return None

        def work(task):
            pairs = split_bands(source, folder, timestamps, name=name, nodata=nodata, target_crs=target,
                                feedback=task)
            return pairs, write_timesteps_csv(folder, pairs)

        task = LizardTask(tr("Exporting time steps for Lizard"), work)
        task.succeeded.connect(self._steps_exported)
        task.failed.connect(self._show_error)
        self.export_button.setEnabled(False)
        self.status_label.setText(tr("Exporting…"))
        return self._task.start(task)

    def _steps_exported(self, outcome):
        pairs, csv_path = outcome
        self.export_result = pairs
        self.export_button.setEnabled(True)
        text = tr("%n GeoTIFF(s) and {csv} were written to {folder}.", "", len(pairs)).format(
            csv=TIMESTEPS_CSV, folder=os.path.dirname(csv_path))
        self.status_label.setText(text)
        if pairs:
            self.show_report(check_geotiff(pairs[0][0]), pairs[0][0])
        show_info(self.iface, text, tr("GeoTIFF export"), Qgis.Success)

    def _exported(self, outcome):
        result, report = outcome
        self.export_result = result
        self.export_button.setEnabled(True)
        text = " ".join([tr("{path} was written.").format(path=result.path)] + list(result.warnings))
        self.status_label.setText(text)
        self.show_report(report, result.path)
        show_info(self.iface, text, tr("GeoTIFF export"), Qgis.Success if is_valid(report) else Qgis.Warning)

    def done(self, code):
        self._task.cancel()
        super().done(code)


def layer_for_context(iface, layer_type):
    """The layer the layer-tree context menu was opened on (the current one), if it is a ``layer_type``."""
    layer = None
    try:
        layer = iface.layerTreeView().currentLayer()
    except (AttributeError, RuntimeError):
        pass
    if not isinstance(layer, QgsMapLayer):
        layer = iface.activeLayer()
    return layer if isinstance(layer, layer_type) else None


__all__ = ["AssetBundleDialog", "GeoTiffDialog", "import_page_url", "layer_for_context"]
