"""The one place where the plugin's code depends on the QGIS version it runs on (3.22 to 4.x).

Everything else calls these helpers and never checks a version itself. QGIS 3.38 moved field types from
``QVariant.Type`` to ``QMetaType.Type`` (the only kind QGIS 4 / Qt6 has) and later 3.x releases deprecate API
that 3.22 offers in favour of API 3.22 lacks.
"""

import contextlib
from types import SimpleNamespace

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsRectangle

QGIS_VERSION_INT = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT

# Field types by name (FieldType.String, FieldType.DateTime, ...), for QgsField and for comparing field.type().
_FIELD_TYPES = {"String": "QString", "Int": "Int", "UInt": "UInt", "LongLong": "LongLong", "ULongLong": "ULongLong",
                "Double": "Double", "Bool": "Bool", "Date": "QDate", "DateTime": "QDateTime"}
if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    FieldType = SimpleNamespace(**{name: getattr(QMetaType.Type, meta) for name, meta in _FIELD_TYPES.items()})
else:  # Qt5 only: QVariant.Type is what QgsField takes there
    from qgis.PyQt.QtCore import QVariant

    FieldType = SimpleNamespace(**{name: getattr(QVariant, name) for name in _FIELD_TYPES})


def layer_filter(*names):
    """The QgsMapLayerComboBox filter for layer kinds by name (``"PolygonLayer"``, ``"RasterLayer"``)."""
    owner = Qgis.LayerFilter if hasattr(Qgis, "LayerFilter") else QgsMapLayerProxyModel
    result = getattr(owner, names[0])
    for name in names[1:]:
        result = result | getattr(owner, name)
    return Qgis.LayerFilters(result) if hasattr(Qgis, "LayerFilters") else result


def empty_rectangle():
    """A QgsRectangle that combineExtentWith() grows from nothing (xMinimum() > xMaximum() while empty)."""
    rectangle = QgsRectangle()
    if hasattr(rectangle, "setNull"):
        rectangle.setNull()
    else:
        rectangle.setMinimal()
    return rectangle


def set_layer_abstract(layer, text):
    """The abstract a layer shows (and QGIS Server serves)."""
    properties = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if properties is not None and hasattr(properties, "setAbstract"):
        properties.setAbstract(text)
    else:
        layer.setAbstract(text)


@contextlib.contextmanager
def gdal_exceptions_off():
    """Inside, GDAL, OGR and OSR report errors by return value, as the plugin's GDAL code expects.

    QGIS 3.40's Processing turns GDAL's Python exceptions on for the whole process (3.22's does not). GDAL ≥ 3.7
    sets them per block with ExceptionMgr; older GDAL is switched off and on again.
    """
    from osgeo import gdal, ogr, osr

    with contextlib.ExitStack() as stack:
        for module in (osr, ogr, gdal):  # old GDAL: the reverse of the order they were turned on
            if not module.GetUseExceptions():
                continue
            if hasattr(module, "ExceptionMgr"):
                stack.enter_context(module.ExceptionMgr(useExceptions=False))
            else:
                module.DontUseExceptions()
                stack.callback(module.UseExceptions)
        yield


def temporal_range_now(controller):
    """The Temporal Controller's current range as a ``QgsDateTimeRange``, or None when its navigation is off
    (or ``controller`` is not a navigation object): the time a plot's cursor and a raster's values follow."""
    if controller is None or not hasattr(controller, "navigationMode"):
        return None
    modes = getattr(Qgis, "TemporalNavigationMode", None)  # 3.36+: Qgis.TemporalNavigationMode.Disabled
    off = getattr(modes, "Disabled", None) if modes is not None else None
    if off is None:
        off = type(controller).NavigationOff
    if controller.navigationMode() == off:
        return None
    found = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
    return found if found.begin().isValid() else None


def temporal_extent(controller):
    """The Temporal Controller's whole range (``temporalExtents()``), or None when its navigation is off."""
    if temporal_range_now(controller) is None:
        return None
    found = controller.temporalExtents()
    return found if found.begin().isValid() and found.end().isValid() else None
