from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import errors, times
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.rasters import download_grid, scenario_download, scenario_results
from ..core.rasters.scenarios import fetch_scenario
from .base import LizardAlgorithm, progress_reporter


def result_codes(text):
    """The result codes of a comma-separated text (spaces around them ignored)."""
    return [code.strip() for code in (text or "").replace(";", ",").split(",") if code.strip()]


def time_steps(text):
    """``"all"``, a list of UTC moments, or None (each temporal result's last step) for the TIME text."""
    text = (text or "").strip()
    if not text:
        return None
    if text.lower() == "all":
        return "all"
    return times.parse_list(text)


class DownloadScenarioAlgorithm(LizardAlgorithm):
    """A 3Di scenario's results as files: raster results as GeoTIFFs on its grid, raw files as they are."""

    GROUP = "scenarios"
    SCENARIO = "SCENARIO"
    RESULTS = "RESULTS"
    RAW = "RAW"
    EXTENT = "EXTENT"
    MASK_LAYER = "MASK_LAYER"
    CRS = "CRS"
    PIXEL_SIZE = "PIXEL_SIZE"
    TIME = "TIME"
    OUTPUT = "OUTPUT"
    FILES = "FILES"

    def name(self):
        return "downloadscenario"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Download scenario")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Downloads the results of a 3Di scenario stored in Lizard into the folder OUTPUT/<scenario name>: "
            "each raster result as one GeoTIFF named after its code (depth-max-dtri.tif), each chosen time step "
            "of a temporal result as its own GeoTIFF (depth-dtri_20230102T003000Z.tif, in UTC), and the raw "
            "files with their own names, beside scenario.json (what Lizard says of the scenario). Another "
            "scenario of the same name gets the folder <scenario name>_<first 8 characters of its UUID>. "
            "Rasters are fetched in tiles (never more than 100 million pixels per request) and joined; raw "
            "files are streamed and, when the connection breaks, continued where they "
            "stopped. It uses the portal and key from the Lizard settings, or the environment variables "
            "LIZARD_URL and LIZARD_API_KEY when they are set; the key goes only to the portal, never to a "
            "storage server a file is sent from.\n\n"
            "SCENARIO: the scenario's UUID or its exact name.\n"
            "RESULTS: result codes, separated by commas (for example depth-max-dtri, depth-dtri). Empty: every "
            "raster result that is not temporal.\n"
            "RAW: also download the raw files (3Di results, grid administration, logs).\n"
            "EXTENT: the area. Without an extent and a mask layer, the scenario's whole grid.\n"
            "MASK_LAYER: polygons (with \"selected features only\", the selected ones): the rasters are clipped "
            "to their union (pixels outside are NODATA).\n"
            "CRS: the CRS of the GeoTIFFs; it needs an EPSG code. Default: the scenario's own.\n"
            "PIXEL_SIZE: in the units of the CRS. Default: the scenario's own.\n"
            "TIME: for temporal results, UTC times separated by commas (each gives its nearest time step), or "
            "all for every step. Default: the last step.\n"
            "OUTPUT: the folder.\n"
            "A result that fails does not stop the others; the failures are listed at the end. Files that "
            "already exist are skipped, so running again after a cancel fetches only what is missing. A "
            "cancel leaves no partial file.\n\n"
            "FILES: the paths of the files, one per line."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(self.SCENARIO, tr("Scenario (UUID or exact name)")))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS, tr("Result codes, comma-separated (empty: every non-temporal raster)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.RAW, tr("Also the raw files"), defaultValue=False))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MASK_LAYER, tr("Mask layer (polygons)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS (default: the scenario's)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PIXEL_SIZE, tr("Pixel size (default: the scenario's)"), QgsProcessingParameterNumber.Double,
            optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            self.TIME, tr("Time steps of temporal results (UTC, comma-separated, or all)"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Folder")))
        self.addOutput(QgsProcessingOutputString(self.FILES, tr("Files")))

    def _area(self, parameters, context):
        extent = self.extent_area(parameters, self.EXTENT, context)
        if not self.given(parameters, self.MASK_LAYER):
            return extent
        source = self.parameterAsSource(parameters, self.MASK_LAYER, context)
        geometries = [f.geometry() for f in source.getFeatures() if f.hasGeometry()] if source is not None else []
        if not geometries:
            raise QgsProcessingException(tr("The mask layer has no (selected) features with a geometry."))
        return download_grid.Area.from_mask(geometries, source.sourceCrs(), extent, context.transformContext())

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        crs = self.optional_crs(parameters, self.CRS, context)
        def on_result(result, paths, error):
            if error is not None:
                feedback.reportError(tr("{code}: {error}").format(code=result.code, error=error), fatalError=False)
            for path in paths:
                feedback.pushInfo(tr("Written: {path}").format(path=path))

        try:
            steps = time_steps(self.parameterAsString(parameters, self.TIME, context))
            area = self._area(parameters, context)
            with LizardClient.from_settings() as client:
                scenario = fetch_scenario(client, self.parameterAsString(parameters, self.SCENARIO, context),
                                          cancel=feedback)
                results = scenario_results.fetch_results(client, scenario, cancel=feedback)
                if not results:
                    raise errors.NotFoundError(tr("The scenario “{name}” has no results in Lizard.").format(
                        name=scenario.get("name")))
                raw = self.parameterAsBool(parameters, self.RAW, context)
                chosen = scenario_results.choose(
                    results, result_codes(self.parameterAsString(parameters, self.RESULTS, context)), raw)
                if raw and not any(r.kind == scenario_results.FILE for r in results):
                    feedback.pushWarning(tr("The scenario “{name}” has no raw files in Lizard.").format(
                        name=scenario.get("name")))
                if not chosen:
                    raise errors.InvalidRequestError(tr(
                        "The scenario “{name}” has no raster results that are not temporal; name the results to "
                        "download, or ask for the raw files.").format(name=scenario.get("name")))
                plan = scenario_download.plan_scenario(
                    client, scenario, chosen, folder, area=area, crs=crs,
                    pixel_size=self.optional_number(parameters, self.PIXEL_SIZE, context) or None, times=steps,
                    cancel=feedback)
                for note in plan.notes:
                    feedback.pushInfo(note)
                outcome = plan.run(client, progress=progress_reporter(feedback), on_result=on_result, cancel=feedback)
        except errors.CancelledError:
            raise QgsProcessingException(tr(
                "Cancelled: the files that were complete are kept, nothing partial is left.")) from None
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        if outcome.failures and not outcome.paths:
            raise QgsProcessingException(outcome.failure_message())
        if outcome.failures:
            feedback.reportError(outcome.failure_message(), fatalError=False)
        return {self.OUTPUT: folder, self.FILES: "\n".join(outcome.paths)}
