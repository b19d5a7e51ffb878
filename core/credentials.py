"""The API key, kept in the QGIS authentication database as a Basic auth config (user ``__key__``).

Settings keep only the config's id. ``LIZARD_API_KEY`` overrides the stored key (headless use). The same
config id goes into WMS layer URIs as ``authcfg=<id>``, so the key never enters a URI or a project file.

The config remembers the portal it was saved for (its URI). For any other portal (a different
``LIZARD_URL``, or a portal changed in the settings) the stored key is not used: :func:`key_portal_mismatch`
says why, :func:`load_api_key` and :func:`layer_authcfg` then give no key.
"""

import os

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication, QThread

from . import errors, settings
from .client import normalise_portal_url
from .errors import CredentialsError
from .i18n import tr
from .log import get_logger, register_secret

log = get_logger("credentials")
USERNAME = "__key__"
CONFIG_NAME = "Lizard API key"


def _manager():
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise CredentialsError(tr("The QGIS authentication system is not available."))
    return manager


def _on_main_thread():
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _unlock(manager):
    """Make sure the auth database is unlocked; ask for the master password only on the GUI thread."""
    if manager.masterPasswordIsSet():
        return
    if not _on_main_thread():
        raise CredentialsError(
            tr("The QGIS authentication database is locked; open the Lizard settings once to unlock it, "
               "or set LIZARD_API_KEY.")
        )
    if not manager.setMasterPassword(True):
        raise CredentialsError(
            tr("The QGIS authentication database is locked; enter its master password to use your key.")
        )


def unlock():
    """Unlock the auth database now (GUI thread: QGIS asks for the master password if it must)."""
    _unlock(_manager())


def environment_key():
    key = os.environ.get(settings.ENV_KEY, "").strip()
    if key:
        register_secret(key)
    return key or None


def _same_portal(first, second):
    try:
        return normalise_portal_url(first) == normalise_portal_url(second)
    except errors.ConfigurationError:
        return False


def saved_for():
    """The portal the stored key was saved for (the auth config's URI), or ``None`` without a stored key.

    A config saved without a URI counts as saved for the portal saved in the settings.
    """
    config_id = settings.authcfg_id()
    if not config_id:
        return None
    manager = QgsApplication.authManager()
    config = manager.availableAuthMethodConfigs().get(config_id) if manager is not None else None
    return (config.uri() if config is not None else "") or settings.saved_portal_url()


def key_portal_mismatch(portal=None):
    """The portal the stored key was saved for when it is not ``portal`` (default: the portal in use),
    else ``None``: the stored key is then not used."""
    stored_for = saved_for()
    if stored_for is None or _same_portal(stored_for, portal or settings.portal_url()):
        return None
    return stored_for


def key_source(portal=None):
    """``"environment"``, ``"authdb"`` or ``None``: where :func:`load_api_key` will find the key."""
    if environment_key():
        return "environment"
    return "authdb" if settings.authcfg_id() and key_portal_mismatch(portal) is None else None


def load_api_key(portal=None):
    """The key to use for ``portal`` (default: the portal in use), or ``None`` for anonymous access."""
    key = environment_key()
    if key:
        return key
    config_id = settings.authcfg_id()
    if not config_id:
        return None
    stored_for = key_portal_mismatch(portal)
    if stored_for is not None:
        log.warning("The saved key is for %s, not for %s: it is not used.", stored_for,
                    portal or settings.portal_url())
        return None
    manager = _manager()
    _unlock(manager)
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(config_id, config, True) or not config.isValid(True):
        raise CredentialsError(
            tr("The saved Lizard key (authentication config {id}) could not be read; enter it again in the "
               "Lizard settings.").format(id=config_id)
        )
    key = config.config("password") or None
    register_secret(key)
    return key


def store_api_key(key, portal_url=None):
    """Create or update the auth config holding ``key`` for ``portal_url`` (default: the portal in use);
    remember and return its id."""
    key = (key or "").strip()
    if not key:
        raise CredentialsError(tr("The API key is empty."))
    register_secret(key)
    manager = _manager()
    _unlock(manager)
    config = QgsAuthMethodConfig("Basic")
    existing = settings.authcfg_id()
    if existing and existing in manager.configIds():
        manager.loadAuthenticationConfig(existing, config, True)
    config.setMethod("Basic")
    config.setName(CONFIG_NAME)
    config.setUri(normalise_portal_url(portal_url or settings.portal_url()))
    config.setConfig("username", USERNAME)
    config.setConfig("password", key)
    if config.id():
        ok = manager.updateAuthenticationConfig(config)
    else:
        ok = manager.storeAuthenticationConfig(config)
        if isinstance(ok, tuple):  # QGIS >= 3.28 returns (bool, config)
            ok, config = ok[0], (ok[1] if len(ok) > 1 and ok[1] is not None else config)
    if not ok or not config.id():
        raise CredentialsError(tr("The API key could not be saved in the QGIS authentication database."))
    settings.set_authcfg_id(config.id())
    log.info("API key saved in authentication config %s", config.id())
    return config.id()


def forget_api_key():
    """Remove the stored key (its auth config) and the id from the settings."""
    config_id = settings.authcfg_id()
    if config_id:
        manager = QgsApplication.authManager()
        if manager is not None and config_id in manager.configIds():
            manager.removeAuthenticationConfig(config_id)
    settings.set_authcfg_id("")


def layer_authcfg(portal=None):
    """The auth config id to put in layer URIs (``authcfg=``), or ``""`` when there is none for ``portal``
    (default: the portal in use).

    With only ``LIZARD_API_KEY`` set there is no config: layers then load anonymously (public data).
    """
    return settings.authcfg_id() if key_portal_mismatch(portal) is None else ""
