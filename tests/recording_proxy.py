"""A recording reverse proxy on 127.0.0.1, to see which requests (and headers) a WMS host really receives.

``RecordingProxy(upstream)`` forwards every GET to ``upstream`` (e.g. a local qgis_mapserver) and records its
method, path and headers exactly as they arrived (``Authorization`` included, unredacted). In the answers the
upstream's address is replaced by ``advertise`` (default: the proxy's own address), so a capabilities document
can point GetMap/GetFeatureInfo at a third host.

It also serves as a forward (HTTP) proxy: a request for an absolute URL goes to that URL, or to
``routes[host:port]`` when given (so a made-up host name can stand for a local server).
"""

import http.client
import threading
from collections import namedtuple
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Recorded = namedtuple("Recorded", "method path headers")
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        proxy = self.server.proxy
        proxy.record(Recorded(self.command, self.path, {k: v for k, v in self.headers.items()}))
        path, upstream = self.path, urlsplit(proxy.upstream or "")
        if path.startswith("http://"):  # as a forward proxy
            asked = urlsplit(path)
            upstream = urlsplit(proxy.routes.get(asked.netloc, "http://" + asked.netloc))
            path = asked.path + ("?" + asked.query if asked.query else "")
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP | {"host"}}
        headers["Host"] = upstream.netloc
        try:
            connection.request("GET", path, headers=headers)
            answer = connection.getresponse()
            body = answer.read()
            if proxy.upstream:
                body = body.replace(proxy.upstream.rstrip("/").encode(), proxy.advertised.rstrip("/").encode())
            status, answer_headers = answer.status, answer.getheaders()
        finally:
            connection.close()
        self.send_response(status)
        for name, value in answer_headers:
            if name.lower() not in HOP_BY_HOP | {"content-length"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class RecordingProxy:
    """``with RecordingProxy("http://127.0.0.1:8080/") as proxy: ... proxy.url ... proxy.requests``"""

    def __init__(self, upstream=None, advertise=None, routes=None):
        self.upstream = upstream
        self._advertise = advertise
        self.routes = dict(routes or {})
        self._lock = threading.Lock()
        self._requests = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.proxy = self
        self.url = "http://127.0.0.1:{}/".format(self._httpd.server_address[1])
        self._thread = None

    @property
    def advertised(self):
        return self._advertise or self.url

    def record(self, request):
        with self._lock:
            self._requests.append(request)

    @property
    def requests(self):
        with self._lock:
            return list(self._requests)

    def clear(self):
        with self._lock:
            self._requests.clear()

    def start(self):
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="RecordingProxy", daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._httpd.shutdown()
        self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()
