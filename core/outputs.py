"""Where outputs go: the one set of rules for output paths that the dialogs and the algorithms both follow.

- A file output gets its suffix when the path has none of the accepted ones (:func:`with_suffix`):
  ``.zip`` for an asset bundle, ``.tif`` (or ``.tiff``) for a GeoTIFF, ``.gpkg`` for a GeoPackage.
- A raster download goes to a ``.tif``/``.tiff`` file, a ``.vrt`` file or a folder (:func:`download_output`,
  :func:`download_layout`).
- A folder output is created when it is missing (:func:`output_folder`).
- An output file that is already there is kept, not fetched again (:func:`already_there`).
"""

import os

from . import errors
from .i18n import tr

ZIP = (".zip",)
GEOTIFF = (".tif", ".tiff")
GEOPACKAGE = (".gpkg",)
VRT = (".vrt",)


def with_suffix(path, suffixes):
    """``path`` when it ends with one of ``suffixes`` (any case), else ``path`` + the first of them."""
    path = str(path).strip()
    if isinstance(suffixes, str):
        suffixes = (suffixes,)
    if path.lower().endswith(tuple(suffix.lower() for suffix in suffixes)):
        return path
    return path + suffixes[0]


def bundle_path(path):
    return with_suffix(path, ZIP)


def geotiff_path(path):
    return with_suffix(path, GEOTIFF)


def geopackage_path(path):
    return with_suffix(path, GEOPACKAGE)


def download_output(path, several=False, vrt=False):
    """What a chosen path means for a raster download: a folder when several files result, else a ``.vrt``
    (``vrt``) or ``.tif`` file, whose suffix replaces a ``.tif``/``.tiff``/``.vrt`` of the other kind."""
    path = str(path or "").strip()
    if not path:
        return ""
    path = os.path.abspath(os.path.expanduser(path))
    if several:
        return path
    stem, extension = os.path.splitext(path)
    extension = extension.lower()
    wanted, others = (VRT, GEOTIFF) if vrt else (GEOTIFF, VRT)
    if extension in wanted:
        return path
    return (stem if extension in others else path) + wanted[0]


def download_layout(output, vrt=False):
    """(folder, stem or None, extension) of a raster download's ``output``: a ``.tif``/``.tiff``/``.vrt``
    path that is not a folder is that file, anything else is a folder that gets ``.vrt`` (``vrt``) or ``.tif``
    files."""
    output = os.path.abspath(os.path.expanduser(str(output)))
    extension = os.path.splitext(output)[1].lower()
    if extension in GEOTIFF + VRT and not os.path.isdir(output):
        return os.path.dirname(output), os.path.splitext(os.path.basename(output))[0], extension
    return output, None, VRT[0] if vrt else GEOTIFF[0]


def output_folder(path):
    """The folder ``path``, created when missing; an ExportError says when it cannot be."""
    folder = os.path.abspath(os.path.expanduser(str(path)))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise errors.ExportError(tr("The folder {folder} cannot be created.").format(folder=folder),
                                 details=str(exc)) from None
    return folder


def already_there(path):
    """Whether an output file is already there (it is then kept and not made again)."""
    return os.path.exists(path)
