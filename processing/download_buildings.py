from qgis.core import (
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import Qt

from ..core import errors
from ..core.buildings import buildings
from ..core.client import LizardClient
from ..core.i18n import tr
from .base import LizardAlgorithm


class DownloadBuildingsAlgorithm(LizardAlgorithm):
    """Lizard buildings in an extent or in the (selected) features of a layer, as MultiPolygons in WGS84."""

    GROUP = "buildings"
    EXTENT = "EXTENT"
    FILTER_LAYER = "FILTER_LAYER"
    PREDICATE = "PREDICATE"
    CODE = "CODE"
    BUILD_YEAR_MIN = "BUILD_YEAR_MIN"
    BUILD_YEAR_MAX = "BUILD_YEAR_MAX"
    POSTALCODE = "POSTALCODE"
    VALID_AT = "VALID_AT"
    MAX_FEATURES = "MAX_FEATURES"
    OUTPUT = "OUTPUT"

    def name(self):
        return "downloadbuildings"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Download buildings")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Downloads Lizard buildings (footprints with their addresses) for an area and writes them as "
            "MultiPolygons in WGS84 (EPSG:4326). It uses the portal and key from the Lizard settings, or the "
            "environment variables LIZARD_URL and LIZARD_API_KEY when they are set.\n\n"
            "EXTENT: buildings that overlap this extent. Give an extent, a filter layer or both; without an "
            "area the algorithm refuses to run rather than download every building of Lizard.\n"
            "FILTER_LAYER: buildings in the features of this layer (with \"selected features only\", in "
            "the selected ones). With an extent as well, only the part of the features inside the extent "
            "counts. Detailed shapes are simplified before they are sent to Lizard and the exact shape is "
            "checked here, so the result is exact.\n"
            "PREDICATE: intersects (buildings that touch the area) or within (buildings wholly inside it).\n"
            "CODE: only the building with this code (BAG identification), exactly.\n"
            "BUILD_YEAR_MIN, BUILD_YEAR_MAX: only buildings built in or after, in or before this year.\n"
            "POSTALCODE: only buildings with an address whose postal code starts with this text (e.g. "
            "2286 or 2286JG; spaces are ignored).\n"
            "VALID_AT: only the buildings that existed at this moment (the latest version of each).\n"
            "MAX_FEATURES: stop after this many buildings; 0 loads all.\n\n"
            "OUTPUT: the buildings, with the fields id, code, build_year, start, end, last_modified, "
            "organisation, the first address (street, house_number, house_letter, house_number_suffix, "
            "postalcode, city), address_count and addresses (all addresses as JSON text). As with every QGIS "
            "algorithm, a file name writes a new file (an existing file of that name is replaced). To add the "
            "buildings to an existing GeoPackage and keep its other layers, choose “Save to GeoPackage…” and "
            "give a layer name (ogr:dbname='file.gpkg' table=\"buildings\" (geom)): only a layer of that name "
            "is replaced.\n\n"
            "When Lizard keeps truncating its answers for a dense spot after the boxes were split as far as "
            "allowed, the buildings that arrived are kept and a warning names the boxes that may miss some."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FILTER_LAYER, tr("Area layer"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PREDICATE, tr("Buildings that"), options=[tr("Intersect the area"), tr("Are within the area")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.CODE, tr("Building code"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUILD_YEAR_MIN, tr("Built in or after"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUILD_YEAR_MAX, tr("Built in or before"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.POSTALCODE, tr("Postal code starts with"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.VALID_AT, tr("Valid at"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_FEATURES, tr("Maximum number of buildings (0: all)"), QgsProcessingParameterNumber.Integer,
            defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Buildings"), QgsProcessing.TypeVectorPolygon))

    def _optional_int(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsInt(parameters, name, context)

    def _area(self, parameters, context):
        predicate = buildings.PREDICATES[self.parameterAsEnum(parameters, self.PREDICATE, context)]
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        source = self.parameterAsSource(parameters, self.FILTER_LAYER, context) \
            if parameters.get(self.FILTER_LAYER) not in (None, "") else None
        if source is None and extent.isNull():
            raise QgsProcessingException(tr(
                "Give an extent or an area layer: loading every building of Lizard is not supported."))
        if source is None:
            box = buildings.Area.from_extent(extent, extent_crs, transform_context=context.transformContext()).box
            if predicate == "intersects":
                return buildings.Area(box=box)
            return buildings.Area(geometry=QgsGeometry.fromRect(box), predicate=predicate)
        geometries = [feature.geometry() for feature in source.getFeatures() if feature.hasGeometry()]
        if not geometries:
            raise QgsProcessingException(tr("The area layer has no (selected) features with a geometry."))
        return buildings.Area.from_geometries(geometries, source.sourceCrs(), predicate=predicate, extent=extent,
                                              extent_crs=extent_crs, transform_context=context.transformContext())

    def _attributes(self, parameters, context):
        moment = self.parameterAsDateTime(parameters, self.VALID_AT, context) \
            if parameters.get(self.VALID_AT) not in (None, "") else None
        return buildings.BuildingFilter(
            code=self.parameterAsString(parameters, self.CODE, context),
            build_year_min=self._optional_int(parameters, self.BUILD_YEAR_MIN, context),
            build_year_max=self._optional_int(parameters, self.BUILD_YEAR_MAX, context),
            postalcode=self.parameterAsString(parameters, self.POSTALCODE, context),
            valid_at=(moment.toUTC().toString(Qt.DateFormat.ISODate)
                      if moment is not None and moment.isValid() else None),
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        max_features = self.parameterAsInt(parameters, self.MAX_FEATURES, context)
        try:
            area = self._area(parameters, context)
            attributes = self._attributes(parameters, context)
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        layer_fields = buildings.fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, layer_fields,
                                             buildings.WKB_TYPE, buildings.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        def progress(done, total):
            if total:
                goal = min(total, max_features) if max_features else total
                feedback.setProgress(100.0 * done / goal if goal else 100.0)
            else:
                feedback.pushInfo(tr("%n building(s) loaded so far.", "", done))

        download = None
        try:
            with LizardClient.from_settings() as client:
                download = buildings.Download(client, area, attributes, max_features=max_features, concurrency=4)
                for batch in download.pages(cancel=feedback, progress=progress):
                    if not sink.addFeatures(buildings.to_features(batch, layer_fields), QgsFeatureSink.FastInsert):
                        raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        except errors.CancelledError:
            feedback.pushInfo(tr("Cancelled; the buildings loaded until then are kept."))
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        if download is not None:
            feedback.pushInfo(tr("%n building(s) loaded.", "", download.yielded))
            if download.incomplete:
                feedback.pushWarning(download.incomplete_text())
        return {self.OUTPUT: dest_id}
