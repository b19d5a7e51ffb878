"""Downloading a 3Di scenario's results: raw files streamed (and resumed), rasters through ``/data/`` tiles.

    plan = plan_scenario(client, scenario, results, "/data/out", area=None, crs=None, pixel_size=None,
                         times="all")
    done = plan.run(client, progress=lambda fraction, message: ..., cancel=feedback)   # -> DownloadOutcome

Folder layout: ``<folder>/<scenario name>/<result code>.tif`` for a raster, ``<result code>_<UTC time>.tif``
(``20230102T003000Z``) for each chosen step of a temporal one, and the file's own name for a raw file (names
made safe for file systems), beside ``scenario.json`` (Lizard's description of the scenario). Another
scenario of the same name gets ``<scenario name>_<first 8 characters of its UUID>``.

A raster result is planned with :func:`core.rasters.download.plan_download` on the scenario's grid (its
rasters' own grid fields are ``null``): the whole grid, or an :class:`Area`
(extent or mask polygons), at the native pixel size or another, in the scenario's projection or another,
tiled at most :data:`~core.rasters.download_grid.MAX_PIXELS` pixels per request and joined into one GeoTIFF.

A raw file is streamed to a hidden partial file beside its final name and renamed at the end; when the
connection breaks it goes on from where it stopped (an HTTP ``Range`` request, when the server honours it), and
so does the next run after QGIS was killed half-way (it takes over the partial file that run left).
Its key goes only to the portal: a file a redirect sends elsewhere (storage) is fetched without it.

Every result is fetched even when another fails; the failures are counted and listed in the outcome. A file
already there is skipped (run again after a cancel to fetch what is missing); cancel leaves no partial file.
"""

import json
import os

from .. import errors, partial
from ..i18n import tr
from ..log import get_logger
from ..outputs import already_there
from . import download, download_grid
from .scenario_results import FILE

log = get_logger("scenarios")
MARKER = "scenario.json"  # in each scenario's folder: whose folder it is, and what Lizard says of the scenario


class FileItem:
    """One raw file to fetch: ``result``, ``path``; ``status`` and ``error`` as a raster download's items."""

    def __init__(self, result, path):
        self.result, self.path = result, path
        self.status, self.error = download_grid.PENDING, None

    def run(self, client, progress, cancel, poll=None):
        if already_there(self.path):
            self.status = download_grid.SKIPPED
            return [self.path]
        temp = None
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            suffix = os.path.splitext(self.path)[1]
            temp = partial.adopt_leftover(self.path, suffix)  # what a QGIS that was killed had fetched already
            partial.clean_leftovers(self.path)
            temp = temp or partial.temp_file(self.path, suffix)
            client.download(self.result.url, temp, resume=True, cancel=cancel,
                            progress=lambda done, total: progress(done / float(total) if total else 0.0))
            os.replace(temp, self.path)
        except OSError as exc:
            partial.remove(temp)
            self.status, self.error = download_grid.FAILED, errors.ExportError(
                tr("{path} cannot be written.").format(path=self.path), details=str(exc))
            raise self.error from None
        except BaseException as exc:
            partial.remove(temp)
            self.status = download_grid.CANCELLED if isinstance(exc, errors.CancelledError) else download_grid.FAILED
            self.error = exc if isinstance(exc, errors.LizardError) else None
            raise
        self.status = download_grid.DONE
        return [self.path]


class RasterJob:
    """One raster result: its :class:`~core.rasters.download.Plan` (or the error that kept it from one)."""

    def __init__(self, result, plan=None, error=None):
        self.result, self.plan, self.error = result, plan, error

    @property
    def paths(self):
        return self.plan.paths if self.plan is not None else []

    def run(self, client, progress, cancel, poll=None):
        if self.plan is None:
            raise self.error
        return self.plan.run(client, progress=lambda fraction, _message: progress(fraction), cancel=cancel,
                             stop_on_error=False, poll=poll)


class DownloadOutcome:
    """What a run did: ``paths`` written or already there, ``failures`` as (result code, LizardError)."""

    def __init__(self):
        self.paths, self.failures = [], []

    def failure_message(self):
        """One sentence for the failures (empty when none)."""
        if not self.failures:
            return ""
        listed = "; ".join("{}: {}".format(code, error) for code, error in self.failures)
        return tr("%n result(s) could not be downloaded: {list}", "", len(self.failures)).format(list=listed)


