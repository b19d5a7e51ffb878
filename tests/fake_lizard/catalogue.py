"""Organisations, observation types, rastersources (with data upload and tasks) and raster layers."""

import bisect
import uuid
from operator import itemgetter

from osgeo import gdal, osr

from .base import (
    ACCESS_CHOICES,
    ApiBase,
    Validator,
    cleanup_parts,
    datetime_key,
    organisation_name,
    parse_form_datetime,
)
from .filters import BooleanFilter, CustomFilter, FieldError, TextFilter, UuidFilter
from .store import Store, can_read, has_role
from .util import ApiError, format_datetime, from_epoch_ms, json_response, now, to_epoch_ms, uuid_from_url

TIFF_MAGIC = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")  # classic TIFF and BigTIFF
GDAL_DTYPES = {
    "Byte": "u1",
    "UInt16": "u2",
    "Int16": "i2",
    "UInt32": "u4",
    "Int32": "i4",
    "Float32": "f4",
    "Float64": "f8",
}
DEFAULT_GEOREFERENCE = Store.georeference((4.50, 51.89), 0.01, "EPSG:28992", 0.5)
FORCED_FAILURE = "Processing failed: the raster could not be stored."
INVALID_GEOTIFF = "File is not a valid GeoTIFF"


def layer_uuids(source):
    return [uuid_from_url(url) for url in source["layers"]]


def source_uuids(raster):
    return [uuid_from_url(url) for url in raster["raster_sources"]]


