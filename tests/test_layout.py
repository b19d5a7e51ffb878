"""The project guide's size rule: no source file past ~600 lines.

Enforced for ui/, processing/ and plugin.py. core/ is being restructured and is not enforced yet: the files of
core/ that still exceed the limit are listed in ``CORE_STILL_OVER`` (the lead extends ``CHECKED`` to core/ once
that list is empty).
"""

import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_LINES = 600
CHECKED = ("ui", "processing")
CORE_STILL_OVER = {"core/assets/bundle.py", "core/client.py", "core/rasters/download.py"}


def sources(package):
    found = []
    for folder, _dirs, names in os.walk(os.path.join(ROOT, package)):
        found += [os.path.relpath(os.path.join(folder, name), ROOT).replace(os.sep, "/")
                  for name in names if name.endswith(".py")]
    return sorted(found)


def lines(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return sum(1 for _line in f)


def test_no_file_of_ui_or_processing_nor_plugin_py_exceeds_600_lines():
    files = ["plugin.py"] + [path for package in CHECKED for path in sources(package)]
    assert any(path.startswith("ui/") for path in files) and any(path.startswith("processing/") for path in files)
    too_long = {path: lines(path) for path in files if lines(path) > MAX_LINES}
    assert not too_long, "split these files (the guide's limit is {} lines): {}".format(MAX_LINES, too_long)


def test_core_files_over_the_limit_are_only_the_known_ones():
    """core/ is not enforced yet, but no new file there may grow past the limit."""
    over = {path for path in sources("core") if lines(path) > MAX_LINES}
    assert over <= CORE_STILL_OVER, "new core/ files past {} lines: {}".format(MAX_LINES, over - CORE_STILL_OVER)