class ScenarioPlan:
    """The jobs of one scenario's download, in order: raw files first, then rasters. ``folder`` is the
    scenario's own folder; ``notes`` sentences for the user."""

    def __init__(self, scenario, folder, jobs, notes):
        self.scenario, self.folder, self.jobs, self.notes = scenario, folder, jobs, notes

    @property
    def paths(self):
        found = []
        for job in self.jobs:
            found += [job.path] if isinstance(job, FileItem) else job.paths
        return found

    def run(self, client, *, progress=None, result_progress=None, on_result=None, cancel=None, poll=None):
        """Fetch every job; returns a :class:`DownloadOutcome`. ``progress(fraction, message)`` overall,
        ``result_progress(result, fraction)`` per result; ``on_result(result, paths, error)`` after each result;
        ``poll``: how Lizard's tasks are followed (see :meth:`~core.rasters.download.Plan.run`). All are called
        in the caller's thread. Raises CancelledError when cancelled."""
        outcome = DownloadOutcome()
        try:
            write_marker(self.folder, self.scenario)
        except OSError as exc:
            raise errors.ExportError(tr("The folder {folder} cannot be written.").format(folder=self.folder),
                                     details=str(exc)) from None
        count = len(self.jobs) or 1
        for index, job in enumerate(self.jobs):
            name = job.result.code

            def report(fraction, index=index, name=name, result=job.result):
                fraction = min(1.0, max(0.0, fraction))
                if result_progress is not None:
                    result_progress(result, fraction)
                if progress is not None:
                    progress((index + fraction) / count,
                             tr("Downloading {name} ({n} of {count})…").format(name=name, n=index + 1, count=count))

            report(0.0)
            try:
                paths = job.run(client, report, cancel, poll)
            except errors.CancelledError:
                raise
            except errors.LizardError as exc:
                log.warning("Result %s of %s failed: %s", name, self.scenario.get("uuid"), exc.log_text())
                outcome.failures.append((name, exc))
                if on_result is not None:
                    on_result(job.result, [], exc)
                continue
            outcome.paths += paths
            report(1.0)
            if on_result is not None:
                on_result(job.result, paths, None)
        if progress is not None:
            progress(1.0, tr("Done."))
        return outcome


def scenario_folder(folder, scenario):
    """``<folder>/<scenario name>`` (made safe for file systems; the UUID when the name is empty). Names are
    not unique: when that folder holds another scenario (its :data:`MARKER` names another UUID), it is
    ``<folder>/<scenario name>_<first 8 characters of the UUID>``, so that no file of another scenario passes
    for one of this one ("already there")."""
    uuid = str(scenario.get("uuid") or "")
    base = os.path.join(os.path.abspath(os.path.expanduser(str(folder))),
                        download.sanitise_name(scenario.get("name"), uuid or "scenario"))
    owner = folder_owner(base)
    return base if owner in (None, uuid) else "{}_{}".format(base, uuid[:8])


def folder_owner(path):
    """The UUID of the scenario whose :data:`MARKER` is in ``path``, or None (no marker, or unreadable)."""
    try:
        with open(os.path.join(path, MARKER), encoding="utf-8") as handle:
            return str(json.load(handle).get("uuid") or "") or None
    except (OSError, ValueError, AttributeError):
        return None


def write_marker(path, scenario):
    """:data:`MARKER` in the scenario's folder: Lizard's description of the scenario (its model, simulation
    period, grid), which also tells later downloads whose folder this is. Written once, atomically."""
    final = os.path.join(path, MARKER)
    if os.path.exists(final):
        return
    os.makedirs(path, exist_ok=True)
    temp = partial.temp_file(final, ".json")
    try:
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump(scenario, handle, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(temp, final)
    except BaseException:
        partial.remove(temp)
        raise


def plan_scenario(client, scenario, results, folder, *, area=None, crs=None, pixel_size=None, nodata=None,
                  times=None, vrt=False, use_async=True, cancel=None):
    """A :class:`ScenarioPlan` for ``results`` (:class:`~core.rasters.scenario_results.Result` s) of
    ``scenario`` into ``folder``. ``area``: an :class:`~core.rasters.download_grid.Area` (default the whole
    grid); ``crs``, ``pixel_size``, ``nodata``: as :func:`~core.rasters.download.plan_download` (default the
    scenario's); ``times``: ``"all"`` or a list of moments for temporal results (default their last step);
    ``vrt``, ``use_async``: as :func:`~core.rasters.download.plan_download` (a ``.vrt`` over the kept tiles
    instead of one GeoTIFF; ask Lizard for a task per tile).
    A raster result that cannot be planned fails alone when the plan runs."""
    own = scenario_folder(folder, scenario)
    jobs, notes, names = [], [], set()
    for result in results:
        if result.kind == FILE:
            if not result.url:
                jobs.append(RasterJob(result, error=errors.InvalidResponseError(
                    tr("Lizard gives no file for the result {code}.").format(code=result.code))))
                continue
            name = download.sanitise_name(result.file_name, result.code)
            while name.lower() in names:
                name = "{}_{}".format(result.code, name)
            names.add(name.lower())
            jobs.append(FileItem(result, os.path.join(own, name)))
            continue
        try:
            raster = result.raster or str(result.data["raster"]).rstrip("/").rsplit("/", 1)[-1]
            plan = download.plan_download(
                client, raster, own, area, crs=crs, pixel_size=pixel_size,
                nodata=nodata, times=times, vrt=vrt, use_async=use_async, cancel=cancel, grid=scenario,
                name=result.code)
        except errors.CancelledError:
            raise
        except errors.LizardError as exc:
            jobs.append(RasterJob(result, error=exc))
            continue
        notes += [note for note in plan.notes if note not in notes]
        jobs.append(RasterJob(result, plan))
    return ScenarioPlan(scenario, own, jobs, notes)
