"""The asset bundle export dialog: a zipped shapefile + .ini for Lizard's asset import.

The work itself is in ``core.assets.bundle``; this dialog collects the parameters, runs the export in a
:class:`~lizard_explorer.core.tasks.LizardTask` and shows the outcome.

The dialog remembers its last settings per layer in the layer's custom properties
(``lizard/bundle/settings``, JSON), so they are saved with the project as well.
"""

import json

from qgis.core import (
    Qgis,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import errors, settings
from ..core.assets.bundle import ASSET_TYPES, asset_type_name, export_bundle
from ..core.assets.shapefile import file_copy
from ..core.client import normalise_portal_url
from ..core.compat import layer_filter
from ..core.i18n import tr
from ..core.sources import LayerSnapshot
from ..core.tasks import LatestTask, LizardTask
from .export_common import _show_dialog_error, _table
from .messages import error_label, show_info

SETTINGS_PROPERTY = "lizard/bundle/settings"


def import_page_url():
    """``<portal>/import/`` for the configured portal."""
    return normalise_portal_url(settings.portal_url()) + "/import/"


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
        self.error_label = error_label()
        self.open_import_button = QPushButton(tr("Open the Lizard import page"))
        self.open_import_button.setObjectName("open_import")
        self.open_import_button.clicked.connect(self.open_import_page)
        self.open_import_button.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
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
            asset_type = asset_type_name(self.type_combo.currentText())
            columns, defaults, nested = self.columns(), self.defaults(), self.nested()
            organisation = self.organisation_edit.text().strip()
            selected_only = self.selected_only.isEnabled() and self.selected_only.isChecked()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        self._remember(layer, asset_type, columns, defaults, organisation, nested, selected_only)
        # Made here on the GUI thread, so the task never touches the project's layer: a new layer on the same
        # file (with the same selection) when GDAL can read the file directly (much faster), else a snapshot
        # the task reads (nothing is copied up front, so a large layer does not block QGIS).
        source = file_copy(layer)
        if source is not None and selected_only:
            source.selectByIds(layer.selectedFeatureIds())
        if source is None:
            source = LayerSnapshot(layer, layer.selectedFeatureIds() if selected_only else None)
        invalid, long_text = self.invalid(), self.long_text()

        def work(task):
            return export_bundle(source, output, asset_type, columns, defaults=defaults,
                                 organisation=organisation or None, nested=nested, invalid=invalid,
                                 long_text=long_text, feedback=task, selected_only=selected_only)

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
