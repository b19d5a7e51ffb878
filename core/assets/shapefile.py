"""Writing the shapefile of an asset bundle: checked with SQL and written by ``gdal.VectorTranslate`` (in C),
from the file itself for a file-backed OGR layer, else from a GeoPackage QGIS copies the features into; feature
by feature through QGIS and OGR when a feature must be refused or a text cut or refused (that path names them).
Text fields are as wide as their longest value (1 to 254 bytes); a .shp or .dbf that would pass 2 GiB is refused
before anything is written. Used by :func:`core.assets.bundle.export_bundle`, which checks the mapping, zips the
result and reads it back.
"""

import itertools
import os
import threading

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..compat import FieldType
from ..errors import CancelledError, ExportError
from ..i18n import tr

POINT, LINE, POLYGON = "point", "line", "polygon"

MAX_TEXT = 254  # dBASE character fields: at most 254 bytes
# A shapefile's .shp and .dbf use 32-bit offsets: neither may pass 2 GiB. A module constant so tests can
# lower it; the bundle is refused before anything is written when either file would be larger.
MAX_FILE_BYTES = 2 * 1024 ** 3


def _ogr_field(field, name):
    kind = field.type()
    if kind in (FieldType.Int, FieldType.UInt, FieldType.Bool):
        definition = ogr.FieldDefn(name, ogr.OFTInteger)
    elif kind in (FieldType.LongLong, FieldType.ULongLong):
        definition = ogr.FieldDefn(name, ogr.OFTInteger64)
    elif kind == FieldType.Double:
        definition = ogr.FieldDefn(name, ogr.OFTReal)
        if field.length() > 0:
            definition.SetWidth(min(field.length(), 24))
            definition.SetPrecision(max(field.precision(), 0))
    elif kind == FieldType.Date:
        definition = ogr.FieldDefn(name, ogr.OFTDate)
    else:
        definition = ogr.FieldDefn(name, ogr.OFTString)
        definition.SetWidth(MAX_TEXT)
    return definition


_PLAIN = (str, int, float)  # exact types passed through by _value as they are


def _value(value):
    if type(value) in _PLAIN:
        return value
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss") if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss") if value.isValid() else None
    if isinstance(value, bool):
        return int(value)
    return value


def _output_geometry_type(wkb_type, kind):
    has_z = QgsWkbTypes.hasZ(wkb_type)
    if kind == POINT:
        base = ogr.wkbMultiPoint if QgsWkbTypes.isMultiType(wkb_type) else ogr.wkbPoint
    elif kind == LINE:
        base = ogr.wkbMultiLineString
    else:
        base = ogr.wkbMultiPolygon
    return (base | ogr.wkb25DBit) if has_z else base


KINDS = {QgsWkbTypes.PointGeometry: POINT, QgsWkbTypes.LineGeometry: LINE, QgsWkbTypes.PolygonGeometry: POLYGON}


