"""Routing of the fake Lizard: API v4 root, bootstrap, and dispatch to the endpoint handlers."""

import re
import traceback
from urllib.parse import urlencode

from .assets import AssetsApi
from .catalogue import CatalogueApi
from .locations import LocationsApi
from .rasterdata import RasterDataApi
from .rastervalues import RasterValuesApi
from .timeseries import TimeseriesApi
from .util import ApiError, Response, error_response, json_response

_KEY = r"(?P<key>[^/]+)"
ROOT_ENDPOINTS = (
    "buildings", "locations", "observationtypes", "organisations", "rasters", "rastersources", "timeseries"
)


class Api(CatalogueApi, RasterDataApi, RasterValuesApi, AssetsApi, TimeseriesApi, LocationsApi):
    """All endpoints; ``handle(request)`` always returns a Response (errors included)."""

    def __init__(self, store, max_page_size=100):
        super().__init__(store, max_page_size)
        self.errors = []  # tracebacks of unexpected exceptions (answered with 500)
        table = [
            ("/bootstrap/lizard/", {"GET": self.bootstrap}),
            ("/api/v4/", {"GET": self.root}),
            ("/api/v4/organisations/", {"GET": self.organisation_list}),
            (f"/api/v4/organisations/{_KEY}/", {"GET": self.organisation_detail}),
            ("/api/v4/observationtypes/", {"GET": self.observation_type_list}),
            (f"/api/v4/observationtypes/{_KEY}/", {"GET": self.observation_type_detail}),
            ("/api/v4/rastersources/", {"GET": self.rastersource_list, "POST": self.rastersource_create}),
            (f"/api/v4/rastersources/{_KEY}/", {"GET": self.rastersource_detail}),
            (f"/api/v4/rastersources/{_KEY}/data/", {"POST": self.rastersource_upload}),
            ("/api/v4/rasters/", {"GET": self.raster_list, "POST": self.raster_create}),
            (f"/api/v4/rasters/{_KEY}/", {"GET": self.raster_detail}),
            (f"/api/v4/rasters/{_KEY}/timesteps/", {"GET": self.raster_timesteps}),
            (f"/api/v4/rasters/{_KEY}/data/", {"GET": self.raster_data}),
            (f"/api/v4/rasters/{_KEY}/point/", {"GET": self.raster_point}),
            (f"/api/v4/rasters/{_KEY}/zonal/", {"GET": self.raster_zonal}),
            ("/api/v4/buildings/", {"GET": self.building_list}),
            (f"/api/v4/buildings/by-organisation/{_KEY}/", {"GET": self.building_by_organisation}),
            (f"/api/v4/buildings/{_KEY}/", {"GET": self.building_detail}),
            ("/api/v4/locations/", {"GET": self.location_list}),
            (f"/api/v4/locations/{_KEY}/", {"GET": self.location_detail}),
            ("/api/v4/timeseries/", {"GET": self.timeseries_list}),
            (f"/api/v4/timeseries/{_KEY}/", {"GET": self.timeseries_detail}),
            (f"/api/v4/timeseries/{_KEY}/events/", {"GET": self.event_list, "POST": self.event_create}),
            (f"/api/v4/timeseries/{_KEY}/aggregates/", {"GET": self.aggregates}),
            (f"/api/v4/tasks/{_KEY}/", {"GET": self.task_detail}),
        ]
        self.routes = [(re.compile(pattern), methods) for pattern, methods in table]

    def handle(self, req):
        try:
            return self.dispatch(req)
        except ApiError as exc:
            return error_response(exc.status, exc.detail, exc.headers)
        except Exception:
            self.errors.append(traceback.format_exc())
            return error_response(500)

    def _match(self, path):
        for regex, methods in self.routes:
            match = regex.fullmatch(path)
            if match:
                return match, methods
        return None, None

    def dispatch(self, req):
        match, methods = self._match(req.path)
        if match is None:
            if req.method in ("GET", "HEAD") and self._match(req.path + "/")[0]:  # Django's APPEND_SLASH
                query = urlencode(req.query_pairs)
                location = self.store.base_url + req.path + "/" + ("?" + query if query else "")
                return Response(301, content_type=None, headers={"Location": location})
            raise ApiError(
                404, "Not found." if req.path.endswith("/") else "Not found (URLs end with a slash)."
            )
        req.user = self.authenticate(req.headers)
        allowed = sorted(set(methods) | {"OPTIONS"} | ({"HEAD"} if "GET" in methods else set()))
        if req.method == "OPTIONS":
            return json_response(
                200,
                {
                    "name": req.path,
                    "renders": ["application/json"],
                    "parses": ["application/json", "multipart/form-data"],
                },
                headers={"Allow": ", ".join(allowed)},
            )
        handler = methods.get("GET" if req.method == "HEAD" else req.method)
        if handler is None:
            raise ApiError(405, f'Method "{req.method}" not allowed.', {"Allow": ", ".join(allowed)})
        return handler(req, **match.groupdict())

    def root(self, req):
        return json_response(200, {name: self.store.url(name) for name in ROOT_ENDPOINTS})

    def bootstrap(self, req):
        user = req.user
        return json_response(
            200,
            {
                "user": {
                    "authenticated": user is not None,
                    "username": user["username"] if user else None,
                    "first_name": user["first_name"] if user else None,
                },
                "sso": {
                    "login": self.store.base_url + "/auth/login/",
                    "logout": self.store.base_url + "/auth/logout/",
                },
            },
        )
