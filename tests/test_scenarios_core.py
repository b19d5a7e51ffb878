"""core/rasters/scenarios*.py against the fake Lizard: finding 3Di scenarios, their results, and downloads.

Downloaded rasters are checked against the fake's pixel formula (``rasterdata.pixel_values`` of each pixel
centre, plus the time step's term), raw files against ``scenarios.file_bytes``.
"""

import json
import os
import subprocess

import numpy
import pytest
from fake_lizard.scenarios import EMPTY_SCENARIO, file_bytes
from fake_lizard.store import can_read
from lizard_explorer.core import errors, times
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters import download, download_grid, scenario_download, scenario_results, scenarios
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsRectangle
from test_download_core import expected as formula  # the fake's pixel formula at each pixel's centre
from test_download_core import read

FAST_POLL = {"first": 0.01, "factor": 1.0, "maximum": 0.01}


@pytest.fixture
def client(lizard):
    with LizardClient(lizard.base_url, lizard.KEYS["reader"], proxies={}, retries=2, backoff=0.01) as c:
        yield c


def visible(lizard, who="reader"):
    user = lizard.data.users_by_key[lizard.KEYS[who]]
    return [s for s in lizard.data.scenarios if can_read(user, s)]


def scenario_with(lizard, projection="EPSG:28992", raw=True, pixel=None):
    for index, scenario in enumerate(lizard.data.scenarios):
        if (scenario["access_modifier"] == "Public" and scenario["projection"] == projection and index % 2 == 0
                and scenario["has_raw_results"] == raw and pixel in (None, scenario["pixelsize_x"])
                and index != EMPTY_SCENARIO):
            return scenario
    raise AssertionError("no such scenario in the fake")


def leftovers(folder):
    return [name for _root, dirs, names in os.walk(folder) for name in names + dirs if name.startswith(".")]


# ------------------------------------------------------------------------------------------------ search


def search_all(client, **query):
    search = scenarios.ScenarioSearch(client, scenarios.ScenarioQuery(**query), page_size=25)
    found = list(search.all())
    return search, found


def test_search_is_newest_first_with_the_true_total_over_pages(lizard, client):
    search = scenarios.ScenarioSearch(client, scenarios.ScenarioQuery(), page_size=25)
    first = search.fetch_more(30)
    expected = sorted(visible(lizard), key=lambda s: s["last_modified"], reverse=True)
    assert search.total == len(expected)
    assert [s["uuid"] for s in first] == [s["uuid"] for s in expected[:50]][:len(first)] and len(first) >= 30
    assert not search.exhausted


def test_search_by_name_falls_back_to_the_model_name_when_no_name_matches(lizard, client):
    by_name, found = search_all(client, text="dijkdoorbraak")
    assert found and all("dijkdoorbraak" in s["name"] for s in found) and not by_name.query.by_model
    model = lizard.data.scenarios[0]["model_name"]
    by_model, found = search_all(client, text=model[3:15].upper())
    assert by_model.query.by_model
    assert {s["uuid"] for s in found} == {s["uuid"] for s in visible(lizard) if model[3:15] in s["model_name"]}


def test_search_by_pasted_uuid_organisation_project_and_supplier(lizard, client):
    target = lizard.data.scenarios[2]
    _search, found = search_all(client, text=target["uuid"].replace("-", "").upper())
    assert [s["uuid"] for s in found] == [target["uuid"]]
    _search, found = search_all(client, organisation="maastricht", supplier="piet")
    assert found and all(s["organisation"]["name"] == "Maastricht" and s["supplier"] == "piet.maas" for s in found)
    project = target["project"].rstrip("/").rsplit("/", 1)[1]
    _search, found = search_all(client, project=project)
    assert target["uuid"] in {s["uuid"] for s in found} and all(s["project"] == target["project"] for s in found)


def test_search_by_simulation_period_keeps_overlapping_simulations(lizard, client):
    target = lizard.data.scenarios[0]
    start = times.to_utc(target["simulation_start"])
    search, found = search_all(client, start=start, end=start)
    assert target["uuid"] in {s["uuid"] for s in found}
    for scenario in found:
        assert times.to_utc(scenario["simulation_start"]) <= start <= times.to_utc(scenario["simulation_end"])
    assert search.scanned == search.total > search.matched == len(found)


