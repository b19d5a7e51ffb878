"""``GET /api/v4/rasters/<uuid>/data/``: a deterministic GeoTIFF for any bbox, size, projection and time step.

Parameters (as Lizard takes them): ``format=geotiff``, ``bbox=minx,miny,maxx,maxy`` (in ``projection``),
``width``, ``height``, ``projection=EPSG:nnnn``, ``start`` (ISO 8601; for a temporal raster it picks the
time step: the last step at or before ``start``, the first step when ``start`` is earlier; without
``start`` the last step) and ``async=true``.

Every pixel's value is :func:`pixel_values` of its centre's world coordinates in the requested projection
(plus a term for the time step), so tiles cut from one pixel grid join seamlessly and tests can compute
the expected values. Float32, NODATA :data:`NODATA`, georeferenced with the EPSG code asked for.

Synchronously the answer is the GeoTIFF (``image/tiff``). With ``async=true`` it is ``{"url": <task url>,
"task_id": ...}``; the task (``store.tasks``, the upload tasks' PENDING → STARTED → outcome polling) ends
``SUCCESS`` with ``result`` = a URL on the :class:`ResultHost` (another origin: 127.0.0.1, another port)
that serves the file and records the headers it got, or ``FAILURE`` with :data:`DATA_FAILURE` when
``task_outcome`` is "FAILURE".

Refusals: more than :data:`MAX_PIXELS` pixels, a bad bbox/size/projection/format/start → 400 with a
Lizard error body; a raster the user may not read → 404.
"""

import math
import re
import socket
import threading
import uuid
from collections import namedtuple
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

import numpy
from osgeo import gdal, osr

from .base import ApiBase, parse_form_datetime
from .util import ApiError, Response, error_response, format_datetime, from_epoch_ms, json_response, to_epoch_ms

MAX_PIXELS = 100_000_000
NODATA = -9999.0
DATA_FAILURE = "Raster export failed: the requested region could not be rendered."
FORMATS = ("geotiff", "tif", "tiff")

RenderSpec = namedtuple("RenderSpec", "bbox width height epsg step_ms")
RecordedResult = namedtuple("RecordedResult", "method path headers status")


