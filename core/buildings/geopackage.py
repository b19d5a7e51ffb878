"""One layer in a GeoPackage: added to an existing file, or replacing only the layer of the same name.

The other layers of the file survive (``CreateOrOverwriteLayer``); only a file that does not exist yet is
created. Whether a layer of that name is there is asked first (:func:`has_layer`), so the caller can ask
the user before replacing it. GUI-free: the writer may be made and used in a task.
"""

import os

from osgeo import ogr
from qgis.core import QgsVectorFileWriter

from .. import errors
from ..gdal_errors import quiet_gdal
from ..i18n import tr


def layer_names(path):
    """The names of the layers in the GeoPackage ``path`` (empty when it does not exist or cannot be read)."""
    if not os.path.isfile(path):
        return []
    with quiet_gdal():
        source = ogr.Open(path)
    if source is None:
        return []
    names = [source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())]
    source = None
    return names


def has_layer(path, name):
    """Whether the GeoPackage ``path`` has a layer ``name`` (as GeoPackage compares names: ignoring case)."""
    return name.lower() in (existing.lower() for existing in layer_names(path))


def create_writer(path, name, fields, wkb_type, crs, transform_context):
    """A ``QgsVectorFileWriter`` for the layer ``name`` in ``path``: the file is created when missing, else
    only that layer is (re)created and the file's other layers are kept. Raises a LizardError when the file
    cannot be written (e.g. it exists but is not a GeoPackage)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if os.path.exists(path)
                                    else QgsVectorFileWriter.CreateOrOverwriteFile)
    writer = QgsVectorFileWriter.create(path, fields, wkb_type, crs, transform_context, options)
    if writer is None or writer.hasError() != QgsVectorFileWriter.NoError:
        message = writer.errorMessage() if writer is not None else ""
        raise errors.LizardError(tr("Could not write {path}: {error}").format(path=path, error=message))
    return writer
