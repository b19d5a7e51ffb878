"""Reading Lizard's answers: bodies read or streamed to disk (a short body is :class:`Truncated`), JSON
decoded, ``Retry-After`` parsed, and every HTTP failure turned into one of the typed errors of
:mod:`core.errors` with one sentence for users. Used by :class:`core.client.LizardClient`.
"""

import email.utils
import http.client
import json
import math
import time
from urllib.parse import urlsplit

from . import errors
from .i18n import tr
from .log import redact

CHUNK = 64 * 1024
# A download goes socket → buffer → file per chunk: a buffer that stays in the CPU's cache makes both copies
# cheap. 64 KiB measured best (bench/download.py: 1 MiB buffers, 4 workers, cost 1.5–2.7 s of kernel time per
# 1.6 GB instead of 0.9 s, and 1.2–1.4× curl instead of 0.9×).
DOWNLOAD_CHUNK = 64 * 1024
BODY_CHUNK = 4 * 1024 * 1024  # a body of known length is read straight into its buffer this much at a time
BODY_BUFFER_MAX = 256 * 1024 * 1024  # a longer announced length is not trusted with one buffer up front


class Truncated(Exception):
    """The body ended before its ``Content-Length``."""


def parse_retry_after(value):
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date), or ``None``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def read_body(response, cancelled):
    plain = _plain_body(response)
    expected = response.headers.get("Content-Length")
    if plain is not None and expected and expected.isdigit() and int(expected) <= BODY_BUFFER_MAX:
        return _read_known(response, plain, int(expected), cancelled)
    chunks = []
    for chunk in response.iter_content(CHUNK):
        if cancelled():
            raise errors.CancelledError()
        chunks.append(chunk)
    body = b"".join(chunks)
    expected = response.headers.get("Content-Length")
    identity = not response.headers.get("Content-Encoding")
    if identity and expected and expected.isdigit() and len(body) < int(expected):
        raise Truncated("received {} of {} bytes".format(len(body), expected))
    return body


def _plain_body(response):
    """The ``http.client`` response under ``response`` when its body can be read straight into a buffer (not
    content-encoded, nothing read yet), else None: one copy less per byte than ``iter_content``."""
    raw = getattr(response, "raw", None)
    body = getattr(raw, "_fp", None)
    if response.headers.get("Content-Encoding") or not isinstance(body, http.client.HTTPResponse) \
            or getattr(response, "_content_consumed", True) or getattr(raw, "_fp_bytes_read", 1):
        return None
    return body


def _read_known(response, plain, size, cancelled):
    """A body of ``size`` bytes read into one buffer, up to :data:`BODY_CHUNK` per call: a thread that waits
    for the interpreter (e.g. while another decodes JSON) takes all the socket holds at once, instead of a
    small chunk per turn."""
    buffer = bytearray(size)
    done = 0
    with memoryview(buffer) as view:
        while done < size:
            try:
                got = plain.readinto(view[done:done + BODY_CHUNK])
            except http.client.HTTPException as exc:  # e.g. IncompleteRead: the connection broke off
                raise Truncated(repr(exc)) from None
            if cancelled():
                raise errors.CancelledError()
            if not got:
                break
            done += got
    if done < size:
        raise Truncated("received {} of {} bytes".format(done, size))
    response._content_consumed = True  # all read: the connection goes back to the pool
    return bytes(buffer)


