"""Asset bundles for Lizard's asset import: a zipped shapefile plus an ``.ini`` that maps its columns.

GUI-free; every refusal is an :class:`ExportError` whose ``str()`` is one sentence for users. The layout
follows ``shared/lizard-api/CONTRACT.md`` ("Asset import"): ``[general]`` (``asset_name``, optional
``nested_asset`` and ``organisation``), ``[columns]``, ``[defaults]`` (plural, as Lizard's own example and
web client write it) and ``[nested]`` (``first``, ``fields``).

Nothing is left behind on failure and the final name never holds half a zip: the shapefile is built in a
hidden folder and the zip in a hidden file, both beside ``output_zip`` (``core.partial``), the zip is read
back through OGR (``/vsizip/``) and only then renamed into place (in one folder: no copy across devices).
What a killed QGIS left there is removed by the next export to the same name. The shapefile itself is
written by :mod:`core.assets.shapefile`.
"""

import configparser
import io
import os
import re
import traceback
import unicodedata
import zipfile
from collections import namedtuple

from osgeo import ogr
from qgis.core import QgsWkbTypes

from .. import partial
from ..errors import ExportError
from ..i18n import tr
from ..outputs import bundle_path
from . import shapefile
from .shapefile import KINDS, LINE, POINT, POLYGON

# v4 endpoint name -> (name in the .ini, geometry kind or None when not checked).
# Spelling: the endpoint's words, each capitalised (``groundwaterstations`` -> ``GroundwaterStation``),
# singular; ``Pumpstation`` is one word, as CONTRACT.md writes it. ``None``: nested assets without a
# geometry of their own (filters, pumps) or types whose geometry kind is not documented.
ASSET_TYPES = {
    "bridges": ("Bridge", None),
    "buildings": ("Building", POLYGON),
    "culverts": ("Culvert", LINE),
    "filters": ("Filter", None),
    "fixeddrainagelevelareas": ("FixedDrainageLevelArea", POLYGON),
    "groundwaterstations": ("GroundwaterStation", POINT),
    "leveecrosssections": ("LeveeCrossSection", None),
    "levees": ("Levee", LINE),
    "manholes": ("Manhole", POINT),
    "measuringstations": ("MeasuringStation", POINT),
    "monitoringwells": ("MonitoringWell", POINT),
    "orifices": ("Orifice", None),
    "outlets": ("Outlet", POINT),
    "overflows": ("Overflow", POINT),
    "parcels": ("Parcel", POLYGON),
    "pipes": ("Pipe", LINE),
    "polders": ("Polder", POLYGON),
    "pressurepipes": ("PressurePipe", LINE),
    "pumpeddrainageareas": ("PumpedDrainageArea", POLYGON),
    "pumps": ("Pump", None),
    "pumpstations": ("Pumpstation", POINT),
    "roads": ("Road", LINE),
    "sluices": ("Sluice", POINT),
    "wastewatertreatmentplants": ("WastewaterTreatmentPlant", POINT),
    "weirs": ("Weir", POINT),
}

MAX_NAME = 10  # dBASE field names: at most 10 bytes
# zlib level of the zip: 1 is ~3× faster than the default 6 for ~10 % more bytes (shapefiles compress well).
ZIP_LEVEL = 1

ExportResult = namedtuple("ExportResult", "path feature_count skipped warnings")


def asset_type_name(asset_type):
    """The ``.ini`` (CamelCase) name of an asset type given as CamelCase or as its v4 endpoint name."""
    text = (asset_type or "").strip()
    for endpoint, (name, _kind) in ASSET_TYPES.items():
        if text.lower() in (endpoint, name.lower()):
            return name
    raise ExportError(tr("“{type}” is not a Lizard asset type.").format(type=text))


def geometry_kind(asset_type):
    """``point``, ``line``, ``polygon`` or ``None`` (not checked) for an asset type."""
    name = asset_type_name(asset_type)
    return next(kind for ini_name, kind in ASSET_TYPES.values() if ini_name == name)


def _ascii(name):
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9_]", "_", text)
    return text or "FIELD"


