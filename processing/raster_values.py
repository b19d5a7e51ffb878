"""lizard:rastervaluesatpoints and lizard:zonalstatistics: thin over ``core.rasters.values``."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.compat import FieldType
from ..core.i18n import tr
from ..core.rasters import values
from ..core.rasters.zonal import metric_projection, pixel_metres, zonal_grid, zonal_wkt
from ..core.times import iso_utc, to_utc
from .base import LizardAlgorithm

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
COARSER = "_coarser"  # in a feature's answers: (pixel size, projection) when the raster's own pixels were refused


class _RasterValuesBase(LizardAlgorithm):
    GROUP = "rasters"
    RASTER = "RASTER"
    INPUT = "INPUT"
    START = "START"
    END = "END"
    OUTPUT = "OUTPUT"
    FAILED = "FAILED"

    def add_raster_and_times(self, input_label, geometry_type):
        self.addParameter(QgsProcessingParameterString(self.RASTER, tr("Raster layer (UUID or exact name)")))
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, input_label, [geometry_type]))
        self.addParameter(QgsProcessingParameterDateTime(self.START, tr("Start (UTC, temporal rasters)"),
                                                         optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.END, tr("End (UTC, temporal rasters)"),
                                                         optional=True))

    def time(self, parameters, name, context):
        if not self.given(parameters, name):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        return to_utc(value) if value is not None and value.isValid() else None

    def features_wgs84(self, source, context):
        transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        pairs = []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is not None and not geometry.isEmpty():
                geometry.transform(transform)
            pairs.append((feature, geometry))
        return pairs

    def run_all(self, parameters, context, feedback, task):
        """Resolves RASTER, runs ``task(client, raster, geometry)`` per feature in parallel, reports the
        failures; returns (raster, pairs, results, failures)."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("The input layer could not be read."))
        pairs = self.features_wgs84(source, context)
        try:
            with LizardClient.from_settings() as client:
                raster = values.resolve_raster(client, self.parameterAsString(parameters, self.RASTER, context),
                                               cancel=feedback)

                def job(pair):
                    if pair[1] is None or pair[1].isEmpty():
                        raise errors.InvalidRequestError(tr("The feature has no geometry."))
                    return task(client, raster, pair[1])

                results, failures = values.run_parallel(
                    pairs, job, progress=lambda f: feedback.setProgress(100.0 * f), cancel=feedback)
        except errors.CancelledError:
            raise QgsProcessingException(tr("Cancelled: nothing was written.")) from None
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        for position, error in failures:
            feedback.reportError(tr("Feature {id}: {error}").format(id=pairs[position][0].id(), error=error))
        if failures:
            feedback.reportError(tr("%n feature(s) failed; the others were written.", "", len(failures)))
        return source, raster, pairs, results, failures


