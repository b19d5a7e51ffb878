"""A layer's features, readable in a background task.

A ``QgsVectorLayer`` belongs to the GUI thread; a task must not use it. :class:`LayerSnapshot` is made on
the GUI thread (it copies the fields, CRS, geometry type and the ids to read, and opens a
``QgsVectorLayerFeatureSource``) and is then safe to read from a task: it offers the part of the
``QgsFeatureSource`` API that the plugin's core uses, without copying the features themselves.
"""

from qgis.core import QgsFeatureRequest, QgsFields, QgsVectorLayerFeatureSource


class LayerSnapshot:
    """``fields()``, ``sourceCrs()``, ``wkbType()``, ``featureCount()``, ``getFeatures(request)`` of a layer (or
    of the features ``feature_ids`` of it), as they were when the snapshot was made on the GUI thread."""

    def __init__(self, layer, feature_ids=None):
        self._fields = QgsFields(layer.fields())
        self._crs = layer.crs()
        self._wkb_type = layer.wkbType()
        self._name = layer.name()
        self._ids = None if feature_ids is None else sorted(feature_ids)
        self._count = layer.featureCount() if self._ids is None else len(self._ids)
        self._source = QgsVectorLayerFeatureSource(layer)

    def fields(self):
        return self._fields

    def sourceCrs(self):  # noqa: N802 - QgsFeatureSource API
        return self._crs

    def crs(self):
        return self._crs

    def wkbType(self):  # noqa: N802 - QgsFeatureSource API
        return self._wkb_type

    def sourceName(self):  # noqa: N802 - QgsFeatureSource API
        return self._name

    def featureCount(self):  # noqa: N802 - QgsFeatureSource API
        return self._count

    def getFeatures(self, request=None):  # noqa: N802 - QgsFeatureSource API
        request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
        if self._ids is not None:
            if request.filterType() == QgsFeatureRequest.FilterFids:
                request.setFilterFids(sorted(set(request.filterFids()) & set(self._ids)))
            elif request.filterType() == QgsFeatureRequest.FilterFid:
                if request.filterFid() not in self._ids:
                    request.setFilterFids([])
            else:
                request.setFilterFids(self._ids)
        return self._source.getFeatures(request)
