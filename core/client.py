"""The one Lizard v4 client every feature uses.

- Base URL normalisation: ``demo.lizard.net``, ``https://demo.lizard.net/`` and ``.../api/v4/`` all give
  the portal ``https://demo.lizard.net``.
- HTTP Basic auth with username ``__key__``, only to the portal's own origin and never over plain http to a
  host other than this machine; anonymous when no key is set.
- A (connect, read) timeout on every request; bounded retries with exponential backoff and jitter for
  idempotent requests on connection errors, timeouts, truncated bodies, 429 (honouring ``Retry-After``),
  502, 503 and 504. A POST is retried only when it cannot have been received: the connection could not
  be made, or Lizard answered 429 and the body (no file) can be sent again.
- :meth:`LizardClient.pages` / :meth:`LizardClient.paginate` follow absolute ``next`` links (optionally
  fetching later pages concurrently while keeping their order), accept a bare-array answer, report
  progress as ``(done, count)``, stop between pages when cancelled and never yield an object twice.
- Every failure is one of the typed errors in :mod:`core.errors`; an untrusted certificate is a
  :class:`~core.errors.CertificateError`, not retried.
- Trust and proxies as QGIS has them (see :mod:`core.transport`): the CAs QGIS trusts plus
  ``SSL_CERT_FILE`` / ``REQUESTS_CA_BUNDLE``; the proxy chosen per request host.

Cancellation: wherever ``cancel`` is accepted it may be ``None``, a callable returning ``True`` when
cancelled, or an object with ``isCanceled()`` (``QgsTask``, ``QgsFeedback``) or ``is_set()``
(``threading.Event``).
"""

import math
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import requests

from . import errors
from .i18n import tr
from .log import get_logger, register_secret
from .responses import (
    Truncated,
    decode_json,
    error_from_response,
    network_error,
    parse_retry_after,
    read_body,
    stream_body,
    timeout_error,
)
from .transport import ProxyAdapter, ProxyChooser, ca_bundle, certificate_error, is_loopback, may_carry_key, origin
from .version import user_agent

log = get_logger("client")

API_PATH = "/api/v4/"
DEFAULT_TIMEOUT = (10.0, 60.0)
DEFAULT_PAGE_SIZE = 100
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})


# --------------------------------------------------------------------------------------------- helpers


def cancel_check(cancel):
    """A no-argument function that says whether ``cancel`` (see module docstring) was triggered."""
    if cancel is None:
        return lambda: False
    for name in ("isCanceled", "is_set"):
        method = getattr(cancel, name, None)
        if method is not None:
            return method
    if callable(cancel):
        return cancel
    raise TypeError("cancel must be callable or have isCanceled()/is_set()")


def normalise_portal_url(url):
    """The portal root (``scheme://host[:port][/prefix]``, no trailing slash) for what a user typed."""
    text = (url or "").strip()
    if not text:
        raise errors.ConfigurationError(tr("No Lizard portal address is set."))
    if "://" not in text:
        host = text.split("/", 1)[0].split(":", 1)[0]
        text = ("http://" if is_loopback(host) else "https://") + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise errors.ConfigurationError(
            tr("“{url}” is not a Lizard portal address; use e.g. https://demo.lizard.net.").format(url=url)
        )
    path = parts.path
    index = path.find("/api/")
    if index >= 0:
        path = path[:index]
    netloc = parts.hostname.lower() if parts.port is None else "{}:{}".format(parts.hostname.lower(), parts.port)
    if ":" in parts.hostname:  # IPv6 literal
        netloc = "[{}]".format(netloc) if parts.port is None else "[{}]:{}".format(parts.hostname, parts.port)
    return urlunsplit((parts.scheme.lower(), netloc, path.rstrip("/"), "", ""))


class _KeyAuth(requests.auth.AuthBase):
    """Basic auth ``__key__:<key>``, added only to requests for the portal's own origin."""

    def __init__(self, key, portal_url):
        self._basic = requests.auth.HTTPBasicAuth("__key__", key)
        self._portal_url = portal_url

    def __call__(self, request):
        return self._basic(request) if may_carry_key(self._portal_url, request.url) else request

    def __repr__(self):
        return "<Lizard key auth>"


class Page:
    """One answer of a list endpoint. ``bare`` is true when the server sent a plain JSON array."""

    __slots__ = ("results", "count", "next", "bare", "url")

    def __init__(self, results, count, next_url, bare, url):
        self.results, self.count, self.next, self.bare, self.url = results, count, next_url, bare, url

    @classmethod
    def from_json(cls, data, url):
        if isinstance(data, list):
            return cls(data, None, None, True, url)
        if isinstance(data, dict) and isinstance(data.get("results"), list):
            return cls(data["results"], data.get("count"), data.get("next"), False, url)
        raise errors.InvalidResponseError(
            tr("Lizard answered with something that is not a list of objects."), url=url
        )


