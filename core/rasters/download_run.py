"""Running a download :class:`~core.rasters.download.Plan`: fetch its tiles with several requests in flight,
follow a Lizard task when the answer is one, and write each tile into its output GeoTIFF as it arrives (or keep
the tiles under a VRT), under hidden temporary names renamed into place at the end. All GDAL work happens in
the caller's thread; the workers only download. See :mod:`core.rasters.download` for the whole story.
"""


import json
import math
import os
import threading
import uuid
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from osgeo import gdal, gdal_array, ogr, osr

from .. import errors, outputs, partial, server_tasks
from ..client import cancel_check
from ..gdal_errors import quiet_gdal, releases_gdal
from ..i18n import tr
from ..log import get_logger
from .download_grid import (
    BLOCK,
    CANCELLED,
    DONE,
    FAILED,
    PENDING,
    RUNNING,
    SKIPPED,
    DownloadError,
    data_endpoint,
)

log = get_logger("download")

# DEFLATE level 3: about twice as fast as the default 6 for a few percent more bytes; PREDICTOR (3 for
# floating point, 2 for integers) is added per data type and makes both smaller and faster.
CREATION_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=3",
                    "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
TIFF_MAGIC = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")


def _sniff(path):
    with open(path, "rb") as handle:
        head = handle.read(64)
    if head[:4] in TIFF_MAGIC:
        return "tiff"
    if head.lstrip()[:1] in (b"{", b"["):
        return "json"
    return "other"