def test_search_by_area_compares_in_each_scenarios_own_projection(lizard, client):
    utm = scenario_with(lizard, "EPSG:32631")
    outline = scenarios.footprint(utm)
    centre = outline.centroid().asPoint()
    small = QgsRectangle(centre.x() - 0.001, centre.y() - 0.001, centre.x() + 0.001, centre.y() + 0.001)
    area = scenarios.GridArea.from_extent(small, QgsCoordinateReferenceSystem("EPSG:4326"))
    _search, found = search_all(client, area=area)
    assert utm["uuid"] in {s["uuid"] for s in found}
    for scenario in found:
        assert scenarios.footprint(scenario).intersects(QgsGeometry.fromRect(small).buffer(0.01, 4))
    far = scenarios.GridArea.from_extent(QgsRectangle(10.0, 45.0, 10.1, 45.1),
                                         QgsCoordinateReferenceSystem("EPSG:4326"))
    assert search_all(client, area=far)[1] == []


def test_fetch_scenario_by_uuid_or_exact_name_and_clear_errors(lizard, client):
    target = lizard.data.scenarios[0]
    assert scenarios.fetch_scenario(client, target["uuid"])["uuid"] == target["uuid"]
    assert scenarios.fetch_scenario(client, target["name"])["uuid"] == target["uuid"]
    with pytest.raises(errors.NotFoundError, match="no scenario named “nope”"):
        scenarios.fetch_scenario(client, "nope")
    hidden = next(s for s in lizard.data.scenarios
                  if s["access_modifier"] == "Private" and s["organisation"]["name"] == "Maastricht")
    with pytest.raises(errors.NotFoundError, match="or your key may not read it"):
        scenarios.fetch_scenario(client, hidden["uuid"])


def test_fetch_scenario_refuses_a_name_two_scenarios_share(lizard, client):
    first, second = lizard.data.scenarios[0], lizard.data.scenarios[5]
    saved = second["name"]
    second["name"] = first["name"]
    try:
        with pytest.raises(errors.InvalidRequestError, match="2 scenarios are named .*; give the UUID"):
            scenarios.fetch_scenario(client, first["name"])
    finally:
        second["name"] = saved


def test_organisation_and_project_are_checked_here_too(lizard):
    """Should Lizard ignore a filter it was sent, no scenario of another organisation or project slips in."""
    ns = next(s for s in lizard.data.scenarios if s["organisation"]["name"].startswith("Nelen") and s["project"])
    assert scenarios.ScenarioQuery(organisation="nelen").accepts(ns)
    assert not scenarios.ScenarioQuery(organisation="maastricht").accepts(ns)
    assert scenarios.ScenarioQuery(organisation=ns["organisation"]["uuid"].upper()).accepts(ns)
    assert scenarios.ScenarioQuery(project=ns["project"].rstrip("/").rsplit("/", 1)[1]).accepts(ns)
    assert not scenarios.ScenarioQuery(project="00000000-0000-4000-8000-000000000000").accepts(ns)


class _Steps:
    """A client whose ``/timesteps/`` answer holds ISO 8601 text, as the scenario downloaders read it."""

    def get(self, path, cancel=None):
        return {"steps": ["2023-01-02T00:30:00Z", "2023-01-02T00:00:00Z", 1672621200000]}


def test_time_steps_given_as_iso_text_are_read_too():
    assert download.fetch_steps(_Steps(), "any") == [1672617600000, 1672619400000, 1672621200000]


# ----------------------------------------------------------------------------------------------- results


