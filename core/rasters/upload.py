"""Upload rasters to Lizard rastersources and follow the server's task to the end.

The file travels as a multipart body that is *streamed from disk* (:class:`MultipartFile`): memory does not
grow with the file size, and ``progress(sent_bytes, total_bytes)`` follows the bytes as they go out. The
answer names a Lizard task, which :func:`core.server_tasks.follow_task` polls until it ends.

:class:`UploadQueue` sends several files (one timestamp each for a temporal source) one after the other;
each :class:`UploadItem` keeps its state, so a cancelled or failed queue can be resumed with the files that
did not succeed. Files are made Lizard-ready first (:func:`prepare_file`): a file that already passes every
Lizard rule is sent as it is, anything else goes through :func:`core.rasters.geotiff.export_geotiff`.
"""

import os
import shutil
import tempfile
import uuid

from .. import errors
from ..client import cancel_check
from ..i18n import tr
from ..log import get_logger
from ..query import check_uuid
from ..server_tasks import TaskFailedError, follow_task, task_url
from ..times import lizard_interval, utc_timestamp
from . import geotiff

log = get_logger("upload")

ACCESS_MODIFIERS = ("Private", "Common", "Public")
UPLOAD_TIMEOUT = (10.0, 600.0)  # Lizard stores the whole file before it answers
STREAM_CHUNK = 1024 * 1024

# item states
WAITING, PREPARING, UPLOADING, PROCESSING, DONE, FAILED, CANCELLED = (
    "waiting", "preparing", "uploading", "processing", "done", "failed", "cancelled")


# ------------------------------------------------------------------------------------------- body


class MultipartFile:
    """A ``multipart/form-data`` body with text fields and one file, read from disk as it is sent.

    requests sends it with a ``Content-Length`` (from ``len()``), reading it in chunks; ``seek(0)`` lets
    the client send it again after a failure before the first byte was accepted.
    """

    def __init__(self, path, fields=None, file_field="file", filename=None, content_type="image/tiff",
                 progress=None, cancel=None):
        self.path = path
        self.boundary = "lizard-explorer-" + uuid.uuid4().hex
        self._progress = progress
        self._cancelled = cancel_check(cancel)
        head = []
        for name, value in (fields or {}).items():
            if value is None:
                continue
            head.append(
                '--{b}\r\nContent-Disposition: form-data; name="{n}"\r\n\r\n{v}\r\n'.format(
                    b=self.boundary, n=_quote(name), v=value)
            )
        head.append(
            '--{b}\r\nContent-Disposition: form-data; name="{n}"; filename="{f}"\r\n'
            "Content-Type: {t}\r\n\r\n".format(
                b=self.boundary, n=_quote(file_field), f=_quote(filename or os.path.basename(path)),
                t=content_type)
        )
        self._head = "".join(head).encode("utf-8")
        self._tail = "\r\n--{b}--\r\n".format(b=self.boundary).encode("ascii")
        self.file_size = os.path.getsize(path)
        self._length = len(self._head) + self.file_size + len(self._tail)
        self._handle = None
        self._position = 0

    @property
    def content_type(self):
        return "multipart/form-data; boundary=" + self.boundary

    def __len__(self):
        return self._length

    @property
    def len(self):  # requests' super_len looks for this too
        return self._length - self._position

    def tell(self):
        return self._position

    def seek(self, offset, whence=0):
        if whence == 0:
            position = offset
        elif whence == 1:
            position = self._position + offset
        else:
            position = self._length + offset
        self._position = max(0, min(self._length, position))
        self.close()  # reopened at the right place by the next read
        return self._position

    def read(self, size=-1):
        if self._cancelled():
            raise errors.CancelledError()
        if size is None or size < 0:
            size = self._length - self._position
        size = max(size, STREAM_CHUNK) if size else 0  # bigger reads than http.client's 8 KiB: fewer calls
        out = []
        wanted = size
        head_len = len(self._head)
        while wanted > 0 and self._position < self._length:
            if self._position < head_len:
                piece = self._head[self._position:self._position + wanted]
            elif self._position < head_len + self.file_size:
                if self._handle is None:
                    self._handle = open(self.path, "rb")  # noqa: SIM115 - closed in close()
                    self._handle.seek(self._position - head_len)  # after seek()
                piece = self._handle.read(min(wanted, head_len + self.file_size - self._position))
                if not piece:
                    raise errors.ExportError(
                        tr("The file {name} became shorter while it was being uploaded.").format(
                            name=os.path.basename(self.path)))
            else:
                start = self._position - head_len - self.file_size
                piece = self._tail[start:start + wanted]
            out.append(piece)
            self._position += len(piece)
            wanted -= len(piece)
        if self._progress is not None:
            self._progress(min(self._position, self._length), self._length)
        return b"".join(out)

    def close(self):
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _quote(text):
    return str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\r", " ").replace("\n", " ")


