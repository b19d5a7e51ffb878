"""Upload raster layers and GeoTIFF files into a new or an existing Lizard rastersource.

All the work is in ``core.rasters.upload``; the dialog collects the parameters, runs it in
:class:`~lizard_explorer.core.tasks.LizardTask` s (never HTTP on the GUI thread) and shows what happens. The
upload queue calls back from the task's thread; those calls reach the widgets only through the task's own
``interim`` signal (queued to the GUI thread, and cut off by ``core.tasks.detach_all()`` when the plugin
unloads). The checks that need no network are the core's (:func:`~lizard_explorer.core.rasters.upload.check_items`),
the ones the Processing algorithm makes, so both refuse the same input with the same sentence. The file table is in
:mod:`.upload_files`, the target and the raster layer form in :mod:`.upload_target`.
"""

import os

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QVBoxLayout,
)

from ..core import errors
from ..core.i18n import tr
from ..core.log import get_logger
from ..core.rasters.upload import (
    DONE,
    FAILED,
    PROCESSING,
    UPLOADING,
    WAITING,
    UploadItem,
    UploadQueue,
    check_items,
    rastersource_body,
    summary,
)
from ..core.tasks import LatestTask, LizardTask, run_task
from .add_to_map import MapAdder
from .messages import error_label, show_dialog_error, show_info
from .qt import cancel_quietly
from .upload_common import saved_client, wrapped_label
from .upload_files import FILE_COLUMN, TIME_COLUMN, UploadFilesMixin, state_text
from .upload_target import NewRasterLayerMixin, UploadTargetMixin

log = get_logger("upload_dialogs")


class RasterUploadDialog(UploadFilesMixin, UploadTargetMixin, NewRasterLayerMixin, QDialog):
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
        self.adder = MapAdder(iface, self)
        self.adder.done.connect(self._added_to_map)

        self._build_files()
        self._build_target()

        # --- outcome
        self.reason_label = wrapped_label("reason")
        self.reason_label.setStyleSheet("color: #8a6d00;")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.status_label = wrapped_label("status")
        self.error_label = error_label()

        self._build_layer_box()

        # --- buttons
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.upload_button = self.buttons.addButton(tr("Upload"), QDialogButtonBox.ButtonRole.ActionRole)
        self.upload_button.setObjectName("upload")
        self.upload_button.clicked.connect(self.upload)
        self.resume_button = self.buttons.addButton(tr("Resume"), QDialogButtonBox.ButtonRole.ActionRole)
        self.resume_button.setObjectName("resume")
        self.resume_button.setToolTip(tr("Send the files that were not uploaded yet"))
        self.resume_button.clicked.connect(self.resume)
        self.resume_button.hide()
        self.cancel_button = self.buttons.addButton(tr("Cancel upload"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel_upload)
        self.cancel_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

        # --- layout
        layout = QVBoxLayout(self)
        layout.addWidget(self._files_box())
        layout.addWidget(self._target_box())
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
        try:
            items = self._make_items()
            check_items(self._check_target(), items)  # the core's checks: the algorithm's sentences
        except errors.LizardError as exc:
            return str(exc)
        return None

    def new_source(self):
        """The new rastersource's parameters (the keyword arguments of ``core.rasters.upload.create_rastersource``)."""
        temporal = self.temporal_check.isChecked()
        return {
            "name": self.name_edit.text().strip(),
            "organisation": self.organisation_combo.currentData(),
            "access": self.access_combo.currentData(),
            "temporal": temporal,
            "interval": self.interval_edit.text().strip() if temporal else None,
        }

    def _check_target(self):
        """What ``check_items`` checks the files against: the chosen source, or the checked body of the new
        one (a LizardError, e.g. for a missing or wrong interval)."""
        if self.existing_radio.isChecked():
            return self.selected_source()
        return rastersource_body(**self.new_source())

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
            QAbstractItemView.EditTrigger.NoEditTriggers if busy else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.interval_edit.setEnabled(not busy and self.temporal_check.isChecked())

    # ------------------------------------------------------------------------------------ upload

    def _make_items(self):
        """The queue's items for the rows; a LizardError naming the file whose time is not a time."""
        band, nodata = self.band_spin.value(), self.nodata()
        temporal = self.target_is_temporal()
        items = []
        for path, label, stamp in self.rows():
            try:
                items.append(UploadItem(path, stamp if temporal else None, band=band, nodata=nodata, label=label))
            except errors.LizardError as exc:
                raise errors.InvalidRequestError(tr("{file}: {problem}").format(file=label, problem=exc)) from None
        return items

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
            client = saved_client()
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
            new = self.new_source()
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
            client = saved_client()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        return self._start(client, self._target, None)

    def _start(self, client, target, new):
        """Run the upload queue in a task; with ``new`` the queue creates the rastersource itself (after the
        core's checks, just before the first file goes out), as the Processing algorithm does."""
        items = self._items
        poll = dict(self.poll)
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
            def on_source(source):
                outcome["source"] = source

            def on_item(item):
                task.emit_interim("item_changed", (row_of(item), item.state, state_text(item.state, item.error)))

            def on_bytes(item, sent, total):
                index = row_of(item)
                sizes[index] = [sent, total]
                done = sum(pair[0] for pair in sizes.values())
                whole = sum(pair[1] for pair in sizes.values()) or 1
                percent = 100.0 * done / whole
                task.setProgress(percent)
                task.emit_interim("bytes_sent", (index, sent, total, percent))

            queue = UploadQueue(client, outcome["source"], items, new=new, poll=poll, on_item=on_item,
                                on_bytes=on_bytes, on_source=on_source, cancel=task)
            queue.run()
            return items

        if new is not None:
            description = tr("Uploading to a new Lizard rastersource “{name}”").format(name=new["name"])
        else:
            description = tr("Uploading to the Lizard rastersource “{name}”").format(
                name=target.get("name") or target.get("uuid"))
        task = LizardTask(description, work, closing=[client])
        slots = {"item_changed": self._item_changed, "bytes_sent": self._bytes_sent}
        task.interim.connect(lambda kind, payload: slots[kind](*payload))
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
            cancel_quietly(task)

    def _finished(self, task, outcome, items, error):
        if task is not self._upload_task:
            return
        self._upload_task = None
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

    # ---------------------------------------------------------------------------------- closing

    def cancel(self):
        """Cancel everything this dialog runs (the plugin is unloading)."""
        self._search_timer.stop()
        self._observation_timer.stop()
        self.cancel_upload()
        for latest in (self._search, self._organisations_task, self._observations_task):
            latest.cancel()
        cancel_quietly(self._layer_task)
        self.adder.cancel()

    def done(self, code):
        # Closing the dialog leaves a running upload going (the task bar shows it; the message bar says how it
        # ended); the searches are stopped.
        self._search_timer.stop()
        self._observation_timer.stop()
        for latest in (self._search, self._organisations_task, self._observations_task):
            latest.cancel()
        super().done(code)
