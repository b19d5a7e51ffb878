"""The plugin's name and version, read from ``metadata.txt`` (the single source of truth)."""

import configparser
import os

PLUGIN_NAME = "Lizard Explorer"
PLUGIN_SLUG = "lizard_explorer"
_METADATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "metadata.txt")


def plugin_version():
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(_METADATA, encoding="utf-8")
        return parser.get("general", "version")
    except (configparser.Error, OSError):
        return "0"


def qgis_version():
    try:
        from qgis.core import Qgis

        return Qgis.QGIS_VERSION.split("-")[0]
    except ImportError:  # pragma: no cover - the plugin always runs with QGIS
        return "unknown"


def user_agent():
    import requests

    return "LizardExplorer/{} QGIS/{} python-requests/{}".format(
        plugin_version(), qgis_version(), requests.__version__
    )
