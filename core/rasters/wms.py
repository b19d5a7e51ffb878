"""Lizard raster layers as QGIS WMS layers, from their ``wms_info``.

The layer URI holds ``url`` (``wms_info.endpoint``), ``layers`` (``wms_info.layer``), ``styles``
(``options.styles``), ``format=image/png``, a CRS the service offers (the project's when offered, else
EPSG:3857) and, when a key is stored, ``authcfg=<id>``: the key itself never enters a URI, so it cannot end
up in a project file. The auth config goes only on layers whose endpoint is the portal's own origin over
https (or this machine); a layer served by another host is added without it. Every layer has
``IgnoreGetMapUrl`` and ``IgnoreGetFeatureInfoUrl`` set, so QGIS sends its requests (and the key) only to
the endpoint, never to addresses the capabilities document advertises. Temporal rasters become WMS-T layers
(``type=wmst``) whose time dimension comes from the raster's time steps, so the Temporal Controller steps through them.
"""

import threading
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from qgis.core import QgsDataSourceUri, QgsLayerMetadata, QgsRasterLayer

from .. import errors, times
from ..client import cancel_check
from ..compat import set_layer_abstract
from ..i18n import tr
from ..log import get_logger
from ..transport import may_carry_key

log = get_logger("wms")
DEFAULT_CRS = "EPSG:3857"
MAX_LISTED_STEPS = 1000  # more time steps than this go into the URI as start/end/interval

_capabilities = {}
_capabilities_lock = threading.Lock()


# ------------------------------------------------------------------------------------------ raster facts


def wms_info(raster):
    """(endpoint, layer name) of a raster layer object; a clear error when Lizard gives none."""
    info = raster.get("wms_info") or {}
    endpoint, layer = info.get("endpoint"), info.get("layer")
    if not endpoint or not layer:
        raise errors.LizardError(
            tr("Lizard gives no WMS address for the raster “{name}”.").format(name=raster.get("name")))
    return endpoint, layer


def style(raster):
    return ((raster.get("options") or {}).get("styles") or "").strip()


def time_dimension_extent(raster, steps=None):
    """The WMS-T time extent for a temporal raster: its real steps (epoch ms) when known and not too many,
    else ``start/end/interval``, else ``start/end``. ``None`` when the raster has no usable time range."""
    if steps:
        moments = sorted({int(s) for s in steps})
        as_text = [times.iso_utc(times.from_ms(ms)) for ms in moments]
        if len(as_text) == 1:
            return as_text[0]
        if len(as_text) <= MAX_LISTED_STEPS:
            return ",".join(as_text)
        gaps = {b - a for a, b in zip(moments, moments[1:])}
        step = gaps.pop() / 1000.0 if len(gaps) == 1 else None
        return times.iso_interval(times.from_ms(moments[0]), times.from_ms(moments[-1]), step)
    start = times.to_utc(raster.get("first_value_timestamp"))
    end = times.to_utc(raster.get("last_value_timestamp"))
    if start is None or end is None or end < start:
        return None
    if end == start:
        return times.iso_utc(start)
    return times.iso_interval(start, end, times.duration_seconds(raster.get("interval")))


def timesteps(client, raster, cancel=None):
    """The raster's time steps in epoch ms from ``/rasters/<uuid>/timesteps/`` (``[]`` when not given)."""
    try:
        answer = client.get("rasters/{}/timesteps/".format(raster["uuid"]), cancel=cancel) or {}
    except (errors.NotFoundError, errors.InvalidRequestError):
        return []
    return [s for s in (answer.get("steps") or []) if isinstance(s, (int, float))]


# ------------------------------------------------------------------------------------------ capabilities


def offered_crs(client, endpoint, layer, cancel=None):
    """The CRS codes the WMS offers for ``layer`` (its own and inherited), from GetCapabilities.

    Fetched once per endpoint and session (and per anonymous/keyed use: a key may see more layers); an
    empty set when the capabilities cannot be had (the caller then falls back to EPSG:3857, which every
    Lizard WMS offers).
    """
    cache_key = (endpoint, client.has_key)
    with _capabilities_lock:
        document = _capabilities.get(cache_key)
    if document is None:
        try:
            body = client.get_bytes(endpoint, {"SERVICE": "WMS", "REQUEST": "GetCapabilities", "VERSION": "1.3.0"},
                                    cancel=cancel)
            document = ET.fromstring(body)
        except errors.CancelledError:
            raise
        except (errors.LizardError, ET.ParseError) as exc:
            log.warning("No WMS capabilities from %s: %s", endpoint, exc)
            return set()
        with _capabilities_lock:
            _capabilities[cache_key] = document
    return _layer_crs(document, layer)


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _layer_crs(document, name):
    """The CRS codes of the layer called ``name``: its own plus those its parent layers pass down."""

    def own(element):
        codes = set()
        for child in element:
            if _local(child.tag) in ("CRS", "SRS") and child.text:
                codes.update(code.upper() for code in child.text.split())
        return codes

    def find(element, inherited):
        for child in element:
            if _local(child.tag) != "Layer":
                continue
            codes = inherited | own(child)
            if any(_local(c.tag) == "Name" and (c.text or "").strip() == name for c in child):
                return codes
            found = find(child, codes)
            if found is not None:
                return found
        return None

    capability = next((e for e in document.iter() if _local(e.tag) == "Capability"), None)
    return (find(capability, set()) if capability is not None else None) or set()


