"""FakeLizard: a threaded HTTP server on 127.0.0.1 with fault injection and request recording."""

import socket
import sys
import threading
import time
import traceback
from collections import namedtuple
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from .api import Api
from .base import Request
from .generated import AGGREGATE_FIELDS, TIME_FORMATS
from .multipart import BodyError, BodyReader
from .rasterdata import ResultHost
from .store import USERS, Store
from .util import error_response

RecordedRequest = namedtuple("RecordedRequest", "method path query headers body_size status")
RecordedRequest.__doc__ = """One request as the server saw it.

``query`` maps each parameter to all its values; ``headers`` has Authorization (and the legacy
``password`` header) replaced by "<redacted>"; ``status`` is None for a dropped connection.
"""
REDACTED_HEADERS = ("authorization", "password")
BUILDINGS_MODES = ("paginated", "bare")
TASK_OUTCOMES = (None, "SUCCESS", "FAILURE")


class Fault:
    """One injected fault; applies to the next ``remaining`` matching requests."""

    def __init__(self, status, times, path, method, retry_after, delay, drop, truncate):
        if times < 1:
            raise ValueError("times must be at least 1")
        if drop and truncate:
            raise ValueError("a fault either drops the connection or truncates the answer, not both")
        self.status = status
        self.remaining = times
        self.path = path
        self.method = method.upper() if method else None
        self.retry_after = retry_after
        self.delay = delay
        self.drop = drop
        self.truncate = truncate

    def matches(self, method, path):
        return (
            self.remaining > 0
            and (self.path is None or path.startswith(self.path))
            and (self.method is None or self.method == method)
        )

    def __repr__(self):
        fields = ("status", "remaining", "path", "method", "retry_after", "delay", "drop", "truncate")
        return "Fault(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in fields) + ")"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeLizard/1.0"
    timeout = 120  # seconds of silence before an idle keep-alive connection is closed

    def log_message(self, format, *args):
        """Silent: tests must not see server logging on stderr."""

    def handle_one_request(self):
        try:
            super().handle_one_request()
        except (ConnectionError, socket.timeout):
            self.close_connection = True

    def _serve(self):
        self.server.lizard._serve(self)

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, lizard):
        self.lizard = lizard
        self.connections = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request, client_address):
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request):
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request, client_address):
        """No tracebacks on stderr; unexpected ones are kept in ``lizard.errors``."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, socket.timeout, BodyError)):
            self.lizard.errors.append(traceback.format_exc())


class FakeLizard:
    """A fake Lizard API v4 server for tests, on http://127.0.0.1:<free port>.

    ``with FakeLizard() as lz: requests.get(lz.api_url + "rastersources/")``. The socket is bound in the
    constructor (so ``base_url`` is known at once); ``start()`` serves it from a daemon thread.
    """

    KEYS = {name: user["key"] for name, user in USERS.items()}

    def __init__(
        self,
        max_page_size=100,
        buildings=2000,
        buildings_mode="paginated",
        wms_endpoint=None,
        seed=1,
        host="127.0.0.1",
        port=0,
    ):
        self._lock = threading.Lock()
        self._faults = []
        self._requests = []
        self._thread = None
        self._host = host
        self._httpd = _Server((host, port), self)
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self.api_url = self.base_url + "/api/v4/"
        try:
            self.data = Store(self.base_url, wms_endpoint=wms_endpoint, buildings=buildings, seed=seed)
            self._api = Api(self.data, max_page_size=max_page_size)
            # Asynchronous raster downloads end with a URL on this other origin (another port).
            self.result_host = ResultHost(host)
            self._api.result_host = self.result_host
            self.buildings_mode = buildings_mode
        except BaseException:
            self._httpd.server_close()
            raise

    # --- settings that tests switch at runtime -------------------------------------------------------

    @property
    def buildings_mode(self):
        """'paginated' (normal list) or 'bare' (a JSON array truncated to page_size) for /buildings/."""
        return self._api.buildings_mode

    @buildings_mode.setter
    def buildings_mode(self, mode):
        if mode not in BUILDINGS_MODES:
            raise ValueError(f"buildings_mode must be one of {BUILDINGS_MODES}")
        self._api.buildings_mode = mode

    @property
    def task_outcome(self):
        """None (the file decides: TIFF magic = SUCCESS), 'SUCCESS' or 'FAILURE' for the next uploads."""
        return self._api.task_outcome

    @task_outcome.setter
    def task_outcome(self, outcome):
        if outcome not in TASK_OUTCOMES:
            raise ValueError(f"task_outcome must be one of {TASK_OUTCOMES}")
        self._api.task_outcome = outcome

    @property
    def keep_uploads(self):
        """Keep uploaded files on disk (their path is in ``data.uploads``); default False."""
        return self._api.keep_uploads

    @keep_uploads.setter
    def keep_uploads(self, keep):
        self._api.keep_uploads = bool(keep)

    @property
    def aggregate_time_key(self):
        """Where ``/timeseries/<uuid>/aggregates/`` rows keep their time, a [guess] in the contract. None
        (default): rows hold exactly the fields asked for, the time only in the ``*_timestamp`` fields asked
        (as Lizard's notebook reads them); a key such as "time", "timestamp" or "start": every row has the
        window's start under that key, and ``*_timestamp`` fields are not answered."""
        return self._api.aggregate_time_key

    @aggregate_time_key.setter
    def aggregate_time_key(self, key):
        if key is not None and (not isinstance(key, str) or key in AGGREGATE_FIELDS):
            raise ValueError("aggregate_time_key must be None or a key that is not an aggregate field")
        self._api.aggregate_time_key = key

    @property
    def aggregate_time_format(self):
        """How aggregate rows write a time: "iso" (default, ISO 8601 UTC), "epoch_ms" or "epoch_s"."""
        return self._api.aggregate_time_format

    @aggregate_time_format.setter
    def aggregate_time_format(self, time_format):
        if time_format not in TIME_FORMATS:
            raise ValueError(f"aggregate_time_format must be one of {TIME_FORMATS}")
        self._api.aggregate_time_format = time_format

    @property
    def max_page_size(self):
        return self._api.max_page_size

    @property
    def errors(self):
        """Tracebacks of unexpected server exceptions (each answered with a 500)."""
        return self._api.errors

    def set_wms_layers(self, layer_names, endpoint=None):
        """Points the first len(layer_names) rasters' wms_info at ``endpoint`` with these layer names."""
        return self.data.set_wms_layers(layer_names, endpoint)

    # --- lifecycle -----------------------------------------------------------------------------------

    def start(self):
        if self._thread is not None:
            return self
        if self._httpd is None:  # restarted after stop(): same port
            self._httpd = _Server((self._host, self.port), self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"FakeLizard:{self.port}",
            daemon=True,
        )
        self._thread.start()
        self.result_host.start()
        return self

    def stop(self):
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self.result_host.stop()
        if self._thread is not None:
            httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        with httpd.connections_lock:
            open_connections = list(httpd.connections)
        for connection in open_connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    # --- faults --------------------------------------------------------------------------------------

    def inject(
        self,
        status=None,
        times=3,
        path=None,
        method=None,
        retry_after=None,
        delay=None,
        drop=False,
        truncate=False,
    ):
        """Queues a fault for the next ``times`` requests matching ``path`` (a prefix) and ``method``.

        ``status`` answers with a Lizard error body (default 503 when nothing else is asked for;
        with ``delay``/``drop``/``truncate`` alone the normal answer is kept); ``retry_after`` adds a
        Retry-After header; ``delay`` sleeps first; ``drop`` closes the connection without an answer;
        ``truncate`` sends the headers with the full Content-Length but only half of the body (note:
        requests 2.28 with urllib3 1.x does not notice that by itself: the body is just short);
        ``truncate="chunked"`` sends half the body with chunked transfer encoding and no final chunk
        (requests raises ChunkedEncodingError).
        Faults apply in the order they were queued, one per request. Returns the Fault.
        """
        if status is None and not (delay or drop or truncate):
            status = 503
        fault = Fault(status, times, path, method, retry_after, delay, drop, truncate)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self):
        with self._lock:
            self._faults.clear()

    def _take_fault(self, method, path):
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if not fault.remaining:
                        self._faults.remove(fault)
                    return fault
        return None

    # --- recording -----------------------------------------------------------------------------------

    @property
    def requests(self):
        """A snapshot list of RecordedRequest, oldest first."""
        with self._lock:
            return list(self._requests)

    def reset_requests(self):
        with self._lock:
            self._requests.clear()

    def _record(self, req, body_size, status):
        headers = {
            name: ("<redacted>" if name.lower() in REDACTED_HEADERS else value)
            for name, value in req.headers.items()
        }
        with self._lock:
            self._requests.append(
                RecordedRequest(req.method, req.path, req.query, headers, body_size, status)
            )

    # --- serving -------------------------------------------------------------------------------------

    def _serve(self, handler):
        parts = urlsplit(handler.path)
        body = BodyReader(handler.rfile, handler.headers)
        req = Request(
            handler.command,
            unquote(parts.path),
            parse_qsl(parts.query, keep_blank_values=True),
            handler.headers,
            body,
        )
        fault = self._take_fault(req.method, req.path)
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.drop:
            self._record(req, body.consumed, None)
            _drop(handler)
            return
        if fault and fault.status:
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else None
            response = error_response(fault.status, headers=headers)
        else:
            response = self._api.handle(req)
        try:
            body.drain()
        except (BodyError, OSError):
            handler.close_connection = True
        self._record(req, body.consumed, response.status)
        _send(handler, response, truncate=fault.truncate if fault else False)


def _send(handler, response, truncate=False):
    """Writes the answer; ``truncate`` True: full Content-Length but half the body; "chunked": half the
    body as one chunk without the final zero-length chunk. Either way the connection is then closed."""
    payload = response.body if handler.command != "HEAD" else b""
    handler.send_response(response.status)
    for name, value in response.headers.items():
        handler.send_header(name, value)
    if truncate == "chunked":
        handler.send_header("Transfer-Encoding", "chunked")
    else:
        handler.send_header("Content-Length", str(len(response.body)))
    handler.end_headers()
    if truncate:
        payload = payload[: len(payload) // 2]
        handler.close_connection = True
        if truncate == "chunked" and payload:
            payload = b"%x\r\n%s\r\n" % (len(payload), payload)
    try:
        handler.wfile.write(payload)
        handler.wfile.flush()
    except OSError:
        handler.close_connection = True


def _drop(handler):
    """Closes the connection without a single byte of answer."""
    handler.close_connection = True
    try:
        handler.connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
