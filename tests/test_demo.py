"""``make demo`` works: scripts/demo.py starts everything, screenshots the raster dock's results and stops.

Runs the real thing (Xvfb, qgis_mapserver, the fake Lizard, QGIS desktop), so it takes a while.
"""

import os
import re
import subprocess
import sys

import pytest
from qgis.PyQt.QtGui import QImage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "scripts", "demo.py")

def distinct_colours(path, step=7):
    image = QImage(path)
    assert not image.isNull(), "not an image: {}".format(path)
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return image, colours


def run_demo(tmp_path, *options):
    """Run the demo headless the way `make demo` does, but stopping after its screenshot (the system's
    temporary folder is ``tmp_path``)."""
    # No DISPLAY: the demo must start its own Xvfb. QT_QPA_PLATFORM=offscreen (the tests' setting) must not
    # reach QGIS desktop, or the screenshot would come from an invisible window.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TMPDIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, DEMO, "--exit-after-screenshot", "--timeout", "180", *options],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, cwd=str(tmp_path), timeout=240,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Started Xvfb" in output, output
    assert "Stopped: qgis, fake-lizard, wms, xvfb" in output, output
    return output


@pytest.mark.timeout(300)
def test_demo_takes_a_screenshot_of_search_results_and_stops_without_changing_the_clone(tmp_path):
    committed = os.path.join(ROOT, "docs", "screenshots", "demo.png")
    with open(committed, "rb") as handle:
        before = handle.read()
    output = run_demo(tmp_path)  # as `make demo` runs it: no --screenshot, no --update-docs
    screenshot = tmp_path / "lizard-demo-screenshots" / "demo.png"
    assert "Screenshot saved: {}".format(screenshot) in output, output
    with open(committed, "rb") as handle:
        assert handle.read() == before, "make demo changed the README's screenshot"
    found = re.search(r"raster dock: (\d+) shown of (\d+)", output)  # the dock's status line
    assert found and int(found.group(1)) > 0, output
    assert "on the map: p_lochem_kwel_wegzijging_2050" in output, output  # added, drawn from the local WMS
    assert screenshot.is_file(), output
    image, colours = distinct_colours(str(screenshot))
    assert (image.width(), image.height()) == (1280, 800)
    assert len(colours) > 20, "the screenshot looks blank ({} colours)".format(len(colours))


@pytest.mark.timeout(300)
def test_demo_settings_shot_shows_the_accepted_key(tmp_path):
    screenshot = tmp_path / "settings.png"
    output = run_demo(tmp_path, "--shot", "settings", "--screenshot", str(screenshot))
    assert "Your API key was accepted: you are jane.supplier." in output, output
    assert "fake-key-jane-supplier" not in output
    _image, colours = distinct_colours(str(screenshot), step=3)
    assert len(colours) > 5


@pytest.mark.timeout(300)
def test_demo_buildings_shot_loads_buildings_into_a_layer(tmp_path):
    screenshot = tmp_path / "buildings.png"
    output = run_demo(tmp_path, "--shot", "buildings", "--screenshot", str(screenshot))
    found = re.search(r"buildings: (\d+) in Lizard buildings", output)
    assert found and int(found.group(1)) > 100, output
    _image, colours = distinct_colours(str(screenshot))
    assert len(colours) > 20


@pytest.mark.timeout(300)
def test_demo_upload_shot_uploads_a_geotiff_into_a_new_rastersource(tmp_path):
    screenshot = tmp_path / "upload.png"
    output = run_demo(tmp_path, "--shot", "upload", "--screenshot", str(screenshot))
    assert "upload: neerslag_lochem.tif into 'Neerslag Lochem (demo)': done; 1 of 1 files uploaded." in output, output
    assert "of Nelen & Schuurmans" in output, output
    assert "fake-key-jane-supplier" not in output
    image, colours = distinct_colours(str(screenshot), step=3)
    assert image.width() >= 560 and image.height() > 400
    assert len(colours) > 5


