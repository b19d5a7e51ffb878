"""Nothing half-written under a final name, and nothing a killed QGIS left behind survives the next run to the
same place: hidden partial names beside the output (core.partial), cleaned by pid."""

import os
import subprocess
import sys
import zipfile

import pytest
from lizard_explorer.core import partial
from lizard_explorer.core.assets.bundle import export_bundle
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.errors import ExportError
from lizard_explorer.core.rasters import download, download_grid
from lizard_explorer.core.rasters.geotiff import export_geotiff
from test_assets import stations
from test_download_core import RD_AREA, pick
from test_geotiff import make_raster


@pytest.fixture(scope="module")
def dead_pid():
    """The pid of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def live_pid():
    """The pid of another process that runs (another QGIS writing the same file)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def leave_leftovers(folder, final_name, dead_pid, live_pid):
    """What a killed run (``dead_pid``) and a running one (``live_pid``) have beside ``final_name``; returns
    (the dead run's paths, the live run's paths)."""
    folder = str(folder)
    dead_file = os.path.join(folder, ".{}.part-{}-abc123.tif".format(final_name, dead_pid))
    dead_dir = os.path.join(folder, ".{}.partial-{}-def456".format(final_name, dead_pid))
    live_file = os.path.join(folder, ".{}.part-{}-ghi789.tif".format(final_name, live_pid))
    other = os.path.join(folder, ".other.tif.part-{}-jkl012.tif".format(dead_pid))  # another output's
    for path in (dead_file, live_file, other):
        with open(path, "wb") as handle:
            handle.write(b"half")
    os.mkdir(dead_dir)
    with open(os.path.join(dead_dir, "tile_00000.tif"), "wb") as handle:
        handle.write(b"half a tile")
    return [dead_file, dead_dir], [live_file, other]


def test_temp_names_are_hidden_beside_the_output_and_carry_the_pid(tmp_path):
    final = str(tmp_path / "out.tif")
    path, folder = partial.temp_file(final, ".tif"), partial.temp_dir(final)
    for made in (path, folder):
        assert os.path.dirname(made) == str(tmp_path) and os.path.basename(made).startswith(".out.tif.")
        assert partial.owner(made) == ("out.tif", os.getpid())
    assert path.endswith(".tif") and os.path.isdir(folder)
    assert partial.clean_leftovers(final) == []  # this process runs: its own files are left alone
    assert os.path.exists(path) and os.path.isdir(folder)


def test_a_raster_download_removes_what_a_killed_run_left_and_keeps_a_live_runs_files(lizard, tmp_path, dead_pid,
                                                                                      live_pid):
    dead, live = leave_leftovers(tmp_path, "small.tif", dead_pid, live_pid)
    with LizardClient(lizard.base_url, proxies={}, retries=1) as client:
        plan = download.plan_download(client, pick(lizard)["uuid"], str(tmp_path / "small.tif"),
                                      download_grid.Area.from_extent(RD_AREA, "EPSG:28992"))
        plan.run(client)
    assert not any(os.path.exists(path) for path in dead)
    assert all(os.path.exists(path) for path in live)
    assert sorted(os.listdir(tmp_path)) == sorted(["small.tif"] + [os.path.basename(path) for path in live])


def test_a_geotiff_export_removes_what_a_killed_run_left(tmp_path, dead_pid, live_pid):
    source = make_raster(tmp_path / "source.tif", bands=1, nodata=-9999)
    folder = tmp_path / "out"
    folder.mkdir()
    dead, live = leave_leftovers(folder, "export.tif", dead_pid, live_pid)
    export_geotiff(source, str(folder / "export.tif"))
    assert not any(os.path.exists(path) for path in dead)
    assert all(os.path.exists(path) for path in live) and (folder / "export.tif").exists()


def test_an_asset_bundle_is_renamed_into_place_from_a_hidden_file_beside_it(tmp_path, dead_pid, live_pid,
                                                                             monkeypatch):
    dead, live = leave_leftovers(tmp_path, "gw.zip", dead_pid, live_pid)
    moves = []
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", lambda src, dst: moves.append((str(src), str(dst))) or real_replace(src, dst))
    out = str(tmp_path / "gw.zip")
    export_bundle(stations(), out, "GroundwaterStation", {"code": "ID_1", "name": "NAME"})
    (source, target), = [move for move in moves if move[1] == out]
    assert os.path.dirname(source) == str(tmp_path) and partial.owner(source) == ("gw.zip", os.getpid())
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None and "gw.shp" in archive.namelist()
    assert not any(os.path.exists(path) for path in dead)
    assert sorted(os.listdir(tmp_path)) == sorted(["gw.zip"] + [os.path.basename(path) for path in live])


def test_a_failed_asset_bundle_leaves_neither_zip_nor_work_folder(tmp_path):
    out = tmp_path / "gw.zip"
    too_long = stations([("Point(155000 463000)", ["GW1", "x" * 300, 1.5])])  # a shapefile holds 254 bytes
    with pytest.raises(ExportError):
        export_bundle(too_long, str(out), "GroundwaterStation", {"code": "ID_1", "name": "NAME"})
    assert os.listdir(tmp_path) == []
