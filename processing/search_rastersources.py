from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.compat import FieldType
from ..core.i18n import tr
from ..core.query import SpatialFilter, footprint
from ..core.rasters.describe import interval
from ..core.rasters.search import RasterQuery, RasterSearch
from .base import LizardAlgorithm, add_feature, count_progress, fields_of

# (field name, type); the attributes of each output feature, in this order.
FIELDS = (
    ("uuid", FieldType.String),
    ("name", FieldType.String),
    ("organisation", FieldType.String),
    ("temporal", FieldType.Bool),
    ("interval", FieldType.String),
    ("first_value_timestamp", FieldType.String),
    ("last_value_timestamp", FieldType.String),
    ("projection", FieldType.String),
    ("pixelsize_x", FieldType.Double),
    ("pixelsize_y", FieldType.Double),
    ("dtype", FieldType.String),
    ("fill_value", FieldType.String),
    ("size", FieldType.LongLong),
    ("last_modified", FieldType.String),
    ("writable", FieldType.Bool),
)


def output_fields():
    return fields_of(FIELDS)


def _number(value, kind):
    if value in (None, ""):
        return None
    try:
        return kind(value)
    except (TypeError, ValueError):
        return None


def attributes(source):
    """The attribute values of one rastersource, in the order of :data:`FIELDS` (``None`` for NULL)."""
    return [
        source.get("uuid"),
        source.get("name"),
        (source.get("organisation") or {}).get("name"),
        bool(source.get("temporal")),
        interval(source) or None,
        source.get("first_value_timestamp"),
        source.get("last_value_timestamp"),
        source.get("projection"),
        _number(source.get("pixelsize_x"), float),
        _number(source.get("pixelsize_y"), float),
        source.get("dtype"),
        None if source.get("fill_value") is None else str(source.get("fill_value")),
        _number(source.get("size"), int),
        source.get("last_modified"),
        bool(source.get("writable")),
    ]


class SearchRastersourcesAlgorithm(LizardAlgorithm):
    """Lizard rastersources as polygons of their extent, filtered by name, organisation, time and area."""

    NAME = "NAME"
    ORGANISATION = "ORGANISATION"
    TEMPORAL = "TEMPORAL"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "searchrastersources"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Search rastersources")



    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Finds Lizard rastersources (the stored raster data) and writes one polygon per source: the "
            "source's extent in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or "
            "the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only "
            "public sources are found.\n\n"
            "NAME: only sources whose name contains this text (any case); a UUID finds that one source.\n"
            "ORGANISATION: only sources of organisations whose name contains this text (or the "
            "organisation's UUID).\n"
            "TEMPORAL: any source, only temporal sources (a series of rasters in time) or only non-temporal "
            "ones.\n"
            "EXTENT: only sources whose extent intersects this area. Lizard cannot filter by area, so every "
            "source that matches the other filters is fetched and checked here. Sources without a known "
            "extent are left out when an extent is given, and written without geometry when not.\n\n"
            "OUTPUT: the sources, with the fields uuid, name, organisation, temporal (true/false), interval "
            "(ISO 8601 duration, e.g. PT1H), first_value_timestamp and last_value_timestamp (text, ISO 8601 "
            "in UTC as Lizard gives them), projection, pixelsize_x and pixelsize_y (in units of the "
            "projection), dtype, fill_value (the no-data value, as text), size (bytes), last_modified "
            "(text, ISO 8601 in UTC) and writable (true when your key may change the source)."
        )


    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(self.NAME, tr("Name contains"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(self.ORGANISATION, tr("Organisation name contains"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.TEMPORAL, tr("Temporal"),
            options=[tr("Any"), tr("Temporal only"), tr("Non-temporal only")], defaultValue=0))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Intersecting extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Rastersources"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        temporal = {0: None, 1: True, 2: False}[self.parameterAsEnum(parameters, self.TEMPORAL, context)]
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        sink, dest_id = self.wgs84_sink(parameters, self.OUTPUT, context, output_fields(), QgsWkbTypes.Polygon)
        try:
            query = RasterQuery(
                "rastersources",
                text=self.parameterAsString(parameters, self.NAME, context),
                organisation=self.parameterAsString(parameters, self.ORGANISATION, context),
                temporal=temporal,
                spatial=None if extent.isNull() else SpatialFilter.from_extent(
                    extent, extent_crs, transform_context=context.transformContext()),
            )
            with LizardClient.from_settings() as client:
                search = RasterSearch(client, query)
                for source in search.all(cancel=feedback, progress=count_progress(feedback)):
                    add_feature(sink, footprint(source), attributes(source))
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(tr("{matched} of {scanned} rastersources matched.").format(
            matched=search.matched, scanned=search.scanned))
        return {self.OUTPUT: dest_id}