def step_term(step_ms):
    """The part of a pixel's value that depends on the time step: hours since the epoch modulo 1000."""
    if step_ms is None:
        return 0.0
    return float((step_ms // 3_600_000) % 1000)


def pixel_values(x, y, step_ms=None):
    """The value at world coordinates ``x``, ``y`` (scalars or numpy arrays that broadcast), as float32.

    ``100 sin(x / 37) + 100 cos(y / 53) + step_term(step_ms)``: smooth, bounded, different per pixel at
    any pixel size a test uses, and cheap (separable: one sin per column, one cos per row).
    """
    x = numpy.asarray(x, dtype=numpy.float64)
    y = numpy.asarray(y, dtype=numpy.float64)
    return (100.0 * numpy.sin(x / 37.0) + 100.0 * numpy.cos(y / 53.0) + step_term(step_ms)).astype(numpy.float32)


def render_geotiff(spec):
    """The GeoTIFF bytes for a RenderSpec (uncompressed float32 strips: quick to write and to read)."""
    minx, miny, maxx, maxy = spec.bbox
    res_x = (maxx - minx) / spec.width
    res_y = (maxy - miny) / spec.height
    xs = minx + (numpy.arange(spec.width, dtype=numpy.float64) + 0.5) * res_x
    ys = maxy - (numpy.arange(spec.height, dtype=numpy.float64) + 0.5) * res_y
    row_part = 100.0 * numpy.cos(ys / 53.0) + step_term(spec.step_ms)
    col_part = 100.0 * numpy.sin(xs / 37.0)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(spec.epsg)
    path = "/vsimem/fake_lizard_data_{}.tif".format(uuid.uuid4().hex)
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(path, spec.width, spec.height, 1, gdal.GDT_Float32, ["BIGTIFF=IF_SAFER"])
    try:
        dataset.SetGeoTransform((minx, res_x, 0.0, maxy, 0.0, -res_y))
        dataset.SetProjection(srs.ExportToWkt())
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        rows = max(1, 4_000_000 // spec.width)  # write in strips: bounded memory for a 1e8 pixel answer
        for start in range(0, spec.height, rows):
            block = (row_part[start : start + rows, None] + col_part[None, :]).astype(numpy.float32)
            band.WriteArray(block, 0, start)
        band = None
        dataset = None
        handle = gdal.VSIFOpenL(path, "rb")
        gdal.VSIFSeekL(handle, 0, 2)
        size = gdal.VSIFTellL(handle)
        gdal.VSIFSeekL(handle, 0, 0)
        data = gdal.VSIFReadL(1, size, handle)
        gdal.VSIFCloseL(handle)
        return data
    finally:
        dataset = None
        gdal.Unlink(path)


def _bad(field, message):
    return ApiError(400, {field: [message]})


class RasterDataApi(ApiBase):
    """The ``/rasters/<uuid>/data/`` endpoint; ``result_host`` (a ResultHost) serves asynchronous results."""

    result_host = None

    def parse_data_request(self, req, raster):
        fmt = (req.param("format") or "").lower()
        if fmt not in FORMATS:
            raise _bad("format", 'Select a valid choice. "{}" is not one of the available choices.'.format(fmt))
        try:
            bbox = tuple(float(v) for v in (req.param("bbox") or "").split(","))
        except ValueError:
            bbox = ()
        if len(bbox) != 4 or not all(math.isfinite(v) for v in bbox) or bbox[0] >= bbox[2] or bbox[1] >= bbox[3]:
            raise _bad("bbox", "Expected bbox=minx,miny,maxx,maxy with minx < maxx and miny < maxy.")
        sizes = {}
        for name in ("width", "height"):
            text = req.param(name) or ""
            if not re.fullmatch(r"\d+(?:\.0*)?", text) or int(float(text)) < 1:  # "2000.0" too (TSD)
                raise _bad(name, "A positive integer is required.")
            sizes[name] = int(float(text))
        if sizes["width"] * sizes["height"] > MAX_PIXELS:
            raise ApiError(
                400,
                "Too many pixels requested: {} x {} = {}, the maximum is {}.".format(
                    sizes["width"], sizes["height"], sizes["width"] * sizes["height"], MAX_PIXELS
                ),
            )
        projection = req.param("projection") or raster.get("projection") or ""
        match = re.fullmatch(r"(?i)epsg:(\d+)", projection.strip())
        srs = osr.SpatialReference()
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            valid = match is not None and srs.ImportFromEPSG(int(match.group(1))) == 0
        except RuntimeError:  # GDAL's exceptions are on (QGIS 3.40's Processing turns them on)
            valid = False
        finally:
            gdal.PopErrorHandler()
        if not valid:
            raise _bad("projection", 'Unknown projection "{}"; use EPSG:<code>.'.format(projection))
        step_ms = None
        if raster["temporal"]:
            steps = self.store.raster_steps(raster)
            if not steps:
                raise ApiError(400, "This raster has no data yet.")
            start = req.param("start")
            if start:
                ms = to_epoch_ms(parse_form_datetime("start", start))
                earlier = [step for step in steps if step <= ms]
                step_ms = earlier[-1] if earlier else steps[0]
            else:
                step_ms = steps[-1]
        return RenderSpec(bbox, sizes["width"], sizes["height"], int(match.group(1)), step_ms)

    def raster_data(self, req, key):
        raster = self.get_visible(req, "rasters", key, "RasterLayer")
        spec = self.parse_data_request(req, raster)
        if (req.param("async") or "").lower() in ("true", "1", "yes"):
            return self._start_data_task(spec)
        return self.data_response(spec)

    @staticmethod
    def data_response(spec):
        headers = {"Content-Disposition": 'attachment; filename="raster.tif"'}
        if spec.step_ms is not None:
            headers["X-Fake-Step"] = format_datetime(from_epoch_ms(spec.step_ms))
        return Response(200, render_geotiff(spec), content_type="image/tiff", headers=headers)

    def _start_data_task(self, spec):
        outcome = self.task_outcome or "SUCCESS"
        task_id = str(uuid.uuid4())
        task_url = self.store.url("tasks", task_id)
        result_url = self.result_host.add(spec) if outcome == "SUCCESS" else None
        with self.store.lock:
            self.store.tasks[task_id] = {
                "task": {"uuid": task_id, "url": task_url, "status": "PENDING", "result": None, "detail": None},
                "polls": 0,
                "outcome": outcome,
                "reason": DATA_FAILURE,
                "result_url": result_url,
                "data": spec,
            }
        return json_response(200, {"url": task_url, "task_id": task_id})


class _ResultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeLizardResults/1.0"
    timeout = 120

    def log_message(self, format, *args):
        """Silent."""

    def handle_one_request(self):
        try:
            super().handle_one_request()
        except (ConnectionError, socket.timeout):
            self.close_connection = True

    def do_GET(self):  # noqa: N802 - http.server API
        self.server.host.serve(self)

    do_HEAD = do_GET


class _ResultServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        """Quiet."""


class ResultHost:
    """Another origin (http://127.0.0.1:<another port>/results/<token>.tif) that serves asynchronous results.

    Results are rendered when fetched (nothing large is kept). ``requests`` records every request with its
    headers as sent (Authorization included, unredacted: it must never arrive here).
    """

    def __init__(self, host="127.0.0.1"):
        self._lock = threading.Lock()
        self._specs = {}
        self._files = {}  # token -> (file name, bytes): raw files a portal URL redirects to
        self._requests = []
        self._httpd = _ResultServer((host, 0), _ResultHandler)
        self._httpd.host = self
        self._address = (host, self._httpd.server_address[1])
        self.base_url = "http://{}:{}".format(*self._address)
        self._thread = None

    def start(self):
        if self._httpd is None:  # restarted after stop(): same port
            self._httpd = _ResultServer(self._address, _ResultHandler)
            self._httpd.host = self
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="FakeLizardResults", daemon=True
            )
            self._thread.start()
        return self

    def stop(self):
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        if self._thread is not None:
            httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        httpd.server_close()

    def add(self, spec):
        token = uuid.uuid4().hex
        with self._lock:
            self._specs[token] = spec
        return "{}/results/{}.tif".format(self.base_url, token)

    def add_file(self, name, data):
        """A presigned-looking URL here for ``data`` (served with Range support, see scenarios.py)."""
        token = uuid.uuid4().hex
        with self._lock:
            self._files[token] = (name, data)
        return "{}/files/{}/{}?X-Amz-Signature={}".format(self.base_url, token, name, token[:16])

    @property
    def requests(self):
        with self._lock:
            return list(self._requests)

    def reset_requests(self):
        with self._lock:
            self._requests.clear()

    def serve(self, handler):
        path = unquote(urlsplit(handler.path).path)
        match = re.fullmatch(r"/results/([0-9a-f]{32})\.tif", path)
        found = re.fullmatch(r"/files/([0-9a-f]{32})/[^/]+", path)
        with self._lock:
            spec = self._specs.get(match.group(1)) if match else None
            stored = self._files.get(found.group(1)) if found else None
        if stored is not None:
            from .scenarios import range_response

            response = range_response(stored[1], handler.headers.get("Range"), filename=stored[0])
        else:
            response = error_response(404) if spec is None else RasterDataApi.data_response(spec)
        with self._lock:
            self._requests.append(RecordedResult(handler.command, path, dict(handler.headers.items()), response.status))
        payload = response.body if handler.command != "HEAD" else b""
        handler.send_response(response.status)
        for name, value in response.headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(response.body)))
        handler.end_headers()
        try:
            handler.wfile.write(payload)
            handler.wfile.flush()
        except OSError:
            handler.close_connection = True
