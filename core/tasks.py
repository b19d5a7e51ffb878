"""Background work: a ``QgsTask`` that runs a function off the GUI thread and reports back on it.

The function receives the task; it calls ``task.setProgress()`` and passes the task as ``cancel`` to the
client (which checks ``task.isCanceled()`` between pages and retries). ``finished()`` runs on the GUI thread
and emits ``succeeded(result)`` or ``failed(error)``; a cancelled task emits ``failed(CancelledError)``.
:class:`LatestTask` keeps one task per purpose and cancels the stale one when a new one starts.

Every task started with :func:`run_task` is in one registry until it ends; :func:`detach_all` (the plugin's
``unload()``) cancels them all and cuts them from their receivers, so a task that ends after its docks and
dialogs are gone reaches none of them. Interim results (batches, progress) go through the task's own
``interim`` signal, never through a widget's signal emitted from the worker thread.
"""

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from . import errors
from .i18n import tr
from .log import get_logger, redact

log = get_logger("tasks")


class LizardTask(QgsTask):
    succeeded = pyqtSignal(object)
    failed = pyqtSignal(object)
    interim = pyqtSignal(str, object)  # (kind, payload) emitted by run(), queued to the receivers' thread

    def __init__(self, description, function, flags=QgsTask.CanCancel, closing=()):
        """``closing``: objects with a ``close()`` (e.g. the ``LizardClient`` the function uses) closed when
        the task ends: after ``run()``, or in ``finished()`` when it never ran (cancelled while queued)."""
        super().__init__(description, flags)
        self._function = function
        self._closing = list(closing)
        self.result = None
        self.error = None
        self.detached = False

    def _close(self):
        closing, self._closing = self._closing, []
        for resource in closing:
            try:
                resource.close()
            except Exception:  # noqa: BLE001 - closing must not hide the task's own outcome
                log.debug("Closing %r failed", resource, exc_info=True)

    def detach(self):
        """Cancel the task and disconnect everyone from its signals: it ends on its own, telling no one."""
        self.detached = True
        for signal in (self.succeeded, self.failed, self.interim):
            try:
                signal.disconnect()
            except (TypeError, RuntimeError):  # nothing connected, or already deleted
                pass
        try:
            if self.status() not in (QgsTask.Complete, QgsTask.Terminated):
                self.cancel()
        except RuntimeError:
            pass

    def emit_interim(self, kind, payload):
        """Hand an interim result to the GUI (from run()); nothing happens once the task is detached."""
        if not self.detached:
            self.interim.emit(kind, payload)

    def run(self):
        try:
            self.result = self._function(self)
        except errors.LizardError as exc:
            self.error = exc
        except Exception as exc:  # noqa: BLE001 - a task must never let an exception escape
            log.exception("Unexpected error in task %s", self.description())
            self.error = errors.LizardError(
                tr("Something went wrong: {error}").format(error=redact(exc)), details=redact(repr(exc))
            )
        finally:
            self._close()
        if self.isCanceled() and self.error is None:
            self.error = errors.CancelledError()
        return self.error is None

    def finished(self, ok):
        self._close()
        if self.detached:
            return
        if ok:
            self.succeeded.emit(self.result)
        else:
            self.failed.emit(self.error or errors.CancelledError())


_running = set()


def run_task(task):
    """Hand ``task`` to the QGIS task manager, keeping it referenced until it has ended.

    A Python ``QgsTask`` that is garbage-collected while it runs crashes QGIS; cancelled tasks still run
    until they notice, so every task stays in ``_running`` until ``taskCompleted``/``taskTerminated``.
    """
    _running.add(task)
    task.taskCompleted.connect(lambda: _running.discard(task))
    task.taskTerminated.connect(lambda: _running.discard(task))
    QgsApplication.taskManager().addTask(task)
    return task


def detach_all():
    """Cancel every running task and cut it from its receivers (for ``unload()``); returns how many.

    The tasks stay referenced until they have ended (see :func:`run_task`): they finish in the background,
    clean up their partial files through the cancel path and report to no widget.
    """
    tasks = list(_running)
    for task in tasks:
        if isinstance(task, LizardTask):
            task.detach()
        else:
            try:
                task.cancel()
            except RuntimeError:
                pass
    return len(tasks)


class LatestTask:
    """Runs tasks so that only the newest one of its kind is alive: starting one cancels the previous."""

    def __init__(self):
        self.task = None

    def start(self, task):
        self.cancel()
        self.task = task
        return run_task(task)

    def is_current(self, task):
        """False for a task that a newer one replaced: its late result must be ignored."""
        return task is self.task

    def cancel(self):
        task, self.task = self.task, None
        if task is not None:
            try:
                if task.status() not in (QgsTask.Complete, QgsTask.Terminated):
                    task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass
