"""django-filter-like query filtering, ordering and spatial predicates.

A filter spec knows its parameter name and lookups (``name``, ``name__icontains``, ...). Unknown query
parameters (and unknown lookups) are ignored; an empty value skips the filter (django-filter); a bad value
collects a field error, and all field errors together make one 400 answer.
"""

import json
import re
import uuid

from osgeo import gdal, ogr

from .util import ApiError, parse_datetime

TEXT_LOOKUPS = (
    "exact",
    "iexact",
    "contains",
    "icontains",
    "startswith",
    "istartswith",
    "endswith",
    "iendswith",
)
COMPARE_LOOKUPS = ("exact", "lt", "lte", "gt", "gte")

_TEXT_OPS = {
    "exact": lambda actual, wanted: actual == wanted,
    "contains": lambda actual, wanted: wanted in actual,
    "startswith": lambda actual, wanted: actual.startswith(wanted),
    "endswith": lambda actual, wanted: actual.endswith(wanted),
}
_COMPARE_OPS = {
    "exact": lambda actual, wanted: actual == wanted,
    "lt": lambda actual, wanted: actual < wanted,
    "lte": lambda actual, wanted: actual <= wanted,
    "gt": lambda actual, wanted: actual > wanted,
    "gte": lambda actual, wanted: actual >= wanted,
}
_TRUE = ("true", "1", "yes")
_FALSE = ("false", "0", "no")


class FieldError(ValueError):
    """A bad value for a known filter; its message goes into the 400 answer."""


def parse_bool(value):
    """Django's NullBooleanField: true/false/1/0, anything else is None (filter skipped)."""
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    return None


def parse_uuid(value):
    try:
        return str(uuid.UUID(value.strip()))
    except ValueError:
        raise FieldError(f"'{value}' is not a valid UUID.") from None


class Filter:
    """Base filter: ``name`` maps to ``default_lookup``; ``name__<lookup>`` to that lookup.

    Subclasses turn (lookup, value) into a test of one stored value; with ``many`` the getter returns a
    list and an object matches when any of its values does (a filter across a to-many relation).
    """

    lookups = ("exact",)
    cost = 0  # cheap filters are applied first

    def __init__(self, name, getter, lookups=None, default_lookup="exact", many=False):
        self.name = name
        self.getter = getter
        self.default_lookup = default_lookup
        self.many = many
        if lookups is not None:
            self.lookups = lookups

    def lookup_for(self, key):
        if key == self.name:
            return self.default_lookup
        prefix = self.name + "__"
        if key.startswith(prefix) and key[len(prefix) :] in self.lookups:
            return key[len(prefix) :]
        return None

    def build(self, lookup, values):
        """A predicate, or None to skip; raises FieldError for a bad value."""
        value = values[-1]
        if value == "":
            return None
        return self.predicate(lookup, value)

    def predicate(self, lookup, value):
        test = self.tester(lookup, value)
        if test is None:
            return None
        getter = self.getter
        if self.many:
            return lambda obj: any(test(actual) for actual in getter(obj))
        return lambda obj: test(getter(obj))

    def tester(self, lookup, value):
        raise NotImplementedError


class TextFilter(Filter):
    lookups = TEXT_LOOKUPS

    def tester(self, lookup, value):
        if lookup.startswith("i"):
            op, wanted = _TEXT_OPS[lookup[1:]], value.lower()
            return lambda actual: actual is not None and op(actual.lower(), wanted)
        op = _TEXT_OPS[lookup]
        return lambda actual: actual is not None and op(actual, value)


class UuidFilter(Filter):
    """Comma separated uuids, case-insensitive."""

    lookups = ("exact", "in")

    def tester(self, lookup, value):
        wanted = {parse_uuid(part) for part in value.split(",") if part.strip()}
        return lambda actual: actual in wanted


class CompareFilter(Filter):
    """Ordered values (numbers, date/times) with exact/lt/lte/gt/gte, isnull and in lookups."""

    lookups = COMPARE_LOOKUPS + ("isnull", "in")
    message = "Enter a valid value."

    def parse(self, value):
        raise NotImplementedError

    def convert(self, stored):
        return stored

    def _parse(self, value):
        try:
            return self.parse(value)
        except (ValueError, OverflowError):
            raise FieldError(self.message) from None

    def tester(self, lookup, value):
        convert = self.convert
        if lookup == "isnull":
            wanted = parse_bool(value)
            return None if wanted is None else (lambda actual: (actual is None) == wanted)
        if lookup == "in":
            choices = {self._parse(part) for part in value.split(",") if part.strip()}
            return lambda actual: actual is not None and convert(actual) in choices
        wanted, op = self._parse(value), _COMPARE_OPS[lookup]
        return lambda actual: actual is not None and op(convert(actual), wanted)


class NumberFilter(CompareFilter):
    message = "Enter a number."

    def parse(self, value):
        number = float(value)
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(value)
        return number


class DateTimeFilter(CompareFilter):
    """Stored values are ISO strings (cached parsing); query values ISO 8601 (or what ``parser`` reads)."""

    lookups = COMPARE_LOOKUPS
    message = "Enter a valid date/time."

    def __init__(self, name, getter, lookups=None, default_lookup="exact", parser=None):
        super().__init__(name, getter, lookups, default_lookup)
        self.parser = parser or parse_datetime

    def parse(self, value):
        return self.parser(value)

    def convert(self, stored):
        return parse_datetime(stored)


class ChoiceFilter(Filter):
    """A value out of a fixed set; ``choices`` maps each accepted spelling (lowercase) to the stored value."""

    def __init__(self, name, getter, choices):
        super().__init__(name, getter)
        self.choices = choices

    def tester(self, lookup, value):
        wanted = self.choices.get(value.strip().lower())
        if wanted is None:
            raise FieldError(f"Select a valid choice. {value} is not one of the available choices.")
        return lambda actual: actual == wanted