class RasterValuesAtPointsAlgorithm(_RasterValuesBase):
    """The value of a Lizard raster at every point (through time for a temporal raster and a period)."""

    VALUES = "VALUES"

    def name(self):
        return "rastervaluesatpoints"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Raster values at points")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "The value of a Lizard raster at each point of a layer (any CRS).\n\n"
            "RASTER: the raster layer's UUID or exact name.\n"
            "START, END: for a temporal raster, the period (UTC): one row per point per time step.\n\n"
            "OUTPUT: the points with a value field (empty where the raster has no value), or for a period the "
            "long table: the input's fields, time (UTC) and value. VALUES: the number of values. A point that "
            "fails is reported and counted; the rest go on."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_raster_and_times(tr("Points"), QgsProcessing.TypeVectorPoint)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Values")))
        self.addOutput(QgsProcessingOutputNumber(self.VALUES, tr("Number of values")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Number of failed features")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        start, stop = self.time(parameters, self.START, context), self.time(parameters, self.END, context)

        def task(client, raster, geometry):
            point = geometry.centroid().asPoint()
            temporal = raster.get("temporal")
            return values.value_at(client, raster["uuid"], (point.x(), point.y()),
                                   start=start if temporal else None, stop=stop if temporal else None,
                                   cancel=feedback)

        source, raster, pairs, results, failures = self.run_all(parameters, context, feedback, task)
        long_table = bool(raster.get("temporal")) and (start is not None or stop is not None)
        fields = QgsFields(source.fields())
        if long_table:
            fields.append(QgsField("time", FieldType.String))
        fields.append(QgsField("value", FieldType.Double))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        count = 0
        for (feature, _geometry), rows in zip(pairs, results):
            if rows is None and long_table:
                continue  # failed: reported; the long table has no row for it
            if not long_table:
                rows = (rows or [])[-1:] or [(None, None)]
            for time, value in rows:
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                attributes = list(feature.attributes())
                if long_table:
                    attributes.append(iso_utc(time) if time is not None else None)
                attributes.append(value)
                out.setAttributes(attributes)
                sink.addFeature(out, QgsFeatureSink.FastInsert)
                count += value is not None
        return {self.OUTPUT: dest_id, self.VALUES: count, self.FAILED: len(failures)}


class ZonalStatisticsAlgorithm(_RasterValuesBase):
    """Zonal statistics of a Lizard raster over every polygon, one column per statistic."""

    STATISTICS = "STATISTICS"
    PIXEL_SIZE = "PIXEL_SIZE"
    TEMPORAL_STATISTIC = "TEMPORAL_STATISTIC"
    PREFIX = "PREFIX"
    FEATURES = "FEATURES"

    def name(self):
        return "zonalstatistics"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Zonal statistics")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Statistics of a Lizard raster over each polygon of a layer (any CRS), computed by Lizard.\n\n"
            "RASTER: the raster layer's UUID or exact name.\n"
            "STATISTICS: one or more of mean, min, max, sum, count, median, p10, p90.\n"
            "PIXEL_SIZE: optional, in metres (Lizard's default otherwise: the raster's own pixels, or coarser ones "
            "for a polygon too large or too detailed for those, reported in the log).\n"
            "START, END, TEMPORAL_STATISTIC: for a temporal raster, the period (UTC) and how its time steps "
            "are combined.\n"
            "PREFIX: the start of the new fields' names.\n\n"
            "OUTPUT: the polygons with one field per statistic (empty where there is no value). FEATURES: the "
            "number of polygons written. A polygon that fails is reported and counted; the rest go on."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_raster_and_times(tr("Polygons"), QgsProcessing.TypeVectorPolygon)
        self.addParameter(QgsProcessingParameterEnum(self.STATISTICS, tr("Statistics"),
                                                     options=list(values.STATISTICS), allowMultiple=True,
                                                     defaultValue=[0]))
        self.addParameter(QgsProcessingParameterNumber(self.PIXEL_SIZE, tr("Pixel size (metres)"),
                                                       type=QgsProcessingParameterNumber.Double, optional=True,
                                                       minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(self.TEMPORAL_STATISTIC, tr("Statistic over time"),
                                                     options=list(values.TEMPORAL_STATISTICS), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.PREFIX, tr("Field name prefix"), defaultValue="lizard_"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Zonal statistics"),
                                                            QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURES, tr("Number of features")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Number of failed features")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        chosen = [values.STATISTICS[i] for i in self.parameterAsEnums(parameters, self.STATISTICS, context)]
        if not chosen:
            raise QgsProcessingException(tr("Choose at least one statistic."))
        pixel_size = self.optional_number(parameters, self.PIXEL_SIZE, context) or None
        temporal_statistic = values.TEMPORAL_STATISTICS[
            self.parameterAsEnum(parameters, self.TEMPORAL_STATISTIC, context)]
        prefix = self.parameterAsString(parameters, self.PREFIX, context)
        start, stop = self.time(parameters, self.START, context), self.time(parameters, self.END, context)

        def ask(client, raster, geometry, size, projection):
            temporal = bool(raster.get("temporal"))
            wkt = zonal_wkt(geometry, pixel_metres(raster, size))  # short enough for a URL
            answers = {}
            for statistic in chosen:
                rows = values.zonal(client, raster["uuid"], wkt, statistic, pixel_size=size, projection=projection,
                                    start=start if temporal else None, stop=stop if temporal else None,
                                    temporal_statistic=temporal_statistic if temporal else None, cancel=feedback)
                answers[statistic] = rows[-1][1] if rows else None
            return answers

        def task(client, raster, geometry):
            if pixel_size:
                return ask(client, raster, geometry, pixel_size, metric_projection(raster))
            try:
                return ask(client, raster, geometry, None, None)  # Lizard's default: the raster's own pixels
            except errors.InvalidRequestError:
                # Lizard refuses a request over too many pixels ("too large request"), or the polygon is too
                # detailed to send on the raster's own pixels (zonal_wkt): once more on coarser ones
                projection, size = zonal_grid(raster, geometry, transform_context=context.transformContext())
                if size is None:
                    raise
                answers = ask(client, raster, geometry, size, projection)
                answers[COARSER] = (size, projection)
                return answers

        source, _raster, pairs, results, failures = self.run_all(parameters, context, feedback, task)
        fields = QgsFields(source.fields())
        for statistic in chosen:
            fields.append(QgsField(prefix + statistic, FieldType.Double))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        count = 0
        for (feature, _geometry), answers in zip(pairs, results):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            answers = answers or {}
            if COARSER in answers:
                feedback.pushInfo(tr("Feature {id}: too large or too detailed for the raster's own pixels; its "
                                     "statistics are on pixels of {size:g} m in {projection}.").format(
                    id=feature.id(), size=answers[COARSER][0], projection=answers[COARSER][1]))
            out.setAttributes(list(feature.attributes()) + [answers.get(statistic) for statistic in chosen])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
            count += 1
        return {self.OUTPUT: dest_id, self.FEATURES: count, self.FAILED: len(failures)}
