"""Lizard objects in words: the columns of the result table and the rows of the details pane."""

import json

from ..i18n import tr
from ..times import display_local, duration_seconds, iso_duration
from .wms import describe_units


def name(obj):
    return obj.get("name") or obj.get("uuid") or ""


def organisation(obj):
    return (obj.get("organisation") or {}).get("name") or ""


def yes_no(value):
    return tr("yes") if value else tr("no")


def resolution(obj):
    """``"0.5 m"``, ``"250 m"``, ``"0.001°"`` from the pixel size, ``""`` when unknown."""
    size = obj.get("pixelsize_x")
    if size in (None, ""):
        return ""
    size = abs(float(size))
    projection = (obj.get("projection") or "").upper()
    unit = "°" if projection in ("EPSG:4326", "EPSG:4258", "CRS:84") else " m"
    return "{:g}{}".format(round(size, 6), unit)


def megabytes(obj):
    size = obj.get("size")
    if size in (None, ""):
        return ""
    size = int(size) / 1e6
    text = "0" if size == 0 else "{:.2g}".format(size) if size < 0.1 else "{:,.1f}".format(size)
    return tr("{size} MB").format(size=text)


def interval(obj):
    seconds = duration_seconds(obj.get("interval"))
    return iso_duration(seconds) if seconds else ""


def temporal(obj):
    if not obj.get("temporal"):
        return tr("no")
    step = interval(obj)
    return tr("yes, every {step}").format(step=step) if step else tr("yes")


# (column id, header); the table shows these, in this order.
def columns():
    return [
        ("name", tr("Name")),
        ("organisation", tr("Organisation")),
        ("temporal", tr("Temporal")),
        ("resolution", tr("Resolution")),
        ("projection", tr("Projection")),
        ("last_modified", tr("Last modified")),
        ("size", tr("Size")),
    ]


def cell(obj, column):
    """The text of ``column`` for ``obj``."""
    if column == "name":
        return name(obj)
    if column == "organisation":
        return organisation(obj)
    if column == "temporal":
        return yes_no(obj.get("temporal"))
    if column == "resolution":
        return resolution(obj)
    if column == "projection":
        return obj.get("projection") or ""
    if column == "last_modified":
        return display_local(obj.get("last_modified"))
    if column == "size":
        return megabytes(obj)
    return str(obj.get(column) or "")


def sort_key(obj, column):
    """A value that sorts ``column`` the way people expect (sizes as numbers, times as times)."""
    if column == "size":
        return int(obj.get("size") or 0)
    if column == "resolution":
        return abs(float(obj.get("pixelsize_x") or 0))
    if column == "last_modified":
        return obj.get("last_modified") or ""
    return cell(obj, column).lower()


def bounds_text(bounds):
    if not isinstance(bounds, dict):
        return ""
    return tr("west {west:.5f}, south {south:.5f}, east {east:.5f}, north {north:.5f}").format(
        **{k: float(bounds.get(k) or 0) for k in ("west", "south", "east", "north")})


def details(obj):
    """Every field of ``obj`` as (label, text) rows, the important ones first and readable."""
    rows = [
        (tr("Name"), name(obj)),
        (tr("UUID"), obj.get("uuid") or ""),
        (tr("Description"), (obj.get("description") or "").strip()),
        (tr("Organisation"), organisation(obj)),
        (tr("Access"), obj.get("access_modifier") or ""),
        (tr("Temporal"), temporal(obj)),
    ]
    if obj.get("temporal"):
        rows += [(tr("First time step"), display_local(obj.get("first_value_timestamp"))),
                 (tr("Last time step"), display_local(obj.get("last_value_timestamp")))]
    if obj.get("observation_type"):
        rows.append((tr("Observation type"), describe_units(obj)))
    rows += [
        (tr("Resolution"), resolution(obj)),
        (tr("Projection"), obj.get("projection") or ""),
        (tr("Extent (WGS84)"), bounds_text(obj.get("spatial_bounds"))),
        (tr("Size"), megabytes(obj)),
        (tr("Data type"), obj.get("dtype") or ""),
        (tr("No-data value"), obj.get("fill_value") or ""),
        (tr("Supplier"), obj.get("supplier") or ""),
        (tr("Created"), display_local(obj.get("created"))),
        (tr("Last modified"), display_local(obj.get("last_modified"))),
    ]
    shown = {"name", "uuid", "description", "organisation", "access_modifier", "temporal", "interval",
             "first_value_timestamp", "last_value_timestamp", "observation_type", "pixelsize_x", "projection",
             "spatial_bounds", "size", "dtype", "fill_value", "supplier", "created", "last_modified"}
    for key in sorted(k for k in obj if k not in shown):
        value = obj[key]
        if value in (None, "", [], {}):
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)
        rows.append((key, text))
    return [(label, text) for label, text in rows if text not in (None, "")]
