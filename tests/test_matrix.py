"""scripts/matrix.py (``make test-matrix``): the parts that need no Debian root."""

import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("matrix", os.path.join(ROOT, "scripts", "matrix.py"))
matrix = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(matrix)


def test_counts_come_from_pytests_closing_line():
    output = ("tests/test_a.py ..F.s\n"
              "FAILED tests/test_a.py::test_x - 3 passed in the message does not count\n"
              "==== 2 failed, 498 passed, 3 skipped, 1 error, 600 warnings in 201.53s (0:03:21) ====\n")
    assert matrix.summary(output) == {"passed": 498, "failed": 2, "skipped": 3, "error": 1}
    assert matrix.summary("make: *** No rule to make target\n") == {"passed": 0, "failed": 0, "skipped": 0,
                                                                    "error": 0}


def test_table_has_one_row_per_qgis_with_errors_counted_as_failures():
    rows = [dict(qgis="3.22.16", python="3.11.2", gdal="3.6.2", passed=520, failed=0, error=0, skipped=0,
                 seconds=245.4),
            dict(qgis="3.40.6", python="3.13.5", gdal="3.10.3", passed=518, failed=1, error=1, skipped=0,
                 seconds=3725)]
    assert matrix.table(rows).splitlines() == [
        "| QGIS | Python | GDAL | passed | failed | skipped | wall time |",
        "|---|---|---|---|---|---|---|",
        "| 3.22.16 | 3.11.2 | 3.6.2 | 520 | 0 | 0 | 4m05s |",
        "| 3.40.6 | 3.13.5 | 3.10.3 | 518 | 2 | 0 | 62m05s |",
    ]


def test_a_root_is_rebuilt_when_the_makefiles_package_list_changes(monkeypatch):
    packages = matrix.apt_packages()
    assert "qgis" in packages and "python3-qgis" in packages and "qgis-server-bin" in packages
    trixie = matrix.package_hash("trixie")
    assert trixie == matrix.package_hash("trixie") != matrix.package_hash("sid")
    monkeypatch.setattr(matrix, "apt_packages", lambda: packages + ["libgdal-netcdf"])
    assert matrix.package_hash("trixie") != trixie

