"""A mask (polygons) limited to an extent: the one "mask ∩ extent" of the raster download and the buildings.

Both features take polygons (the features of a layer) and optionally an extent (a rectangle in its own CRS);
with both, only the part of the polygons inside the extent counts. The extent is converted to the polygons'
CRS as a bounding box (``transformBoundingBox`` samples its edges, so a curved edge stays inside the box).
Transforms use the ``transform_context`` the caller took on the GUI thread (or from Processing): this code runs
in tasks, where ``QgsProject.instance()`` must not be asked.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
)

from . import errors
from .i18n import tr


def _crs(value):
    return value if isinstance(value, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(str(value))


def extent_in(rectangle, rectangle_crs, target_crs, transform_context=None):
    """``rectangle`` (in ``rectangle_crs``) as the bounding rectangle in ``target_crs``."""
    source, target = _crs(rectangle_crs), _crs(target_crs)
    if not source.isValid() or not target.isValid() or source == target:
        return QgsRectangle(rectangle)
    try:
        transform = QgsCoordinateTransform(
            source, target, transform_context if transform_context is not None else QgsCoordinateTransformContext())
        return transform.transformBoundingBox(rectangle)
    except Exception as exc:  # noqa: BLE001 - QgsCsException
        raise errors.InvalidRequestError(tr("The extent cannot be converted to {crs}.").format(
            crs=target.authid()), details=str(exc)) from None


def clip_to_extent(geometry, geometry_crs, rectangle=None, rectangle_crs=None, transform_context=None):
    """The part of ``geometry`` (in ``geometry_crs``) inside the extent ``rectangle`` (in ``rectangle_crs``;
    default ``geometry_crs``), in ``geometry_crs``; empty when nothing is inside. No extent: the geometry."""
    geometry = QgsGeometry(geometry)
    if rectangle is None or rectangle.isNull():
        return geometry
    box = extent_in(rectangle, rectangle_crs if rectangle_crs is not None else geometry_crs, geometry_crs,
                    transform_context)
    return geometry.intersection(QgsGeometry.fromRect(box))


def mask_in_extent(geometries, geometries_crs, rectangle=None, rectangle_crs=None, transform_context=None):
    """The union of ``geometries`` (in ``geometries_crs``) limited to the extent (see :func:`clip_to_extent`),
    in ``geometries_crs``. A LizardError says when there is no polygon or none reaches into the extent."""
    parts = [QgsGeometry(g) for g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
    if not parts:
        raise errors.InvalidRequestError(tr("The mask has no (selected) features with a geometry."))
    union = QgsGeometry.unaryUnion(parts)
    if rectangle is None or rectangle.isNull():
        return union
    clipped = clip_to_extent(union, geometries_crs, rectangle, rectangle_crs, transform_context)
    if clipped.isNull() or clipped.isEmpty() or clipped.area() <= 0:
        raise errors.InvalidRequestError(tr("The features of the mask are outside the extent."))
    return clipped
