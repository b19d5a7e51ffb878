"""The one place errors reach users: a sentence in the message bar, the details in the log panel."""

from qgis.core import Qgis, QgsMessageLog

from ..core import errors
from ..core.i18n import tr
from ..core.log import QgisLogHandler, redact

DURATION = 8


def show_error(iface, error, title=None):
    """Show ``error`` (any exception) as one sentence; log its details. Cancellation is not an error."""
    if isinstance(error, errors.CancelledError):
        return
    if isinstance(error, errors.LizardError):
        text, details = str(error), error.log_text()
        heading = title or error.title
    else:
        text = tr("Something went wrong: {error}").format(error=redact(error))
        details, heading = redact(repr(error)), title or tr("Lizard")
    QgsMessageLog.logMessage(redact(details), QgisLogHandler.TAB, Qgis.Critical, False)
    if iface is not None:
        iface.messageBar().pushMessage(heading, redact(text), Qgis.Critical, DURATION)


def show_info(iface, text, title=None, level=Qgis.Info):
    QgsMessageLog.logMessage(redact(text), QgisLogHandler.TAB, level, False)
    if iface is not None:
        iface.messageBar().pushMessage(title or tr("Lizard"), redact(text), level, DURATION)
