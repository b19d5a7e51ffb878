"""The fake Lizard's 3Di scenarios behave as CONTRACT-scenarios.md says Lizard does, quirks included."""

import requests
from fake_lizard.scenarios import EMPTY_SCENARIO, SCENARIO_COUNT, file_bytes
from fake_lizard.store import can_read


def get(lizard, path, who=None, **params):
    auth = ("__key__", lizard.KEYS[who]) if who else None
    url = path if path.startswith("http") else lizard.api_url + path
    return requests.get(url, params=params, auth=auth, timeout=30)


def visible(lizard, who):
    user = lizard.data.users_by_key[lizard.KEYS[who]] if who else None
    return [s for s in lizard.data.scenarios if can_read(user, s)]


def newest_first(scenarios):
    return [s["uuid"] for s in sorted(scenarios, key=lambda s: s["last_modified"], reverse=True)]


def test_300_scenarios_over_3_organisations_and_what_each_user_sees(lizard):
    assert len(lizard.data.scenarios) == SCENARIO_COUNT
    assert len({s["organisation"]["uuid"] for s in lizard.data.scenarios}) == 3
    assert get(lizard, "scenarios/").json()["count"] == len(visible(lizard, None))
    assert get(lizard, "scenarios/", "reader").json()["count"] == len(visible(lizard, "reader"))
    assert len(visible(lizard, None)) < len(visible(lizard, "reader")) < SCENARIO_COUNT


def test_both_paging_styles_give_the_same_pages_newest_first_with_the_total(lizard):
    expected = newest_first(visible(lizard, "reader"))
    by_offset = get(lizard, "scenarios/", "reader", limit=25, offset=50).json()
    by_page = get(lizard, "scenarios/", "reader", page_size=25, page=3).json()
    assert by_offset["count"] == by_page["count"] == len(expected)
    assert [s["uuid"] for s in by_offset["results"]] == [s["uuid"] for s in by_page["results"]] == expected[50:75]
    assert "offset=75" in by_offset["next"] and by_offset["next"].startswith(lizard.base_url)
    assert "page=4" in by_page["next"]
    assert get(lizard, "scenarios/", "reader", name__icontains="", limit=1).json()["count"] == len(expected)


def test_filters_and_ordering(lizard):
    lochem = get(lizard, "scenarios/", name__icontains="LOCHEM", page_size=100).json()["results"]
    assert lochem and all("lochem" in s["name"].lower() for s in lochem)
    first = lochem[0]
    assert [s["uuid"] for s in get(lizard, "scenarios/", name=first["name"]).json()["results"]] == [first["uuid"]]
    assert get(lizard, "scenarios/", uuid=first["uuid"]).json()["count"] == 1
    model = get(lizard, "scenarios/", model_name__icontains=first["model_name"][:12], page_size=100).json()
    assert model["count"] and all(s["model_name"].startswith(first["model_name"][:12]) for s in model["results"])
    org = first["organisation"]["uuid"]
    assert all(s["organisation"]["uuid"] == org
               for s in get(lizard, "scenarios/", organisation__uuid=org, page_size=100).json()["results"])
    project = next(s["project"] for s in lizard.data.scenarios if s["project"])
    in_project = get(lizard, "scenarios/", project__uuid=project.rstrip("/").rsplit("/", 1)[1], page_size=100)
    assert in_project.json()["count"] and all(s["project"] == project for s in in_project.json()["results"])
    names = [s["name"] for s in get(lizard, "scenarios/", ordering="name", page_size=100).json()["results"]]
    assert names == sorted(names)
    assert get(lizard, "scenarios/", unknown_filter="x").json()["count"] == len(visible(lizard, None))