@pytest.mark.timeout(300)
def test_demo_download_shot_downloads_part_of_a_raster_into_a_group(tmp_path):
    screenshot = tmp_path / "download.png"
    output = run_demo(tmp_path, "--shot", "download", "--screenshot", str(screenshot))
    assert "adding the first result to the map" in output, output
    found = re.search(r"downloading: 1 file\(s\), 1 tile\(s\), ([\d,]+) pixels .*EPSG:28992, pixel size 250", output)
    assert found and 100 <= int(found.group(1).replace(",", "")) <= 2000, output  # a small part, at native size
    assert ("download: lochem_detail.tif of 'p_lochem_kwel_wegzijging_2050' into group "
            "'p_lochem_kwel_wegzijging_2050': done; Downloaded 1 file(s)") in output, output
    assert "fake-key-" not in output  # a Public raster: no API key
    image, colours = distinct_colours(str(screenshot))
    assert (image.width(), image.height()) == (1280, 800)  # the main window, the dialog painted on it
    assert len(colours) > 20


@pytest.mark.timeout(300)
def test_demo_timeseries_shot_plots_the_series_of_a_location_picked_on_the_map(tmp_path):
    screenshot = tmp_path / "timeseries.png"
    output = run_demo(tmp_path, "--shot", "timeseries", "--screenshot", str(screenshot))
    found = re.search(r"timeseries: (\d+) locations found\.; (LOC-\d+) picked; 1 series, .*: (aggregates|raw events)",
                      output)
    assert found and int(found.group(1)) > 1000, output
    assert "picked {} on the map".format(found.group(2)) in output, output  # a click on the map, with the tool
    image, colours = distinct_colours(str(screenshot))
    assert (image.width(), image.height()) == (1280, 800)  # the dock does not grow the window
    assert len(colours) > 20


@pytest.mark.timeout(300)
def test_demo_values_shot_shows_the_rasters_values_at_a_click_and_a_plot_through_time(tmp_path):
    screenshot = tmp_path / "values.png"
    output = run_demo(tmp_path, "--shot", "values", "--screenshot", str(screenshot))
    assert "clicked at 6.452, 52.141 with Lizard value at point" in output, output  # a click on the map
    found = re.search(r"values: Neerslag Lochem – 2024 \(mm/u\) = (-?[\d.]+) at 2024-\S+ \S+ UTC \(through time: (\d+) "
                      r"steps, in the plot\); p_lochem_kwel_wegzijging_2050 = (-?[\d.]+); plotted Neerslag Lochem",
                      output)
    assert found and int(found.group(2)) == 30, output  # the rain raster's last 30 hours
    image, colours = distinct_colours(str(screenshot))
    assert (image.width(), image.height()) == (1280, 800)
    assert len(colours) > 20


def test_demo_area_shot_drags_a_rectangle_for_each_rasters_mean_min_and_max(tmp_path):
    screenshot = tmp_path / "area.png"
    output = run_demo(tmp_path, "--shot", "area", "--screenshot", str(screenshot))
    assert "dragged 6.440, 52.134 to 6.466, 52.148 with Lizard value at point" in output, output
    number = r"(-?[\d.]+)"
    found = re.search(r"area: Neerslag Lochem – 2024 \(mm/u\) = mean {0} · min {0} · max {0} at 2024-\S+ \S+ UTC "
                      r"\(the mean through time in the plot\); "
                      r"p_lochem_kwel_wegzijging_2050 = mean {0} · min {0} · max {0}".format(number), output)
    assert found, output
    rain, seepage = [float(v) for v in found.groups()[:3]], [float(v) for v in found.groups()[3:]]
    assert rain[1] < rain[0] < rain[2] and seepage[1] < seepage[0] < seepage[2]  # min < mean < max
    assert "plotted Neerslag Lochem – 2024 (mm/u) (mean over the area) (30 steps)" in output, output
    image, _colours = distinct_colours(str(screenshot))
    assert (image.width(), image.height()) == (1280, 800)
