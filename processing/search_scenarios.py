from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.compat import FieldType
from ..core.i18n import tr
from ..core.rasters.scenarios import GridArea, ScenarioQuery, ScenarioSearch, footprint
from .base import LizardAlgorithm, add_feature, count_progress, fields_of

# (field name, type); the attributes of each output feature, in this order.
FIELDS = (
    ("uuid", FieldType.String),
    ("name", FieldType.String),
    ("model_name", FieldType.String),
    ("model_revision", FieldType.String),
    ("organisation", FieldType.String),
    ("supplier", FieldType.String),
    ("simulation_start", FieldType.String),
    ("simulation_end", FieldType.String),
    ("total_size", FieldType.LongLong),
    ("has_raw_results", FieldType.Bool),
)


def attributes(scenario):
    """The attribute values of one scenario, in the order of :data:`FIELDS` (``None`` for NULL)."""
    size = scenario.get("total_size")
    return [
        scenario.get("uuid"),
        scenario.get("name"),
        scenario.get("model_name") or None,
        None if scenario.get("model_revision") in (None, "") else str(scenario.get("model_revision")),
        (scenario.get("organisation") or {}).get("name"),
        scenario.get("supplier") or None,
        scenario.get("simulation_start"),
        scenario.get("simulation_end"),
        int(size) if isinstance(size, (int, float)) else None,
        bool(scenario.get("has_raw_results")),
    ]


class SearchScenariosAlgorithm(LizardAlgorithm):
    """3Di scenarios in Lizard as polygons of their grid, filtered by name, model, organisation, project, area."""

    GROUP = "scenarios"
    NAME = "NAME"
    MODEL = "MODEL"
    ORGANISATION = "ORGANISATION"
    PROJECT = "PROJECT"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "searchscenarios"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Search scenarios")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Finds 3Di scenarios stored in Lizard and writes one polygon per scenario: the outline of its "
            "grid, in WGS84 (EPSG:4326). Newest first. It uses the portal and key from the Lizard settings, or "
            "the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; without a key only "
            "public scenarios are found.\n\n"
            "NAME: only scenarios whose name contains this text (any case); when no name contains it, the "
            "model names are searched instead. A UUID finds that one scenario.\n"
            "MODEL: only scenarios whose model name contains this text.\n"
            "ORGANISATION: only scenarios of organisations whose name contains this text (or the "
            "organisation's UUID).\n"
            "PROJECT: only scenarios of projects whose name contains this text (or the project's UUID).\n"
            "EXTENT: only scenarios whose grid intersects this area, compared in each scenario's own "
            "projection. Lizard cannot filter by area, so every scenario that matches the other filters is "
            "fetched and checked here.\n\n"
            "OUTPUT: the scenarios, with the fields uuid, name, model_name, model_revision, organisation, "
            "supplier (a username), simulation_start and simulation_end (text, ISO 8601 in UTC as Lizard "
            "gives them), total_size (bytes) and has_raw_results (true/false)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(self.NAME, tr("Name contains (or UUID)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.MODEL, tr("Model name contains"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(self.ORGANISATION, tr("Organisation name contains"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.PROJECT, tr("Project name contains"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Intersecting extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Scenarios"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        sink, dest_id = self.wgs84_sink(parameters, self.OUTPUT, context, fields_of(FIELDS), QgsWkbTypes.Polygon)
        try:
            query = ScenarioQuery(
                text=self.parameterAsString(parameters, self.NAME, context),
                model=self.parameterAsString(parameters, self.MODEL, context),
                organisation=self.parameterAsString(parameters, self.ORGANISATION, context),
                project=self.parameterAsString(parameters, self.PROJECT, context),
                area=None if extent.isNull() else GridArea.from_extent(
                    extent, extent_crs, transform_context=context.transformContext()),
            )
            with LizardClient.from_settings() as client:
                search = ScenarioSearch(client, query)
                for scenario in search.all(cancel=feedback, progress=count_progress(feedback)):
                    add_feature(sink, footprint(scenario, context.transformContext()), attributes(scenario))
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        if query.by_model:
            feedback.pushInfo(tr("No scenario name contains “{text}”: these are the scenarios whose model name "
                                 "does.").format(text=query.text))
        feedback.pushInfo(tr("{matched} of {scanned} scenarios matched.").format(
            matched=search.matched, scanned=search.scanned))
        return {self.OUTPUT: dest_id}
