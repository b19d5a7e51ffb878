"""Typed plugin settings under one prefix, with environment overrides for headless use.

Stored in ``QgsSettings`` under ``lizard_explorer/``. The API key is never stored here: only the id of the
QGIS authentication configuration that holds it (see :mod:`core.credentials`).

Environment overrides (useful for ``qgis_process`` and scripts):
- ``LIZARD_URL``: the portal address, instead of the saved one.
- ``LIZARD_API_KEY``: the Personal API Key, instead of the one in the authentication database.
"""

import os

from qgis.core import QgsSettings

PREFIX = "lizard_explorer/"
DEFAULT_PORTAL = "https://demo.lizard.net"
ENV_URL = "LIZARD_URL"
ENV_KEY = "LIZARD_API_KEY"


def _get(name, default=""):
    value = QgsSettings().value(PREFIX + name, default)
    return default if value is None else value


def _set(name, value):
    settings = QgsSettings()
    if value in (None, ""):
        settings.remove(PREFIX + name)
    else:
        settings.setValue(PREFIX + name, value)


def saved_portal_url():
    return str(_get("portal_url", DEFAULT_PORTAL) or DEFAULT_PORTAL)


def portal_url():
    """The portal to use: ``LIZARD_URL`` when set, else the saved address, else the public demo."""
    return os.environ.get(ENV_URL, "").strip() or saved_portal_url()


def set_portal_url(url):
    _set("portal_url", (url or "").strip())


def portal_from_environment():
    return bool(os.environ.get(ENV_URL, "").strip())


def authcfg_id():
    return str(_get("authcfg", "") or "")


def set_authcfg_id(config_id):
    _set("authcfg", config_id)


def key_management_url(portal):
    """Where a user creates a Personal API Key on ``portal`` (a normalised portal URL)."""
    return portal.rstrip("/") + "/management/personal_api_keys/"


def events_time_zone():
    """The zone the events upload reads times without a zone in (``UTC`` unless the user chose another)."""
    return str(_get("events_time_zone", "UTC") or "UTC")


def set_events_time_zone(name):
    _set("events_time_zone", "" if (name or "UTC") == "UTC" else name)
