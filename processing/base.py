from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBand,
    QgsProcessingParameterNumber,
)

from ..core.i18n import tr
from ..core.query import WGS84
from ..core.rasters.download_grid import Area


def group_name(group_id):
    return {"settings": tr("Settings"), "rasters": tr("Rasters"), "buildings": tr("Buildings"),
            "export": tr("Export"), "upload": tr("Upload"),
            "timeseries": tr("Timeseries"), "scenarios": tr("Scenarios")}.get(group_id, group_id)


def fields_of(spec):
    """QgsFields from (name, type) pairs, in their order."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def count_progress(feedback):
    """A ``progress(done, total)`` callback (a search's pages) that moves the bar."""

    def progress(done, total):
        feedback.setProgress(100.0 * done / total if total else 100.0)

    return progress


def add_feature(sink, geometry, attributes):
    """One feature into ``sink``: ``geometry`` (None: none) and ``attributes`` in the fields' order."""
    feature = QgsFeature()
    if geometry is not None:
        feature.setGeometry(geometry)
    feature.setAttributes(attributes)
    sink.addFeature(feature, QgsFeatureSink.FastInsert)


def progress_reporter(feedback):
    """A ``progress(fraction, message)`` callback that moves the bar and logs each new message once."""
    last = {"message": None}

    def progress(fraction, message):
        feedback.setProgress(100.0 * fraction)
        if message and message != last["message"]:
            last["message"] = message
            feedback.pushInfo(message)

    return progress


class LizardAlgorithm(QgsProcessingAlgorithm):
    """What every Lizard algorithm shares: its group (``GROUP``, an id) and a fresh instance of its class."""

    GROUP = "rasters"

    def group(self):
        return group_name(self.GROUP)

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    # --- shared parameters ------------------------------------------------------------------------

    def add_band_and_nodata(self, band="BAND", nodata="NODATA", parent="INPUT"):
        """``BAND`` (default 1) of the ``INPUT`` raster and an optional ``NODATA`` value."""
        # Optional so that leaving it out means band 1: QGIS 3.22 refuses a missing band despite its default.
        self.addParameter(QgsProcessingParameterBand(band, tr("Band"), defaultValue=1,
                                                     parentLayerParameterName=parent, optional=True))
        self.addParameter(QgsProcessingParameterNumber(nodata, tr("NODATA value"),
                                                       type=QgsProcessingParameterNumber.Double, optional=True))

    @staticmethod
    def given(parameters, name):
        return parameters.get(name) not in (None, "")

    def optional_number(self, parameters, name, context):
        """The number given for ``name``, or None when it was left empty."""
        return self.parameterAsDouble(parameters, name, context) if self.given(parameters, name) else None

    def wgs84_sink(self, parameters, name, context, fields, geometry_type):
        """(sink, destination id) of the output ``name`` in WGS84; the standard error when it cannot be made."""
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, geometry_type,
                                             QgsCoordinateReferenceSystem(WGS84))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest_id

    def optional_crs(self, parameters, name, context):
        """The valid CRS given for ``name``, or None."""
        if not self.given(parameters, name):
            return None
        crs = self.parameterAsCrs(parameters, name, context)
        return crs if crs.isValid() else None

    def extent_area(self, parameters, name, context):
        """The extent given for ``name`` as a download :class:`~core.rasters.download_grid.Area`, or None."""
        if not self.given(parameters, name):
            return None
        rectangle = self.parameterAsExtent(parameters, name, context)
        if rectangle.isNull():
            return None
        return Area.from_extent(rectangle, self.parameterAsExtentCrs(parameters, name, context),
                                context.transformContext())

    def crs_text(self, parameters, name, context):
        """The CRS given for ``name`` as ``EPSG:n`` (or WKT when it has no EPSG code), or None."""
        crs = self.parameterAsCrs(parameters, name, context)
        if not crs.isValid():
            return None
        return crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()
