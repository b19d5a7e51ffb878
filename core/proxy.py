"""QGIS's proxy settings (Settings > Options > Network) as a ``requests`` proxies mapping."""

from urllib.parse import quote, urlsplit

from .log import get_logger
from .transport import is_loopback

log = get_logger("proxy")
_SCHEMES = {"HttpProxy": "http", "HttpCachingProxy": "http", "Socks5Proxy": "socks5h"}
NO_PROXY = {"http": None, "https": None}


def proxies_for(url):
    """A ``requests`` proxies dict for ``url`` following QGIS's network settings.

    ``None`` means: let ``requests`` use the system/environment proxy (QGIS's "Default proxy" choice, or no
    QGIS available). A dict with ``None`` values means: connect directly.
    """
    if is_loopback(urlsplit(url).hostname):
        return dict(NO_PROXY)
    try:
        from qgis.core import QgsNetworkAccessManager
        from qgis.PyQt.QtNetwork import QNetworkProxy
    except ImportError:  # pragma: no cover - outside QGIS
        return None
    manager = QgsNetworkAccessManager.instance()
    if any(entry and url.startswith(entry) for entry in _list(manager, "noProxyList")):
        return dict(NO_PROXY)
    if any(entry and url.startswith(entry) for entry in _list(manager, "excludeList")):
        return None
    if manager.useSystemProxy():
        return None
    proxy = manager.fallbackProxy()
    kind = {
        QNetworkProxy.ProxyType.HttpProxy: "HttpProxy",
        QNetworkProxy.ProxyType.HttpCachingProxy: "HttpCachingProxy",
        QNetworkProxy.ProxyType.Socks5Proxy: "Socks5Proxy",
        QNetworkProxy.ProxyType.NoProxy: "NoProxy",
    }.get(proxy.type(), "DefaultProxy")
    if kind == "NoProxy":
        return dict(NO_PROXY)
    if kind not in _SCHEMES or not proxy.hostName():
        return None
    auth = ""
    if proxy.user():
        auth = "{}:{}@".format(quote(proxy.user(), safe=""), quote(proxy.password() or "", safe=""))
    address = "{}://{}{}:{}".format(_SCHEMES[kind], auth, proxy.hostName(), proxy.port())
    log.debug("Using the QGIS proxy %s:%s", proxy.hostName(), proxy.port())
    return {"http": address, "https": address}


def _list(manager, name):
    method = getattr(manager, name, None)  # noProxyList: QGIS >= 3.20
    return [str(entry).strip() for entry in (method() if method else [])]