def choose_crs(offered, project_crs=None):
    """The project CRS when the service offers it, else EPSG:3857 (or the first offered, if not that)."""
    offered = {c.upper() for c in offered or ()}
    if project_crs and project_crs.upper() in offered:
        return project_crs.upper()
    if not offered or DEFAULT_CRS in offered:
        return DEFAULT_CRS
    return sorted(offered)[0]


# ------------------------------------------------------------------------------------------------ layers


def layer_uri(raster, crs=DEFAULT_CRS, authcfg="", time_extent=None):
    """The QGIS WMS data source URI for a Lizard raster layer (never containing a key)."""
    endpoint, layer = wms_info(raster)
    uri = QgsDataSourceUri()
    uri.setParam("url", endpoint)
    uri.setParam("layers", layer)
    uri.setParam("styles", style(raster))
    uri.setParam("format", "image/png")
    uri.setParam("crs", crs)
    uri.setParam("dpiMode", "7")
    uri.setParam("IgnoreGetMapUrl", "1")  # GetMap/GetFeatureInfo go to the endpoint, not where capabilities say
    uri.setParam("IgnoreGetFeatureInfoUrl", "1")
    if authcfg:
        uri.setAuthConfigId(authcfg)
    if raster.get("temporal") and time_extent:
        uri.setParam("type", "wmst")
        uri.setParam("timeDimensionExtent", time_extent)
        uri.setParam("allowTemporalUpdates", "true")
        uri.setParam("temporalSource", "provider")
    return bytes(uri.encodedUri()).decode("utf-8")


def describe_units(raster):
    kind = raster.get("observation_type") or {}
    parts = [kind.get("parameter") or kind.get("code"), kind.get("unit")]
    return " ".join("({})".format(p) if i and p else p for i, p in enumerate(parts) if p)


def layer_metadata(raster):
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(raster.get("uuid") or "")
    metadata.setTitle(raster.get("name") or "")
    metadata.setAbstract((raster.get("description") or "").strip())
    metadata.setType("dataset")
    organisation = (raster.get("organisation") or {}).get("name")
    keywords = [k for k in ("Lizard", organisation, describe_units(raster)) if k]
    metadata.addKeywords("Lizard", keywords)
    if organisation:
        metadata.setRights([tr("Organisation: {name}").format(name=organisation)])
    if raster.get("url"):
        link = QgsLayerMetadata.Link("Lizard", "WWW:LINK", raster["url"])
        metadata.addLink(link)
    return metadata


def create_layer(raster, uri):
    """A QGIS WMS layer for ``raster``, named after it and carrying its description, organisation, units."""
    layer = QgsRasterLayer(uri, raster.get("name") or raster.get("uuid") or "Lizard", "wms")
    if not layer.isValid():
        error = layer.error()
        detail = error.message() if error is not None and not error.isEmpty() else ""
        raise errors.LizardError(
            tr("QGIS could not open the WMS layer of “{name}”.").format(name=raster.get("name")), details=detail)
    layer.setMetadata(layer_metadata(raster))
    set_layer_abstract(layer, (raster.get("description") or "").strip())
    layer.setCustomProperty("lizard/uuid", raster.get("uuid") or "")
    units = describe_units(raster)
    if units:
        layer.setCustomProperty("lizard/units", units)
    return layer


def rasters_for(client, uuid, cancel=None):
    """The raster layer objects for ``uuid``: the raster layer itself, or those that use a rastersource."""
    try:
        return [client.get("rasters/{}/".format(uuid), cancel=cancel)], None
    except errors.NotFoundError:
        source = client.get("rastersources/{}/".format(uuid), cancel=cancel)  # NotFound propagates
    return list(client.paginate("rasters/", {"raster_sources__uuid": uuid}, cancel=cancel)), source


