"""The GeoTIFF export dialog: a GeoTIFF that Lizard accepts (with a "Check for Lizard" report).

The work itself is in ``core.rasters.geotiff``; this dialog collects the parameters, runs the export in a
:class:`~lizard_explorer.core.tasks.LizardTask` and shows the outcome.
"""

import os

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsRasterLayer,
)
from qgis.gui import (
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsProjectionSelectionWidget,
    QgsRasterBandComboBox,
)
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import errors
from ..core.compat import layer_filter
from ..core.i18n import tr
from ..core.rasters.geotiff import (
    FAILED,
    PASSED,
    TIMESTEPS_CSV,
    WARNING,
    check_geotiff,
    export_geotiff,
    file_stem,
    is_valid,
    raster_timestamps,
    split_bands,
    status_of,
    write_timesteps_csv,
)
from ..core.tasks import LatestTask, LizardTask
from ..core.times import iso_utc, parse_list
from .export_common import _show_dialog_error, _table
from .messages import error_label, show_info


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
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.report_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.report_label = QLabel()
        self.report_label.setObjectName("report_summary")
        self.report_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.error_label = error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(tr("Check for Lizard"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.check_layer)
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        words = {PASSED: tr("pass"), WARNING: tr("warning"), FAILED: tr("fail")}
        for result in report:
            row = self.report_table.rowCount()
            self.report_table.insertRow(row)
            for column, text in enumerate((words[status_of(result)], result.rule, result.message)):
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
            timestamps = parse_list(self.timestamps_edit.text())
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