class _Runner:
    def __init__(self, plan, client, progress, item_progress, on_item, cancel, concurrency, stop_on_error,
                 overwrite, poll):
        self.plan, self.client = plan, client
        self.progress_cb, self.item_progress_cb, self.on_item_cb = progress, item_progress, on_item
        self.user_cancelled = cancel_check(cancel)
        self.concurrency = max(1, int(concurrency))
        self.stop_on_error, self.overwrite, self.poll = stop_on_error, overwrite, poll
        self.abort = threading.Event()
        self.lock = threading.Lock()
        self.message = ""
        self.writers = {}
        self.trash = []  # folders of failed items: deleted again once every worker has stopped

    # ------------------------------------------------------------------ callbacks (caller's thread only)

    def _cancelled(self):
        return self.abort.is_set() or self.user_cancelled()

    def _report(self, message=None):
        if message is not None:
            self.message = message
        items = self.plan.items
        for item in items:
            if item.status in (DONE, SKIPPED):
                item.fraction = 1.0
            elif item.tiles and item.status == RUNNING:
                with self.lock:
                    fetched = sum(t.fraction * t.pixels for t in item.tiles) / float(item.pixels or 1)
                item.fraction = min(0.9 * fetched, 0.9)
            if self.item_progress_cb is not None:
                self.item_progress_cb(item, item.fraction)
        total = sum(item.pixels for item in items) or 1
        fraction = sum(item.fraction * item.pixels for item in items) / float(total)
        if self.progress_cb is not None:
            self.progress_cb(min(1.0, fraction), self.message)

    def _changed(self, item):
        if self.on_item_cb is not None:
            self.on_item_cb(item)

    # ------------------------------------------------------------------ the queue

    @releases_gdal
    def run(self):
        plan = self.plan
        todo = []
        for item in plan.items:
            item.error = None
            partial.clean_leftovers(item.path)  # hidden partial files of a run that was killed
            if not self.overwrite and outputs.already_there(item.path):
                item.status, item.fraction = SKIPPED, 1.0
                log.info("Already there, skipped: %s", item.path)
                self._changed(item)
                continue
            folder = os.path.dirname(item.path)
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as exc:
                raise DownloadError(tr("The folder {folder} cannot be created.").format(folder=folder),
                                    details=str(exc)) from None
            item.status, item.fraction = PENDING, 0.0
            for tile in item.tiles:
                tile.status, tile.fraction, tile.path = PENDING, 0.0, None
            todo.append(item)
        if not todo:
            self._report(tr("Every file is already there."))
            return [item.path for item in plan.items if item.status in (DONE, SKIPPED)]
        failures = []
        try:
            self._run_items(todo, failures)
        except BaseException:
            self.abort.set()
            for item in todo:
                if item.status not in (DONE, FAILED):
                    item.status = CANCELLED
                self._cleanup(item)
            raise
        if failures:
            first = failures[0]
            if len(failures) == 1 and len(todo) == 1:
                raise first.error
            raise DownloadError(tr("{failed} of {count} files could not be downloaded; the first: {reason}").format(
                failed=len(failures), count=len(todo), reason=str(first.error)), details=first.error.details)
        self._report(tr("Done."))
        return [item.path for item in plan.items if item.status in (DONE, SKIPPED)]

    def _run_items(self, todo, failures):
        pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="lizard-download")
        futures = {}
        try:
            for item in todo:
                item.workdir = partial.temp_dir(item.path)
                for tile in item.tiles:
                    futures[pool.submit(self._fetch, item, tile)] = (item, tile)
            remaining = {item: len(item.tiles) for item in todo}
            pending = set(futures)
            self._report(tr("Downloading {count} file(s) in {tiles} tile(s).").format(
                count=len(todo), tiles=len(futures)))
            while pending:
                done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if self.user_cancelled():
                    raise errors.CancelledError()
                for future in done:
                    item, tile = futures[future]
                    if future.cancelled():
                        continue
                    error = future.exception()
                    if item.status == FAILED:
                        continue
                    if error is not None:
                        if isinstance(error, errors.CancelledError) and self._cancelled():
                            raise errors.CancelledError()
                        if not isinstance(error, errors.LizardError):
                            error = DownloadError(tr("Downloading {name} failed: {error}").format(
                                name=item.name, error=error), details=repr(error))
                        self._fail(item, error, failures)
                        for other, (other_item, _tile) in futures.items():
                            if other_item is item:
                                other.cancel()
                        if self.stop_on_error:
                            raise error
                        continue
                    remaining[item] -= 1
                    try:
                        if not item.vrt:
                            self._writer(item).add(tile)
                        if remaining[item] == 0:
                            self._finish(item)
                    except errors.CancelledError:
                        raise
                    except errors.LizardError as exc:
                        self._fail(item, exc, failures)
                        if self.stop_on_error:
                            raise
                self._report()
        finally:
            if pending_futures := [f for f in futures if not f.done()]:
                self.abort.set()
                for future in pending_futures:
                    future.cancel()
            pool.shutdown(wait=True)
            for folder in self.trash:  # a worker may have written there after the folder was deleted
                partial.remove(folder)

    def _fail(self, item, error, failures):
        item.status, item.error = FAILED, error
        log.warning("Download of %s failed: %s", item.path, error.log_text() if hasattr(error, "log_text") else error)
        failures.append(item)
        self._cleanup(item)
        self._changed(item)

    def _cleanup(self, item):
        """Deletes an unfinished item's tiles and temporary files (its final file is written last)."""
        writer = self.writers.pop(item, None)
        if writer is not None:
            writer.discard()
        if item.workdir:
            self.trash.append(item.workdir)
        partial.remove(item.workdir)
        item.workdir = None

    def _writer(self, item):
        writer = self.writers.get(item)
        if writer is None:
            writer = self.writers[item] = _TifWriter(item, self.plan.crs, self.plan.nodata)
        return writer

    # ------------------------------------------------------------------ one tile (worker threads)

    def _fetch(self, item, tile):
        def cancelled():
            return self._cancelled() or item.status == FAILED

        if cancelled():
            raise errors.CancelledError()
        if item.status == PENDING:
            item.status = RUNNING
        path = os.path.join(item.workdir, "tile_{:05d}.tif".format(tile.index))
        tile.status = RUNNING

        def progress(done, total):
            if total:
                with self.lock:
                    tile.fraction = min(1.0, done / float(total))

        params = self.plan.tile_params(item, tile)
        if self.plan.use_async:
            params["async"] = "true"
        self.client.download(data_endpoint(self.plan.uuid), path, params, progress=progress, cancel=cancelled)
        kind = _sniff(path)
        if kind == "json":
            with open(path, "rb") as handle:
                try:
                    answer = json.loads(handle.read(1024 * 1024).decode("utf-8"))
                except ValueError:
                    answer = None
            url = server_tasks.task_url(answer, self.client)
            task = server_tasks.follow_task(self.client, url, cancel=cancelled, **self.poll)
            result = task.get("result")
            if isinstance(result, dict):
                result = result.get("url") or result.get("result")
            if not isinstance(result, str) or not result.strip():
                raise errors.InvalidResponseError(
                    tr("Lizard finished the download task but did not say where the file is."),
                    details=repr(task)[:500], url=url)
            self.client.download(result.strip(), path, progress=progress, cancel=cancelled)
            kind = _sniff(path)
        if kind != "tiff":
            raise errors.InvalidResponseError(
                tr("Lizard answered with something that is not a GeoTIFF for {name}.").format(name=item.name))
        with self.lock:
            tile.fraction = 1.0
            tile.path = path
            tile.status = DONE
        return path

    # ------------------------------------------------------------------ joining (caller's thread)

    def _finish(self, item):
        self._report(tr("Writing {name}…").format(name=os.path.basename(item.path)))
        if item.vrt:
            self._write_vrt(item)
        else:
            self._write_tif(item)
        item.status, item.fraction = DONE, 1.0
        log.info("Downloaded %s", item.path)
        self._changed(item)

    def _source_nodata(self, item):
        with quiet_gdal():
            dataset = gdal.Open(item.tiles[0].path)
        if dataset is None:
            raise DownloadError(tr("GDAL cannot read the tile Lizard sent for {name}.").format(name=item.name),
                                details=gdal.GetLastErrorMsg())
        value = dataset.GetRasterBand(1).GetNoDataValue()
        dataset = None
        return self.plan.nodata if value is None else value

    def _mosaic(self, item, path):
        src = self._source_nodata(item)
        with quiet_gdal():
            options = gdal.BuildVRTOptions(srcNodata=src, VRTNodata=self.plan.nodata)
            mosaic = gdal.BuildVRT(path, [tile.path for tile in item.tiles], options=options)
            if mosaic is not None:
                mosaic.FlushCache()
        if mosaic is None:
            raise DownloadError(tr("The tiles of {name} cannot be joined.").format(name=item.name),
                                details=gdal.GetLastErrorMsg())
        return mosaic

    def _cutline(self, item):
        path = "/vsimem/lizard_cutline_{}.gpkg".format(uuid.uuid4().hex)
        srs = osr.SpatialReference()
        srs.SetFromUserInput(self.plan.crs)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        driver = ogr.GetDriverByName("GPKG")
        with quiet_gdal():
            source = driver.CreateDataSource(path)
            layer = source.CreateLayer("cutline", srs, ogr.wkbMultiPolygon)
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(item.clip_wkt)))
            layer.CreateFeature(feature)
            feature = layer = None
            source = None
        return path

    def _warp(self, item, destination, mosaic, fmt, creation_options, callback):
        cutline = self._cutline(item)
        grid = item.grid
        try:
            with quiet_gdal():
                options = gdal.WarpOptions(
                    format=fmt, cutlineDSName=cutline, cutlineLayer="cutline", cropToCutline=False,
                    outputBounds=grid.bbox(), width=grid.width, height=grid.height, dstSRS=self.plan.crs,
                    srcNodata=self.plan.nodata, dstNodata=self.plan.nodata,
                    creationOptions=creation_options, multithread=True, warpOptions=["NUM_THREADS=ALL_CPUS"],
                    callback=callback)
                result = gdal.Warp(destination, mosaic, options=options)
                if result is not None:
                    result.FlushCache()
                ok = result is not None
                result = None
        finally:
            gdal.Unlink(cutline)
        return ok

    def _write_tif(self, item):
        writer = self.writers.pop(item)
        try:
            writer.commit()
        except BaseException:
            writer.discard()
            raise
        self._cleanup(item)

    def _write_vrt(self, item):
        tiles_dir = item.tiles_dir
        partial.remove(tiles_dir)  # left by an earlier run that did not finish its VRT
        os.replace(item.workdir, tiles_dir)
        item.workdir = tiles_dir  # deleted with the item if anything below fails
        for tile in item.tiles:
            tile.path = os.path.join(tiles_dir, os.path.basename(tile.path))
        temp = partial.temp_file(item.path, ".vrt")
        try:
            if item.clip_wkt:
                mosaic = self._mosaic(item, os.path.join(tiles_dir, "mosaic.vrt"))
                ok = self._warp(item, temp, mosaic, "VRT", [], None)
                mosaic = None
            else:
                mosaic = self._mosaic(item, temp)
                ok = mosaic is not None
                mosaic = None
            if not ok:
                raise DownloadError(tr("{path} cannot be written.").format(path=item.path),
                                    details=gdal.GetLastErrorMsg())
            os.replace(temp, item.path)
        except BaseException:
            partial.remove(temp)
            raise
        item.workdir = None  # the tiles stay: the VRT reads them