def shapefile_names(field_names):
    """A deterministic mapping original -> shapefile-safe name: ASCII letters, digits and ``_``, at most 10
    characters, unique regardless of case. Names that are already safe keep themselves; names that collide
    after cleaning or truncation get ``_1``, ``_2`` ... within the 10 characters, in input order."""
    names = list(field_names)
    cleaned = [_ascii(name) for name in names]
    # Names already safe as they are are reserved, so a generated ``NAME_1`` cannot take a later one's name.
    reserved = {}
    for name, clean in zip(names, cleaned):
        if name == clean and len(clean) <= MAX_NAME:
            reserved.setdefault(clean.lower(), name)
    used = set()
    result = {}
    for name, clean in zip(names, cleaned):
        if name in result:
            continue
        candidate = clean[:MAX_NAME]
        owner = reserved.get(candidate.lower(), name)
        n = 0
        while candidate.lower() in used or owner != name:
            n += 1
            suffix = "_{}".format(n)
            candidate = clean[:MAX_NAME - len(suffix)] + suffix
            owner = reserved.get(candidate.lower(), name)
        used.add(candidate.lower())
        result[name] = candidate
    return result


def parse_pairs(text, what):
    """``"a=B; c=D"`` -> ``{"a": "B", "c": "D"}`` (order kept); ``what`` names the parameter in errors."""
    pairs = {}
    for piece in (text or "").split(";"):
        piece = piece.strip()
        if not piece:
            continue
        key, sep, value = piece.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise ExportError(tr("{what}: “{piece}” is not of the form lizard_field=value.").format(
                what=what, piece=piece))
        if key in pairs:
            raise ExportError(tr("{what}: “{key}” is given twice.").format(what=what, key=key))
        pairs[key] = value
    return pairs


def _check_ini_text(text, is_key):
    forbidden = "\r\n=:[]" if is_key else "\r\n"
    if any(c in str(text) for c in forbidden) or (is_key and not str(text).strip()):
        raise ExportError(tr("“{text}” cannot be written in the .ini file.").format(text=text))


def _kind_name(kind):
    return {POINT: tr("point"), LINE: tr("line"), POLYGON: tr("polygon")}[kind]


def _layout(fields, columns, nested):
    """The layer fields to write, in order: the mapped ones (columns order), then the nested block (layer
    order, from the first nested field to the last field of the layer)."""
    layer_names = fields.names()
    missing = [f for f in columns.values() if f not in layer_names]
    if missing:
        raise ExportError(tr("The layer has no field(s) {names}.").format(names=", ".join(missing)))
    block = []
    if nested:
        nested_type, first, nested_fields = nested
        asset_type_name(nested_type)
        if first not in layer_names:
            raise ExportError(tr("The layer has no field {name} to start the nested assets.").format(name=first))
        if not nested_fields:
            raise ExportError(tr("The nested assets need at least one field."))
        block = layer_names[layer_names.index(first):]
        if len(block) % len(nested_fields):
            raise ExportError(tr(
                "The layer has {count} columns from {first} onwards, which is not a multiple of the {n} "
                "nested fields.").format(count=len(block), first=first, n=len(nested_fields)))
    written = []
    for name in list(columns.values()):
        if name not in written and name not in block:
            written.append(name)
    return written + block


