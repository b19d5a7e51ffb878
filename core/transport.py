"""How REST requests travel: which origins may carry the key, which CAs are trusted, which proxy per host.

- :func:`may_carry_key`: the key goes only to the portal's own origin, over https (or to this machine).
- :func:`ca_bundle`: requests trust what QGIS trusts: the system CAs and the CAs the user added in QGIS's
  certificate manager (auth database), plus ``SSL_CERT_FILE`` / ``REQUESTS_CA_BUNDLE`` / ``CURL_CA_BUNDLE``.
- :class:`ProxyAdapter`: the proxy is chosen for each request's own host (QGIS's network settings, else the
  environment), so a result on another host (or a redirect) gets its own proxy, or none.
"""

import hashlib
import ipaddress
import os
import tempfile
import threading
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.certs import where as default_bundle

from . import errors
from .i18n import tr
from .log import get_logger, redact

log = get_logger("transport")
CA_ENVIRONMENT = ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")
_bundle_lock = threading.Lock()


def is_loopback(host):
    host = (host or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def origin(url):
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), parts.port or default


def may_carry_key(portal_url, url):
    """Whether a request to ``url`` may carry the key of ``portal_url``: same origin, and https or loopback."""
    target = origin(url)
    return target == origin(portal_url) and (target[0] == "https" or is_loopback(target[1]))


# ------------------------------------------------------------------------------------------- trust


def _qgis_trusted_pem():
    """The CAs QGIS trusts (system roots, the auth database's, extra files; minus untrusted) as PEM."""
    try:
        from qgis.core import QgsApplication
    except ImportError:  # pragma: no cover - outside QGIS
        return b""
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return b""
    return bytes(manager.trustedCaCertsPemText())


def _environment_pem():
    chunks = []
    for name in CA_ENVIRONMENT:
        path = os.environ.get(name, "").strip()
        if not path:
            continue
        try:
            with open(path, "rb") as handle:
                chunks.append(handle.read())
        except OSError as exc:
            log.warning("%s=%s cannot be read: %s", name, path, exc)
    return chunks


def ca_bundle():
    """A PEM file with every CA that REST requests trust (see the module docstring).

    Without QGIS the default bundle of ``requests`` stands in for the system CAs. The file is written once
    per content into the temporary directory and shared by every client.
    """
    qgis_pem = _qgis_trusted_pem()
    chunks = [qgis_pem] if qgis_pem else [_read(default_bundle())]
    chunks += _environment_pem()
    content = b"\n".join(chunk.strip() + b"\n" for chunk in chunks if chunk.strip())
    path = os.path.join(tempfile.gettempdir(), "lizard-explorer-ca-{}.pem".format(
        hashlib.sha256(content).hexdigest()[:24]))
    with _bundle_lock:
        if _holds(path, content):  # checked, not trusted by name: another user may have made a file there
            return path
        handle, temporary = tempfile.mkstemp(prefix="lizard-explorer-ca-", suffix=".tmp",
                                             dir=os.path.dirname(path))
        with os.fdopen(handle, "wb") as out:  # mkstemp: readable and writable by this user only
            out.write(content)
        try:
            os.replace(temporary, path)
        except OSError:  # e.g. someone else's file in a sticky temporary folder: keep our own copy
            return temporary
    return path


def _holds(path, content):
    try:
        return os.path.isfile(path) and not os.path.islink(path) and _read(path) == content
    except OSError:
        return False


def _read(path):
    with open(path, "rb") as handle:
        return handle.read()


def certificate_error(url, exc):
    host = urlsplit(url).hostname
    return errors.CertificateError(
        tr("The certificate of {host} is not trusted, so nothing was sent; if your organisation inspects "
           "https traffic, add its certificate authority in QGIS under Settings > Options > "
           "Authentication.").format(host=host),
        details=redact(repr(exc)), url=url,
    )


# ------------------------------------------------------------------------------------------- proxies


class ProxyChooser:
    """``requests`` proxies for a URL, chosen per origin and remembered.

    ``proxies`` may be a fixed mapping (every host), a function of the URL (``None`` from it means: the
    environment's proxy for that host), or ``None``: QGIS's network settings (:func:`core.proxy.proxies_for`).
    """

    def __init__(self, proxies=None):
        self._given = proxies
        self._chosen = {}
        self._lock = threading.Lock()

    def __call__(self, url):
        key = origin(url)
        with self._lock:
            chosen = self._chosen.get(key)
        if chosen is None:
            chosen = self._choose(url)
            with self._lock:
                self._chosen[key] = chosen
        return dict(chosen)

    def _choose(self, url):
        if isinstance(self._given, dict):
            chosen = self._given
        else:
            if self._given is None:
                from .proxy import proxies_for

                chooser = proxies_for
            else:
                chooser = self._given
            chosen = chooser(url)
            if chosen is None:
                chosen = requests.utils.get_environ_proxies(url)
        return {scheme: address for scheme, address in chosen.items() if address}  # None: connect directly


class ProxyAdapter(HTTPAdapter):
    """An adapter that sends every request (a redirect included) through the proxy chosen for its host."""

    def __init__(self, chooser, **kwargs):
        self.chooser = chooser
        super().__init__(**kwargs)

    def send(self, request, **kwargs):
        kwargs["proxies"] = self.chooser(request.url)
        return super().send(request, **kwargs)