# ---------------------------------------------------------------------------------------- values


def access_modifier(value):
    """'Private'/'Common'/'Public' from an index (0, 1, 2) or a name in any case."""
    if isinstance(value, int) and 0 <= value < len(ACCESS_MODIFIERS):
        return ACCESS_MODIFIERS[value]
    text = str(value).strip().capitalize()
    if text in ACCESS_MODIFIERS:
        return text
    raise errors.InvalidRequestError(
        tr("The access must be Private, Common or Public, not “{value}”.").format(value=value))


# ---------------------------------------------------------------------------------- rastersources


def writable_rastersources(client, search=None, *, cancel=None, limit=None):
    """The rastersources this key may upload to (``writable``), optionally matching ``search`` in the name."""
    params = {"ordering": "name"}
    if search:
        params["name__icontains"] = search
    found = []
    for source in client.paginate("rastersources/", params, cancel=cancel):
        if source.get("writable"):
            found.append(source)
            if limit and len(found) >= limit:
                break
    return found


def supplier_organisations(client, *, cancel=None):
    """[(uuid, name)] of the organisations where this key has the supplier role (it may create data there)."""
    out = []
    for org in client.paginate("organisations/", {"role": "supplier"}, cancel=cancel):
        if org.get("uuid"):
            out.append((org["uuid"], org.get("name") or org["uuid"]))
    return sorted(out, key=lambda pair: pair[1].lower())


def get_rastersource(client, source_uuid, *, cancel=None):
    return client.get("rastersources/{}/".format(check_uuid(source_uuid, tr("rastersource"))), cancel=cancel)


def rastersource_body(name, organisation, access="Private", temporal=False, interval=None, description=None,
                      supplier_code=None):
    """The checked ``POST /rastersources/`` body for a new source (no network); a sentence when it is wrong.
    A temporal source needs an interval."""
    name = (name or "").strip()
    if not name:
        raise errors.InvalidRequestError(tr("Give the new rastersource a name."))
    body = {
        "name": name,
        "organisation": check_uuid(organisation, tr("organisation")),
        "access_modifier": access_modifier(access),
        "temporal": bool(temporal),
    }
    if temporal:
        body["interval"] = lizard_interval(interval)
        if body["interval"] is None:
            raise errors.InvalidRequestError(
                tr("A temporal rastersource needs an interval (the time between steps, e.g. 1h)."))
    if description:
        body["description"] = description
    if supplier_code:
        body["supplier_code"] = supplier_code
    return body


def create_rastersource(client, name, organisation, access="Private", temporal=False, interval=None,
                        description=None, supplier_code=None, *, cancel=None):
    """``POST /rastersources/``; returns the new source. A temporal source needs an interval."""
    body = rastersource_body(name, organisation, access, temporal, interval, description, supplier_code)
    return client.post("rastersources/", body, cancel=cancel)