def export_bundle(layer_or_source, output_zip, asset_type, columns, defaults=None, organisation=None, nested=None,
                  selected_only=False, invalid="skip", long_text="refuse", feedback=None):
    """Write ``layer_or_source`` (a ``QgsVectorLayer`` or any ``QgsFeatureSource``, e.g. Processing's) as an
    asset bundle ``output_zip``; return an :class:`ExportResult`.

    ``columns`` maps Lizard field -> layer field, ``defaults`` Lizard field -> value, ``nested`` is
    ``(nested asset type, first layer field, [nested Lizard fields])``. ``invalid`` is ``"skip"`` (null and
    invalid geometries are left out and counted) or ``"refuse"``. ``long_text`` is ``"refuse"`` (text over
    254 bytes, which a shapefile cannot hold, refuses the export, naming the field and a feature) or
    ``"truncate"`` (cut to 254 bytes and reported in ``warnings``). A bundle whose .shp or .dbf would pass
    2 GiB is refused before anything is written. ``feedback`` (optional) gets progress and may cancel.

    Features are checked with SQL and written by GDAL (``gdal.VectorTranslate``) in C: a file-backed OGR layer
    in place, anything else after QGIS copied it into a GeoPackage in the work folder; a feature to refuse or
    a text to cut or refuse goes through QGIS and is written feature by feature, which names it. Both give
    the same bundle; text fields are as wide as their longest value (1 to 254 bytes)."""
    output_zip = bundle_path(output_zip)
    if invalid not in ("skip", "refuse"):
        raise ValueError("invalid must be 'skip' or 'refuse'")
    if long_text not in ("refuse", "truncate"):
        raise ValueError("long_text must be 'refuse' or 'truncate'")
    source = layer_or_source
    asset_name = asset_type_name(asset_type)
    kind = geometry_kind(asset_name)
    columns = dict(columns or {})
    defaults = dict(defaults or {})
    if not columns:
        raise ExportError(tr("Map at least one Lizard field to a layer field."))
    for key, value in list(columns.items()) + list(defaults.items()):
        _check_ini_text(key, True)
        _check_ini_text(value, False)
    if organisation:
        _check_ini_text(organisation, False)
    if nested:
        for name in nested[2]:
            _check_ini_text(name, True)
    fields = source.fields()
    order = _layout(fields, columns, nested)
    names = shapefile_names(order)

    crs = source.sourceCrs()
    if not crs.isValid():
        raise ExportError(tr("The layer has no coordinate reference system; set one before exporting."))
    layer_kind = KINDS.get(QgsWkbTypes.geometryType(source.wkbType()))
    if layer_kind is None:
        raise ExportError(tr("The layer has no point, line or polygon geometries."))
    if kind is not None and layer_kind != kind:
        raise ExportError(tr("{type} assets need {kind} geometries, but the layer has {layer_kind} geometries.").format(
            type=asset_name, kind=_kind_name(kind), layer_kind=_kind_name(layer_kind)))
    kind = kind or layer_kind

    stem = _ascii(os.path.splitext(os.path.basename(output_zip))[0])
    target_dir = os.path.dirname(os.path.abspath(output_zip))
    if not os.path.isdir(target_dir):
        raise ExportError(tr("The folder {folder} does not exist.").format(folder=target_dir))
    ini = _ini_text(asset_name, organisation, columns, defaults, nested, names)
    partial.clean_leftovers(output_zip)
    work = partial.temp_dir(output_zip)
    zip_path = None
    try:
        shp = os.path.join(work, stem + ".shp")
        done = shapefile.fast_write(source, shp, crs, kind, fields, order, names, feedback, selected_only, invalid)
        if done is None:
            for name in os.listdir(work):  # whatever the fast path left: the feature-by-feature one starts over
                os.remove(os.path.join(work, name))
            done = shapefile.python_write(source, shp, crs, kind, fields, order, names, selected_only, invalid,
                                          long_text, feedback)
        count, skipped, warnings = done
        with open(os.path.join(work, stem + ".ini"), "w", encoding="utf-8") as handle:
            handle.write(ini)
        zip_path = partial.temp_file(output_zip, ".zip")
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as archive:
            for extension in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".ini"):
                path = os.path.join(work, stem + extension)
                if not os.path.exists(path):
                    raise ExportError(tr("The shapefile could not be written completely ({ext} is missing).")
                                      .format(ext=extension))
                archive.write(path, stem + extension)
        _verify(zip_path, stem, [names[n] for n in order], count, ini)
        os.replace(zip_path, os.path.abspath(output_zip))
    except BaseException as exc:
        traceback.clear_frames(exc.__traceback__)  # no GDAL object may outlive a failure (see core.rasters.geotiff)
        partial.remove(zip_path)
        raise
    finally:
        partial.remove(work)
    if feedback is not None:
        feedback.setProgress(100.0)
    return ExportResult(os.path.abspath(output_zip), count, skipped, warnings)


def _ini_text(asset_name, organisation, columns, defaults, nested, names):
    config = configparser.ConfigParser(interpolation=None)
    config.optionxform = str
    config["general"] = {"asset_name": asset_name}
    if nested:
        config["general"]["nested_asset"] = asset_type_name(nested[0])
    if organisation:
        config["general"]["organisation"] = organisation
    config["columns"] = {key: names[value] for key, value in columns.items()}
    config["defaults"] = {key: str(value) for key, value in defaults.items()}
    if nested:
        config["nested"] = {"first": names[nested[1]], "fields": "[{}]".format(", ".join(nested[2]))}
    buffer = io.StringIO()
    config.write(buffer)
    return buffer.getvalue()


def _verify(zip_path, stem, expected_fields, expected_count, ini):
    dataset = ogr.Open("/vsizip/{}/{}.shp".format(zip_path, stem))
    if dataset is None:
        raise ExportError(tr("The written bundle could not be read back."))
    layer = dataset.GetLayer(0)
    definition = layer.GetLayerDefn()
    found = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    count = layer.GetFeatureCount()
    dataset = None
    if found != expected_fields or count != expected_count:
        raise ExportError(tr("The written bundle did not read back as written."),
                          details="fields {} / {}, features {} / {}".format(found, expected_fields, count,
                                                                           expected_count))
    with zipfile.ZipFile(zip_path) as archive:
        if archive.read(stem + ".ini").decode("utf-8") != ini:
            raise ExportError(tr("The written bundle did not read back as written."))