def test_a_private_scenario_of_another_organisation_is_404(lizard):
    hidden = next(s for s in lizard.data.scenarios
                  if s["access_modifier"] == "Private" and s["organisation"]["name"] == "Maastricht")
    assert get(lizard, "scenarios/{}/".format(hidden["uuid"]), "reader").status_code == 404
    assert get(lizard, "scenarios/{}/results/".format(hidden["uuid"]), "reader").status_code == 404
    assert get(lizard, "scenarios/{}/".format(hidden["uuid"]), "other_org").status_code == 200
    assert get(lizard, "scenarios/", "reader", uuid=hidden["uuid"]).json()["count"] == 0


def test_results_with_and_without_trailing_slash_and_by_family(lizard):
    scenario = lizard.data.scenarios[0]
    base = "scenarios/{}/results".format(scenario["uuid"])
    with_slash, without = get(lizard, base + "/").json(), get(lizard, base).json()
    assert with_slash == without and with_slash["count"] == len(with_slash["results"]) > 5
    families = {r["family"] for r in with_slash["results"]}
    assert families == {"Raw", "Basic", "Arrival", "Damage"}
    raw = get(lizard, base + "/raw/").json()["results"]
    assert raw and all(r["family"] == "Raw" and r["raster"] is None and r["attachment_url"] for r in raw)
    empty = lizard.data.scenarios[EMPTY_SCENARIO]
    assert get(lizard, "scenarios/{}/results".format(empty["uuid"])).json() == {
        "count": 0, "next": None, "previous": None, "results": []}


def test_result_rasters_have_a_null_grid_and_temporal_ones_have_steps(lizard):
    scenario = lizard.data.scenarios[0]
    results = get(lizard, "scenarios/{}/results/".format(scenario["uuid"])).json()["results"]
    rasters = {r["code"]: get(lizard, r["raster"]).json() for r in results if r["raster"]}
    assert all(r["origin_x"] is None and r["pixelsize_x"] is None and r["projection"] is None
               for r in rasters.values())
    assert rasters["depth-dtri"]["temporal"] and not rasters["depth-max-dtri"]["temporal"]
    steps = get(lizard, rasters["depth-dtri"]["url"] + "timesteps/").json()["steps"]
    assert len(steps) == 5
    assert rasters["depth-max-dtri"]["wms_info"]["layer"] == "scenarios:{}:depth-max-dtri".format(scenario["id"])


def test_data_accepts_widths_written_as_floats(lizard):
    scenario = lizard.data.scenarios[0]
    raster = next(r for r in lizard.data.scenario_rasters if not r["temporal"])
    bbox = ",".join(str(scenario[k]) for k in ("origin_x", "origin_y", "upper_bound_x", "upper_bound_y"))
    answer = get(lizard, raster["url"] + "data/", format="geotiff", bbox=bbox, width="20.0", height="16.0",
                 projection=scenario["projection"])
    assert answer.status_code == 200 and answer.content[:2] == b"II"
    assert get(lizard, raster["url"] + "data/", format="geotiff", bbox=bbox, width="20.5", height="16",
               projection=scenario["projection"]).status_code == 400


def test_raw_files_range_and_a_redirect_to_another_origin(lizard):
    scenario = lizard.data.scenarios[0]
    results = get(lizard, "scenarios/{}/results/raw/".format(scenario["uuid"]), "reader").json()["results"]
    local = next(r for r in results if r["code"] == "grid-admin")
    whole = get(lizard, local["attachment_url"], "reader")
    assert whole.status_code == 200 and whole.content == file_bytes(local["id"], len(whole.content))
    part = requests.get(local["attachment_url"], headers={"Range": "bytes=1000-"}, timeout=30)
    assert part.status_code == 206 and part.content == whole.content[1000:]
    assert part.headers["Content-Range"] == "bytes 1000-{}/{}".format(len(whole.content) - 1, len(whole.content))
    moved = next(r for r in results if r["code"] == "results-3di")
    lizard.result_host.reset_requests()
    answer = get(lizard, moved["attachment_url"], "reader")
    assert answer.history and answer.history[0].status_code == 302
    assert answer.url.startswith(lizard.result_host.base_url)
    assert answer.content == file_bytes(moved["id"], len(answer.content))
    assert [r.status for r in lizard.result_host.requests] == [200]