def observation_types(client, search=None, *, cancel=None, limit=200):
    """Observation types (``{code, parameter, unit, ...}``) whose code or parameter matches ``search``."""
    params = {}
    if search:
        params["parameter__icontains"] = search
    found = []
    for obs in client.paginate("observationtypes/", params, cancel=cancel):
        found.append(obs)
        if len(found) >= limit:
            break
    return found


def create_raster_layer(client, source, name, observation_type, access=None, description=None, styles=None,
                        *, cancel=None):
    """``POST /rasters/`` showing ``source`` (a rastersource dict), with the graph form CONTRACT.md gives."""
    organisation = (source.get("organisation") or {}).get("uuid")
    body = {
        "name": (name or source.get("name") or "").strip(),
        "organisation": organisation,
        "access_modifier": access_modifier(access or source.get("access_modifier") or "Private"),
        "observation_type": str(observation_type),
        "source": {
            "name": "raster",
            "graph": {"raster": ["lizard_nxt.blocks.LizardRasterSource", source["uuid"]]},
        },
    }
    if not body["name"]:
        raise errors.InvalidRequestError(tr("Give the new raster layer a name."))
    if not observation_type:
        raise errors.InvalidRequestError(tr("Choose an observation type for the new raster layer."))
    if description:
        body["description"] = description
    if styles:
        body["options"] = {"styles": styles}
    return client.post("rasters/", body, cancel=cancel)


# ------------------------------------------------------------------------------------- one upload


def prepare_file(path, folder, band=1, nodata=None, target_crs=None, feedback=None):
    """A Lizard-ready GeoTIFF for ``path``: the file itself when it passes every rule and no change is
    asked, else a new file in ``folder`` written by :func:`core.rasters.geotiff.export_geotiff`.

    Returns ``(path_to_send, warnings)``.
    """
    if not os.path.isfile(path):
        raise errors.ExportError(tr("The file {path} does not exist.").format(path=path))
    if band in (None, 1) and nodata is None and target_crs is None:
        report = geotiff.check_geotiff(path)
        if geotiff.is_valid(report):
            return path, []
    stem = os.path.splitext(os.path.basename(path))[0]
    output = os.path.join(folder, "{}_lizard.tif".format(stem))
    result = geotiff.export_geotiff(path, output, band=band or 1, nodata=nodata, target_crs=target_crs,
                                    feedback=feedback)
    return result.path, list(result.warnings)


def upload_file(client, source, path, timestamp=None, *, progress=None, cancel=None, timeout=UPLOAD_TIMEOUT):
    """Send one GeoTIFF to ``source`` (a rastersource dict); return the task URL Lizard answers with.

    A temporal source needs a timestamp: refused here, before anything is sent.
    """
    if source.get("temporal") and not timestamp:
        raise errors.InvalidRequestError(
            tr("The rastersource {name} is temporal: give the time (UTC) of {file}.").format(
                name=source.get("name") or source.get("uuid"), file=os.path.basename(path)))
    fields = {}
    if timestamp and source.get("temporal"):
        fields["timestamp"] = utc_timestamp(timestamp)
    path_in_url = "rastersources/{}/data/".format(source["uuid"])
    with MultipartFile(path, fields, progress=progress, cancel=cancel) as body:
        try:
            answer = client.request("POST", path_in_url, data=body, cancel=cancel, timeout=timeout,
                                    headers={"Content-Type": body.content_type})
        except errors.ServerError as exc:
            if exc.status == 504:
                raise errors.ServerError(
                    tr("Lizard gave up receiving {file} (HTTP 504): the file is too large for one request. "
                       "Split it into smaller tiles (or time steps) and upload them one by one.").format(
                        file=os.path.basename(path)),
                    details=exc.details, status=504, url=exc.url) from None
            raise
    return task_url(answer, client)


# ------------------------------------------------------------------------------------------ queue


