#!/usr/bin/env python3
"""Build the installable plugin zip: ``lizard_explorer/`` inside, compiled translations, no tests.

Usage: package.py [--output DIR]   (default: dist/). Prints the zip's path.
"""

import argparse
import configparser
import os
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUG = "lizard_explorer"
FILES = ["metadata.txt", "__init__.py", "plugin.py", "icon.svg", "LICENSE", "README.md"]
PACKAGES = ["core", "ui", "processing"]


def compile_translations():
    """``lrelease`` every ``i18n/*.ts`` into a ``.qm`` beside it; return the .qm paths."""
    folder = os.path.join(ROOT, "i18n")
    sources = sorted(f for f in os.listdir(folder) if f.endswith(".ts"))
    for name in sources:
        subprocess.run(["lrelease", "-silent", os.path.join(folder, name)], check=True)
    return [os.path.join("i18n", name[:-3] + ".qm") for name in sources]


def plugin_files():
    yield from FILES
    for package in PACKAGES:
        for folder, dirs, files in os.walk(os.path.join(ROOT, package)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".svg", ".png", ".ui")):
                    yield os.path.relpath(os.path.join(folder, name), ROOT)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default=os.path.join(ROOT, "dist"))
    args = parser.parse_args(argv)
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    version = metadata.get("general", "version")
    os.makedirs(args.output, exist_ok=True)
    target = os.path.join(args.output, "{}-{}.zip".format(SLUG, version))
    partial = target + ".part"
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in list(plugin_files()) + compile_translations():
            archive.write(os.path.join(ROOT, relative), "{}/{}".format(SLUG, relative))
    os.replace(partial, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
