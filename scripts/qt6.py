#!/usr/bin/env python3
"""QGIS 4 (PyQt6) readiness: every Qt name the plugin uses must exist in PyQt6 exactly as written.

    python scripts/qt6.py check            # list what PyQt6 lacks (exit 1 if anything)
    python scripts/qt6.py rewrite          # rewrite it in place in the form Qt5 and Qt6 both accept
    python scripts/qt6.py migration PATH   # run QGIS's pyqt5_to_pyqt6.py (at PATH) check-only over the plugin

The sources are read, not imported: every name imported from ``qgis.PyQt.<module>`` and every attribute chain on
it (``Qt.AlignmentFlag.AlignLeft``, ``QDialog.exec``) is resolved against PyQt6 (requirements-dev.txt) in a
child Python, since PyQt5 and PyQt6 cannot share a process. ``rewrite`` scopes enums (``Qt.AlignLeft`` ->
``Qt.AlignmentFlag.AlignLeft``) and renames ``exec_`` to ``exec``; what it cannot decide it reports.
"""

import ast
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# What ships in the plugin zip.
SOURCES = ["__init__.py", "plugin.py", "core", "ui", "processing"]
# QGIS 4's qgis.PyQt.QtWidgets keeps the classes Qt6 moved to QtGui, so plugin code stays the same.
QGIS_PYQT6_MOVED = {"QtWidgets:QAction": "QtGui", "QtWidgets:QActionGroup": "QtGui", "QtWidgets:QShortcut": "QtGui"}
RENAMED = {"exec_": "exec"}


def python_files(root=ROOT, sources=SOURCES):
    for entry in sources:
        path = os.path.join(root, entry)
        if os.path.isfile(path):
            yield path
            continue
        for folder, _dirs, files in os.walk(path):
            yield from (os.path.join(folder, name) for name in sorted(files) if name.endswith(".py"))


def chain(node):
    """``Qt.AlignmentFlag.AlignLeft`` -> ["Qt", "AlignmentFlag", "AlignLeft"]; None unless it ends in a Name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id] + parts[::-1]
    return None


def qt_uses(path):
    """[(qt module, "Name.attr.attr", line, end position of each part)] for the Qt names one file uses."""
    with open(path, encoding="utf-8") as source:
        tree = ast.parse(source.read(), path)
    bound = {}  # local name -> (qt module, name in that module, or "" for the module itself)
    uses = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qgis.PyQt"):
            for alias in node.names:
                if node.module != "qgis.PyQt":
                    module = node.module.split(".")[-1]
                    bound[alias.asname or alias.name] = (module, alias.name)
                    uses.append((module, alias.name, node.lineno, []))
                elif alias.name.startswith("Qt"):
                    bound[alias.asname or alias.name] = (alias.name, "")
    longest = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            parts = chain(node)
            if parts and parts[0] in bound:
                key = (node.lineno, node.col_offset)
                if len(parts) > len(longest.get(key, ((),))[0]):
                    ends = []
                    inner = node
                    while isinstance(inner, ast.Attribute):
                        ends.append((inner.end_lineno, inner.end_col_offset))
                        inner = inner.value
                    longest[key] = (parts, ends[::-1])
    for (line, _col), (parts, ends) in sorted(longest.items()):
        module, name = bound[parts[0]]
        prefix = [name] if name else []
        uses.append((module, ".".join(prefix + parts[1:]), line, [None] * len(prefix) + ends))
    return uses


def renamed_members(path):
    """[(line, start, end, old name)] of members Qt6 renamed (``dialog.exec_()``), on any object."""
    with open(path, encoding="utf-8") as source:
        tree = ast.parse(source.read(), path)
    return sorted((node.end_lineno, node.end_col_offset - len(node.attr), node.end_col_offset, node.attr)
                  for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr in RENAMED)


RESOLVER = r"""
import enum, importlib, json, sys
uses, moved = json.load(sys.stdin)
answers = []
for module, written in uses:
    parts = written.split(".")
    obj = importlib.import_module("PyQt6." + moved.get(module + ":" + parts[0], module))
    for i, part in enumerate(parts):
        if hasattr(obj, part):
            obj = getattr(obj, part)
            continue
        scopes = sorted(name for name in dir(obj) if isinstance(getattr(obj, name, None), type)
                        and issubclass(getattr(obj, name), enum.Enum) and part in getattr(obj, name).__members__)
        answers.append([module, written, i, scopes])
        break
