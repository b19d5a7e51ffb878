"""Dutch first: every user-visible string in the plugin has a Dutch translation."""

import glob
import os
import re
import subprocess
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "i18n", "lizard_explorer_nl.ts")


def plugin_sources():
    files = ["__init__.py", "plugin.py"]
    for package in ("core", "ui", "processing"):
        files += glob.glob(os.path.join(package, "**", "*.py"), recursive=True)
    return sorted(files)


def messages(path):
    return {m.find("source").text: m.find("translation") for m in ET.parse(path).iter("message")}


def test_every_translatable_string_in_the_code_is_translated_to_dutch(tmp_path):
    fresh = tmp_path / "current.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *plugin_sources(), "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    in_code = set(messages(fresh))
    committed = messages(TS)
    assert in_code, "pylupdate5 found no strings"
    missing = sorted(in_code - set(committed))
    assert not missing, "run `make update-translations` and translate: {}".format(missing)
    untranslated = sorted(s for s in in_code if committed[s].get("type") == "unfinished" or
                          not "".join(committed[s].itertext()).strip())
    assert not untranslated, untranslated


def test_translations_keep_their_placeholders():
    placeholders = re.compile(r"\{[^{}]*\}|%n")
    for source, translation in messages(TS).items():
        forms = [f.text or "" for f in translation.iter("numerusform")] or ["".join(translation.itertext())]
        for text in forms:
            assert sorted(placeholders.findall(source)) == sorted(placeholders.findall(text)), (source, text)


def test_english_has_singular_and_plural_for_every_count_message():
    dutch = {s for s, t in messages(TS).items() if list(t.iter("numerusform"))}
    english = messages(os.path.join(ROOT, "i18n", "lizard_explorer_en.ts"))
    for source in dutch:
        forms = [f.text for f in english[source].iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f and "(s)" not in f for f in forms), (source, forms)
