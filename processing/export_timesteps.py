
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
)

from ..core import errors
from ..core.i18n import tr
from ..core.rasters.geotiff import (
    TIMESTEPS_CSV,
    file_stem,
    raster_timestamps,
    split_bands,
    split_layers,
    write_timesteps_csv,
)
from ..core.times import iso_utc, parse_list
from .base import LizardAlgorithm


def gdal_source(layer):
    """What GDAL opens for a raster layer (a file, or e.g. ``NETCDF:"file.nc":var``), or a
    ``QgsProcessingException`` with a sentence when the layer is not a GDAL raster."""
    if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
        raise QgsProcessingException(tr(
            "The layer {name} is not a raster file on disk; save it as a file first.").format(
                name=layer.name() if layer is not None else ""))
    return layer.source()


class ExportTimestepsAlgorithm(LizardAlgorithm):
    """Time steps (the bands of a NetCDF or multi-band raster, or a set of layers) as one Lizard GeoTIFF each,
    named by UTC timestamp, with a ``timesteps.csv`` listing file and timestamp for the upload."""

    GROUP = "export"
    INPUT = "INPUT"
    INPUT_LAYERS = "INPUT_LAYERS"
    TIMESTAMPS = "TIMESTAMPS"
    NODATA = "NODATA"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    FILES = "FILES"
    CSV = "CSV"
    COUNT = "COUNT"

    def name(self):
        return "exporttimesteps"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Export time steps for Lizard")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Writes time steps as GeoTIFFs that Lizard accepts, one file per time step named with its UTC "
            "timestamp (e.g. rain_20200101T060000Z.tif), and timesteps.csv in the same folder with a file,"
            "timestamp row per file for the upload to a temporal rastersource. Nothing is left behind when it "
            "fails.\n\n"
            "INPUT: a NetCDF or multi-band raster whose bands are the time steps.\n"
            "INPUT_LAYERS: instead of INPUT, a set of raster layers, one per time step (band 1 of each).\n"
            "TIMESTAMPS: the UTC time of each band or layer, in the same order, separated by commas or new "
            "lines (ISO 8601, e.g. 2020-01-01T06:00:00Z). Leave it empty to take the times from the raster: "
            "NetCDF time metadata (\"hours since ...\" and the like) or band descriptions that are dates.\n"
            "NODATA: the no-data value, needed only when the bands have none.\n"
            "TARGET_CRS: reproject to this CRS (it must have an EPSG code).\n\n"
            "OUTPUT: the folder. FILES: the GeoTIFFs written, one path per line; CSV: timesteps.csv."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.INPUT, tr("NetCDF or multi-band raster (one band per time step)"), optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT_LAYERS, tr("Or: raster layers, one per time step"), QgsProcessing.TypeRaster,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TIMESTAMPS, tr("Timestamps (ISO 8601 UTC, in order; empty: from the raster)"), multiLine=True,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.NODATA, tr("NODATA value"),
                                                       type=QgsProcessingParameterNumber.Double, optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Target CRS"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Output folder")))
        self.addOutput(QgsProcessingOutputString(self.FILES, tr("Files written")))
        self.addOutput(QgsProcessingOutputFile(self.CSV, tr("List of files and timestamps")))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Number of time steps")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        layers = [item for item in self.parameterAsLayerList(parameters, self.INPUT_LAYERS, context)
                  if item is not None]
        if (layer is None) == (not layers):
            raise QgsProcessingException(tr("Give either INPUT (one raster with a band per time step) or "
                                            "INPUT_LAYERS (one layer per time step), not both or neither."))
        nodata = self.optional_number(parameters, self.NODATA, context)
        target = self.crs_text(parameters, self.TARGET_CRS, context)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        try:
            timestamps = parse_list(self.parameterAsString(parameters, self.TIMESTAMPS, context))
            if layer is not None:
                source = gdal_source(layer)
                if not timestamps:
                    timestamps = raster_timestamps(source)
                    if not timestamps:
                        raise QgsProcessingException(tr(
                            "{name} does not say the time of its bands; give TIMESTAMPS, one per band.").format(
                                name=layer.name()))
                    feedback.pushInfo(tr("Times from the raster: {times}").format(
                        times=", ".join(iso_utc(t) for t in timestamps)))
                pairs = split_bands(source, folder, timestamps, name=file_stem(layer.name()), nodata=nodata,
                                    target_crs=target, feedback=feedback)
            else:
                sources = [gdal_source(item) for item in layers]
                if not timestamps:
                    timestamps = []
                    for item, source in zip(layers, sources):
                        times = raster_timestamps(source)
                        if not times or len(times) != 1:
                            raise QgsProcessingException(tr(
                                "{name} does not say its time; give TIMESTAMPS, one per layer in the same "
                                "order.").format(name=item.name()))
                        timestamps.append(times[0])
                pairs = split_layers(sources, folder, timestamps, name=file_stem(layers[0].name()), nodata=nodata,
                                     target_crs=target, feedback=feedback)
            csv_path = write_timesteps_csv(folder, pairs)
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(tr("Wrote %n time step(s) and {csv} to {folder}.", "", len(pairs)).format(
            csv=TIMESTEPS_CSV, folder=folder))
        return {self.OUTPUT: folder, self.FILES: "\n".join(path for path, _time in pairs), self.CSV: csv_path,
                self.COUNT: len(pairs)}
