"""Work in progress beside its final file: hidden temporary names, and the clean-up of those a dead run left.

Every output (downloaded GeoTIFF or VRT, exported GeoTIFF, asset bundle) is written in its target folder
under a hidden name and renamed into place when complete (a rename within one folder: atomic, and never a
copy of a large file across devices), so the final name never holds half a file:

- a file: ``.<final name>.part-<pid>-<random><suffix>`` (the suffix keeps the format's extension, e.g. ``.tif``)
- a work folder (tiles, shapefile parts): ``.<final name>.partial-<pid>-<random>``

``<pid>`` is the process that writes it. A QGIS that is killed leaves these behind; the next run writing the
same final name calls :func:`clean_leftovers`, which deletes those whose process is gone and leaves alone
those of a process that still runs (another QGIS writing the same file right now).
"""

import contextlib
import os
import re
import shutil
import tempfile

from .log import get_logger

log = get_logger("partial")

_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<kind>part|partial)-(?P<pid>\d+)-")


def _split(final):
    final = os.path.abspath(final)
    return os.path.dirname(final), os.path.basename(final)


def temp_file(final, suffix=""):
    """A new, empty hidden file in ``final``'s folder, named for ``final`` and this process; returns its path."""
    folder, name = _split(final)
    handle, path = tempfile.mkstemp(prefix=".{}.part-{}-".format(name, os.getpid()), suffix=suffix, dir=folder)
    os.close(handle)
    return path


def temp_dir(final):
    """A new hidden folder in ``final``'s folder, named for ``final`` and this process; returns its path."""
    folder, name = _split(final)
    return tempfile.mkdtemp(prefix=".{}.partial-{}-".format(name, os.getpid()), dir=folder)


def owner(path):
    """(final name, pid) of a hidden partial file or folder, or ``None`` for any other name."""
    found = _NAME.match(os.path.basename(path))
    return (found.group("name"), int(found.group("pid"))) if found else None


def process_alive(pid):
    """Whether the process ``pid`` still runs (this one does; when unsure: yes, so nothing live is deleted)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: it exists, owned by someone else
        return True
    return True


def _windows_process_alive(pid):
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def remove(path):
    """Delete a file (and the ``.aux.xml`` GDAL may have put beside it) or a folder; missing is fine."""
    if not path:
        return
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
        return
    for candidate in (path, path + ".aux.xml"):
        with contextlib.suppress(OSError):
            os.remove(candidate)


def adopt_leftover(final, suffix=""):
    """The hidden partial file a run that has ended left for ``final`` (the largest, when there are several),
    renamed to a new temporary name of this process, so that a download can go on from it; None when there is
    none. The others stay for :func:`clean_leftovers`."""
    folder, name = _split(final)
    try:
        entries = os.listdir(folder)
    except OSError:
        return None
    candidates = []
    for entry in entries:
        found = owner(entry)
        path = os.path.join(folder, entry)
        if found is not None and found[0] == name and found[1] != os.getpid() and os.path.isfile(path) \
                and not process_alive(found[1]):
            candidates.append((os.path.getsize(path), path))
    if not candidates:
        return None
    temp = temp_file(final, suffix)
    try:
        os.replace(max(candidates)[1], temp)
    except OSError:
        remove(temp)
        return None
    log.info("Going on with the %d bytes a stopped run left for %s", max(candidates)[0], final)
    return temp


def clean_leftovers(final):
    """Delete the hidden partial files and folders for ``final`` that a run which has ended left behind
    (see the module docstring); returns their paths."""
    folder, name = _split(final)
    try:
        entries = os.listdir(folder)
    except OSError:
        return []
    removed = []
    for entry in entries:
        found = owner(entry)
        if found is None or found[0] != name or process_alive(found[1]):
            continue
        path = os.path.join(folder, entry)
        remove(path)
        removed.append(path)
    if removed:
        log.info("Removed %d partial file(s) a stopped run left for %s", len(removed), final)
    return removed
