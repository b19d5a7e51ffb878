"""Upload the rows of any table or layer as events of a Lizard timeseries.

All the work is in ``core.timeseries.events``; the dialog collects the parameters and runs it in a
:class:`~lizard_explorer.core.tasks.LizardTask` (never HTTP on the GUI thread).
"""

from qgis.core import Qgis, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
)

from ..core import errors, settings
from ..core.compat import FieldType, layer_filter
from ..core.i18n import tr
from ..core.query import check_uuid
from ..core.sources import LayerSnapshot
from ..core.tasks import LatestTask, LizardTask
from ..core.times import zone_names
from ..core.timeseries.events import events_from_rows, rows_from_source, upload_events
from .messages import error_label, show_dialog_error, show_info
from .qt import cancel_quietly
from .upload_common import saved_client, wrapped_label


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
        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("time_zone")
        self.zone_combo.setToolTip(tr("How to read times that do not say their zone (a date/time field of a "
                                      "CSV file or GeoPackage, or text like 2024-07-01 12:00). Times that do "
                                      "say it keep their moment."))
        for name in zone_names():
            self.zone_combo.addItem(name, name)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(settings.events_time_zone())))
        note = QLabel(tr("Summer time follows the chosen zone. Rows without a value are skipped."))
        note.setObjectName("note")
        note.setWordWrap(True)
        self.reason_label = wrapped_label("reason")
        self.reason_label.setStyleSheet("color: #8a6d00;")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.status_label = wrapped_label("status")
        self.error_label = error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.upload_button = self.buttons.addButton(tr("Upload"), QDialogButtonBox.ButtonRole.ActionRole)
        self.upload_button.setObjectName("upload")
        self.upload_button.clicked.connect(self.upload)
        self.cancel_button = self.buttons.addButton(tr("Cancel upload"), QDialogButtonBox.ButtonRole.ActionRole)
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
        form.addRow(tr("Times without a zone are"), self.zone_combo)
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

    def time_zone(self):
        """The zone times without a zone are read in: ``UTC`` or an IANA name."""
        return self.zone_combo.currentData() or "UTC"

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
            client = saved_client()
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
        zone = self.time_zone()
        settings.set_events_time_zone(zone)

        def work(task):
            source = holder.pop() if holder else None
            if source is None:
                raise errors.CancelledError()
            rows = rows_from_source(source, *fields, cancel=task, selected_ids=selected)
            del source
            events, skipped = events_from_rows(rows, zone=zone)
            if not events:
                raise errors.InvalidRequestError(tr("There are no events to send: no row has a value."))
            def progress(done, total):
                task.setProgress(100.0 * done / (total or 1))
                task.emit_interim("progress", 100.0 * done / (total or 1))

            stored = upload_events(client, timeseries, events, cancel=task, progress=progress)
            return stored, len(skipped)

        task = LizardTask(tr("Uploading timeseries events to Lizard"), work, closing=[client])
        task.succeeded.connect(lambda result: holder.clear() or self._uploaded(task, result))
        task.failed.connect(lambda error: holder.clear() or self._failed(task, error))
        task.interim.connect(lambda _kind, value: self._progress(value))  # queued from the task's thread
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
        cancel_quietly(self._task.task)

    def done(self, code):
        self.cancel()
        super().done(code)
