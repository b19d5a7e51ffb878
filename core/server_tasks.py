"""Lizard's own background tasks (``/api/v4/tasks/<id>/``): followed to the end, never guessed at.

An upload (and an asynchronous raster download) answers with a task URL. :func:`follow_task` polls it with
growing intervals and a deadline until the task ends: it returns the final task for ``SUCCESS`` and raises
:class:`TaskFailedError` with the server's reason for any other end state. An error while polling is raised
(after the client's own retries for 5xx, 429 and dropped connections), never taken for "still running".
"""

import threading
import time

from . import errors
from .client import cancel_check
from .i18n import tr
from .log import get_logger

log = get_logger("tasks")

RUNNING = ("PENDING", "RECEIVED", "STARTED", "RETRY", "PROGRESS")
SUCCESS = "SUCCESS"
FAILED = ("FAILURE", "REVOKED", "REJECTED", "IGNORED")

DEFAULT_DEADLINE = 6 * 3600.0  # a big upload can take hours to process on Lizard


class TaskFailedError(errors.LizardError):
    """A Lizard task ended without success; ``task`` is its last state, ``reason`` the server's words."""

    def __init__(self, message, task=None, reason=None, **kwargs):
        super().__init__(message, **kwargs)
        self.task = task or {}
        self.reason = reason


class TaskTimeoutError(errors.LizardError):
    """The task did not end before the deadline; it may still finish on Lizard."""

    def __init__(self, message, task=None, **kwargs):
        super().__init__(message, **kwargs)
        self.task = task or {}


def task_url(answer, client):
    """The task URL in an answer to an upload/async request (``url``, or ``task_id``/``uuid``)."""
    if not isinstance(answer, dict):
        raise errors.InvalidResponseError(
            tr("Lizard accepted the request but did not say which task handles it."), details=repr(answer)[:500]
        )
    url = answer.get("url") or answer.get("task_url")
    if not url:
        task_id = answer.get("task_id") or answer.get("uuid") or answer.get("id")
        if not task_id:
            raise errors.InvalidResponseError(
                tr("Lizard accepted the request but did not say which task handles it."),
                details=repr(answer)[:500],
            )
        url = client.url("tasks/{}/".format(task_id))
    return url


def reason_of(task):
    """The server's words for why a task ended badly (``detail``, else ``result``), as one line of text."""
    for key in ("detail", "result", "message", "error"):
        value = task.get(key)
        if value in (None, "", [], {}):
            continue
        if isinstance(value, dict):
            value = "; ".join("{}: {}".format(k, v) for k, v in value.items())
        elif isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        return " ".join(str(value).split())
    return ""


def intervals(first=1.0, factor=1.5, maximum=30.0):
    """Growing poll intervals: ``first``, ``first*factor``, ... capped at ``maximum`` seconds."""
    interval = first
    while True:
        yield interval
        interval = min(maximum, interval * factor)


def follow_task(client, url, *, cancel=None, on_status=None, deadline=DEFAULT_DEADLINE, first=1.0, factor=1.5,
                maximum=30.0, sleep=None, clock=time.monotonic):
    """Poll the task at ``url`` until it ends; return the final task dict on ``SUCCESS``.

    ``on_status(status, task)`` is called whenever the status changes (e.g. to show "processing on Lizard").
    Raises :class:`TaskFailedError` (with Lizard's reason), :class:`TaskTimeoutError` after ``deadline``
    seconds, :class:`~core.errors.CancelledError`, or the client's error when polling itself fails.
    """
    cancelled = cancel_check(cancel)
    end = clock() + deadline
    last_status = None
    waits = intervals(first, factor, maximum)
    while True:
        if cancelled():
            raise errors.CancelledError()
        task = client.get(url, cancel=cancel)
        if not isinstance(task, dict) or not task.get("status"):
            raise errors.InvalidResponseError(
                tr("Lizard answered with something that is not a task."), details=repr(task)[:500], url=url
            )
        status = str(task["status"]).upper()
        if status != last_status:
            log.info("Task %s: %s", url, status)
            last_status = status
            if on_status is not None:
                on_status(status, task)
        if status == SUCCESS:
            return task
        if status in FAILED or status not in RUNNING:
            reason = reason_of(task)
            if reason:
                message = tr("Lizard could not process it: {reason}").format(reason=reason)
            else:
                message = tr("Lizard could not process it (the task ended as {status}).").format(status=status)
            raise TaskFailedError(message, task=task, reason=reason or None, url=url,
                                  details="status {}".format(status))
        wait = next(waits)
        remaining = end - clock()
        if remaining <= 0:
            raise TaskTimeoutError(
                tr("Lizard is still processing after {minutes} minutes; it may yet finish, check the task "
                   "later at {url}").format(minutes=int(round(deadline / 60.0)), url=url),
                task=task, url=url,
            )
        _pause(min(wait, remaining), cancelled, sleep)


def _pause(seconds, cancelled, sleep):
    if sleep is not None:
        sleep(seconds)
        if cancelled():
            raise errors.CancelledError()
        return
    until = time.monotonic() + seconds
    event = threading.Event()
    while True:
        if cancelled():
            raise errors.CancelledError()
        remaining = until - time.monotonic()
        if remaining <= 0:
            return
        event.wait(min(0.1, remaining))