def default_key(item):
    if isinstance(item, dict):
        for name in ("uuid", "id", "url"):
            if item.get(name) is not None:
                return item[name]
    return None


# ---------------------------------------------------------------------------------------------- client


class LizardClient:
    """A session with one Lizard portal. Thread-safe for concurrent requests."""

    def __init__(
        self,
        portal_url,
        api_key=None,
        *,
        timeout=DEFAULT_TIMEOUT,
        retries=4,
        backoff=0.5,
        max_backoff=30.0,
        max_retry_after=120.0,
        proxies=None,
        page_size=DEFAULT_PAGE_SIZE,
        concurrency=1,
        sleep=None,
    ):
        self.portal_url = normalise_portal_url(portal_url)
        self.api_url = self.portal_url + API_PATH
        scheme, host, _port = origin(self.portal_url)
        if api_key and scheme != "https" and not is_loopback(host):
            raise errors.InsecureConnectionError(
                tr(
                    "Refusing to send your API key over an unencrypted connection to {host}: "
                    "use https:// for the portal address."
                ).format(host=host)
            )
        if api_key:
            register_secret(api_key)
        self.timeout = timeout
        self.retries = max(0, int(retries))
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.page_size = page_size
        self.concurrency = max(1, int(concurrency))
        self._sleep = sleep
        self._has_key = bool(api_key)
        self._local = threading.local()
        self._session = requests.Session()
        self._session.headers.update({"User-Agent": user_agent(), "Accept": "application/json"})
        if api_key:
            self._session.auth = _KeyAuth(api_key, self.portal_url)
        # The environment is resolved here, not per request (requests would scan it for every request when
        # trust_env is on): the CAs once, the proxy once per host (see core.transport).
        self._session.trust_env = False
        self._session.verify = ca_bundle()
        self.proxies = ProxyChooser(proxies)  # proxies(url): the proxies a request to url goes through
        self.proxies(self.portal_url)  # the portal's now, on the thread that makes the client (QGIS's settings)
        adapter = ProxyAdapter(self.proxies)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    @classmethod
    def from_settings(cls, **kwargs):
        """A client for the saved (or environment-overridden) portal and the key saved for it."""
        from . import credentials, settings

        portal = settings.portal_url()
        return cls(portal, credentials.load_api_key(portal), **kwargs)

    @property
    def has_key(self):
        return self._has_key

    def __repr__(self):
        return "LizardClient(portal={!r}, key={})".format(self.portal_url, "set" if self._has_key else "none")

    def close(self):
        self._session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --------------------------------------------------------------------------------------- URLs

    def url(self, path, params=None):
        """Absolute URL for ``path``: relative to the API root, or ``/``-rooted at the portal, or absolute."""
        if path.startswith(("http://", "https://")):
            url = path
        elif path.startswith("/"):
            url = self.portal_url + path
        else:
            url = urljoin(self.api_url, path)
        if params:
            url = with_query(url, params)
        return url

    # ------------------------------------------------------------------------------------ requests

    def get(self, path, params=None, *, cancel=None):
        return self.request("GET", path, params=params, cancel=cancel)

    def get_bytes(self, path, params=None, *, cancel=None):
        """GET with the same retries and errors, returning the body undecoded (e.g. WMS capabilities)."""
        return self.request("GET", path, params=params, cancel=cancel, decode=False)

    def page(self, url_or_path, params=None, *, cancel=None):
        """One :class:`Page` of a list: a path with ``params``, or an absolute ``next`` link as given."""
        if url_or_path.startswith(("http://", "https://")):
            url = self._same_portal(url_or_path)
            return Page.from_json(self.get(url, cancel=cancel), url)
        return Page.from_json(self.get(url_or_path, params, cancel=cancel), self.url(url_or_path, params))

    def post(self, path, json_body=None, *, data=None, files=None, cancel=None, timeout=None):
        return self.request("POST", path, json_body=json_body, data=data, files=files, cancel=cancel,
                            timeout=timeout)

    def download(self, path, to_file, params=None, *, progress=None, cancel=None, timeout=None):
        """GET ``path`` (same rules as :meth:`url`) and stream a successful body into the file ``to_file``.

        Memory does not grow with the size; ``progress(done_bytes, total_bytes_or_None)`` is called per
        chunk. The key goes only to the portal's own origin (a result URL on another host gets none). A
        retry starts the file again. Returns the number of bytes written; the caller owns the file
        (write to a temporary name and move it into place).
        """
        result = self.request("GET", path, params=params, cancel=cancel, timeout=timeout, decode=False,
                              to_file=to_file, progress=progress)
        return result

    def request(self, method, path, *, params=None, json_body=None, data=None, files=None, cancel=None,
                timeout=None, decode=True, to_file=None, progress=None, headers=None):
        """Send a request with retries; return the decoded JSON (``None`` for an empty body), or the raw
        body when ``decode`` is false (with ``to_file``: the body is streamed there and its size returned)."""
        method = method.upper()
        url = self.url(path, params)
        cancelled = cancel_check(cancel)
        idempotent = method in IDEMPOTENT
        attempt = 0
        while True:
            attempt += 1
            if cancelled():
                raise errors.CancelledError()
            last = attempt > self.retries
            if attempt > 1 and hasattr(data, "seek"):
                data.seek(0)  # a streamed body (an upload) is sent again from its start
            try:
                response, body = self._send(method, url, json_body, data, files, cancelled, timeout,
                                            to_file, progress, headers)
            except _Retryable as problem:
                if last or not (idempotent or problem.before_sending):
                    raise problem.error from None
                self._wait(self._backoff_delay(attempt), cancelled, url, problem.error.details)
                continue
            status = response.status_code
            if status in RETRY_STATUSES and not last and (idempotent or (status == 429 and _replayable(files, data))):
                delay = self._retry_delay(response, body, attempt, method)
                self._wait(delay, cancelled, url, "HTTP {}".format(status))
                continue
            if response.status_code >= 400:
                raise error_from_response(response, body, method)
            if to_file is not None:
                return body
            return decode_json(body, response, url) if decode else body

    def _retry_delay(self, response, body, attempt, method):
        """How long to wait before retrying ``response``; gives up at once when Lizard asks too much."""
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if retry_after is None:
            return self._backoff_delay(attempt)
        if retry_after > self.max_retry_after:
            raise error_from_response(response, body, method)
        return retry_after

    def _backoff_delay(self, attempt):
        delay = min(self.max_backoff, self.backoff * (2 ** (attempt - 1)))
        return delay * (0.5 + random.random() / 2)  # noqa: S311 - jitter, not cryptography

    def _wait(self, seconds, cancelled, url, reason):
        log.info("Retrying %s in %.1f s (%s)", url, seconds, reason)
        if self._sleep is not None:
            self._sleep(seconds)
            if cancelled():
                raise errors.CancelledError()
            return
        deadline = time.monotonic() + seconds
        event = threading.Event()
        while True:
            if cancelled():
                raise errors.CancelledError()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            event.wait(min(0.1, remaining))

    def _send(self, method, url, json_body, data, files, cancelled, timeout, to_file=None, progress=None,
              headers=None):
        """One attempt: (response, body bytes). Raises :class:`_Retryable` for network trouble."""
        log.debug("%s %s", method, url)
        try:
            response = self._session.request(
                method, url, json=json_body, data=data, files=files, timeout=timeout or self.timeout,
                stream=True, allow_redirects=True, headers=headers,
            )
        except requests.exceptions.ConnectTimeout as exc:
            raise _Retryable(timeout_error(url, exc), before_sending=True) from None
        except requests.exceptions.SSLError as exc:  # not retried: an untrusted certificate stays untrusted
            raise certificate_error(url, exc) from None
        except requests.exceptions.ConnectionError as exc:
            raise _Retryable(network_error(url, exc), before_sending=_never_sent(exc)) from None
        except requests.exceptions.Timeout as exc:
            raise _Retryable(timeout_error(url, exc)) from None
        except requests.exceptions.RequestException as exc:
            raise errors.NetworkError(
                tr("Could not send the request to Lizard."), details=repr(exc), url=url
            ) from None
        try:
            if to_file is not None and response.status_code < 300:
                body = stream_body(response, to_file, cancelled, progress)
            else:
                body = read_body(response, cancelled)
        except requests.exceptions.Timeout as exc:
            raise _Retryable(timeout_error(url, exc)) from None
        except (requests.exceptions.RequestException, OSError, Truncated) as exc:
            raise _Retryable(
                errors.NetworkError(
                    tr("The connection to Lizard broke off before the answer was complete."),
                    details=repr(exc), url=url,
                )
            ) from None
        finally:
            response.close()
        log.debug("%s %s -> %s (%d bytes)", method, url, response.status_code,
                  body if isinstance(body, int) else len(body))
        return response, body

    # ---------------------------------------------------------------------------------- pagination

    def pages(self, path, params=None, *, page_size=None, cancel=None, concurrency=None):
        """Yield :class:`Page` objects of a list endpoint in order, following ``next`` to the end.

        With ``concurrency`` > 1 and a numbered ``next`` link, later pages are fetched ahead (at most
        ``concurrency`` requests at a time) and still yielded in order.
        """
        cancelled = cancel_check(cancel)
        query = dict(params or {})
        query.setdefault("page_size", page_size or self.page_size)
        first = self.page(path, query, cancel=cancelled)
        yield first
        if first.next is None:
            return
        workers = self.concurrency if concurrency is None else max(1, int(concurrency))
        urls = numbered_page_urls(first) if workers > 1 else None
        if urls:
            last = yield from self._pages_ahead(urls, workers, cancelled)
        else:
            last = first
        while last.next:
            if cancelled():
                raise errors.CancelledError()
            last = self.page(last.next, cancel=cancelled)
            yield last

    def _pages_ahead(self, urls, workers, cancelled):
        """Fetch ``urls`` with ``workers`` threads, yield the pages in order; return the last page."""
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lizard-page")
        pending = []
        queue = iter(urls)
        last = None
        try:
            for url in queue:
                pending.append(executor.submit(self.page, url, cancel=cancelled))
                if len(pending) >= workers:
                    break
            while pending:
                if cancelled():
                    raise errors.CancelledError()
                last = pending.pop(0).result()
                next_url = next(queue, None)
                if next_url is not None:
                    pending.append(executor.submit(self.page, next_url, cancel=cancelled))
                yield last
        finally:
            for future in pending:
                future.cancel()
            executor.shutdown(wait=False)
        return last

    def same_portal(self, url):
        """A link Lizard sent (e.g. ``next``) as a URL this client follows: same host as the portal, upgraded to
        its scheme; another host raises :class:`~core.errors.InvalidResponseError` (as :meth:`page` does)."""
        return self._same_portal(url)

    def _same_portal(self, url):
        """A ``next`` link as a URL we may follow: same host as the portal, upgraded to its scheme."""
        scheme, host, _ = origin(url)
        portal_scheme, portal_host, _ = origin(self.portal_url)
        if host != portal_host:
            raise errors.InvalidResponseError(
                tr("Lizard sent a link to another server ({host}); it was not followed.").format(host=host),
                url=url,
            )
        if scheme != portal_scheme:
            parts = urlsplit(url)
            url = urlunsplit((portal_scheme, urlsplit(self.portal_url).netloc, parts.path, parts.query, ""))
        return url

    def paginate(self, path, params=None, *, page_size=None, progress=None, cancel=None, concurrency=None,
                 key=default_key):
        """Yield every object of a list endpoint once, reporting ``progress(done, count)`` per page."""
        seen = set()
        done = 0
        count = None
        for page in self.pages(path, params, page_size=page_size, cancel=cancel, concurrency=concurrency):
            if count is None:
                count = page.count
            for item in page.results:
                ident = key(item) if key else None
                if ident is not None:
                    if ident in seen:
                        continue
                    seen.add(ident)
                done += 1
                yield item
            if progress is not None:
                progress(done, count if count is not None else done)

    def get_all(self, path, params=None, **kwargs):
        return list(self.paginate(path, params, **kwargs))