def _output_type(datatype, nodata):
    """The tiles' GDAL data type, or a wider one when ``nodata`` does not fit it (e.g. -9999 for Byte)."""
    import numpy

    numeric = gdal_array.GDALTypeCodeToNumericTypeCode(datatype)
    if numeric is None or numpy.issubdtype(numeric, numpy.floating):
        return datatype
    info = numpy.iinfo(numeric)
    if math.isfinite(nodata) and float(nodata).is_integer() and info.min <= nodata <= info.max:
        return datatype
    if math.isfinite(nodata) and float(nodata).is_integer() and -2 ** 31 <= nodata < 2 ** 31 and info.bits < 32:
        return gdal.GDT_Int32
    return gdal.GDT_Float64 if info.bits >= 32 else gdal.GDT_Float32


class _TifWriter:
    """An item's GeoTIFF, written tile by tile as the tiles arrive (in the caller's thread, while the other
    tiles download) under a temporary name: NODATA mapped to the plan's, pixels outside the polygon set
    to NODATA, each tile's file deleted once it is in. Tiles that are whole blocks are compressed at once."""

    def __init__(self, item, crs, nodata):
        self.item, self.crs, self.nodata = item, crs, nodata
        self.dataset = self.band = None
        self.temp = None
        self.clip = None
        self.datatype = None
        grid = item.grid
        self.flush_each = all(
            tile.col % BLOCK == 0 and tile.row % BLOCK == 0
            and (tile.width % BLOCK == 0 or tile.col + tile.width == grid.width)
            and (tile.height % BLOCK == 0 or tile.row + tile.height == grid.height)
            for tile in item.tiles)

    def _create(self, datatype):
        item = self.item
        self.temp = partial.temp_file(item.path, ".tif")
        floating = datatype in (gdal.GDT_Float32, gdal.GDT_Float64)
        options = CREATION_OPTIONS + ["PREDICTOR={}".format(3 if floating else 2)]
        srs = osr.SpatialReference()
        srs.SetFromUserInput(self.crs)
        with quiet_gdal():
            dataset = gdal.GetDriverByName("GTiff").Create(self.temp, item.grid.width, item.grid.height, 1,
                                                           datatype, options)
        if dataset is None:
            raise DownloadError(tr("{path} cannot be written.").format(path=item.path),
                                details=gdal.GetLastErrorMsg())
        dataset.SetGeoTransform(item.grid.geotransform)
        dataset.SetProjection(srs.ExportToWkt())
        self.dataset = dataset
        self.band = dataset.GetRasterBand(1)
        self.band.SetNoDataValue(self.nodata)

    def _outside(self, tile):
        """A boolean array: the tile's pixels whose centre is outside the item's polygon."""
        import numpy

        if self.clip is None:
            srs = osr.SpatialReference()
            srs.SetFromUserInput(self.crs)
            driver = ogr.GetDriverByName("Memory") or ogr.GetDriverByName("MEM")  # GDAL >= 3.11: MEM
            source = driver.CreateDataSource("clip")
            layer = source.CreateLayer("clip", srs, ogr.wkbMultiPolygon)
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(self.item.clip_wkt))
            layer.CreateFeature(feature)
            feature = None
            self.clip = (source, layer)
        grid = self.item.grid
        mask = gdal.GetDriverByName("MEM").Create("", tile.width, tile.height, 1, gdal.GDT_Byte)
        mask.SetGeoTransform((grid.x(tile.col), grid.res_x, 0.0, grid.y(tile.row), 0.0, -grid.res_y))
        gdal.RasterizeLayer(mask, [1], self.clip[1], burn_values=[1])
        outside = mask.GetRasterBand(1).ReadAsArray() == 0
        mask = None
        return numpy.asarray(outside)

    def add(self, tile):
        import numpy

        item = self.item
        with quiet_gdal():
            source = gdal.Open(tile.path)
        if source is None:
            raise DownloadError(tr("GDAL cannot read the tile Lizard sent for {name}.").format(name=item.name),
                                details=gdal.GetLastErrorMsg())
        size = (source.RasterXSize, source.RasterYSize)
        band = source.GetRasterBand(1)
        datatype, src_nodata = band.DataType, band.GetNoDataValue()
        data = band.ReadAsArray() if size == (tile.width, tile.height) else None
        band = source = None
        if data is None:
            raise DownloadError(tr("Lizard sent {got} pixels for a tile of {name} where {want} were asked.").format(
                got="{} x {}".format(*size), name=item.name, want="{} x {}".format(tile.width, tile.height)))
        if self.dataset is None:
            self.datatype = _output_type(datatype, self.nodata)
            self._create(self.datatype)
        if datatype != self.datatype:
            data = data.astype(gdal_array.GDALTypeCodeToNumericTypeCode(self.datatype))
        if src_nodata is not None and src_nodata != self.nodata:
            hole = numpy.isnan(data) if math.isnan(src_nodata) else data == src_nodata
            data[hole] = self.nodata
        if item.clip_wkt:
            data[self._outside(tile)] = self.nodata
        if self.band.WriteArray(data, tile.col, tile.row) != 0:
            raise DownloadError(tr("{path} cannot be written.").format(path=item.path),
                                details=gdal.GetLastErrorMsg())
        if self.flush_each:
            self.band.FlushCache()
        partial.remove(tile.path)

    def commit(self):
        """Closes the file and moves it into place."""
        if self.dataset is None:
            raise DownloadError(tr("{path} cannot be written.").format(path=self.item.path))
        self.band = None
        with quiet_gdal():
            self.dataset.FlushCache()
            failed = gdal.GetLastErrorType() >= gdal.CE_Failure
            message = gdal.GetLastErrorMsg()
        self.dataset = None
        self.clip = None
        if failed:
            raise DownloadError(tr("{path} cannot be written.").format(path=self.item.path), details=message)
        os.replace(self.temp, self.item.path)
        self.temp = None

    def discard(self):
        self.band = self.dataset = self.clip = None
        partial.remove(self.temp)
        self.temp = None
