"""GDAL's errors, kept quiet and collected, and no GDAL object outliving a failed call (shared by every domain
that writes or reads files with GDAL)."""

import contextlib
import functools
import traceback

from osgeo import gdal

from .compat import gdal_exceptions_off


@contextlib.contextmanager
def quiet_gdal():
    """GDAL errors are collected (``gdal.GetLastErrorMsg()``) instead of printed or raised; state restored after."""
    with gdal_exceptions_off():
        gdal.ErrorReset()
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            yield
        finally:
            gdal.PopErrorHandler()


def releases_gdal(function):
    """Let no GDAL object outlive a failed call: an error's traceback would keep the frames' datasets and
    bands alive (in a task's stored error, or a test's ``pytest.raises``) until after QGIS has shut GDAL
    down at exit, which crashes the process. The frames are cleared before the error travels on."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except BaseException as exc:
            traceback.clear_frames(exc.__traceback__)
            raise

    return wrapper
