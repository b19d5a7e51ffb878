#!/usr/bin/env python3
"""Install the plugin zip into a QGIS profile and enable it (what Plugins > Install from ZIP does).

Usage: install.py --profile PROFILE_DIR ZIP
PROFILE_DIR is a QGIS profile folder, e.g. ~/.local/share/QGIS/QGIS3/profiles/default.
"""

import argparse
import configparser
import os
import shutil
import sys
import tempfile
import zipfile

SLUG = "lizard_explorer"


def install(zip_path, profile):
    plugins = os.path.join(profile, "python", "plugins")
    os.makedirs(plugins, exist_ok=True)
    staging = tempfile.mkdtemp(prefix=".lizard-install-", dir=plugins)
    try:
        zipfile.ZipFile(zip_path).extractall(staging)
        target = os.path.join(plugins, SLUG)
        if os.path.islink(target) or os.path.isfile(target):
            os.remove(target)
        elif os.path.isdir(target):
            shutil.rmtree(target)
        os.replace(os.path.join(staging, SLUG), target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    enable(profile)
    return target


def enable(profile):
    """Mark the plugin enabled in the profile's QGIS3.ini, keeping everything else in the file."""
    ini = os.path.join(profile, "QGIS", "QGIS3.ini")
    os.makedirs(os.path.dirname(ini), exist_ok=True)
    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str
    if os.path.exists(ini):
        parser.read(ini, encoding="utf-8")
    if not parser.has_section("PythonPlugins"):
        parser.add_section("PythonPlugins")
    parser.set("PythonPlugins", SLUG, "true")
    with open(ini, "w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", required=True)
    parser.add_argument("zip")
    args = parser.parse_args(argv)
    print("Installed into", install(args.zip, os.path.expanduser(args.profile)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
