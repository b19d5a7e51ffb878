"""The project guide's layout rules: no source file past ~600 lines, and core/ free of widgets and ``iface``.

The size rule is enforced for core/ (with its domain subpackages), ui/, processing/ and plugin.py. core/ must
run the same inside QGIS, under ``qgis_process`` and in plain tests, so no module of it imports widgets
(``QtWidgets``, ``qgis.gui``) or reaches for ``iface`` (``qgis.utils``).
"""

import ast
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_LINES = 600
CHECKED = ("core", "ui", "processing")
TOOLS = ("scripts", "bench")  # the demo, the matrix, packaging and the benchmarks: held to the same length
GUI_MODULES = ("qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets", "PyQt5.QtWidgets", "PyQt6.QtWidgets")


def sources(package):
    found = []
    for folder, dirs, names in os.walk(os.path.join(ROOT, package)):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        found += [os.path.relpath(os.path.join(folder, name), ROOT).replace(os.sep, "/")
                  for name in names if name.endswith(".py")]
    return sorted(found)


def lines(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return sum(1 for _line in f)


def test_no_file_of_the_plugin_scripts_or_benchmarks_exceeds_600_lines():
    files = ["plugin.py"] + [path for package in CHECKED + TOOLS for path in sources(package)]
    for package in CHECKED:
        assert any(path.startswith(package + "/") for path in files)
    assert any(path.count("/") > 1 for path in sources("core")), "core/'s domain subpackages are checked too"
    too_long = {path: lines(path) for path in files if lines(path) > MAX_LINES}
    assert not too_long, "split these files (the guide's limit is {} lines): {}".format(MAX_LINES, too_long)


def gui_imports(path, text=None):
    """One line per import statement of ``path`` that brings in widgets or ``iface``."""
    if text is None:
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            text = f.read()
    found = []
    for node in ast.walk(ast.parse(text, path)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module or ""] + ["{}.{}".format(node.module, alias.name) for alias in node.names]
        else:
            continue
        names = [alias.name for alias in node.names]
        if "iface" in names or any(m == gui or m.startswith(gui + ".") for m in modules for gui in GUI_MODULES):
            found.append("{}:{}: {}".format(path, node.lineno, ast.unparse(node)))
    return found


def test_core_imports_no_widgets_and_no_iface():
    files = sources("core")
    assert "core/client.py" in files and any(path.startswith("core/rasters/") for path in files)
    found = [problem for path in files for problem in gui_imports(path)]
    assert not found, found


def test_the_gui_import_check_sees_widgets_and_iface():
    text = ("from qgis.PyQt import QtWidgets\nfrom qgis.PyQt.QtWidgets import QDialog\nfrom qgis.utils import iface\n"
            "import qgis.gui\nfrom qgis.core import QgsProject\nfrom qgis.PyQt.QtCore import QVariant\n")
    assert [line.split(":")[1] for line in gui_imports("sample.py", text)] == ["1", "2", "3", "4"]


def test_a_core_domain_imports_only_the_shared_base_and_itself():
    """A newcomer finds a feature in one hop: what two domains share lives at core/'s root, not in one of them."""
    domains = sorted({path.split("/")[1] for path in sources("core") if path.count("/") > 1})
    assert {"rasters", "buildings"} <= set(domains)
    crossing = []
    for path in sources("core"):
        if path.count("/") < 2:
            continue
        own = path.split("/")[1]
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
        for node in ast.walk(tree):
            target = (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) and node.level == 2 else ""
            if target in domains and target != own:
                crossing.append("{}:{}: {}".format(path, node.lineno, ast.unparse(node)))
    assert not crossing, crossing