# ------------------------------------------------------------------------------------ module helpers


class _Retryable(Exception):
    def __init__(self, error, before_sending=False):
        super().__init__(str(error))
        self.error = error
        self.before_sending = before_sending


def _replayable(files, data):
    """Whether a POST body can be sent again: no ``files`` and no stream, or a stream that can rewind."""
    if files:
        return False
    return data is None or isinstance(data, (bytes, str, dict, list, tuple)) or hasattr(data, "seek")


def _never_sent(exc):
    """True when a ConnectionError happened while connecting, so the server never saw the request."""
    text = repr(exc)
    return any(marker in text for marker in ("NewConnectionError", "Connection refused", "NameResolutionError",
                                             "Failed to resolve", "Name or service not known"))


def with_query(url, params):
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    for name, value in params.items():
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        query.extend((name, _param(v)) for v in values)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def _param(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def numbered_page_urls(first):
    """URLs of pages 2..N built from the first page's ``next`` link, or ``None`` when not numbered."""
    if first.count is None or not first.results:
        return None
    query = dict(parse_qsl(urlsplit(first.next).query, keep_blank_values=True))
    if query.get("page") != "2":
        return None
    total = int(math.ceil(first.count / float(len(first.results))))
    return [with_query(first.next, {"page": n}) for n in range(2, total + 1)]