def test_results_grouped_by_family_with_kind_and_size(lizard, client):
    scenario = scenario_with(lizard)
    results = scenario_results.fetch_results(client, scenario)
    groups = dict(scenario_results.by_family(results))
    assert [family for family, _ in scenario_results.by_family(results)] == ["Raw", "Basic", "Arrival", "Damage"]
    assert {r.kind for r in groups["Raw"]} == {scenario_results.FILE}
    kinds = {r.code: r.kind for r in results}
    assert kinds["depth-dtri"] == scenario_results.TEMPORAL and kinds["depth-max-dtri"] == scenario_results.RASTER
    width = (scenario["upper_bound_x"] - scenario["origin_x"]) / scenario["pixelsize_x"]
    height = (scenario["upper_bound_y"] - scenario["origin_y"]) / scenario["pixelsize_y"]
    assert next(r for r in results if r.code == "depth-max-dtri").size == width * height * 4
    assert next(r for r in results if r.code == "results-3di").file_name == "results_3di.nc"
    assert [r.code for r in scenario_results.choose(results)] == ["depth-max-dtri", "s1-max-dtri",
                                                                  "depth-first-dtri", "total-damage"]
    with pytest.raises(errors.InvalidRequestError, match="no result nope; it has: "):
        scenario_results.choose(results, ["nope"])


def test_a_scenario_without_results_has_an_empty_list(lizard, client):
    assert scenario_results.fetch_results(client, lizard.data.scenarios[EMPTY_SCENARIO]) == []


def test_results_become_wms_uris_named_after_the_result(lizard, client):
    scenario = scenario_with(lizard)
    results = scenario_results.fetch_results(client, scenario)
    outcome = scenario_results.wms_layers(client, results, create=False)
    names = [raster["name"] for raster, _uri in outcome.uris]
    assert names == [r.name for r in results if r.kind != scenario_results.FILE]
    temporal = next(uri for raster, uri in outcome.uris if raster["temporal"])
    assert "type=wmst" in temporal and "timeDimensionExtent" in temporal
    assert lizard.KEYS["reader"] not in "".join(uri for _r, uri in outcome.uris)


# ---------------------------------------------------------------------------------------------- download


def run(client, scenario, folder, codes=None, raw=False, **options):
    results = scenario_results.choose(scenario_results.fetch_results(client, scenario), codes, raw)
    plan = scenario_download.plan_scenario(client, scenario, results, str(folder), **options)
    return plan, plan.run(client, poll=FAST_POLL)


