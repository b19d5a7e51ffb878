from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core import errors
from ..core.assets.bundle import export_bundle, parse_pairs
from ..core.assets.shapefile import file_copy
from ..core.i18n import tr
from .base import LizardAlgorithm


class ExportAssetBundleAlgorithm(LizardAlgorithm):
    """A vector layer as a zipped shapefile plus ``.ini`` for Lizard's asset import."""

    GROUP = "export"

    INPUT = "INPUT"
    ASSET_TYPE = "ASSET_TYPE"
    COLUMNS = "COLUMNS"
    DEFAULTS = "DEFAULTS"
    ORGANISATION = "ORGANISATION"
    NESTED_ASSET = "NESTED_ASSET"
    NESTED_FIRST = "NESTED_FIRST"
    NESTED_FIELDS = "NESTED_FIELDS"
    INVALID_GEOMETRIES = "INVALID_GEOMETRIES"
    LONG_TEXT = "LONG_TEXT"
    OUTPUT = "OUTPUT"
    FEATURES = "FEATURES"
    SKIPPED = "SKIPPED"
    WARNINGS = "WARNINGS"

    def name(self):
        return "exportassetbundle"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Export asset bundle")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Writes a vector layer as a zip file for Lizard's asset import (PORTAL/import/): a shapefile "
            "(UTF-8) and an .ini file that tells Lizard which column holds which field. Nothing is uploaded. "
            "Field names longer than 10 characters are shortened (and made unique); the .ini refers to the "
            "names written. The layer is checked before anything is written; a shapefile that would pass 2 GB is "
            "refused.\n\n"
            "INPUT: the assets (\"selected features only\" is respected).\n"
            "ASSET_TYPE: the Lizard asset type in CamelCase, e.g. GroundwaterStation, Pumpstation, Pipe, "
            "Polder (or its API name, e.g. groundwaterstations). Point, line or polygon layers must fit it.\n"
            "COLUMNS: lizard_field=LAYER_FIELD pairs separated by semicolons, e.g. code=ID;name=NAME.\n"
            "DEFAULTS: lizard_field=value pairs for fields that are the same for every asset, e.g. "
            "frequency=daily;scale=1.\n"
            "ORGANISATION: the UUID of the organisation the assets belong to.\n"
            "NESTED_ASSET: the type of nested assets in the same row, e.g. Filter.\n"
            "NESTED_FIRST: the first layer field of the nested block; it and every field to its right hold the "
            "nested assets, NESTED_FIELDS at a time.\n"
            "NESTED_FIELDS: the Lizard fields of one nested asset, separated by commas, e.g. "
            "code,filter_top_level,filter_bottom_level.\n"
            "INVALID_GEOMETRIES: 0 skip features without a valid geometry and count them (default), 1 refuse "
            "to export when there is one.\n"
            "LONG_TEXT: 0 refuse text longer than 254 bytes, naming the field and a feature (default), 1 cut "
            "it to 254 bytes with a warning (a shapefile cannot hold more).\n\n"
            "OUTPUT: the zip file. FEATURES and SKIPPED: how many features were written and left out."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Assets"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterString(self.ASSET_TYPE, tr("Asset type (e.g. GroundwaterStation)")))
        self.addParameter(QgsProcessingParameterString(
            self.COLUMNS, tr("Columns (lizard_field=LAYER_FIELD;...)")))
        self.addParameter(QgsProcessingParameterString(
            self.DEFAULTS, tr("Defaults (lizard_field=value;...)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, tr("Organisation UUID"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NESTED_ASSET, tr("Nested asset type (e.g. Filter)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NESTED_FIRST, tr("First field of the nested assets"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NESTED_FIELDS, tr("Nested asset fields (f1,f2,...)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.INVALID_GEOMETRIES, tr("Features without a valid geometry"),
            options=[tr("Skip and count them"), tr("Refuse to export")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.LONG_TEXT, tr("Text longer than 254 bytes"),
            options=[tr("Refuse to export"), tr("Cut to 254 bytes and warn")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Asset bundle"), fileFilter=tr("Zip files (*.zip)")))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURES, tr("Features written")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Features skipped")))
        self.addOutput(QgsProcessingOutputString(self.WARNINGS, tr("Warnings")))

    def _whole_layer(self, parameters, context):
        """The input's vector layer when every feature of it is exported (so that a file-backed layer is
        written by GDAL directly), else None."""
        value = parameters.get(self.INPUT)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
                value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", "")):
            return None
        return self.parameterAsVectorLayer(parameters, self.INPUT, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        # Invalid geometries are this algorithm's own choice (INVALID_GEOMETRIES), not the context's.
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layer = self._whole_layer(parameters, context)
        copy = file_copy(layer) if layer is not None else None
        if copy is not None and copy.featureCount() == source.featureCount():
            source = copy  # a file GDAL can read and write directly: much faster
        invalid = ("skip", "refuse")[self.parameterAsEnum(parameters, self.INVALID_GEOMETRIES, context)]
        long_text = ("refuse", "truncate")[self.parameterAsEnum(parameters, self.LONG_TEXT, context)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        nested_asset = self.parameterAsString(parameters, self.NESTED_ASSET, context).strip()
        nested_first = self.parameterAsString(parameters, self.NESTED_FIRST, context).strip()
        nested_fields = [f.strip() for f in self.parameterAsString(parameters, self.NESTED_FIELDS, context)
                         .split(",") if f.strip()]
        try:
            columns = parse_pairs(self.parameterAsString(parameters, self.COLUMNS, context), "COLUMNS")
            defaults = parse_pairs(self.parameterAsString(parameters, self.DEFAULTS, context), "DEFAULTS")
            nested = None
            if nested_asset or nested_first or nested_fields:
                if not (nested_asset and nested_first and nested_fields):
                    raise QgsProcessingException(tr(
                        "Nested assets need all three of NESTED_ASSET, NESTED_FIRST and NESTED_FIELDS."))
                nested = (nested_asset, nested_first, nested_fields)
            result = export_bundle(
                source, output, self.parameterAsString(parameters, self.ASSET_TYPE, context), columns,
                defaults=defaults,
                organisation=self.parameterAsString(parameters, self.ORGANISATION, context).strip() or None,
                nested=nested, invalid=invalid, long_text=long_text, feedback=feedback)
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        for warning in result.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(tr("Wrote %n asset(s) to {path}.", "", result.feature_count).format(path=result.path))
        return {self.OUTPUT: result.path, self.FEATURES: result.feature_count, self.SKIPPED: result.skipped,
                self.WARNINGS: "\n".join(result.warnings)}
