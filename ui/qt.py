"""Small Qt helpers the docks and dialogs share."""

from qgis.PyQt import sip


def alive(obj):
    """Whether a Qt object still exists (not None, not deleted on the C++ side)."""
    return obj is not None and not sip.isdeleted(obj)


def disconnect(signal, slot):
    """Disconnect ``slot`` from ``signal`` if it is connected and the sender still exists."""
    try:
        signal.disconnect(slot)
    except (TypeError, RuntimeError):  # not connected, or the sender is gone
        pass


def cancel_quietly(task):
    """Cancel ``task`` unless it is None or the task manager has already deleted it."""
    if task is None:
        return
    try:
        task.cancel()
    except RuntimeError:  # already deleted by the task manager
        pass
