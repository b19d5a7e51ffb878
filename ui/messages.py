"""The one place errors reach users: a sentence in the message bar, the details in the log panel."""

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel

from ..core import errors
from ..core.i18n import tr
from ..core.log import QgisLogHandler, redact

DURATION = 8


def sentence(error):
    """The one sentence users see for ``error`` (any exception)."""
    if isinstance(error, errors.LizardError):
        return str(error)
    return tr("Something went wrong: {error}").format(error=redact(error))


def show_error(iface, error, title=None):
    """Show ``error`` (any exception) as one sentence; log its details. Cancellation is not an error."""
    if isinstance(error, errors.CancelledError):
        return
    text = sentence(error)
    if isinstance(error, errors.LizardError):
        details, heading = error.log_text(), title or error.title
    else:
        details, heading = redact(repr(error)), title or tr("Lizard")
    QgsMessageLog.logMessage(redact(details), QgisLogHandler.TAB, Qgis.Critical, False)
    if iface is not None:
        iface.messageBar().pushMessage(heading, redact(text), Qgis.Critical, DURATION)


def show_dialog_error(dialog, error, title):
    """A dialog's failure: kept in ``dialog.error``, the sentence under its form (``dialog.error_label``) and
    in the message bar. A cancel is only kept."""
    dialog.error = error
    if isinstance(error, errors.CancelledError):
        return
    dialog.error_label.setText(sentence(error))
    dialog.error_label.show()
    show_error(dialog.iface, error, title)


def show_info(iface, text, title=None, level=Qgis.Info):
    QgsMessageLog.logMessage(redact(text), QgisLogHandler.TAB, level, False)
    if iface is not None:
        iface.messageBar().pushMessage(title or tr("Lizard"), redact(text), level, DURATION)


def error_label():
    """The red, selectable line where a dialog shows its last error (hidden until there is one)."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label