class UploadItem:
    """One file to send (with its timestamp), and what happened to it."""

    def __init__(self, path, timestamp=None, band=1, nodata=None, target_crs=None, label=None):
        self.path = path
        self.timestamp = utc_timestamp(timestamp) if timestamp not in (None, "") else None
        self.band = band
        self.nodata = nodata
        self.target_crs = target_crs
        self.label = label or os.path.basename(path)
        self.state = WAITING
        self.error = None
        self.task = None
        self.task_url = None
        self.warnings = []
        self.size = None  # bytes of the file sent (once it was made Lizard-ready)

    @property
    def finished(self):
        return self.state == DONE

    def __repr__(self):
        return "UploadItem({!r}, {!r}, {})".format(self.label, self.timestamp, self.state)


def check_items(source, items):
    """The refusals that need no network, for ``items`` (:class:`UploadItem`) going to ``source`` (a
    rastersource dict, or the body of one still to be created): a source the key may not write to, a
    temporal source without a time for each file or with one time twice, several files for a source that
    is not temporal. Raises a LizardError with the sentence; returns warnings (times that are ignored)."""
    name = source.get("name") or source.get("uuid")
    if source.get("writable") is False:
        raise errors.PermissionDeniedError(tr(
            "Your key may not upload to the rastersource {name}: that needs the supplier role in its "
            "organisation.").format(name=name))
    items = [item for item in items if item.state != DONE]
    if not source.get("temporal"):
        if len(items) > 1:
            raise errors.InvalidRequestError(
                tr("The rastersource {name} is not temporal: it holds one raster, so upload one file.").format(
                    name=name))
        timed = [item.label for item in items if item.timestamp]
        if timed:
            return [tr("The rastersource {name} is not temporal: the time of {files} is ignored.").format(
                name=name, files=", ".join(timed))]
        return []
    missing = [item.label for item in items if not item.timestamp]
    if missing:
        raise errors.InvalidRequestError(
            tr("The rastersource {name} is temporal: give the time (UTC) of {files}.").format(
                name=name, files=", ".join(missing)))
    seen = {}
    for item in items:
        if item.timestamp in seen:
            raise errors.InvalidRequestError(
                tr("{first} and {second} have the same time {time}; each time step is one file.").format(
                    first=seen[item.timestamp], second=item.label, time=item.timestamp))
        seen[item.timestamp] = item.label
    return []


