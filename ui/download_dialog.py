"""The raster download dialog: a Lizard raster layer as local GeoTIFFs (or VRTs) for an area, CRS, pixel size
and time steps, with its size shown before it starts, progress per file, cancel and resume.

All the work is in ``core.rasters.download``: this dialog collects the parameters, plans and runs the download in
:class:`~lizard_explorer.core.tasks.LizardTask` s (never HTTP on the GUI thread) and shows what happens.
``Plan.run`` calls back from the task's thread; those calls reach the widgets only through the task's
``interim`` signal, queued to the GUI thread (and cut off when the plugin unloads). The files are added to the map in a
layer-tree group named after the raster. The form is in :mod:`.download_form`, the raster and its time steps in
:mod:`.download_raster`, the area in :mod:`.download_area`.
"""

import os

from qgis.core import (
    Qgis,
)
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QTableWidgetItem,
)

from ..core import errors, outputs
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.log import get_logger
from ..core.rasters import download, download_grid
from ..core.tasks import LatestTask, LizardTask, run_task
from .add_to_map import add_files_to_group
from .download_area import DownloadAreaMixin
from .download_form import (
    BYTES_PER_PIXEL,
    FILE_COLUMN,
    PERCENT_COLUMN,
    STATE_COLUMN,
    DownloadFormMixin,
    FormError,
    state_text,
)
from .download_raster import DownloadRasterMixin
from .map_tools import DrawAreaMixin
from .messages import sentence, show_error, show_info
from .qt import alive, cancel_quietly

log = get_logger("download_dialog")


class RasterDownloadDialog(DownloadFormMixin, DownloadRasterMixin, DownloadAreaMixin, DrawAreaMixin,
                           QDialog):
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
        self._drawn = None  # (QgsGeometry, QgsCoordinateReferenceSystem)
        self._area_band = None
        self._tool = None
        self._previous_tool = None
        self._watched_canvas = None
        self._build()
        self._connect()
        self._show_raster()
        self._load_raster()


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
            if "features" in request:
                return download.plan_per_feature(client, raster, request["features"], request["name_field"],
                                                 output, request["features_crs"], cancel=task,
                                                 transform_context=request["transform_context"], **keywords)
            return download.plan_download(client, raster, output, request["area"], cancel=task, **keywords)

        task = LizardTask(tr("Planning the download of {name}").format(name=self.raster_name()), work,
                          closing=[client])
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
            there = outputs.already_there(item.path)
            status = download_grid.SKIPPED if there else download_grid.PENDING
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
        rows = {id(item): row for row, item in enumerate(plan.items)}
        poll, concurrency = dict(self.poll), self.concurrency

        def work(task):
            def progress(fraction, message):
                task.setProgress(100.0 * fraction)
                task.emit_interim("progress", (float(fraction), message or ""))

            def item_progress(item, fraction):
                task.emit_interim("item_progress", (rows[id(item)], float(fraction)))

            def on_item(item):
                task.emit_interim("item_changed", (rows[id(item)], item.status, state_text(item.status, item.error)))

            return plan.run(client, progress=progress, item_progress=item_progress, on_item=on_item, cancel=task,
                            concurrency=concurrency, stop_on_error=False, poll=poll)

        task = LizardTask(tr("Downloading {name} from Lizard").format(name=self.raster_name()), work,
                          closing=[client])
        slots = {"progress": self._progress, "item_progress": self._item_progress, "item_changed": self._item_changed}
        task.interim.connect(lambda kind, payload: slots[kind](*payload))
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
        if 0 < fraction < 1 and self.state_of(row) == state_text(download_grid.PENDING):
            self._set_cell(row, STATE_COLUMN, state_text(download_grid.RUNNING))

    def _item_changed(self, row, status, text):
        if self._run_task is None:
            return
        self._set_cell(row, STATE_COLUMN, text)
        if status in (download_grid.DONE, download_grid.SKIPPED):
            self._set_cell(row, PERCENT_COLUMN, "100")

    def cancel_download(self):
        """Stop the download: complete files are kept, partial ones deleted; Resume fetches the rest."""
        for task in (self._run_task, self._planner.task if self._run_after_plan else None):
            if task is not None:
                self.status_label.setText(tr("Cancelling…"))
                cancel_quietly(task)

    def _finished(self, task, plan, paths, error):
        if task is not self._run_task:
            return
        self._run_task = None
        self.progress_bar.hide()
        for row, item in enumerate(plan.items):
            self._set_cell(row, STATE_COLUMN, state_text(item.status, item.error))
            if item.status in (download_grid.DONE, download_grid.SKIPPED):
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
        return add_files_to_group(paths, self.raster_name())

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


def show_download_dialog(iface, raster, dialogs):
    """The one way the download dialog opens (raster dock, layer context menu): a new dialog for ``raster``
    (Lizard's JSON of a raster layer, or its UUID) is shown and added to ``dialogs``, the caller's list, after
    the dialogs there that are neither downloading nor open were disposed of. Returns the dialog."""
    return open_dialog(dialogs, lambda: RasterDownloadDialog(iface, raster, iface.mainWindow()))


def open_dialog(dialogs, make):
    """Show the dialog ``make()`` returns and add it to ``dialogs`` after those there that are neither busy nor
    open were disposed of; returns it. (For any dialog with ``busy()`` and ``cancel()``.)"""
    kept = []
    for old in dialogs:
        if alive(old) and (old.busy() or old.isVisible()):
            kept.append(old)
        elif alive(old):
            old.cancel()
            old.deleteLater()
    dialog = make()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialogs[:] = kept + [dialog]
    dialog.show()
    return dialog


def close_download_dialogs(dialogs):
    """Stop and close every dialog in ``dialogs`` (a running download stops; the core deletes partial files)
    and empty the list."""
    for dialog in dialogs:
        if alive(dialog):
            dialog.cancel()
            dialog.close()
            dialog.setParent(None)
            dialog.deleteLater()
    dialogs[:] = []


__all__ = ["RasterDownloadDialog", "close_download_dialogs", "open_dialog", "show_download_dialog", "state_text"]