def _truncate(text, limit=MAX_TEXT):
    """``text`` cut to at most ``limit`` UTF-8 bytes, never inside a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _dbf_bytes(count, widths):
    """The size of a .dbf with ``count`` records of fields ``widths`` (bytes): header + records + EOF."""
    return 32 + 32 * len(widths) + 1 + count * (1 + sum(widths)) + 1


def _shp_bytes(count, points, has_z):
    """An upper estimate of a .shp: header, per record header and bounding box, 16 bytes per vertex (XY;
    32 with Z and M), plus at most one part index (4 bytes) per 4 vertices."""
    return 100 + count * 52 + points * ((32 if has_z else 16) + 1)


def _check_size(count, widths, points, has_z):
    """Refuse (before writing) a bundle whose .dbf or .shp would pass :data:`MAX_FILE_BYTES`."""
    for extension, size in ((".dbf", _dbf_bytes(count, widths)), (".shp", _shp_bytes(count, points, has_z))):
        if size > MAX_FILE_BYTES:
            raise ExportError(tr(
                "The shapefile's {ext} file would be about {size} MB, more than the {limit} MB a shapefile can "
                "hold; export fewer features or fewer fields.").format(
                    ext=extension, size=int(round(size / 1e6)), limit=int(MAX_FILE_BYTES / 1e6)),
                details="{} estimated at {} bytes, limit {}".format(extension, size, MAX_FILE_BYTES))


def _field_width(field):
    """Bytes a non-text field takes in a .dbf (OGR's defaults when the field has no length)."""
    kind = field.type()
    if kind in (FieldType.Int, FieldType.UInt, FieldType.Bool):
        return max(field.length(), 9) if field.length() > 0 else 9
    if kind in (FieldType.LongLong, FieldType.ULongLong):
        return 20
    if kind == FieldType.Double:
        return min(field.length(), 24) if field.length() > 0 else 24
    if kind == FieldType.Date:
        return 8
    return MAX_TEXT


def python_write(source, shp, crs, kind, fields, order, names, selected_only, invalid, long_text, feedback):
    """Read and check every feature through QGIS, then write them with OGR; ``(count, skipped, warnings)``."""
    if selected_only and isinstance(source, QgsVectorLayer):
        features, total = source.getSelectedFeatures(), source.selectedFeatureCount()
    else:
        features, total = source.getFeatures(), source.featureCount()
    indexes = [fields.indexOf(name) for name in order]
    text = [i for i, name in enumerate(order) if _ogr_field(fields.field(name), "x").GetType() == ogr.OFTString]
    widths = {i: 1 for i in text}
    rows, skipped, too_long, points = [], 0, {}, 0
    for number, feature in enumerate(features):
        if feedback is not None:
            if feedback.isCanceled():
                raise CancelledError()
            if total:
                feedback.setProgress(50.0 * number / total)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty() or not geometry.isGeosValid() \
                or KINDS.get(geometry.type()) != kind:
            if invalid == "refuse":
                raise ExportError(tr("Feature {id} has no geometry or an invalid one; fix it or skip such "
                                     "features.").format(id=feature.id()))
            skipped += 1
            continue
        attributes = feature.attributes()
        values = [_value(attributes[i]) for i in indexes]
        for i in text:
            value = values[i]
            if value is None:
                continue
            if type(value) is not str:
                value = values[i] = str(value)
            size = len(value.encode("utf-8"))
            if size > MAX_TEXT:
                if order[i] not in too_long:
                    too_long[order[i]] = [feature.id(), 0]
                too_long[order[i]][1] += 1
                value = values[i] = _truncate(value)
                size = len(value.encode("utf-8"))
            if size > widths[i]:
                widths[i] = size
        copy = geometry.constGet().clone()
        copy.dropMValue()
        points += copy.nCoordinates()
        rows.append((bytes(copy.asWkb()), values))
    warnings = []
    if too_long:
        name, (fid, count) = next(iter(too_long.items()))
        if long_text == "refuse":
            raise ExportError(tr("Field {name} holds text longer than {max} bytes (e.g. feature {id}), which a "
                                 "shapefile cannot store; shorten it first.").format(name=name, max=MAX_TEXT,
                                                                                     id=fid))
        total_cut = sum(c for _fid, c in too_long.values())
        warnings.append(tr("%n text value(s) longer than {max} bytes were cut to fit the shapefile (field {name}, "
                           "e.g. feature {id}).", "", total_cut).format(max=MAX_TEXT, name=name, id=fid))
    if not rows:
        raise ExportError(tr("There are no features with a valid geometry to export."))
    if skipped:
        warnings.insert(0, tr("%n feature(s) without a valid geometry were skipped.", "", skipped))
    widths_all = [widths[i] if i in widths else _field_width(fields.field(name)) for i, name in enumerate(order)]
    _check_size(len(rows), widths_all, points, QgsWkbTypes.hasZ(source.wkbType()))
    _write_shapefile(shp, crs, _output_geometry_type(source.wkbType(), kind), fields, order, names, rows, widths,
                     feedback)
    return len(rows), skipped, warnings


# ------------------------------------------------------------------------------------- the fast path

_FAST_TYPES = (ogr.OFTString, ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTDate)
_FAST_QGIS_TYPES = (FieldType.String, FieldType.Int, FieldType.LongLong, FieldType.Double, FieldType.Date)
# Features a source may have that the path leaves out in skip mode, listed by id in SQL: beyond this many
# (outside a GeoPackage, whose SQL takes any number) the feature-by-feature path counts them instead.
MAX_LISTED_SKIPS = 1000
STAGE_CHUNK = 5000  # features handed to the staging writer at a time (memory stays bounded)


def _quote(name):
    return '"{}"'.format(name.replace('"', '""'))


def _ogr_source(source):
    """``(path, layer name or index, subset)`` when ``source`` is an unedited file-backed OGR layer whose
    filter (if any) is a GeoPackage's plain ``WHERE`` subset, which GDAL applies as QGIS does (in SQLite)."""
    if not isinstance(source, QgsVectorLayer) or source.providerType() != "ogr" or source.isEditable():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", source.source())
    path = parts.get("path")
    if not path or not os.path.isfile(path) or parts.get("geometryType") or parts.get("openOptions"):
        return None
    subset = (source.subsetString() or "").strip()
    if subset and (not path.lower().endswith(".gpkg") or subset.lower().startswith("select")):
        return None
    if parts.get("layerName"):
        return path, str(parts["layerName"]), subset
    layer_id = parts.get("layerId")
    return path, int(layer_id) if layer_id not in (None, "") else 0, subset


def file_copy(layer):
    """A new ``QgsVectorLayer`` on the same file as ``layer`` (same CRS and subset), when GDAL can read
    ``layer`` directly (an unedited OGR file layer, unfiltered or a GeoPackage with a plain subset), else
    None. Callers hand it to :func:`export_bundle` instead of the project's layer, so a background thread
    never uses that one."""
    if _ogr_source(layer) is None:
        return None
    copy = QgsVectorLayer(layer.source(), layer.name(), "ogr")
    if not copy.isValid():
        return None
    copy.setCrs(layer.crs())
    if (copy.subsetString() or "") != (layer.subsetString() or "") and not copy.setSubsetString(
            layer.subsetString()):
        return None
    return copy


def _sql_rows(dataset, sql):
    """The rows of a SQLite-dialect query as lists, or None when GDAL cannot run it."""
    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = dataset.ExecuteSQL(sql, dialect="SQLITE")
        if result is None:
            return None
        try:
            rows = [[feature.GetField(i) for i in range(feature.GetFieldCount())] for feature in result]
        finally:
            dataset.ReleaseResultSet(result)
    except RuntimeError:
        return None
    finally:
        gdal.PopErrorHandler()
    return rows


def _sql_row(dataset, sql):
    """The first row of a SQLite-dialect query as a list, or None when GDAL cannot run it (or no row)."""
    rows = _sql_rows(dataset, sql)
    return rows[0] if rows else None


def fast_write(source, shp, crs, kind, fields, order, names, feedback, selected_only=False, invalid="skip"):
    """Check with SQL and write with ``gdal.VectorTranslate`` (in C); ``(count, skipped, warnings)``, or None
    when the feature-by-feature path must do it (a feature to refuse or a text to cut or refuse, whose
    messages it gives, or fields GDAL cannot copy as they are). A file GDAL can read directly is read in
    place (a selection of a GeoPackage through its feature ids); anything else (memory layers, snapshots,
    selections, edited layers, Processing sources) is first copied by QGIS (in C++) into a GeoPackage beside
    ``shp``, which the same SQL then checks."""
    skip = invalid == "skip"
    located = _ogr_source(source)
    if located is not None and selected_only and not isinstance(source, QgsVectorLayer):
        located = None
    if located is not None:
        path, layer_ref, subset = located
        ids = sorted(source.selectedFeatureIds()) if selected_only else None
        if ids is None or path.lower().endswith(".gpkg"):
            return _gdal_write(path, layer_ref, subset, ids, source, shp, crs, kind, fields, order, names, skip,
                               feedback, 0.0)
    if QgsWkbTypes.isCurvedType(source.wkbType()) or any(
            fields.field(name).type() not in _FAST_QGIS_TYPES for name in order):
        return None
    staged = _stage(source, os.path.join(os.path.dirname(shp), "staged.gpkg"), kind, selected_only, feedback)
    if staged is None:
        return None
    return _gdal_write(staged, 0, "", None, source, shp, crs, kind, fields, order, names, skip, feedback, 40.0)


def _stage(source, path, kind, selected_only, feedback):
    """Copy ``source`` (all fields, every feature as it is, invalid geometries too) into a GeoPackage at
    ``path`` with QGIS's writer; the path, or None. Lines and polygons are staged as multi-part, as the
    shapefile holds them (a multi-part feature in a single-part layer keeps its parts)."""
    wkb_type = source.wkbType() if kind == POINT else QgsWkbTypes.multiType(source.wkbType())
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.fileEncoding = "UTF-8"
    options.layerName = "staged"
    options.layerOptions = ["SPATIAL_INDEX=NO", "FID=lizard_fid"]
    writer = QgsVectorFileWriter.create(path, source.fields(), wkb_type, source.sourceCrs(),
                                        QgsCoordinateTransformContext(), options)
    if writer is None or writer.hasError() != QgsVectorFileWriter.NoError:
        return None
    try:
        if selected_only and isinstance(source, QgsVectorLayer):
            features, total = source.getSelectedFeatures(), source.selectedFeatureCount()
        else:
            features, total = source.getFeatures(), source.featureCount()
        done = 0
        while True:
            chunk = list(itertools.islice(features, STAGE_CHUNK))
            if not chunk:
                break
            if not writer.addFeatures(chunk):
                return None
            done += len(chunk)
            if feedback is not None:
                if feedback.isCanceled():
                    raise CancelledError()
                if total > 0:
                    feedback.setProgress(40.0 * min(done, total) / total)
    finally:
        del writer  # closes the GeoPackage
    return path


def _gdal_write(path, layer_ref, subset, ids, source, shp, crs, kind, fields, order, names, skip, feedback, start):
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:  # with gdal.UseExceptions()
        return None
    if dataset is None:
        return None
    try:
        return _gdal_write_open(dataset, path, layer_ref, subset, ids, source, shp, crs, kind, fields, order,
                                names, skip, feedback, start)
    finally:
        dataset = None


def _gdal_write_open(dataset, path, layer_ref, subset, ids, source, shp, crs, kind, fields, order, names, skip,
                     feedback, start):
    layer = dataset.GetLayerByName(layer_ref) if isinstance(layer_ref, str) else dataset.GetLayer(layer_ref)
    if layer is None:
        return None
    gpkg = dataset.GetDriver().ShortName == "GPKG"
    definition = layer.GetLayerDefn()
    ogr_fields = {}
    for i in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(i)
        ogr_fields[field.GetName()] = i
    if any(name not in ogr_fields or definition.GetFieldDefn(ogr_fields[name]).GetType() not in _FAST_TYPES
           or definition.GetFieldDefn(ogr_fields[name]).GetSubType() not in (ogr.OFSTNone, ogr.OFSTInt16,
                                                                             ogr.OFSTFloat32)
           for name in order):
        return None
    table = _quote(layer.GetName())
    geometry = _quote(layer.GetGeometryColumn() or "GEOMETRY")
    # The feature id as SQLite sees it and as the layer's attribute filter does (native SQL in a GeoPackage).
    fid_column = layer.GetFIDColumn()
    fid_sql = _quote(fid_column) if gpkg and fid_column else "rowid"
    fid_filter = _quote(fid_column) if gpkg and fid_column else "FID"
    conditions = ["({})".format(subset)] if subset else []
    if ids is not None:
        if not gpkg or not fid_column:
            return None
        conditions.append("{} IN ({})".format(fid_sql, ",".join(str(int(i)) for i in ids) or "NULL"))
    dimension = {POINT: 0, LINE: 1, POLYGON: 2}[kind]
    bad_sql = ("{g} IS NULL OR ST_IsEmpty({g}) OR ST_Dimension({g}) <> {d} OR GeometryType({g}) LIKE "
               "'%COLLECTION%' OR NOT ST_IsValid({g})").format(g=geometry, d=dimension)
    text = [name for name in order if definition.GetFieldDefn(ogr_fields[name]).GetType() == ogr.OFTString]

    def where(extra=()):
        parts = conditions + list(extra)
        return " WHERE " + " AND ".join(parts) if parts else ""

    def first_pass(extra=()):
        # One pass over the attributes (no geometry parsing but the vertex count): count, vertices, text sizes.
        return _sql_row(dataset, "SELECT count(*), sum(ST_NPoints({g})){t} FROM {table}{w}".format(
            g=geometry, table=table, w=where(extra),
            t="".join(", max(length(CAST({} AS BLOB)))".format(_quote(n)) for n in text)))

    # The geometry check (GEOS validity, kind) runs in a thread of its own, on a dataset of its own.
    bad = []

    def check():
        checker = None
        try:
            checker = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
            # "+ 0": a plain id column would become the result's feature id instead of a field.
            rows = None if checker is None else _sql_rows(checker, "SELECT {f} + 0 AS bad_id FROM {table}{w}".format(
                f=fid_sql, table=table, w=where(["({})".format(bad_sql)])))
            bad.append(None if rows is None else [int(row[0]) for row in rows])
        except (RuntimeError, ValueError, TypeError, IndexError):
            bad.append(None)
        finally:
            checker = None

    thread = threading.Thread(target=check, name="lizard-bundle-check", daemon=True)
    column = {name: i for i, name in enumerate(order)}
    field_map = [column.get(definition.GetFieldDefn(i).GetName(), -1) for i in range(definition.GetFieldCount())]
    has_z = QgsWkbTypes.hasZ(source.wkbType())

    def found():
        """True once the check found features to leave out (or could not run)."""
        return bool(bad) and bad[0] != []

    def write(first, listed, watch):
        """Write the features (all but ``listed``); their count, None for the feature-by-feature path, or
        "again" when ``watch`` and the check found features to leave out (the write stops early)."""
        count, points = int(first[0]), int(first[1] or 0)
        longest = dict(zip(text, (int(v or 0) for v in first[2:])))
        if any(size > MAX_TEXT for size in longest.values()):
            return None
        widths = {i: max(1, longest[name]) for i, name in enumerate(order) if name in longest}
        try:
            _check_size(count, [widths[i] if i in widths else _field_width(fields.field(n))
                                for i, n in enumerate(order)], points, has_z)
        except ExportError:
            if watch:
                thread.join()
                if found():
                    return "again"  # too large with the features to leave out: count again without them
            raise
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        _remove_shapefile(shp)
        # The shapefile's layer is made here, exactly as the feature-by-feature path makes it; GDAL appends the
        # features into it (``-fieldmap``: each source field into its column, the others left out).
        created = _create_layer(shp, crs, _output_geometry_type(source.wkbType(), kind), fields, order, names,
                                widths)
        del created  # closes it (the layer first): GDAL opens it again to append
        # Outside a GeoPackage only the left-out features need an id filter, in OGR SQL (FID), never a selection.
        filters = conditions + (["{} NOT IN ({})".format(fid_filter, listed)] if listed else [])

        def progress(complete, _message, _data):
            if watch and found():
                return 0
            if feedback is None:
                return 1
            feedback.setProgress(start + (100.0 - start) * complete)
            return 0 if feedback.isCanceled() else 1

        options = dict(
            format="ESRI Shapefile", accessMode="append", layers=[layer.GetName()],
            layerName=os.path.splitext(os.path.basename(shp))[0], reproject=False, callback=progress,
            where=" AND ".join(filters) or None)
        if field_map:
            # The leading space keeps GDAL 3.13's argument parser from reading "-1,0,…" as an option; GDAL's
            # own parsing of the list (atoi per item) skips it.
            options["options"] = ["-fieldmap", " " + ",".join(str(i) for i in field_map)]
        if QgsWkbTypes.hasM(source.wkbType()):
            options["dim"] = "XYZ" if has_z else "XY"
        gdal.ErrorReset()
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        # GDAL 3.8+ appends through the Arrow API, which matches columns by name and so ignores ``-fieldmap``
        # into the shortened names (GDAL 3.13: "Cannot find OGR field for Arrow array"): the row path it is.
        arrow = gdal.GetThreadLocalConfigOption("OGR2OGR_USE_ARROW_API", None)
        gdal.SetThreadLocalConfigOption("OGR2OGR_USE_ARROW_API", "NO")
        try:
            written = gdal.VectorTranslate(shp, dataset, **options)
            message = gdal.GetLastErrorMsg()
            ok = written is not None
            written = None
        except RuntimeError as exc:
            ok, message = False, str(exc)
        finally:
            gdal.SetThreadLocalConfigOption("OGR2OGR_USE_ARROW_API", arrow)
            gdal.PopErrorHandler()
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        if watch and found():
            return "again"
        if not ok:
            raise ExportError(tr("The shapefile could not be written."), details=message)
        return count

    # Optimistic: GDAL writes while the check runs (both release the GIL); when the check finds features to
    # leave out, the write stops and starts over without them.
    thread.start()
    try:
        first = first_pass()
        result = write(first, "", True) if first is not None and first[0] else None
    finally:
        thread.join()
    skipped = bad[0] if bad else None
    if result is None or skipped is None:
        return None
    if skipped:
        if not skip or (not gpkg and len(skipped) > MAX_LISTED_SKIPS):
            return None  # the feature-by-feature path refuses with the feature's id, or counts the many
        listed = ",".join(str(i) for i in skipped)
        first = first_pass(["{} NOT IN ({})".format(fid_sql, listed)])
        result = write(first, listed, False) if first is not None and first[0] else None
        if result is None:
            return None
    warnings = [tr("%n feature(s) without a valid geometry were skipped.", "", len(skipped))] if skipped else []
    return result, len(skipped), warnings


def _remove_shapefile(shp):
    stem = os.path.splitext(shp)[0]
    for extension in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        if os.path.exists(stem + extension):
            os.remove(stem + extension)


def _create_layer(path, crs, geometry_type, fields, order, names, widths):
    """The shapefile at ``path`` with the bundle's fields (text ``widths`` by column index); its dataset and
    layer."""
    driver = ogr.GetDriverByName("ESRI Shapefile")
    dataset = driver.CreateDataSource(path)
    if dataset is None:
        raise ExportError(tr("The shapefile could not be created."))
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer(os.path.splitext(os.path.basename(path))[0], srs, geometry_type,
                                ["ENCODING=UTF-8"])
    for i, name in enumerate(order):
        definition = _ogr_field(fields.field(name), names[name])
        if i in widths:
            definition.SetWidth(widths[i])
        if layer.CreateField(definition) != 0:
            raise ExportError(tr("The field {name} could not be created in the shapefile.").format(name=name))
    return dataset, layer


def _write_shapefile(path, crs, geometry_type, fields, order, names, rows, widths, feedback):
    dataset, layer = _create_layer(path, crs, geometry_type, fields, order, names, widths)
    definition = layer.GetLayerDefn()
    force = ogr.GT_Flatten(geometry_type) in (ogr.wkbMultiLineString, ogr.wkbMultiPolygon)
    for number, (wkb, values) in enumerate(rows):
        if feedback is not None:
            if feedback.isCanceled():
                raise CancelledError()
            feedback.setProgress(50.0 + 50.0 * number / len(rows))
        feature = ogr.Feature(definition)
        geometry = ogr.CreateGeometryFromWkb(wkb)
        if force:
            geometry = ogr.ForceTo(geometry, geometry_type)
        feature.SetGeometry(geometry)
        for i, value in enumerate(values):
            if value is None:
                continue
            if type(value) is str:
                feature.SetFieldString(i, value)  # what SetField does for str, without its dispatch
            else:
                feature.SetField(i, value)
        if layer.CreateFeature(feature) != 0:
            raise ExportError(tr("A feature could not be written to the shapefile."))
    del layer, definition, dataset