class BooleanFilter(Filter):
    def tester(self, lookup, value):
        wanted = parse_bool(value)
        return None if wanted is None else (lambda actual: bool(actual) == wanted)


class CustomFilter(Filter):
    """``make(lookup, value)`` returns the predicate (or None); with ``multi`` it gets the list of values."""

    def __init__(self, name, make, lookups=("exact",), multi=False, cost=0):
        super().__init__(name, None, lookups)
        self.make = make
        self.multi = multi
        self.cost = cost

    def build(self, lookup, values):
        if self.multi:
            values = [value for value in values if value != ""]
            return self.make(lookup, values) if values else None
        return super().build(lookup, values)

    def predicate(self, lookup, value):
        return self.make(lookup, value)


def build_predicates(specs, query):
    """Predicates for the known parameters in ``query`` (dict name -> list of values); 400 on bad values."""
    chosen, errors = [], {}
    for key, values in query.items():
        for spec in specs:
            lookup = spec.lookup_for(key)
            if lookup is None:
                continue
            try:
                predicate = spec.build(lookup, values)
            except FieldError as exc:
                errors[key] = [str(exc)]
            else:
                if predicate is not None:
                    chosen.append((spec.cost, predicate))
            break
    if errors:
        raise ApiError(400, errors)
    return [predicate for _, predicate in sorted(chosen, key=lambda pair: pair[0])]


def apply_filters(items, specs, query):
    predicates = build_predicates(specs, query)
    if not predicates:
        return list(items)
    return [obj for obj in items if all(predicate(obj) for predicate in predicates)]


def apply_ordering(items, raw, fields):
    """DRF's OrderingFilter: comma separated field names, '-' reverses, unknown names are ignored.

    Nulls sort last ascending and first descending (PostgreSQL); ties keep the default order.
    """
    keys = []
    for part in (raw or "").split(","):
        part = part.strip()
        name = part.lstrip("-")
        if name in fields:
            keys.append((fields[name], part.startswith("-")))
    result = list(items)
    for getter, reverse in reversed(keys):
        result.sort(key=_nulls_last(getter), reverse=reverse)
    return result


def _nulls_last(getter):
    def key(obj):
        value = getter(obj)
        return (value is None, "" if value is None else value)

    return key


# --- spatial -----------------------------------------------------------------------------------------

_HEX_RE = re.compile(r"[0-9a-fA-F]+")
_EWKB_SRID_FLAG = 0x20000000


def _ewkb_to_wkb(data):
    """PostGIS EWKB (SRID flag + SRID after the type) -> WKB that OGR reads."""
    if len(data) < 5:
        return data
    order = "little" if data[0] == 1 else "big"
    geom_type = int.from_bytes(data[1:5], order)
    if geom_type & _EWKB_SRID_FLAG:
        geom_type &= ~_EWKB_SRID_FLAG
        data = data[:1] + geom_type.to_bytes(4, order) + data[9:]
    return data


def _geometry_from_text(text):
    if text.startswith("{"):
        parsed = json.loads(text)
        if parsed.get("type") == "Feature":
            parsed = parsed.get("geometry") or {}
        return ogr.CreateGeometryFromJson(json.dumps(parsed))
    if _HEX_RE.fullmatch(text):
        return ogr.CreateGeometryFromWkb(_ewkb_to_wkb(bytes.fromhex(text)))
    return ogr.CreateGeometryFromWkt(text)


def parse_geometry(text):
    """WKT / EWKT (lon lat), HEXEWKB or GeoJSON -> OGR geometry; FieldError when unreadable."""
    text = text.strip()
    if text.upper().startswith("SRID="):
        text = text.split(";", 1)[-1].strip()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        geometry = _geometry_from_text(text)
    except (ValueError, RuntimeError, TypeError, AttributeError):
        geometry = None
    finally:
        gdal.PopErrorHandler()
    if geometry is None or geometry.IsEmpty():
        raise FieldError("Invalid geometry value.")
    return geometry


def parse_bbox(text):
    """'minLon,minLat,maxLon,maxLat' (x,y order as DRF-gis) -> tuple; FieldError when invalid."""
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise FieldError(f"Invalid bbox string supplied for parameter in_bbox: {text!r}.") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90):
        raise FieldError("Bbox out of range: expected minLon,minLat,maxLon,maxLat in WGS84 degrees.")
    if west > east or south > north:
        raise FieldError("Invalid bbox: minimum larger than maximum (expected minLon,minLat,maxLon,maxLat).")
    return west, south, east, north


def bbox_overlaps(a, b):
    """Boxes as (minx, miny, maxx, maxy)."""
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def bbox_contains(outer, inner):
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def envelope(geometry):
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    return minx, miny, maxx, maxy


def spatial_filter(name, relation, bbox_of, geometry_of):
    """geom_intersects / geom_within: a bbox pre-test, OGR only for the candidates."""

    def make(lookup, value):
        shape = parse_geometry(value)
        box = envelope(shape)
        if relation == "intersects":
            return lambda obj: bbox_overlaps(box, bbox_of(obj)) and shape.Intersects(geometry_of(obj))
        return lambda obj: bbox_contains(box, bbox_of(obj)) and geometry_of(obj).Within(shape)

    return CustomFilter(name, make, cost=10)


def in_bbox_filter(bbox_of):
    """DRF-gis InBBoxFilter with include_overlapping: bounding boxes overlap."""

    def make(lookup, value):
        box = parse_bbox(value)
        return lambda obj: bbox_overlaps(box, bbox_of(obj))

    return CustomFilter("in_bbox", make, cost=5)
