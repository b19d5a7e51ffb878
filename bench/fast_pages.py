#!/usr/bin/env python3
"""The benchmarks' fast fake: pre-serialised pages of the fake Lizard, answered without any work per request.

Usage: bench/fast_pages.py UPSTREAM_BASE_URL < urls   (bench/buildings.py starts it; not for the tests)

Reads page URLs (one a line) of the fake Lizard at ``UPSTREAM_BASE_URL``, fetches each once, replaces the
upstream's address in the bodies (the absolute ``next``/``previous`` links) by its own, and then serves
those bytes: a request whose path and query (in any parameter order) match one of the URLs gets its stored
body, anything else a 404. No filtering, no JSON encoding, no authentication: the floor for a client is
then transport and its own work, which is what the buildings benchmark measures. It prints
``FAST_PAGES_URL=http://127.0.0.1:PORT`` when it is ready and serves until it is terminated.
"""

import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


def key(url):
    parts = urlsplit(url)
    return parts.path, tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    pages = {}

    def do_GET(self):  # noqa: N802 - http.server API
        body = self.pages.get(key(self.path))
        self.send_response(200 if body is not None else 404)
        body = body if body is not None else b'{"detail": "Not found."}'
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    upstream = sys.argv[1].rstrip("/")
    urls = [line.strip() for line in sys.stdin if line.strip()]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    own = "http://127.0.0.1:{}".format(server.server_address[1])
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for url in urls:
        with opener.open(url, timeout=60) as response:
            body = response.read()
        Handler.pages[key(url)] = body.replace(upstream.encode(), own.encode())
    print("FAST_PAGES_URL={}".format(own), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
