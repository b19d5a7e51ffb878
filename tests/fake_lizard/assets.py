"""/api/v4/buildings/: the filters of its documentation page, bare or paginated root, by-organisation."""

from operator import itemgetter

from osgeo import ogr

from .base import ApiBase, organisation_name, organisation_uuid, page_size
from .filters import (
    COMPARE_LOOKUPS,
    CustomFilter,
    DateTimeFilter,
    FieldError,
    NumberFilter,
    TextFilter,
    UuidFilter,
    apply_filters,
    in_bbox_filter,
    parse_uuid,
    spatial_filter,
)
from .util import ApiError, json_response, parse_datetime, parse_datetime_or_ms

BUILDINGS_MAX_PAGE_SIZE = 100


def _addresses_field(field):
    return lambda building: [address[field] for address in building["addresses"]]


class AssetsApi(ApiBase):
    buildings_mode = "paginated"

    def _bbox(self, building):
        return self.store.building_bbox[building["id"]]

    @staticmethod
    def _geometry(building):
        rings = ",".join(
            "(" + ",".join(f"{point[0]!r} {point[1]!r}" for point in ring) + ")"
            for ring in building["geometry"]["coordinates"]
        )
        return ogr.CreateGeometryFromWkt(f"POLYGON({rings})")

    def building_filters(self):
        def valid_at(lookup, value):
            moment = parse_datetime_or_ms_field(value)
            return lambda obj: (
                (obj["start"] is None or parse_datetime(obj["start"]) <= moment)
                and (obj["end"] is None or parse_datetime(obj["end"]) > moment)
            )

        with_isnull = COMPARE_LOOKUPS + ("isnull",)
        return [
            NumberFilter("id", itemgetter("id"), lookups=COMPARE_LOOKUPS + ("in",)),
            TextFilter("code", itemgetter("code")),
            DateTimeFilter("created", itemgetter("created")),
            DateTimeFilter("last_modified", itemgetter("last_modified")),
            UuidFilter("organisation__uuid", organisation_uuid),
            TextFilter("organisation__name", organisation_name),
            NumberFilter("build_year", itemgetter("build_year"), lookups=with_isnull),
            DateTimeFilter("start", itemgetter("start"), lookups=with_isnull, parser=parse_datetime_or_ms),
            DateTimeFilter("end", itemgetter("end"), lookups=with_isnull, parser=parse_datetime_or_ms),
            CustomFilter("valid_at", valid_at),
            TextFilter("addresses__postalcode", _addresses_field("postalcode"), many=True),
            NumberFilter(
                "addresses__house_number",
                _addresses_field("house_number"),
                lookups=COMPARE_LOOKUPS,
                many=True,
            ),
            TextFilter(
                "addresses__house_letter",
                _addresses_field("house_letter"),
                lookups=("exact", "iexact"),
                many=True,
            ),
            TextFilter(
                "addresses__house_number_suffix",
                _addresses_field("house_number_suffix"),
                lookups=("exact", "iexact"),
                many=True,
            ),
            in_bbox_filter(self._bbox),
            spatial_filter("geom_intersects", "intersects", self._bbox, self._geometry),
            spatial_filter("geom_within", "within", self._bbox, self._geometry),
        ]

    def _filtered_buildings(self, req, items):
        items = apply_filters(items, self.building_filters(), req.query)
        if req.param("valid_at"):
            items = latest_versions(items)
        return items

    def building_list(self, req):
        """Paginated in buildings_mode 'paginated'; a bare array truncated to page_size in 'bare' mode."""
        maximum = min(BUILDINGS_MAX_PAGE_SIZE, self.max_page_size)
        if self.buildings_mode == "bare":
            items = self._filtered_buildings(req, self.store.buildings)
            return json_response(200, items[: page_size(req, 10, maximum)])
        return self.list_objects(
            req, self._filtered_buildings(req, self.store.buildings), [], maximum=maximum
        )

    def building_by_organisation(self, req, key):
        try:
            org_uuid = parse_uuid(key)
        except ValueError:
            org_uuid = None
        if org_uuid not in self.store.index["organisations"]:
            raise ApiError(404, "No Organisation matches the given query.")
        items = [obj for obj in self.store.buildings if obj["organisation"]["uuid"] == org_uuid]
        maximum = min(BUILDINGS_MAX_PAGE_SIZE, self.max_page_size)
        return self.list_objects(req, self._filtered_buildings(req, items), [], maximum=maximum)

    def building_detail(self, req, key):
        building = self.store.index["buildings"].get(int(key)) if key.isdigit() else None
        if building is None:
            raise ApiError(404, "No Building matches the given query.")
        return json_response(200, building)


def parse_datetime_or_ms_field(value):
    try:
        return parse_datetime_or_ms(value)
    except (ValueError, OverflowError):
        raise FieldError("Enter a valid date/time.") from None


def latest_versions(items):
    """valid_at: of several buildings with the same code and organisation, only the latest start."""

    def start(obj):
        return parse_datetime(obj["start"]) if obj["start"] else None

    latest = {}
    for obj in items:
        key = (obj["code"], obj["organisation"]["uuid"])
        current = latest.get(key)
        if current is None or (start(obj) and (start(current) is None or start(obj) > start(current))):
            latest[key] = obj
    keep = {id(obj) for obj in latest.values()}
    return [obj for obj in items if id(obj) in keep]