def stream_body(response, path, cancelled, progress=None, offset=0):
    """Write a response body to ``path`` chunk by chunk; return the file's size. Raises ``Truncated`` if
    short. ``offset``: the body continues the ``offset`` bytes already in the file (a 206 answer), so it is
    appended and progress counts from there."""
    total = response.headers.get("Content-Length")
    identity = not response.headers.get("Content-Encoding")
    total = offset + int(total) if identity and total and total.isdigit() else None
    done = offset
    plain = _plain_body(response)
    with open(path, "ab" if offset else "wb") as handle:
        if plain is not None:
            buffer = memoryview(bytearray(DOWNLOAD_CHUNK))
            while True:
                try:
                    size = plain.readinto(buffer)
                except http.client.HTTPException as exc:  # e.g. IncompleteRead: the connection broke off
                    raise Truncated(repr(exc)) from None
                if cancelled():
                    raise errors.CancelledError()
                if not size:
                    break
                handle.write(buffer[:size])
                done += size
                if progress is not None:
                    progress(done, total)
            if total is None or done >= total:
                response._content_consumed = True  # all read: the connection goes back to the pool
        else:
            for chunk in response.iter_content(DOWNLOAD_CHUNK):
                if cancelled():
                    raise errors.CancelledError()
                handle.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
    if total is not None and done < total:
        raise Truncated("received {} of {} bytes".format(done, total))
    return done


def decode_json(body, response, url):
    if not body.strip():
        return None
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise errors.InvalidResponseError(
            tr("Lizard answered with something that is not JSON; is the portal address right?"),
            details=body[:300].decode("utf-8", "replace"), status=response.status_code, url=url,
        ) from None


def _lizard_fields(body):
    """(message, detail) from a Lizard error body, tolerating HTML and other shapes."""
    try:
        data = json.loads(body.decode("utf-8")) if body else None
    except (UnicodeDecodeError, ValueError):
        return None, None
    if isinstance(data, dict):
        return data.get("message"), data.get("detail", data if "message" not in data else None)
    if isinstance(data, list):
        return None, data
    return None, None


def _detail_text(detail):
    if detail is None:
        return ""
    if isinstance(detail, dict):
        return "; ".join("{}: {}".format(k, _detail_text(v)) for k, v in detail.items())
    if isinstance(detail, list):
        return " ".join(_detail_text(v) for v in detail)
    return str(detail).strip()


def error_from_response(response, body, method):
    """The typed error for an HTTP error answer, with Lizard's ``message``/``detail`` kept."""
    status = response.status_code
    url = response.url
    message, detail = _lizard_fields(body)
    said = _detail_text(detail) or (message or "")
    common = {"status": status, "url": url, "lizard_message": message, "lizard_detail": detail,
              "details": "{} {}: {}".format(method, url, (body or b"")[:500].decode("utf-8", "replace"))}
    if status == 401 or (status == 403 and method in ("GET", "HEAD", "OPTIONS")):
        return errors.AuthenticationError(
            tr("Lizard did not accept your API key; check it in the Lizard settings."), **common
        )
    if status == 403:
        return errors.PermissionDeniedError(
            tr("Lizard refused the change: your key has no permission for it ({detail}).").format(
                detail=said or tr("no reason given")), **common
        )
    if status == 404:
        return errors.NotFoundError(
            tr("Lizard has no such object, or it is not visible with your key."), **common
        )
    if status == 400:
        fields = detail if isinstance(detail, dict) else {}
        return errors.InvalidRequestError(
            tr("Lizard rejected the request: {detail}").format(detail=said or tr("no reason given")),
            field_errors=fields, **common
        )
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        text = tr("Lizard is receiving too many requests; try again later.")
        if retry_after:
            text = tr("Lizard is receiving too many requests; try again in {seconds} seconds.").format(
                seconds=int(math.ceil(retry_after)))
        return errors.RateLimitedError(text, retry_after=retry_after, **common)
    if status >= 500:
        return errors.ServerError(
            tr("Lizard had a problem answering (HTTP {status}); try again later.").format(status=status),
            **common
        )
    return errors.LizardError(
        tr("Lizard answered with an unexpected error (HTTP {status}).").format(status=status), **common
    )


def network_error(url, exc):
    host = urlsplit(url).hostname
    return errors.NetworkError(
        tr("Could not reach Lizard at {host}; check the portal address and your network.").format(host=host),
        details=redact(repr(exc)), url=url,
    )


def timeout_error(url, exc):
    host = urlsplit(url).hostname
    return errors.RequestTimeoutError(
        tr("Lizard at {host} did not answer in time; try again later.").format(host=host),
        details=redact(repr(exc)), url=url,
    )
