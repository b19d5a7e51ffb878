"""The words users read (README, metadata.txt, the Help box) describe what the plugin does today."""

import configparser
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUTURE = re.compile(r"coming versions?|not yet (?:possible|available)|will be able", re.IGNORECASE)


def read(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as handle:
        return handle.read()


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(read("metadata.txt"))
    return parser["general"]


def test_the_version_has_a_changelog_entry_of_its_own():
    general = metadata()
    assert general["version"] == "0.3.2"
    entries = re.findall(r"^\s*(\d+\.\d+\.\d+) ", general["changelog"], re.MULTILINE)
    assert entries[0] == general["version"], entries  # the newest entry first
    assert len(entries) == len(set(entries))


def test_metadata_describes_the_plugin_of_today_without_links_elsewhere():
    general = metadata()
    for word in ("asset bundle", "upload", "download", "timeseries", "GeoTIFF", "qgis_process",
                 "scenario", "value"):
        assert word.lower() in general["about"].lower(), word
    assert not FUTURE.search(general["about"]) and not FUTURE.search(general["changelog"])
    assert not re.search(r"https?://", read("metadata.txt")), "metadata.txt links outside the repository"


def test_readme_links_only_into_the_repository_and_never_promises():
    text = read("README.md")
    assert not FUTURE.search(text)
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    assert targets, "the README shows its screenshots"
    for target in targets:
        assert not re.match(r"[a-z]+://", target), "link outside the repository: {}".format(target)
        assert os.path.exists(os.path.join(ROOT, target.split("#")[0])), target


def test_help_box_describes_every_feature(qgis_app):
    from lizard_explorer.plugin import help_html

    text = help_html()
    assert not FUTURE.search(text)
    assert "<a " not in text.lower()
    for word in ("rasters", "buildings", "Download", "asset bundle", "GeoTIFF", "upload", "timeseries",
                 "scenarios", "Lizard value at point", "through time", "Processing", "qgis_process"):
        assert word in text, word


def test_readme_lists_every_processing_algorithm_and_shows_the_timeseries_and_value_tools(qgis_app):
    from lizard_explorer.processing.provider import ALGORITHMS

    text = read("README.md")
    missing = [algorithm().name() for algorithm in ALGORITHMS
               if "(`lizard:{}`)".format(algorithm().name()) not in text]
    assert not missing, "the README's Processing list lacks these algorithms: {}".format(missing)
    for heading, picture in (("### Timeseries", "docs/screenshots/timeseries.png"),
                             ("### Raster values at a point", "docs/screenshots/values.png")):
        section = text.split(heading + "\n", 1)[1].split("\n#", 1)[0]
        assert "]({})".format(picture) in section, heading
    assert "Export values…" in text and "Lizard value at point" in text
    roadmap = text.split("## Roadmap\n", 1)[1].split("\n## ", 1)[0].lower()
    for shipped in ("timeseries", "value at point", "raster values"):
        assert shipped not in roadmap, "the roadmap still plans what the plugin does: {}".format(shipped)
