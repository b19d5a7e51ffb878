"""Streaming request bodies: a reader for Content-Length / chunked bodies and a multipart/form-data parser.

Neither ever holds a whole body in memory: file parts go to a temporary file in fixed-size chunks.
"""

import hashlib
import os
import re
import tempfile
from urllib.parse import unquote

CHUNK = 64 * 1024
MAX_HEADER_BLOCK = 16 * 1024
MAX_FIELD = 1024 * 1024

_PARAM_RE = re.compile(r';\s*([\w*.!#$%&\'^`|~+-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


class BodyError(ValueError):
    """A malformed request body."""


def parse_header_value(value):
    """'multipart/form-data; boundary="x"' -> ('multipart/form-data', {'boundary': 'x'})."""
    main, _, rest = (value or "").partition(";")
    params = {}
    for key, raw in _PARAM_RE.findall(";" + rest):
        raw = raw.strip()
        if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        key = key.lower()
        if key.endswith("*") and "''" in raw:  # RFC 5987: filename*=UTF-8''na%C3%AFve.tif
            charset, _, encoded = raw.partition("''")
            key, raw = key[:-1], unquote(encoded, encoding=charset or "utf-8", errors="replace")
        params[key] = raw
    return main.strip().lower(), params


class BodyReader:
    """Reads a request body with Content-Length or Transfer-Encoding: chunked; counts what it read."""

    def __init__(self, rfile, headers):
        self.rfile = rfile
        self.consumed = 0
        self.chunked = "chunked" in (headers.get("Transfer-Encoding") or "").lower()
        self._chunk_left = 0
        self._eof = False
        length = headers.get("Content-Length")
        try:
            self._left = max(0, int(length)) if length and not self.chunked else 0
        except ValueError:
            self._left = 0
        if not self.chunked and not self._left:
            self._eof = True

    def read(self, size=CHUNK):
        """Up to ``size`` bytes; b'' at the end of the body."""
        if self._eof:
            return b""
        data = self._read_chunked(size) if self.chunked else self._read_plain(size)
        self.consumed += len(data)
        return data

    def _read_plain(self, size):
        data = self.rfile.read(min(size, self._left))
        if not data:
            raise BodyError("client closed the connection before the end of the body")
        self._left -= len(data)
        if not self._left:
            self._eof = True
        return data

    def _read_chunked(self, size):
        if not self._chunk_left:
            line = self.rfile.readline(1024)
            try:
                self._chunk_left = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise BodyError("bad chunk size line") from None
            if not self._chunk_left:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                self._eof = True
                return b""
        data = self.rfile.read(min(size, self._chunk_left))
        if not data:
            raise BodyError("client closed the connection inside a chunk")
        self._chunk_left -= len(data)
        if not self._chunk_left:
            self.rfile.readline(16)  # the CRLF after a chunk
        return data

    def read_all(self, limit):
        parts, total = [], 0
        while True:
            data = self.read()
            if not data:
                return b"".join(parts)
            total += len(data)
            if total > limit:
                raise BodyError(f"body larger than {limit} bytes")
            parts.append(data)

    def drain(self):
        while self.read():
            pass


class FieldPart:
    """A small form field kept in memory."""

    filename = None

    def __init__(self, name, content_type):
        self.name = name
        self.content_type = content_type
        self._data = bytearray()

    def write(self, data):
        self._data += data
        if len(self._data) > MAX_FIELD:
            raise BodyError(f"form field {self.name!r} is larger than {MAX_FIELD} bytes")

    def close(self):
        pass

    @property
    def value(self):
        return self._data.decode("utf-8", errors="replace")

    def cleanup(self):
        pass


class FilePart:
    """A file part streamed to a temporary file; keeps its size, sha256 and first bytes."""

    def __init__(self, name, filename, content_type, directory=None):
        self.name = name
        self.filename = filename
        self.content_type = content_type
        handle, self.path = tempfile.mkstemp(prefix="fake-lizard-", suffix=".upload", dir=directory)
        self._file = os.fdopen(handle, "wb")
        self._sha256 = hashlib.sha256()
        self.size = 0
        self.head = b""

    def write(self, data):
        if len(self.head) < 16:
            self.head += data[: 16 - len(self.head)]
        self._file.write(data)
        self._sha256.update(data)
        self.size += len(data)

    def close(self):
        if not self._file.closed:
            self._file.close()

    @property
    def sha256(self):
        return self._sha256.hexdigest()

    def cleanup(self):
        self.close()
        if self.path and os.path.exists(self.path):
            os.unlink(self.path)
        self.path = None


def _parse_part_headers(block):
    headers = {}
    for line in block.decode("utf-8", errors="replace").split("\r\n"):
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return headers


class MultipartParser:
    """Parses multipart/form-data from a BodyReader into FieldPart / FilePart objects."""

    def __init__(self, reader, boundary, directory=None):
        if not boundary:
            raise BodyError("multipart body without a boundary")
        self.reader = reader
        self.delimiter = b"--" + boundary.encode("latin-1")
        self.directory = directory
        self.buffer = b""
        self.parts = []

    def _fill(self, minimum):
        """Reads until the buffer holds ``minimum`` bytes; False at the end of the body."""
        while len(self.buffer) < minimum:
            data = self.reader.read()
            if not data:
                return False
            self.buffer += data
        return True

    def _skip_preamble(self):
        keep = len(self.delimiter)
        while True:
            index = self.buffer.find(self.delimiter)
            if index >= 0:
                self.buffer = self.buffer[index + len(self.delimiter) :]
                return
            self.buffer = self.buffer[-keep:]
            if not self._fill(len(self.buffer) + 1):
                raise BodyError("no multipart boundary found in the body")

    def _read_headers(self):
        while True:
            if self.buffer.startswith(b"\r\n"):
                self.buffer = self.buffer[2:]
                return {}
            index = self.buffer.find(b"\r\n\r\n")
            if index >= 0:
                block, self.buffer = self.buffer[:index], self.buffer[index + 4 :]
                return _parse_part_headers(block)
            if len(self.buffer) > MAX_HEADER_BLOCK:
                raise BodyError("multipart part headers too large")
            if not self._fill(len(self.buffer) + 1):
                raise BodyError("body ended inside multipart part headers")

    def _new_part(self, headers):
        _, params = parse_header_value(headers.get("content-disposition", ""))
        name = params.get("name", "")
        content_type = headers.get("content-type", "text/plain")
        if "filename" in params:
            return FilePart(name, params["filename"], content_type, self.directory)
        return FieldPart(name, content_type)

    def _stream_body(self, part):
        end = b"\r\n" + self.delimiter
        keep = len(end) - 1
        while True:
            index = self.buffer.find(end)
            if index >= 0:
                part.write(self.buffer[:index])
                self.buffer = self.buffer[index + len(end) :]
                return
            if len(self.buffer) > keep:
                part.write(self.buffer[:-keep])
                self.buffer = self.buffer[-keep:]
            if not self._fill(len(self.buffer) + 1):
                raise BodyError("body ended inside a multipart part")

    def parse(self):
        """All parts as a dict name -> part (the last one wins); cleans up temporary files on errors."""
        try:
            self._skip_preamble()
            while True:
                if not self._fill(2):
                    raise BodyError("body ended after a boundary")
                if self.buffer.startswith(b"--"):
                    break
                self.buffer = self.buffer.lstrip(b" \t")
                if not self._fill(2) or not self.buffer.startswith(b"\r\n"):
                    raise BodyError("malformed multipart boundary line")
                self.buffer = self.buffer[2:]
                part = self._new_part(self._read_headers())
                self.parts.append(part)
                try:
                    self._stream_body(part)
                finally:
                    part.close()
            self.reader.drain()  # the epilogue
        except Exception:
            self.cleanup()
            raise
        return {part.name: part for part in self.parts}

    def cleanup(self):
        for part in self.parts:
            part.cleanup()
