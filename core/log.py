"""Logging for the plugin, with secrets scrubbed from every record.

Every module logs through :func:`get_logger` (``lizard_explorer`` and its children). The plugin forwards
those records to the QGIS log panel (tab "Lizard"); tests capture them with ``caplog``. A key known to the
plugin is registered with :func:`register_secret`; :func:`redact` removes it from any text, and
:class:`RedactingFilter` (on every logger :func:`get_logger` hands out) applies that to every record, so a
key cannot reach a log line even by mistake.
"""

import logging
import threading

LOGGER_NAME = "lizard_explorer"
logger = logging.getLogger(LOGGER_NAME)

_secrets = set()
_lock = threading.Lock()
MASK = "********"


def register_secret(secret):
    """Remember a secret so that :func:`redact` removes it (short strings are ignored: too common)."""
    if secret and len(secret) >= 4:
        with _lock:
            _secrets.add(secret)


def redact(text):
    """``text`` with every registered secret replaced by a mask (non-strings are converted first)."""
    if text is None:
        return text
    text = str(text)
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        clean = redact(message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        return True


def get_logger(name=None):
    """The plugin's logger (or a child of it) with the redacting filter on it.

    A logger's filters only see records logged on that very logger, not those propagated from its
    children, so every logger handed out here gets its own filter.
    """
    target = logger.getChild(name) if name else logger
    if not any(isinstance(f, RedactingFilter) for f in target.filters):
        target.addFilter(RedactingFilter())
    return target


get_logger()


class QgisLogHandler(logging.Handler):
    """Forwards the plugin's log records to the QGIS log panel, tab "Lizard" (already redacted)."""

    TAB = "Lizard"

    def emit(self, record):
        try:
            from qgis.core import Qgis, QgsMessageLog

            level = Qgis.Critical if record.levelno >= logging.ERROR else (
                Qgis.Warning if record.levelno >= logging.WARNING else Qgis.Info)
            QgsMessageLog.logMessage(redact(self.format(record)), self.TAB, level, False)
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


def install_qgis_handler(level=logging.INFO):
    handler = QgisLogHandler(level)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    return handler


def remove_qgis_handler(handler):
    if handler is not None:
        logger.removeHandler(handler)