def test_whole_grid_downloads_follow_the_formula_on_the_scenarios_grid(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    results = scenario_results.choose(scenario_results.fetch_results(client, scenario), ["depth-max-dtri"])
    plan = scenario_download.plan_scenario(client, scenario, results, str(tmp_path))
    overall, per_result = [], []
    outcome = plan.run(client, poll=FAST_POLL, progress=lambda fraction, _message: overall.append(fraction),
                       result_progress=lambda result, fraction: per_result.append((result.code, fraction)))
    assert overall[-1] == 1.0 and overall == sorted(overall)
    assert per_result[-1] == ("depth-max-dtri", 1.0)
    folder = tmp_path / scenarios_name(scenario)
    assert outcome.paths == [str(folder / "depth-max-dtri.tif")] and not outcome.failures
    info = read(outcome.paths[0])
    assert info["epsg"] == "28992"
    assert info["transform"] == (scenario["origin_x"], scenario["pixelsize_x"], 0.0, scenario["upper_bound_y"], 0.0,
                                 -scenario["pixelsize_y"])
    assert info["size"] == (round((scenario["upper_bound_x"] - scenario["origin_x"]) / scenario["pixelsize_x"]),
                            round((scenario["upper_bound_y"] - scenario["origin_y"]) / scenario["pixelsize_y"]))
    numpy.testing.assert_allclose(info["array"], formula(info), atol=1e-3)
    assert leftovers(tmp_path) == []


def scenarios_name(scenario):
    return os.path.basename(scenario_download.scenario_folder("/", scenario))


def test_two_scenarios_of_one_name_get_two_folders(lizard, client, tmp_path):
    first = scenario_with(lizard)
    second = next(s for s in lizard.data.scenarios if s["access_modifier"] == "Public" and s is not first)
    saved = second["name"]
    second["name"] = first["name"]
    try:
        _plan, one = run(client, first, tmp_path, ["depth-max-dtri"], pixel_size=50)
        _plan, other = run(client, second, tmp_path, ["depth-max-dtri"], pixel_size=50)
    finally:
        second["name"] = saved
    folder = tmp_path / scenarios_name(first)
    assert one.paths == [str(folder / "depth-max-dtri.tif")]
    assert other.paths == [str(tmp_path / "{}_{}".format(scenarios_name(first), second["uuid"][:8])
                               / "depth-max-dtri.tif")]
    assert json.loads((folder / "scenario.json").read_text(encoding="utf-8"))["uuid"] == first["uuid"]
    _plan, again = run(client, first, tmp_path, ["depth-max-dtri"], pixel_size=50)
    assert again.paths == one.paths  # the first scenario's folder is still its own


def test_extent_pixel_size_and_crs_are_the_users(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    x0, y0 = scenario["origin_x"] + 100, scenario["origin_y"] + 100
    area = download_grid.Area.from_extent(QgsRectangle(x0, y0, x0 + 200, y0 + 100), "EPSG:28992")
    _plan, outcome = run(client, scenario, tmp_path, ["s1-max-dtri"], area=area, pixel_size=2.0)
    info = read(outcome.paths[0])
    assert info["size"] == (100, 50) and info["transform"][1] == 2.0
    numpy.testing.assert_allclose(info["array"], formula(info), atol=1e-3)
    _plan, outcome = run(client, scenario, tmp_path / "wgs", ["s1-max-dtri"], area=area, crs="EPSG:4326")
    info = read(outcome.paths[0])
    assert info["epsg"] == "4326"
    numpy.testing.assert_allclose(info["array"], formula(info), atol=1e-3)


def test_a_mask_polygon_clips_to_nodata_outside(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    x0, y0 = scenario["origin_x"], scenario["origin_y"]
    triangle = QgsGeometry.fromWkt("POLYGON(({0} {1}, {2} {1}, {0} {3}, {0} {1}))".format(
        x0, y0, x0 + 400, y0 + 400))
    area = download_grid.Area.from_mask([triangle], "EPSG:28992")
    _plan, outcome = run(client, scenario, tmp_path, ["depth-first-dtri"], area=area)
    info = read(outcome.paths[0])
    inside = info["array"] != info["nodata"]
    assert 0 < inside.sum() < inside.size
    numpy.testing.assert_allclose(info["array"][inside], formula(info)[inside], atol=1e-3)


def test_temporal_results_one_geotiff_per_chosen_step(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    raster = next(r for r in lizard.data.scenario_rasters if r["scenario"] == scenario["url"] and r["temporal"])
    steps = lizard.data.raster_steps(raster)
    _plan, outcome = run(client, scenario, tmp_path, ["depth-dtri"], times=[steps[1], steps[3]])
    folder = tmp_path / scenarios_name(scenario)
    assert outcome.paths == [str(folder / "depth-dtri_{}.tif".format(times.compact_utc(times.from_ms(step))))
                             for step in (steps[1], steps[3])]
    for path, step in zip(outcome.paths, (steps[1], steps[3])):
        info = read(path)
        numpy.testing.assert_allclose(info["array"], formula(info, step), atol=1e-3)
    _plan, outcome = run(client, scenario, tmp_path / "all", ["depth-dtri"], times="all")
    assert len(outcome.paths) == len(steps) == 5


def test_raw_files_are_streamed_and_the_redirected_one_gets_no_key(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    lizard.result_host.reset_requests()
    _plan, outcome = run(client, scenario, tmp_path, ["results-3di", "grid-admin"], raw=True)
    assert not outcome.failures
    folder = tmp_path / scenarios_name(scenario)
    names = sorted(os.listdir(folder))
    assert names == ["gridadmin.h5", "log_files.zip", "results_3di.nc", "scenario.json"]
    for result in lizard.data.scenario_results[scenario["uuid"]]:
        if result["attachment_url"]:
            data = (folder / result["attachment_url"].rsplit("/", 1)[1]).read_bytes()
            assert data == file_bytes(result["id"], len(data)) and len(data) > 1000
    hits = lizard.result_host.requests
    assert [h.path.rsplit("/", 1)[1] for h in hits] == ["results_3di.nc"]
    assert all("authorization" not in {k.lower() for k in h.headers} for h in hits)
    assert lizard.KEYS["reader"] not in str([h.headers for h in hits])


def test_a_broken_raw_download_goes_on_with_a_range_request(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    result = next(r for r in lizard.data.scenario_results[scenario["uuid"]] if r["code"] == "grid-admin")
    path = "/api/v4/scenario-results/{}/".format(result["id"])
    lizard.inject(truncate=True, times=1, path=path)
    _plan, outcome = run(client, scenario, tmp_path, ["grid-admin"])
    with open(outcome.paths[0], "rb") as handle:
        data = handle.read()
    assert data == file_bytes(result["id"], len(data)) and len(data) == 120_000
    asked = [r for r in lizard.requests if r.path.startswith(path)]
    assert len(asked) == 2 and "Range" not in asked[0].headers
    assert asked[1].headers["Range"] == "bytes=60000-" and asked[1].status == 206


def test_a_raw_file_a_killed_run_left_half_way_is_continued(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    result = next(r for r in lizard.data.scenario_results[scenario["uuid"]] if r["code"] == "grid-admin")
    ended = subprocess.Popen(["true"])  # noqa: S603, S607 - a process that has ended stands for a killed QGIS
    ended.wait()
    folder = tmp_path / scenarios_name(scenario)
    folder.mkdir()
    size = 120_000
    (folder / ".gridadmin.h5.part-{}-x1.h5".format(ended.pid)).write_bytes(file_bytes(result["id"], size)[:50_000])
    _plan, outcome = run(client, scenario, tmp_path, ["grid-admin"])
    with open(outcome.paths[0], "rb") as handle:
        assert handle.read() == file_bytes(result["id"], size)
    asked = [r for r in lizard.requests if r.path.startswith("/api/v4/scenario-results/")]
    assert [r.headers.get("Range") for r in asked] == ["bytes=50000-"]
    assert leftovers(tmp_path) == []


def test_cancel_leaves_no_partial_file(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    results = scenario_results.choose(scenario_results.fetch_results(client, scenario), ["results-3di"], True)
    plan = scenario_download.plan_scenario(client, scenario, results, str(tmp_path))

    def cancel():  # as soon as the first file has begun
        return bool(leftovers(tmp_path))

    with pytest.raises(errors.CancelledError):
        plan.run(client, cancel=cancel, poll=FAST_POLL)
    assert [name for _r, _d, names in os.walk(tmp_path) for name in names] == ["scenario.json"]


def test_a_failing_result_is_counted_and_the_others_go_on(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    raster = next(r for r in lizard.data.scenario_rasters
                  if r["scenario"] == scenario["url"] and r["name"].endswith("Max water level"))
    lizard.inject(status=400, times=50, path="/api/v4/rasters/{}/data/".format(raster["uuid"]))
    _plan, outcome = run(client, scenario, tmp_path)
    assert [code for code, _error in outcome.failures] == ["s1-max-dtri"]
    assert "could not be downloaded: s1-max-dtri: " in outcome.failure_message()
    assert sorted(os.path.basename(p) for p in outcome.paths) == ["depth-first-dtri.tif", "depth-max-dtri.tif",
                                                                  "total-damage.tif"]
    assert leftovers(tmp_path) == []


def test_a_raw_file_that_cannot_be_written_fails_alone_with_a_sentence(lizard, client, tmp_path, monkeypatch):
    scenario = scenario_with(lizard)
    replace = os.replace

    def full_disk(source, target):
        if str(target).endswith("gridadmin.h5"):
            raise OSError(28, "No space left on device")
        return replace(source, target)

    monkeypatch.setattr(os, "replace", full_disk)
    _plan, outcome = run(client, scenario, tmp_path, ["grid-admin", "logfiles"])
    folder = tmp_path / scenarios_name(scenario)
    assert outcome.paths == [str(folder / "log_files.zip")]
    ((code, error),) = outcome.failures
    assert code == "grid-admin" and str(error) == "{} cannot be written.".format(folder / "gridadmin.h5")
    assert leftovers(tmp_path) == []


def test_a_scenario_folder_that_cannot_be_made_stops_with_a_sentence(lizard, client, tmp_path):
    scenario = scenario_with(lizard)
    (tmp_path / scenarios_name(scenario)).write_text("a file where the folder should be")
    with pytest.raises(errors.ExportError, match="cannot be written"):
        run(client, scenario, tmp_path, ["logfiles"])
