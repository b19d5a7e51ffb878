"""QGIS 4 runs PyQt6: every Qt name the plugin uses must exist there exactly as the plugin writes it.

scripts/qt6.py reads the plugin's sources and resolves every name imported from ``qgis.PyQt`` and every
attribute chain on it against PyQt6 (from PyPI, requirements-dev.txt) in a child Python.
"""

import importlib.util
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("qt6_check", os.path.join(ROOT, "scripts", "qt6.py"))
qt6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt6)

QT5_FORMS = (
    "from qgis.PyQt.QtCore import Qt\n"
    "from qgis.PyQt.QtWidgets import QAction, QDialog, QMessageBox\n"
    "a = Qt.AlignLeft | Qt.AlignmentFlag.AlignTop\n"
    "b = QMessageBox.Yes\n"
    "c = QMessageBox.StandardButton.No\n"
    "def run(dialog: QDialog):\n"
    "    return QDialog.exec_(dialog), QDialog.exec(dialog), QAction, dialog.exec_()\n"
)


def test_pyqt6_is_installed_for_this_check():
    done = subprocess.run([sys.executable, "-c", "import PyQt6.QtCore as c; print(c.PYQT_VERSION_STR)"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, "PyQt6 (requirements-dev.txt) is missing: " + done.stderr
    assert done.stdout.startswith("6.")


def test_every_qt_name_the_plugin_uses_exists_in_pyqt6():
    files = list(qt6.python_files())
    per_file, _missing = qt6.scan(files)
    assert sum(len(uses) for uses in per_file.values()) > 100, "the scan found (almost) no Qt use"
    assert qt6.problems(files) == []


def test_the_check_finds_qt5_only_forms_and_the_rewrite_fixes_them(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(QT5_FORMS)
    found = qt6.problems([str(source)])
    assert len(found) == 4, found
    assert any("Qt.AlignLeft" in line and "write AlignmentFlag.AlignLeft" in line for line in found)
    assert any("QMessageBox.Yes" in line and "write StandardButton.Yes" in line for line in found)
    assert any("QDialog.exec_" in line and "write exec" in line for line in found)
    assert any("sample.py:7: Qt6 has no exec_(); write exec()" in line for line in found)

    assert qt6.rewrite([str(source)]) == []
    text = source.read_text()
    assert "a = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n" in text
    assert "b = QMessageBox.StandardButton.Yes\n" in text
    assert "return QDialog.exec(dialog), QDialog.exec(dialog), QAction, dialog.exec()\n" in text
    assert qt6.problems([str(source)]) == []


def test_metadata_offers_the_plugin_to_qgis_4():
    """QGIS 4's plugin manager offers a plugin only with supportsQt6=True and a maximum version of 4.x."""
    import configparser

    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    general = metadata["general"]
    assert general.get("supportsQt6", "").strip().lower() in ("true", "yes")
    major, minor = (int(part) for part in general["qgisMaximumVersion"].split(".")[:2])
    assert (major, minor) >= (4, 0)
    assert general["qgisMinimumVersion"] == "3.22"