print(json.dumps(answers))
"""


def resolve(uses):
    """For each (module, written) PyQt6 lacks: [module, written, index of the missing part, enums holding it]."""
    done = subprocess.run([sys.executable, "-c", RESOLVER], input=json.dumps([sorted(uses), QGIS_PYQT6_MOVED]),
                          capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                          timeout=300)
    if done.returncode:
        raise RuntimeError("resolving against PyQt6 failed (is PyQt6 installed?): " + done.stderr.strip())
    return json.loads(done.stdout)


def scan(files):
    """({path: uses}, [missing]) for the files."""
    per_file = {path: qt_uses(path) for path in files}
    wanted = {(module, written) for uses in per_file.values() for module, written, _line, _ends in uses}
    return per_file, resolve(wanted)


def problems(files):
    """One line per Qt name PyQt6 lacks, with where it is used and the fix if there is one."""
    per_file, missing = scan(files)
    lines = []
    for module, written, index, scopes in missing:
        parts = written.split(".")
        where = ["{}:{}".format(os.path.relpath(path, ROOT), line) for path, uses in per_file.items()
                 for m, w, line, _ends in uses if (m, w) == (module, written)]
        fix = RENAMED.get(parts[index]) or (scopes[0] + "." + parts[index] if len(scopes) == 1 else None)
        lines.append("{}.{}: PyQt6 has no {}{} ({})".format(
            module, written, ".".join(parts[: index + 1]), "; write " + fix if fix else "", ", ".join(where)))
    for path in per_file:
        for line, _start, _end, name in renamed_members(path):
            lines.append("{}:{}: Qt6 has no {}(); write {}()".format(os.path.relpath(path, ROOT), line, name,
                                                                   RENAMED[name]))
    return sorted(set(lines))


def rewrite(files):
    """Scope enums and rename exec_ in place; returns the names it could not fix."""
    per_file, missing = scan(files)
    fixes = {}
    unfixed = []
    for module, written, index, scopes in missing:
        part = written.split(".")[index]
        if part in RENAMED:
            fixes[module, written] = (index, RENAMED[part])
        elif len(scopes) == 1:
            fixes[module, written] = (index, scopes[0] + "." + part)
        else:
            unfixed.append("{}.{} ({})".format(module, written, " or ".join(scopes) or "no enum holds it"))
    for path, uses in per_file.items():
        edits = [(line, start, end, RENAMED[name]) for line, start, end, name in renamed_members(path)]
        for module, written, _line, ends in uses:
            if (module, written) in fixes and ends:
                index, text = fixes[module, written]
                line, col = ends[index]
                edits.append((line, col - len(written.split(".")[index]), col, text))
        if not edits:
            continue
        with open(path, encoding="utf-8") as source:
            lines = source.read().split("\n")
        for line, start, end, text in sorted(set(edits), reverse=True):
            row = lines[line - 1]
            lines[line - 1] = row[:start] + text + row[end:]
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(lines))
    return unfixed


MIGRATION = r"""
import importlib.util, sys
from PyQt6 import QtCore, QtGui, QtNetwork, QtTest, QtWidgets, QtXml
spec = importlib.util.spec_from_file_location("pyqt5_to_pyqt6", sys.argv[1])
script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(script)
for module in (QtCore, QtGui, QtWidgets, QtNetwork, QtTest, QtXml):
    vars(script).update({k: v for k, v in vars(module).items() if not k.startswith("_")})
    for value in list(vars(module).values()):
        script.get_class_enums(value, script.qt_enums, script.ambiguous_enums)
changed = 0
for filename in sys.argv[2:]:
    changed |= bool(script.fix_file(filename, False, True, script.qt_enums, script.ambiguous_enums))
sys.exit(1 if changed else 0)
"""


def migration(script, files):
    """QGIS's migration script, check-only (it prints a diff for what it would change); its exit code."""
    return subprocess.run([sys.executable, "-c", MIGRATION, script, *files],
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).returncode


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in ("check", "rewrite", "migration"):
        sys.exit(__doc__)
    files = list(python_files())
    if argv[0] == "migration":
        if len(argv) < 2 or not os.path.isfile(argv[1]):
            sys.exit("give the path of QGIS's scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py (PYQT5_TO_PYQT6=...)")
        code = migration(argv[1], files)
        print("QGIS's migration script: " + ("changes left (diff above)" if code else "nothing left to change"))
        return code
    if argv[0] == "rewrite":
        unfixed = rewrite(files)
        for line in unfixed:
            print("not rewritten:", line)
        return 1 if unfixed else 0
    lines = problems(files)
    for line in lines:
        print(line)
    print("{} Qt name(s) PyQt6 lacks".format(len(lines)))
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
