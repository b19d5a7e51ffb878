"""Small pieces the upload dialogs share."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel

from ..core.client import LizardClient


def error_label():
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def wrapped_label(name):
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def saved_client():
    """A client for the saved portal and key, made on the GUI thread (the auth database may ask here)."""
    return LizardClient.from_settings()
