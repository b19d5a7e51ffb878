"""The results of a 3Di scenario (``/scenarios/<uuid>/results/``), grouped by family, each with its kind.

A result with a ``raster`` (a raster URL) is a raster; it is temporal when that raster says so (Lizard's result
does not: the raster is asked); a result without one is a file (``attachment_url``). The list is read to its
end (every page), and an empty list is simply no results. Result rasters have ``null`` grid fields: the
scenario's grid is theirs (:func:`~core.rasters.download.with_grid`). As WMS layers they go through the same
code as any Lizard raster (:func:`~core.rasters.wms.build_layers`), named after the result.
"""

import math
from urllib.parse import urlsplit

from .. import errors
from ..i18n import tr
from . import wms
from .download import with_grid

FAMILIES = ("Raw", "Basic", "Arrival", "Damage")
RASTER, TEMPORAL, FILE = "raster", "temporal", "file"
BYTES = {"u1": 1, "i1": 1, "u2": 2, "i2": 2, "u4": 4, "i4": 4, "f4": 4, "u8": 8, "i8": 8, "f8": 8}


def kind_label(kind):
    return {RASTER: tr("raster"), TEMPORAL: tr("temporal raster"), FILE: tr("file")}.get(kind, kind)


class Result:
    """One result: Lizard's JSON (``data``), the raster's JSON when it is a raster (with the scenario's grid
    where its own is ``null``), ``kind`` and ``size`` (bytes, or None when not known)."""

    def __init__(self, data, raster=None, scenario=None):
        self.data = data
        self.raster = with_grid(raster, scenario) if raster is not None else None
        self.scenario = scenario or {}

    code = property(lambda self: self.data.get("code") or "")
    name = property(lambda self: (self.data.get("name") or self.code).strip())
    family = property(lambda self: self.data.get("family") or "")

    @property
    def kind(self):
        if self.raster is None and not self.data.get("raster"):
            return FILE
        return TEMPORAL if self.raster is not None and self.raster.get("temporal") else RASTER

    @property
    def url(self):
        """The file's URL (``attachment_url``) for a file result."""
        return self.data.get("attachment_url") or None

    @property
    def file_name(self):
        """The file's name: the last part of its URL's path."""
        url = self.url
        return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] if url else None

    @property
    def size(self):
        """Bytes of one raster (or one time step) on the scenario's grid before compression; None for files
        (Lizard does not say) and when the grid is unknown."""
        if self.raster is None:
            return self.data.get("size") if isinstance(self.data.get("size"), int) else None
        try:
            width = abs(float(self.raster["upper_bound_x"]) - float(self.raster["origin_x"]))
            height = abs(float(self.raster["upper_bound_y"]) - float(self.raster["origin_y"]))
            pixels = math.ceil(width / abs(float(self.raster["pixelsize_x"]))) * \
                math.ceil(height / abs(float(self.raster["pixelsize_y"])))
        except (KeyError, TypeError, ValueError, ZeroDivisionError):
            return None
        return pixels * BYTES.get(str(self.raster.get("dtype") or "f4"), 4)

    def __repr__(self):
        return "Result({!r}, {})".format(self.code, self.kind)


def results_path(scenario):
    """The results list of a scenario (its URL when Lizard gave one, else by UUID)."""
    url = scenario.get("url")
    return (url if url else "scenarios/{}/".format(scenario["uuid"])) + "results/"


def fetch_results(client, scenario, cancel=None, with_rasters=True):
    """The scenario's :class:`Result` s in Lizard's order; ``with_rasters`` asks each result's raster (to know
    whether it is temporal, and its WMS address). A raster that cannot be read leaves that result a raster
    of unknown time kind (``raster`` None)."""
    results = []
    for data in client.paginate(results_path(scenario), cancel=cancel, key=lambda item: item.get("id")):
        raster = None
        if with_rasters and data.get("raster"):
            try:
                raster = client.get(data["raster"], cancel=cancel)
            except errors.CancelledError:
                raise
            except errors.LizardError:
                raster = None
        results.append(Result(data, raster, scenario))
    return results


def by_family(results):
    """[(family, [results])] in the order Raw, Basic, Arrival, Damage, then any other family Lizard names."""
    groups = {}
    for result in results:
        groups.setdefault(result.family, []).append(result)
    order = [family for family in FAMILIES if family in groups]
    order += sorted(family for family in groups if family not in FAMILIES)
    return [(family, groups[family]) for family in order]


def choose(results, codes=None, raw=False):
    """The results to fetch: those with the given ``codes`` (every non-temporal raster when none), plus every
    file with ``raw``. A code the scenario does not have is an error that lists those it has."""
    codes = [code.strip() for code in (codes or []) if code and code.strip()]
    by_code = {result.code: result for result in results}
    unknown = [code for code in codes if code not in by_code]
    if unknown:
        raise errors.InvalidRequestError(tr("The scenario has no result {codes}; it has: {known}.").format(
            codes=", ".join(unknown), known=", ".join(sorted(by_code)) or tr("no results")))
    if codes:
        chosen = [by_code[code] for code in dict.fromkeys(codes)]
    else:
        chosen = [result for result in results if result.kind == RASTER]
    if raw:
        chosen += [result for result in results if result.kind == FILE and result not in chosen]
    return chosen


def wms_layers(client, results, project_crs="", authcfg="", cancel=None, create=True, owner_thread=None):
    """WMS URIs (and with ``create`` QGIS layers) of the raster results, each named after its result:
    :func:`core.rasters.wms.build_layers`. File results cannot be shown and are left out."""
    rasters = []
    for result in results:
        if result.raster is None:
            continue
        rasters.append(dict(result.raster, name=result.name))
    return wms.build_layers(client, "rasters", rasters, project_crs, authcfg, cancel=cancel, create=create,
                            owner_thread=owner_thread)
