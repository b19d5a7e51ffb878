"""Small pieces the upload dialogs share."""

from qgis.PyQt.QtWidgets import QLabel

from ..core.client import LizardClient


def wrapped_label(name):
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def saved_client():
    """A client for the saved portal and key, made on the GUI thread (the auth database may ask here)."""
    return LizardClient.from_settings()
