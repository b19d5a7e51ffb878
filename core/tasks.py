"""Background work: a ``QgsTask`` that runs a function off the GUI thread and reports back on it.

The function receives the task; it calls ``task.setProgress()`` and passes the task as ``cancel`` to the
client (which checks ``task.isCanceled()`` between pages and retries). ``finished()`` runs on the GUI thread
and emits ``succeeded(result)`` or ``failed(error)``; a cancelled task emits ``failed(CancelledError)``.
:class:`LatestTask` keeps one task per purpose and cancels the stale one when a new one starts.
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

    def __init__(self, description, function, flags=QgsTask.CanCancel):
        super().__init__(description, flags)
        self._function = function
        self.result = None
        self.error = None

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
        if self.isCanceled() and self.error is None:
            self.error = errors.CancelledError()
        return self.error is None

    def finished(self, ok):
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