class UploadQueue:
    """Sends items one by one to one rastersource; items already ``done`` are skipped, so running the same
    queue again resumes it. Stops at the first failure unless ``keep_going``; stops at once on cancel.

    ``source`` is the rastersource dict; or ``None`` with ``new`` (the keyword arguments of
    :func:`create_rastersource`): the source is then checked before anything is sent and created just before
    the first file goes out (after that file was made Lizard-ready), and ``on_source(source)`` is called.
    ``on_item(item)`` is called whenever an item changes state; ``on_bytes(item, sent, total)`` while it is
    sent; ``on_status(item, status)`` when Lizard's task for it changes status. ``wait=False`` leaves the
    task running on Lizard (the item ends ``processing``).
    """

    def __init__(self, client, source, items, *, workdir=None, keep_going=False, wait=True, poll=None,
                 on_item=None, on_bytes=None, cancel=None, new=None, on_source=None, on_status=None):
        if source is None and new is None:
            raise ValueError("an UploadQueue needs a source or a new one to create")
        self.client = client
        self.source = source
        self.new = dict(new) if new is not None else None
        self.items = list(items)
        self.workdir = workdir
        self.keep_going = keep_going
        self.wait = wait
        self.poll = dict(poll or {})
        self.on_item = on_item
        self.on_bytes = on_bytes
        self.on_source = on_source
        self.on_status = on_status
        self.cancel = cancel
        self._cancelled = cancel_check(cancel)

    # results
    @property
    def succeeded(self):
        return [item for item in self.items if item.state == DONE]

    @property
    def remaining(self):
        return [item for item in self.items if item.state != DONE]

    def check(self):
        """Refusals that need no network (see :func:`check_items`); returns the warnings."""
        target = self.source if self.source is not None else rastersource_body(**self.new)
        return check_items(target, self.items)

    def run(self):
        """Send every item that is not done yet; return the list of items (their states tell the outcome)."""
        self.check()
        own_dir = self.workdir is None
        workdir = self.workdir or tempfile.mkdtemp(prefix="lizard-upload-")
        try:
            for item in self.items:
                if item.state == DONE:
                    continue
                if self._cancelled():
                    self._mark_cancelled()
                    raise errors.CancelledError()
                try:
                    self._run_one(item, workdir)
                except errors.CancelledError:
                    self._set(item, CANCELLED)
                    self._mark_cancelled()
                    raise
                except errors.LizardError as exc:
                    item.error = exc
                    self._set(item, FAILED)
                    log.warning("Upload of %s failed: %s", item.label, exc.log_text())
                    if not self.keep_going:
                        break
            return self.items
        finally:
            if own_dir:
                shutil.rmtree(workdir, ignore_errors=True)

    def _mark_cancelled(self):
        for other in self.items:
            if other.state in (WAITING, PREPARING, UPLOADING):
                other.state = CANCELLED

    def _set(self, item, state):
        item.state = state
        if self.on_item is not None:
            self.on_item(item)

    def _run_one(self, item, workdir):
        item.error = None
        self._set(item, PREPARING)
        path, item.warnings = prepare_file(item.path, workdir, item.band, item.nodata, item.target_crs,
                                           feedback=_Feedback(self._cancelled))
        item.size = os.path.getsize(path)

        def sent(done, total):
            if self.on_bytes is not None:
                self.on_bytes(item, done, total)

        try:
            if self.source is None:
                self.source = create_rastersource(self.client, cancel=self.cancel, **self.new)
                if self.on_source is not None:
                    self.on_source(self.source)
            self._set(item, UPLOADING)
            item.task_url = upload_file(self.client, self.source, path, item.timestamp, progress=sent,
                                        cancel=self.cancel)
        finally:
            if path != item.path and os.path.exists(path):
                os.remove(path)
        self._set(item, PROCESSING)
        if not self.wait:
            return
        on_status = None
        if self.on_status is not None:
            def on_status(status, _task):
                self.on_status(item, status)
        item.task = follow_task(self.client, item.task_url, cancel=self.cancel, on_status=on_status, **self.poll)
        self._set(item, DONE)


class _Feedback:
    """The part of QgsFeedback that core.rasters.geotiff uses, backed by a cancel check."""

    def __init__(self, cancelled):
        self._cancelled = cancelled

    def isCanceled(self):  # noqa: N802 - QgsFeedback API
        return self._cancelled()

    def setProgress(self, value):  # noqa: N802 - QgsFeedback API
        pass

    def pushInfo(self, text):  # noqa: N802 - QgsFeedback API
        log.info("%s", text)

    def pushWarning(self, text):  # noqa: N802 - QgsFeedback API
        log.warning("%s", text)


def summary(items):
    """One sentence on a finished queue: how many files succeeded, and which did not (with the reason)."""
    done = [item for item in items if item.state == DONE]
    failed = [item for item in items if item.state == FAILED]
    left = [item for item in items if item.state not in (DONE, FAILED)]
    parts = [tr("{done} of {total} files uploaded.").format(done=len(done), total=len(items))]
    for item in failed:
        parts.append(tr("{file} failed: {reason}").format(file=item.label, reason=item.error))
    if left:
        parts.append(tr("Not sent: {files}.").format(files=", ".join(item.label for item in left)))
    return " ".join(parts)


__all__ = [
    "MultipartFile", "UploadItem", "UploadQueue", "TaskFailedError", "check_items", "create_rastersource",
    "rastersource_body", "create_raster_layer",
    "writable_rastersources", "supplier_organisations", "observation_types", "upload_file", "prepare_file",
    "access_modifier", "summary",
]
