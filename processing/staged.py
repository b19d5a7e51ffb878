"""A Processing feature sink that reaches the user's data only when the run completes (:class:`StagedSink`).

An algorithm that writes as it downloads would leave half a table behind when the download fails or is
cancelled part-way. Here the rows go to a hidden partial copy instead (:mod:`core.partial`), and only
:meth:`StagedSink.commit` puts the result in place:

- a new file (``events.csv``, ``events.gpkg``, a shapefile, …) or an existing one that is not a database
  (it is replaced as a whole): written in a hidden work folder beside it, under the same name (so a
  shapefile's parts are named as they would be), then renamed into place;
- a table in a database file that exists (an existing GeoPackage or SQLite file given as a path, an
  ``ogr:dbname='…gpkg' table="…"``/``spatialite:`` table, or an existing layer to append to) and a table of
  a database server (``postgres:…`` and the like): the rows wait in a hidden GeoPackage in Processing's
  temporary folder and are written to the real sink once all are in, so the file's other tables and a table
  of the same name (Processing drops it as soon as its sink opens) are touched only then. The user's file
  is never copied or replaced: QGIS may have it open (Windows locks it), and its ``-wal`` may hold changes;
- a memory layer: written directly (a failed run's layer is never loaded).

:meth:`StagedSink.abort` deletes the partial copy; the user's files stay as they were before the run.
"""

import os
import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core import partial
from ..core.i18n import tr

_PROVIDER = re.compile(r"^(?P<provider>[A-Za-z_]{3,}):(?P<uri>.*)$", re.DOTALL)
COPY_BATCH = 10000  # rows per addFeatures when the staged rows reach their destination (3× faster than one by one)
UPDATED_IN_PLACE = (".gpkg", ".sqlite", ".db")  # an existing file of these kinds may hold other tables


def _definition(value, sink):
    """A copy of the output definition ``value`` (or of a plain destination) that writes to ``sink``."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        definition = QgsProcessingOutputLayerDefinition(value)
    else:
        definition = QgsProcessingOutputLayerDefinition()
    definition.sink = QgsProperty.fromValue(sink)
    return definition


class StagedSink:
    """The feature sink of ``parameters[name]``, staged as the module docstring says. Write to :attr:`sink`,
    then call :meth:`commit` (returns the destination id Processing would have returned) or :meth:`abort`."""

    def __init__(self, algorithm, parameters, name, context, fields, geometry_type, crs=None):
        self.algorithm, self.parameters, self.name, self.context = algorithm, parameters, name, context
        self.fields, self.geometry_type = fields, geometry_type
        self.crs = crs if crs is not None else QgsCoordinateReferenceSystem()
        self.work = self.folder = None
        self.deferred = False
        value = parameters.get(name)
        destination = self._destination(value)
        found = _PROVIDER.match(destination)
        if destination.startswith("memory:"):
            self.sink, self.dest_id = self._open(parameters)
            return
        final = os.path.abspath(destination) if found is None else None
        remapped = isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping()
        if final is not None and not remapped and not (final.lower().endswith(UPDATED_IN_PLACE)
                                                       and os.path.exists(final)):
            staged = self._stage_file(final)
        else:  # a table in a file that exists, or of a database: the rows wait in a GeoPackage of our own
            self.deferred = True
            self.work = partial.temp_dir(os.path.join(QgsProcessingUtils.tempFolder(), "lizard_staged"))
            staged = os.path.join(self.work, "staged.gpkg")
            value = None  # nothing of it is loaded or remapped
        try:
            self.sink, self.staged_id = self._open(dict(parameters, **{name: _definition(value, staged)}))
        except BaseException:
            self.abort()
            raise
        self.dest_id = None

    def _destination(self, value):
        """The destination text of the output (``memory:…``, a path, ``provider:uri``), without registering
        a layer to load (the staged sink registers its own, renamed on commit)."""
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.destinationProject = None
        return self.algorithm.parameterAsOutputLayer({self.name: value}, self.name, self.context) or ""

    def _stage_file(self, final):
        """The path in a new hidden work folder beside ``final`` under which ``final`` is written."""
        self.folder = os.path.dirname(final)
        if not os.path.isdir(self.folder):
            raise QgsProcessingException(tr("The folder of {path} does not exist.").format(path=final))
        partial.clean_leftovers(final)
        self.work = partial.temp_dir(final)
        return os.path.join(self.work, os.path.basename(final))

    def _open(self, parameters):
        sink, dest_id = self.algorithm.parameterAsSink(parameters, self.name, self.context, self.fields,
                                                       self.geometry_type, self.crs)
        if sink is None:
            raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, self.name))
        return sink, dest_id

    def commit(self):
        """Close the sink and put the result in place; returns the output's destination id."""
        self.sink = None  # closes the file
        if self.work is None:
            return self.dest_id
        try:
            if self.deferred:
                self.dest_id = self._write_deferred()
            else:
                self.dest_id = self._move_into_place()
        finally:
            partial.remove(self.work)
            self.work = None
        return self.dest_id

    def _move_into_place(self):
        dest_id = self.staged_id.replace(self.work, self.folder, 1)
        for entry in sorted(os.listdir(self.work)):
            final = os.path.join(self.folder, entry)
            if entry.lower().endswith(".shp"):
                QgsVectorFileWriter.deleteShapeFile(final)  # no stale part of the old one stays
            os.replace(os.path.join(self.work, entry), final)
        layers = self.context.layersToLoadOnCompletion()
        if self.staged_id in layers:
            layers[dest_id] = layers.pop(self.staged_id)
            self.context.setLayersToLoadOnCompletion(layers)
        return dest_id

    def _write_deferred(self):
        staged = QgsVectorLayer(self.staged_id, "staged", "ogr")
        indexes = [staged.fields().indexFromName(field.name()) for field in self.fields]  # without its fid
        spatial = staged.isSpatial()
        sink, dest_id = self._open(self.parameters)
        batch = []
        for found in staged.getFeatures(QgsFeatureRequest()):
            feature = QgsFeature(self.fields)
            if spatial:
                feature.setGeometry(found.geometry())
            values = found.attributes()
            feature.setAttributes([values[index] for index in indexes])
            batch.append(feature)
            if len(batch) >= COPY_BATCH:
                self._add(sink, batch)
                batch = []
        self._add(sink, batch)
        staged = sink = None
        return dest_id

    def _add(self, sink, features):
        if features and not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.algorithm.writeFeatureError(sink, self.parameters, self.name))

    def abort(self):
        """Close the sink and delete the partial copy: the user's data stays as it was."""
        self.sink = None
        if self.work is not None:
            partial.remove(self.work)
            self.work = None
