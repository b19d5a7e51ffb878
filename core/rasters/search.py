"""Finding raster layers (``/rasters/``) and rastersources (``/rastersources/``).

The endpoints filter on what their pages document (name, uuid, organisation, access, observation type,
ordering). They have **no spatial filter and no temporal filter** (unknown parameters are silently ignored,
see CONTRACT.md), so "only temporal", "only non-temporal" and "intersects the map" are applied here, page by
page; :class:`RasterSearch` reports how many objects matched of how many were scanned.
"""



from ..i18n import tr
from ..query import organisation_params, text_params

SCOPES = ("rasters", "rastersources")
ACCESS = ("Public", "Common", "Private")

# Orderings each endpoint documents, as (value, label) pairs; the first is the default.
ORDERINGS = {
    "rasters": ("name", "-name", "-last_modified", "last_modified", "organisation__name",
                "observation_type__code", "-first_value_timestamp", "-last_value_timestamp"),
    "rastersources": ("name", "-name", "-last_modified", "last_modified", "-size", "size", "supplier_code"),
}


def ordering_label(value):
    labels = {
        "name": tr("Name (A–Z)"), "-name": tr("Name (Z–A)"),
        "-last_modified": tr("Newest change first"), "last_modified": tr("Oldest change first"),
        "organisation__name": tr("Organisation"), "observation_type__code": tr("Observation type"),
        "-first_value_timestamp": tr("Latest start first"), "-last_value_timestamp": tr("Latest end first"),
        "-size": tr("Largest first"), "size": tr("Smallest first"), "supplier_code": tr("Supplier code"),
    }
    return labels.get(value, value)


def endpoint(scope):
    if scope not in SCOPES:
        raise ValueError("scope must be one of {}".format(SCOPES))
    return scope + "/"


class RasterQuery:
    """What the user asked for. :meth:`params` holds what the server filters; :meth:`accepts` the rest."""

    def __init__(self, scope="rasters", text="", organisation="", temporal=None, access=None,
                 observation_type="", ordering=None, spatial=None):
        endpoint(scope)
        self.scope = scope
        self.text = (text or "").strip()
        self.organisation = (organisation or "").strip()
        self.temporal = temporal  # None: any, True: temporal only, False: non-temporal only
        self.access = access or None
        self.observation_type = (observation_type or "").strip()
        self.ordering = ordering or ORDERINGS[scope][0]
        self.spatial = spatial  # a SpatialFilter or None

    @property
    def endpoint(self):
        return endpoint(self.scope)

    def params(self):
        params = dict(text_params(self.text), ordering=self.ordering)
        params.update(organisation_params(self.organisation))
        if self.access:
            params["access_modifier"] = self.access
        if self.observation_type and self.scope == "rasters":
            params["observation_type__code"] = self.observation_type
        return params

    @property
    def client_side(self):
        """True when some of the filtering happens here (so matched < scanned is possible)."""
        return self.temporal is not None or self.spatial is not None

    def accepts(self, obj):
        if self.temporal is not None and bool(obj.get("temporal")) != self.temporal:
            return False
        return self.spatial is None or self.spatial.matches(obj.get("spatial_bounds"))


class RasterSearch:
    """A search that fetches pages as more results are wanted, keeping count of what it has scanned. It owns
    ``client`` (used over several calls, e.g. one task per batch): :meth:`close` it when the search is over."""

    def __init__(self, client, query, page_size=None):
        self.client = client
        self.query = query
        self.page_size = page_size or client.page_size
        self.total = None  # what the server counts for the server-side filters
        self.scanned = 0
        self.matched = 0
        self.exhausted = False
        self._next = None
        self._started = False
        self._seen = set()
        self._pending = []  # matches of a call that failed half-way, handed out by the next call

    def close(self):
        self.client.close()

    def fetch_more(self, want=50, cancel=None, progress=None):
        """Fetch pages until ``want`` new matches arrived or nothing is left; return the new matches.

        When a page fails (error or cancellation) the matches of the pages before it are not lost: the next
        call returns them.
        """
        found, self._pending = self._pending, []
        try:
            self._fetch(found, want, cancel, progress)
        except BaseException:
            self._pending = found
            raise
        return found

    def _fetch(self, found, want, cancel, progress):
        while not self.exhausted and len(found) < want:
            if self._started:
                page = self.client.page(self._next, cancel=cancel)
            else:
                params = dict(self.query.params(), page_size=self.page_size)
                page = self.client.page(self.query.endpoint, params, cancel=cancel)
                self._started = True
                self.total = page.count if page.count is not None else len(page.results)
            for obj in page.results:
                key = obj.get("uuid")
                if key in self._seen:
                    continue
                self._seen.add(key)
                self.scanned += 1
                if self.query.accepts(obj):
                    self.matched += 1
                    found.append(obj)
            self._next = page.next
            self.exhausted = not page.next
            if progress is not None:
                progress(self.scanned, self.total)

    def all(self, cancel=None, progress=None):
        """Every match, page by page."""
        while not self.exhausted:
            yield from self.fetch_more(self.page_size, cancel=cancel, progress=progress)