def raster_metadata(path):
    """Georeference of an uploaded GeoTIFF read with GDAL (best effort: None when unreadable)."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.Open(path)
        transform = dataset.GetGeoTransform(can_return_null=True) if dataset else None
        srs = dataset.GetSpatialRef() if dataset else None
        if transform is None or srs is None:
            return None
        width, height = dataset.RasterXSize, dataset.RasterYSize
        corners = [
            (
                transform[0] + col * transform[1] + row * transform[2],
                transform[3] + col * transform[4] + row * transform[5],
            )
            for col in (0, width)
            for row in (0, height)
        ]
        srs.AutoIdentifyEPSG()
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        for ref in (srs, wgs84):
            ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_wgs84 = osr.CoordinateTransformation(srs, wgs84)
        lonlat = [to_wgs84.TransformPoint(x, y)[:2] for x, y in corners]
        band = dataset.GetRasterBand(1)
        nodata = band.GetNoDataValue()
        code = srs.GetAuthorityCode(None)
        return {
            "spatial_bounds": {
                "west": min(p[0] for p in lonlat),
                "east": max(p[0] for p in lonlat),
                "north": max(p[1] for p in lonlat),
                "south": min(p[1] for p in lonlat),
            },
            "projection": f"EPSG:{code}" if code else None,
            "origin_x": min(c[0] for c in corners),
            "origin_y": min(c[1] for c in corners),
            "upper_bound_x": max(c[0] for c in corners),
            "upper_bound_y": max(c[1] for c in corners),
            "pixelsize_x": transform[1],
            "pixelsize_y": transform[5],
            "dtype": GDAL_DTYPES.get(gdal.GetDataTypeName(band.DataType)),
            "fill_value": None if nodata is None else repr(float(nodata)),
        }
    except Exception:  # anything GDAL throws means "no metadata"
        return None
    finally:
        gdal.PopErrorHandler()


class CatalogueApi(ApiBase):
    task_outcome = None
    keep_uploads = False

    # --- organisations -------------------------------------------------------------------------------

    def render_organisation(self, req, org):
        roles = req.user["roles"].get(org["uuid"], []) if req.user else []
        return dict(org, roles=list(roles))

    def organisation_list(self, req):
        def role_filter(lookup, roles):
            return lambda org: any(has_role(req.user, org["uuid"], role) for role in roles)

        specs = [
            TextFilter("name", itemgetter("name")),
            UuidFilter("uuid", itemgetter("uuid")),
            CustomFilter("role", role_filter, multi=True),
        ]
        return self.list_objects(
            req,
            self.store.organisations,
            specs,
            {"name": itemgetter("name")},
            render=lambda org: self.render_organisation(req, org),
        )

    def organisation_detail(self, req, key):
        org = self.store.index["organisations"].get(key.lower())
        if org is None:
            raise ApiError(404, "No Organisation matches the given query.")
        return json_response(200, self.render_organisation(req, org))

    # --- observation types ---------------------------------------------------------------------------

    def observation_type_list(self, req):
        specs = [TextFilter(name, itemgetter(name)) for name in ("code", "parameter", "unit")]
        return self.list_objects(req, self.store.observation_types, specs)

    def observation_type_detail(self, req, key):
        obs = self.store.index["observationtypes"].get(int(key)) if key.isdigit() else None
        if obs is None:
            raise ApiError(404, "No ObservationType matches the given query.")
        return json_response(200, obs)

    # --- rastersources -------------------------------------------------------------------------------

    def rastersource_list(self, req):
        specs = self.catalogue_filters() + [
            UuidFilter("layers__uuid", layer_uuids, many=True),
            BooleanFilter("scenario__isnull", lambda obj: obj["uuid"] not in self.store.scenario_sources),
        ]
        orderings = {
            "name": itemgetter("name"),
            "supplier_code": itemgetter("supplier_code"),
            "size": itemgetter("size"),
            "last_modified": datetime_key("last_modified"),
        }
        return self.list_objects(req, self.visible(req, "rastersources"), specs, orderings)

    def rastersource_detail(self, req, key):
        return json_response(
            200, self.render(req, self.get_visible(req, "rastersources", key, "RasterSource"))
        )

    def rastersource_create(self, req):
        self.require_user(req)
        check = Validator(self.read_json(req))
        name = check.string("name", max_length=256)
        organisation = check.related("organisation", self.store.index["organisations"], "organisation")
        access_modifier = check.choice("access_modifier", ACCESS_CHOICES)
        temporal = check.boolean("temporal")
        interval = check.duration("interval")
        if temporal and interval is None and "interval" not in check.errors:
            check.error("interval", "This field is required when temporal is true.")
        description = check.string("description", required=False, max_length=10000, default="")
        supplier_code = check.string("supplier_code", required=False, max_length=256)
        check.check()
        user = self.require_supplier(req, organisation["uuid"])
        stamp = format_datetime(now())
        with self.store.lock:
            source_uuid = str(uuid.uuid4())
            source = {
                "id": max(obj["id"] for obj in self.store.rastersources) + 1,
                "uuid": source_uuid,
                "url": self.store.url("rastersources", source_uuid),
                "name": name,
                "description": description,
                "organisation": self.store.organisation_ref(organisation["uuid"]),
                "access_modifier": access_modifier,
                "supplier": user["username"],
                "supplier_code": supplier_code,
                "temporal": temporal,
                "interval": interval,
                "first_value_timestamp": None,
                "last_value_timestamp": None,
                **Store.empty_georeference(),
                "created": stamp,
                "last_modified": stamp,
                "writable": True,
                "layers": [],
                "labeltypes": [],
                "size": 0,
                "dtype": None,
                "fill_value": None,
            }
            self.store.add("rastersources", source)
        return json_response(201, self.render(req, source))

    # --- data upload and tasks -----------------------------------------------------------------------

    def rastersource_upload(self, req, key):
        """multipart ``file`` (+ ``timestamp`` for temporal sources), streamed to a temporary file."""
        source = self.get_visible(req, "rastersources", key, "RasterSource")
        self.require_supplier(req, source["organisation"]["uuid"])
        parts = self.read_multipart(req)
        try:
            upload = parts.get("file")
            if upload is None or upload.filename is None:
                raise ApiError(400, {"file": ["No file was submitted."]})
            if not upload.size:
                raise ApiError(400, {"file": ["The submitted file is empty."]})
            timestamp = parts["timestamp"].value.strip() if "timestamp" in parts else ""
            if source["temporal"] and not timestamp:
                raise ApiError(400, {"timestamp": ["This field is required for a temporal rastersource."]})
            moment = parse_form_datetime("timestamp", timestamp) if source["temporal"] else None
            return self._start_task(req, source, upload, moment)
        finally:
            if not self.keep_uploads:
                cleanup_parts(parts)

    def _start_task(self, req, source, upload, moment):
        valid = upload.head[:4] in TIFF_MAGIC
        outcome = self.task_outcome or ("SUCCESS" if valid else "FAILURE")
        reason = None
        if outcome != "SUCCESS":
            reason = INVALID_GEOTIFF if not valid else FORCED_FAILURE
        task_id = str(uuid.uuid4())
        task_url = self.store.url("tasks", task_id)
        record = {
            "source_uuid": source["uuid"],
            "filename": upload.filename,
            "size": upload.size,
            "timestamp": format_datetime(moment),
            "sha256": upload.sha256,
            "content_type": upload.content_type,
            "task_id": task_id,
            "path": upload.path if self.keep_uploads else None,
        }
        with self.store.lock:
            self.store.uploads.append(record)
            self.store.tasks[task_id] = {
                "task": {
                    "uuid": task_id,
                    "url": task_url,
                    "status": "PENDING",
                    "result": None,
                    "detail": None,
                },
                "polls": 0,
                "outcome": outcome,
                "reason": reason,
                "upload": record,
                "moment": moment,
                "metadata": raster_metadata(upload.path) if outcome == "SUCCESS" and valid else None,
            }
        return json_response(200, {"url": task_url, "task_id": task_id, "uuid": task_id})

    def task_detail(self, req, key):
        """PENDING on the first poll, STARTED on the second, the outcome from the third on."""
        with self.store.lock:
            entry = self.store.tasks.get(key.lower())
            if entry is None:
                raise ApiError(404, "No Task matches the given query.")
            entry["polls"] += 1
            task = entry["task"]
            if entry["polls"] == 2:
                task["status"] = "STARTED"
            elif entry["polls"] >= 3 and task["status"] not in ("SUCCESS", "FAILURE"):
                self._finish_task(entry)
            return json_response(200, dict(task))

    def _finish_task(self, entry):
        task = entry["task"]
        if entry["outcome"] != "SUCCESS":
            task.update(status="FAILURE", detail=entry["reason"])
            return
        if "result_url" in entry:  # an asynchronous raster download (rasterdata.py): the file is ready there
            task.update(status="SUCCESS", result=entry["result_url"])
            return
        source = self.store.index["rastersources"][entry["upload"]["source_uuid"]]
        self._apply_upload(source, entry["upload"]["size"], entry["moment"], entry["metadata"])
        task.update(status="SUCCESS", result=source["url"])

    def _apply_upload(self, source, size, moment, metadata):
        """A successful upload: new georeference, time steps and size; linked rasters follow."""
        if metadata:
            source.update(metadata)
        elif source["spatial_bounds"] is None and source["projection"] is None:
            source.update(DEFAULT_GEOREFERENCE)
        if source["temporal"]:
            steps = self.store.source_steps.setdefault(source["uuid"], [])
            ms = to_epoch_ms(moment)
            if ms not in steps:
                bisect.insort(steps, ms)
            source.update(
                first_value_timestamp=format_datetime(from_epoch_ms(steps[0])),
                last_value_timestamp=format_datetime(from_epoch_ms(steps[-1])),
                size=source["size"] + size,
            )
        else:
            source.update(
                first_value_timestamp="1970-01-01T00:00:00Z",
                last_value_timestamp="1970-01-01T00:00:00Z",
                size=size,
            )
        source["last_modified"] = format_datetime(now())
        for raster_uuid in layer_uuids(source):
            raster = self.store.index["rasters"].get(raster_uuid)
            if raster is not None:
                sources = [self.store.index["rastersources"][key] for key in source_uuids(raster)]
                Store.derive_from_sources(raster, sources)
                raster["last_modified"] = source["last_modified"]

    # --- rasters -------------------------------------------------------------------------------------

    def raster_list(self, req):
        def observation_type_filter(lookup, value):
            known = self.store.index["observationtypes"]
            if value.isdigit() and int(value) in known:
                return lambda obj: obj["observation_type"]["id"] == int(value)
            if any(obs["code"] == value for obs in known.values()):
                return lambda obj: obj["observation_type"]["code"] == value
            raise FieldError("Select a valid choice. That choice is not one of the available choices.")

        specs = self.catalogue_filters() + [
            CustomFilter("observation_type", observation_type_filter),
            TextFilter("observation_type__code", lambda obj: obj["observation_type"]["code"]),
            CustomFilter(
                "layer_collections", lambda lookup, value: lambda obj: value in obj["layer_collections"]
            ),
            UuidFilter("raster_sources__uuid", source_uuids, many=True),
        ]
        orderings = {name: itemgetter(name) for name in ("name", "supplier", "temporal", "access_modifier")}
        orderings.update(
            {
                name: datetime_key(name)
                for name in ("last_modified", "first_value_timestamp", "last_value_timestamp")
            }
        )
        for name in ("code", "parameter", "unit"):
            orderings[f"observation_type__{name}"] = lambda obj, name=name: obj["observation_type"][name]
        orderings["observation_type"] = orderings["observation_type__code"]
        orderings["organisation__name"] = organisation_name
        return self.list_objects(req, self.visible(req, "rasters"), specs, orderings)

    def raster_detail(self, req, key):
        return json_response(200, self.render(req, self.get_visible(req, "rasters", key, "RasterLayer")))

    def raster_timesteps(self, req, key):
        """Epoch ms of the steps of a temporal layer (the union of its sources' steps).

        A non-temporal layer (and a temporal one without data yet) answers
        ``{"time_start": null, "time_end": null, "steps": []}``.
        """
        raster = self.get_visible(req, "rasters", key, "RasterLayer")
        steps = self.store.raster_steps(raster) if raster["temporal"] else []
        return json_response(
            200,
            {
                "time_start": steps[0] if steps else None,
                "time_end": steps[-1] if steps else None,
                "steps": steps,
            },
        )

    def raster_create(self, req):
        self.require_user(req)
        check = Validator(self.read_json(req))
        name = check.string("name", max_length=256)
        organisation = check.related("organisation", self.store.index["organisations"], "organisation")
        access_modifier = check.choice("access_modifier", ACCESS_CHOICES)
        observation_type = self._observation_type_field(check)
        source = self._graph_source(req, check)
        description = check.string("description", required=False, max_length=10000, default="")
        options = check.data.get("options")
        styles = options.get("styles") if isinstance(options, dict) else None
        if organisation and source and organisation["uuid"] != source["organisation"]["uuid"]:
            check.error(
                "organisation", "The organisations of the rasterlayer and its rastersource must be equal."
            )
        check.check()
        user = self.require_supplier(req, organisation["uuid"])
        with self.store.lock:
            stamp = format_datetime(now())
            raster = self.store.new_raster(
                str(uuid.uuid4()),
                name,
                [source],
                observation_type["id"],
                stamp,
                user["username"],
                styles or "viridis",
                access_modifier=access_modifier,
                description=description,
            )
            raster["source"] = check.data["source"]
            self.store.add("rasters", raster)
            source["layers"].append(raster["url"])
        return json_response(201, self.render(req, raster))

    def _observation_type_field(self, check):
        if check.absent("observation_type", True):
            return None
        value = str(check.data["observation_type"])
        known = self.store.index["observationtypes"].values()
        found = next((obs for obs in known if obs["code"] == value or str(obs["id"]) == value), None)
        if found is None:
            check.error("observation_type", f'Object with code="{value}" does not exist.')
        return found

    def _graph_source(self, req, check):
        """The rastersource named in ``source.graph`` (LizardRasterSource / RasterStoreSource / bare uuid)."""
        if check.absent("source", True):
            return None
        source = check.data["source"]
        graph = source.get("graph") if isinstance(source, dict) else None
        if not isinstance(graph, dict) or source.get("name") not in graph:
            check.error(
                "source", "Expected {'name': <node>, 'graph': {<node>: [...]}} with the node in the graph."
            )
            return None
        for node in graph.values():
            if not isinstance(node, list) or not node:
                continue
            args = node[1:] if isinstance(node[0], str) and node[0].endswith("Source") else node
            for arg in args:
                found = self.store.index["rastersources"].get(str(arg).lower())
                if found is not None and can_read(req.user, found):
                    return found
        check.error("source", "The graph does not refer to an existing rastersource.")
        return None
