from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.query import WGS84, SpatialFilter
from ..core.timeseries.locations import fields, search_locations, to_features
from .base import LizardAlgorithm


def output_fields():
    return fields()


class SearchLocationsAlgorithm(LizardAlgorithm):
    """Lizard monitoring locations as points, filtered by area, name, organisation and observation type."""

    GROUP = "timeseries"
    EXTENT = "EXTENT"
    NAME = "NAME"
    ORGANISATION = "ORGANISATION"
    OBSERVATION_TYPE = "OBSERVATION_TYPE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "searchlocations"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Search locations")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Finds Lizard monitoring locations and writes one point per location in WGS84 (EPSG:4326). "
            "It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL "
            "and LIZARD_API_KEY when they are set; without a key only public locations are found.\n\n"
            "EXTENT: only locations within this area.\n"
            "NAME: only locations whose name starts with this text.\n"
            "ORGANISATION: the organisation's UUID, or part of its name.\n"
            "OBSERVATION_TYPE: only locations with a timeseries of this observation type code (e.g. "
            "GWS_NAP).\n\n"
            "OUTPUT: the locations with the fields uuid, code, name, organisation, object_type and "
            "timeseries_count. A location without a geometry is written without a point. Nothing is "
            "written when the search fails or is cancelled."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Within extent"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.NAME, tr("Name starts with"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, tr("Organisation (UUID or part of the name)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.OBSERVATION_TYPE, tr("Observation type code"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Locations"), QgsProcessing.TypeVectorPoint))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)

        def progress(done, total):
            feedback.setProgress(100.0 * done / total if total else 100.0)

        records = []
        try:
            area = None if extent.isNull() else SpatialFilter.from_extent(
                extent, extent_crs, transform_context=context.transformContext())
            with LizardClient.from_settings() as client:
                for found in search_locations(
                        client, extent_wgs84_geometry=area,
                        name_prefix=self.parameterAsString(parameters, self.NAME, context),
                        organisation=self.parameterAsString(parameters, self.ORGANISATION, context),
                        observation_type=self.parameterAsString(parameters, self.OBSERVATION_TYPE, context),
                        cancel=feedback, progress=progress):
                    records.append(found)
        except errors.CancelledError:
            raise QgsProcessingException(tr("Cancelled; nothing was written.")) from None
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        fields = output_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point,
                                             QgsCoordinateReferenceSystem(WGS84))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for feature in to_features(records, fields):
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.pushInfo(tr("%n location(s) found.", "", len(records)))
        return {self.OUTPUT: dest_id}