def foreign_host(client, raster):
    """The host serving ``raster``'s WMS when the key may not go there (not the portal's own origin over
    https or loopback), else ``None``."""
    endpoint, _layer = wms_info(raster)
    return None if may_carry_key(client.portal_url, endpoint) else urlsplit(endpoint).netloc or endpoint


def prepare_uris(client, rasters, project_crs=None, authcfg="", cancel=None):
    """(raster, uri) for each raster: CRS chosen from the capabilities, time extent from the time steps,
    ``authcfg`` only when the WMS is the portal's own (see :func:`foreign_host`)."""
    prepared = []
    for raster in rasters:
        endpoint, layer = wms_info(raster)
        crs = choose_crs(offered_crs(client, endpoint, layer, cancel=cancel), project_crs)
        extent = None
        if raster.get("temporal"):
            extent = time_dimension_extent(raster, timesteps(client, raster, cancel=cancel))
        keyed = authcfg if foreign_host(client, raster) is None else ""
        prepared.append((raster, layer_uri(raster, crs, keyed, extent)))
    return prepared


# ------------------------------------------------------------------------------------ many at once


def keyless_message(keyless):
    """One sentence for the layers added without the key: ``keyless`` lists (raster name, host)."""
    hosts = ", ".join(sorted({host for _name, host in keyless}))
    if len(keyless) == 1:
        return tr("“{name}” is served by {host}, not by your portal: added without your key.").format(
            name=keyless[0][0], host=hosts)
    return tr("%n layer(s) are served by {hosts}, not by your portal: added without your key.", "",
              len(keyless)).format(hosts=hosts)


def unshown_message(name):
    return tr("No raster layer shows the rastersource “{name}” yet; a raster layer has to be made for it in "
              "Lizard before it can go on the map.").format(name=name)


class AddOutcome:
    """What :func:`build_layers` made: (raster, uri) pairs, the layers (when asked to create them), the
    rastersources no raster layer shows yet, the errors of rasters that could not become layers, and
    (raster name, host) of those added without the key because another host serves them."""

    def __init__(self):
        self.keyless = []
        self.uris = []
        self.layers = []
        self.unshown_sources = []
        self.failures = []

    @property
    def names(self):
        return [layer.name() for layer in self.layers]


def rasters_to_add(client, scope, obj, cancel=None):
    """The raster layer objects for ``obj``: itself when it is a raster layer with its WMS address, else
    what Lizard says for its uuid (:func:`rasters_for`); and the rastersource object when ``obj`` is one."""
    if scope == "rasters" and (obj.get("wms_info") or {}).get("layer"):
        return [obj], None
    return rasters_for(client, obj["uuid"], cancel=cancel)


def build_layers(client, scope, objects, project_crs="", authcfg="", cancel=None, progress=None, create=True,
                 owner_thread=None):
    """WMS URIs (and with ``create``, QGIS layers) for Lizard ``objects`` of ``scope``. GUI-free.

    A raster that cannot become a layer is recorded in ``failures`` and the others are still made; an
    error finding the rasters is raised. Layers are moved to ``owner_thread`` when given (a task hands its
    layers to the GUI thread that adds them to the project).
    """
    outcome = AddOutcome()
    check = cancel_check(cancel)
    seen = set()
    for index, obj in enumerate(objects):
        rasters, source = rasters_to_add(client, scope, obj, cancel=cancel)
        if source is not None and not rasters:
            outcome.unshown_sources.append(source.get("name") or source.get("uuid"))
        rasters = [r for r in rasters if r.get("uuid") not in seen]
        seen.update(r.get("uuid") for r in rasters)
        for raster in rasters:
            if check():
                raise errors.CancelledError()
            try:
                ((raster, uri),) = prepare_uris(client, [raster], project_crs=project_crs, authcfg=authcfg,
                                                cancel=cancel)
                if create:
                    outcome.layers.append(create_layer(raster, uri))
                outcome.uris.append((raster, uri))
                host = foreign_host(client, raster) if authcfg else None
                if host:
                    outcome.keyless.append((raster.get("name") or raster.get("uuid"), host))
            except errors.CancelledError:
                raise
            except errors.LizardError as exc:  # this raster only: the others may still work
                log.warning("%s %s", exc, exc.details)
                outcome.failures.append(exc)
        if progress is not None:
            progress(100.0 * (index + 1) / len(objects))
    if owner_thread is not None:
        for layer in outcome.layers:
            layer.moveToThread(owner_thread)
    return outcome
