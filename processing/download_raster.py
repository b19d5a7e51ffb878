from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.rasters import download, download_grid
from .base import LizardAlgorithm, progress_reporter


class DownloadRasterAlgorithm(LizardAlgorithm):
    """A Lizard raster (``/rasters/<uuid>/data/``) as GeoTIFFs: an extent and/or polygons, any EPSG CRS,
    any pixel size, one file per time step and optionally per feature (see ``core.rasters.download``)."""

    GROUP = "rasters"
    RASTER = "RASTER"
    EXTENT = "EXTENT"
    MASK_LAYER = "MASK_LAYER"
    SPLIT_BY_FEATURE = "SPLIT_BY_FEATURE"
    NAME_FIELD = "NAME_FIELD"
    CRS = "CRS"
    PIXEL_SIZE = "PIXEL_SIZE"
    NODATA = "NODATA"
    TIME = "TIME"
    TIME_END = "TIME_END"
    OUTPUT = "OUTPUT"
    FILES = "FILES"

    def name(self):
        return "downloadraster"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Download raster")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Downloads a Lizard raster layer as GeoTIFF files (tiled, DEFLATE-compressed, with a NODATA value). "
            "It uses the portal and key from the Lizard settings, or the environment variables LIZARD_URL and "
            "LIZARD_API_KEY when they are set. Large areas are fetched in tiles (never more than 100 million "
            "pixels per request, four at a time) and joined.\n\n"
            "RASTER: the UUID of the raster layer.\n"
            "EXTENT: the area. Without an extent and a mask layer, the raster's whole extent.\n"
            "MASK_LAYER: polygons (with \"selected features only\", the selected ones): the result is clipped "
            "to their union (pixels outside are NODATA), or with SPLIT_BY_FEATURE one file per feature, named "
            "from NAME_FIELD (made safe for file names and unique). With an extent as well, only the part of "
            "the polygons inside the extent counts.\n"
            "CRS: the CRS of the files; it needs an EPSG code. Default: the raster's own.\n"
            "PIXEL_SIZE: in the units of the CRS. Default: the raster's own, converted when the CRS differs.\n"
            "NODATA: the NODATA value of the files. Default: the raster's.\n"
            "TIME: for a temporal raster, the time step nearest to this moment (default: the last step). With "
            "TIME_END, every step from TIME to TIME_END, one file per step named with its UTC time "
            "(…_20200101T000000Z.tif).\n"
            "OUTPUT: a .tif file, a .vrt file (a VRT over the downloaded tiles, which are kept in the folder "
            "NAME_tiles next to it), or a folder (any path without .tif or .vrt; it gets RASTER_NAME.tif). "
            "Several files are named after the output's name, the feature and the time step.\n"
            "Files that already exist are skipped, so running again after a cancel fetches only what is "
            "missing; delete a file to fetch it again. A cancel or failure leaves no partial file.\n\n"
            "FILES: the paths of the files, one per line."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(self.RASTER, tr("Raster layer UUID")))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MASK_LAYER, tr("Mask layer (polygons)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SPLIT_BY_FEATURE, tr("One file per feature of the mask layer"), defaultValue=False))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("Name the files after the field"), parentLayerParameterName=self.MASK_LAYER,
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS (default: the raster's)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PIXEL_SIZE, tr("Pixel size (default: the raster's)"), QgsProcessingParameterNumber.Double,
            optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.NODATA, tr("NODATA value (default: the raster's)"), QgsProcessingParameterNumber.Double,
            optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.TIME, tr("Time (step)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.TIME_END, tr("Until (one file per time step)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Output GeoTIFF, VRT or folder"),
            fileFilter=tr("GeoTIFF (*.tif *.tiff);;VRT over the tiles (*.vrt)")))
        self.addOutput(QgsProcessingOutputString(self.FILES, tr("Files")))

    def _optional_time(self, parameters, name, context):
        if not self.given(parameters, name):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        return value if value is not None and value.isValid() else None

    def _plan(self, client, parameters, context, output, feedback):
        raster = self.parameterAsString(parameters, self.RASTER, context).strip()
        options = {
            "crs": self.optional_crs(parameters, self.CRS, context),
            "pixel_size": self.optional_number(parameters, self.PIXEL_SIZE, context) or None,
            "nodata": self.optional_number(parameters, self.NODATA, context),
            "time": self._optional_time(parameters, self.TIME, context),
            "time_end": self._optional_time(parameters, self.TIME_END, context),
            "cancel": feedback,
        }
        extent = self.extent_area(parameters, self.EXTENT, context)
        source = self.parameterAsSource(parameters, self.MASK_LAYER, context) \
            if self.given(parameters, self.MASK_LAYER) else None
        if source is None:
            return download.plan_download(client, raster, output, extent, **options)
        features = [feature for feature in source.getFeatures() if feature.hasGeometry()]
        if not features:
            raise QgsProcessingException(tr("The mask layer has no (selected) features with a geometry."))
        if self.parameterAsBool(parameters, self.SPLIT_BY_FEATURE, context):
            name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
            return download.plan_per_feature(client, raster, features, name_field, output, source.sourceCrs(),
                                             extent=extent, transform_context=context.transformContext(), **options)
        mask = download_grid.Area.from_mask([feature.geometry() for feature in features], source.sourceCrs(), extent,
                                       context.transformContext())
        return download.plan_download(client, raster, output, mask, **options)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        def on_item(item):
            if item.status == download_grid.SKIPPED:
                feedback.pushInfo(tr("{path} is already there: skipped.").format(path=item.path))
            elif item.status == download_grid.DONE:
                feedback.pushInfo(tr("Written: {path}").format(path=item.path))

        try:
            with LizardClient.from_settings() as client:
                plan = self._plan(client, parameters, context, output, feedback)
                for note in plan.notes:
                    feedback.pushInfo(note)
                feedback.pushInfo(tr("{files} file(s) in {tiles} tile(s), {crs}, pixel size {x} x {y}.").format(
                    files=len(plan.items), tiles=plan.tile_count, crs=plan.crs, x=plan.pixel_size[0],
                    y=plan.pixel_size[1]))
                paths = plan.run(client, progress=progress_reporter(feedback), on_item=on_item, cancel=feedback)
        except errors.CancelledError:
            raise QgsProcessingException(tr(
                "Cancelled: the files that were complete are kept, nothing partial is left.")) from None
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        return {self.OUTPUT: output, self.FILES: "\n".join(paths)}
