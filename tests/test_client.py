"""The Lizard client against the fake Lizard over real HTTP: what every feature of the plugin relies on."""

import http.server
import json
import socket
import threading
import time

import pytest
import requests
from lizard_explorer.core import errors
from lizard_explorer.core.client import LizardClient, _KeyAuth, normalise_portal_url
from lizard_explorer.core.log import get_logger, redact
from lizard_explorer.core.version import plugin_version


class Sleeps(list):
    """Stands in for time.sleep in the client: records the delays instead of waiting."""

    def __call__(self, seconds):
        self.append(seconds)


def client_for(lizard, key=None, **kwargs):
    kwargs.setdefault("sleep", Sleeps())
    return LizardClient(lizard.base_url, key, **kwargs)


def visible(lizard, endpoint="rastersources", organisation=None):
    """uuids the fake holds that a user of ``organisation`` (None: anonymous) may see."""
    items = getattr(lizard.data, endpoint)
    return {
        item["uuid"] for item in items
        if item["access_modifier"] == "Public"
        or (organisation and item["access_modifier"] in ("Common", "Private")
            and (item["access_modifier"] == "Common" or item["organisation"]["uuid"] == organisation))
    }


NS = "61f5a464-c350-44c1-9bc7-d4b42d7f58cb"


# ----------------------------------------------------------------------------------------- addresses


@pytest.mark.parametrize("typed", [
    "demo.lizard.net", "https://demo.lizard.net", "https://demo.lizard.net/", "https://demo.lizard.net/api/v4",
    "https://demo.lizard.net/api/v4/", " HTTPS://Demo.Lizard.net/api/v4/rastersources/?page=2 ",
])
def test_portal_address_forms_all_mean_the_same_portal(typed):
    assert normalise_portal_url(typed) == "https://demo.lizard.net"
    assert LizardClient(typed).api_url == "https://demo.lizard.net/api/v4/"


def test_local_portal_without_scheme_uses_http():
    assert normalise_portal_url("127.0.0.1:8642") == "http://127.0.0.1:8642"


@pytest.mark.parametrize("typed", ["", "ftp://demo.lizard.net", "https://"])
def test_unusable_portal_address_is_refused_with_a_sentence(typed):
    with pytest.raises(errors.ConfigurationError) as caught:
        LizardClient(typed)
    assert str(caught.value).endswith(".")


def test_key_is_refused_over_plain_http_to_another_host():
    with pytest.raises(errors.InsecureConnectionError) as caught:
        LizardClient("http://demo.lizard.net", "secret-key-123")
    assert "https" in str(caught.value)
    assert "secret-key-123" not in str(caught.value)


def test_plain_http_is_fine_without_a_key_and_to_this_machine():
    LizardClient("http://demo.lizard.net")
    LizardClient("http://127.0.0.1:9", "secret-key-123")
    LizardClient("http://localhost:9", "secret-key-123")


def test_key_is_only_attached_to_requests_for_the_portal_itself():
    auth = _KeyAuth("secret-key-123", "https://demo.lizard.net")
    own = requests.Request("GET", "https://demo.lizard.net/api/v4/rasters/").prepare()
    foreign = requests.Request("GET", "https://storage.example.org/result.tif").prepare()
    downgraded = requests.Request("GET", "http://demo.lizard.net/api/v4/rasters/").prepare()
    assert "Authorization" in auth(own).headers
    assert "Authorization" not in auth(foreign).headers
    assert "Authorization" not in auth(downgraded).headers


# ---------------------------------------------------------------------------------------- pagination


def test_pagination_returns_every_object_once_across_many_pages(lizard):
    client = client_for(lizard, page_size=20)
    found = [item["uuid"] for item in client.paginate("rastersources/")]
    pages = [r for r in lizard.requests if r.path == "/api/v4/rastersources/"]
    assert len(pages) >= 7
    assert len(found) == len(set(found))
    assert set(found) == visible(lizard)
    assert all(r.query["page_size"] == ["20"] for r in pages)


def test_page_size_above_the_server_cap_still_gets_everything(lizard):
    client = client_for(lizard, page_size=1000)
    found = [item["uuid"] for item in client.paginate("rastersources/")]
    assert set(found) == visible(lizard)
    assert len(found) == len(set(found))


def test_key_shows_the_organisations_private_objects(lizard):
    anonymous = {item["uuid"] for item in client_for(lizard).paginate("rastersources/")}
    supplier = {item["uuid"] for item in client_for(lizard, lizard.KEYS["supplier"]).paginate("rastersources/")}
    assert supplier == visible(lizard, organisation=NS)
    assert anonymous < supplier


def test_concurrent_pagination_keeps_the_order_of_sequential_pagination(lizard):
    sequential = [i["uuid"] for i in client_for(lizard, page_size=10).paginate("rastersources/")]
    concurrent = [i["uuid"] for i in client_for(lizard, page_size=10, concurrency=4).paginate("rastersources/")]
    assert concurrent == sequential


def test_progress_reports_done_and_total_after_each_page(lizard):
    reports = []
    items = list(client_for(lizard, page_size=50).paginate("rastersources/", progress=lambda *a: reports.append(a)))
    total = len(visible(lizard))
    assert reports[-1] == (len(items), total)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert all(count == total for _, count in reports)


def test_filters_are_sent_and_applied(lizard):
    client = client_for(lizard)
    found = list(client.paginate("rastersources/", {"name__icontains": "bloemhof"}))
    assert found and all("bloemhof" in item["name"].lower() for item in found)


def test_bare_array_answer_is_accepted(lizard):
    lizard.buildings_mode = "bare"
    client = client_for(lizard)
    pages = list(client.pages("buildings/", page_size=100))
    assert len(pages) == 1 and pages[0].bare and pages[0].count is None
    assert len(pages[0].results) == 100


def test_cancelling_between_pages_stops_fetching(lizard):
    client = client_for(lizard, page_size=10)
    seen = []
    with pytest.raises(errors.CancelledError):
        for page in client.pages("rastersources/", cancel=lambda: len(seen) >= 2):
            seen.append(page)
    assert len(seen) == 2
    assert len([r for r in lizard.requests if r.path == "/api/v4/rastersources/"]) == 2


def test_cancelling_concurrent_pagination_stops_early(lizard):
    client = client_for(lizard, page_size=10, concurrency=3)
    stop = threading.Event()
    with pytest.raises(errors.CancelledError):
        for number, _page in enumerate(client.pages("rastersources/", cancel=stop)):
            if number == 1:
                stop.set()
    fetched = len([r for r in lizard.requests if r.path == "/api/v4/rastersources/"])
    assert fetched <= 2 + 3  # the pages yielded plus at most the ones already under way


# -------------------------------------------------------------------------------------------- retries


def test_a_burst_of_503_is_retried_until_it_succeeds(lizard):
    client = client_for(lizard, sleep=Sleeps())
    uuid = client.get("rastersources/")["results"][0]["uuid"]
    # A path of this test's own: a late request of an earlier test's background task cannot take a fault.
    lizard.inject(status=503, times=3, path="/api/v4/rastersources/{}/".format(uuid))
    sleeps = Sleeps()
    client = client_for(lizard, sleep=sleeps)
    assert client.get("rastersources/{}/".format(uuid))["uuid"] == uuid
    assert len(sleeps) == 3
    assert sleeps == sorted(sleeps) or max(sleeps) <= client.max_backoff  # growing, with jitter


def test_backoff_grows_exponentially_with_jitter(lizard):
    lizard.inject(status=502, times=4, path="/api/v4/rasters/")
    sleeps = Sleeps()
    client_for(lizard, sleep=sleeps, backoff=1.0).get("rasters/")
    for attempt, delay in enumerate(sleeps, start=1):
        assert 0.5 * 2 ** (attempt - 1) <= delay <= 2 ** (attempt - 1)


def test_retries_give_up_after_the_bound_with_a_sentence(lizard):
    lizard.inject(status=503, times=10, path="/api/v4/rastersources/")
    client = client_for(lizard, retries=2)
    with pytest.raises(errors.ServerError) as caught:
        client.get("rastersources/")
    assert "503" in str(caught.value) and "try again later" in str(caught.value)
    assert len([r for r in lizard.requests if r.path == "/api/v4/rastersources/"]) == 3


def test_retry_after_is_honoured(lizard):
    lizard.inject(status=429, retry_after=7, times=1, path="/api/v4/rasters/")
    sleeps = Sleeps()
    client_for(lizard, sleep=sleeps).get("rasters/")
    assert sleeps == [7.0]


def test_retry_after_really_waits(lizard):
    lizard.inject(status=429, retry_after=1, times=1, path="/api/v4/rasters/")
    started = time.monotonic()
    LizardClient(lizard.base_url).get("rasters/")
    assert time.monotonic() - started >= 1.0


def test_too_long_retry_after_gives_up_at_once_saying_when(lizard):
    lizard.inject(status=429, retry_after=600, times=1, path="/api/v4/rasters/")
    sleeps = Sleeps()
    with pytest.raises(errors.RateLimitedError) as caught:
        client_for(lizard, sleep=sleeps).get("rasters/")
    assert sleeps == []
    assert caught.value.retry_after == 600
    assert "600 seconds" in str(caught.value)


def test_a_dropped_connection_is_retried(lizard):
    lizard.inject(drop=True, times=2, path="/api/v4/rastersources/")
    assert client_for(lizard).get("rastersources/")["results"]


def test_a_truncated_body_is_retried(lizard):
    lizard.inject(truncate=True, times=1, path="/api/v4/rastersources/")
    assert client_for(lizard).get("rastersources/")["results"]


def test_a_truncated_body_that_persists_is_a_network_error(lizard):
    lizard.inject(truncate=True, times=10, path="/api/v4/rastersources/")
    with pytest.raises(errors.NetworkError) as caught:
        client_for(lizard, retries=1).get("rastersources/")
    assert "broke off" in str(caught.value)


def test_a_streamed_download_cut_short_is_retried_and_complete(lizard, tmp_path):
    whole = client_for(lizard).get("rastersources/")
    lizard.inject(truncate=True, times=1, path="/api/v4/rastersources/")
    target = tmp_path / "list.json"
    size = client_for(lizard).download("rastersources/", str(target))
    assert size == target.stat().st_size and json.loads(target.read_text("utf-8")) == whole


def test_a_streamed_download_that_stays_cut_short_is_a_network_error(lizard, tmp_path):
    lizard.inject(truncate=True, times=10, path="/api/v4/rastersources/")
    with pytest.raises(errors.NetworkError) as caught:
        client_for(lizard, retries=1).download("rastersources/", str(tmp_path / "list.json"))
    assert "broke off" in str(caught.value)


def test_a_post_that_may_have_been_received_is_never_retried(lizard):
    lizard.inject(status=503, times=5, path="/api/v4/rastersources/", method="POST")
    client = client_for(lizard, lizard.KEYS["supplier"])
    with pytest.raises(errors.ServerError):
        client.post("rastersources/", {"name": "x", "organisation": NS, "access_modifier": "Private",
                                       "temporal": False})
    assert len([r for r in lizard.requests if r.method == "POST"]) == 1


def test_slow_answers_time_out_with_a_sentence(lizard):
    lizard.inject(delay=3.0, times=5, path="/api/v4/rasters/")
    client = client_for(lizard, timeout=(2.0, 0.5), retries=1)
    started = time.monotonic()
    with pytest.raises(errors.RequestTimeoutError) as caught:
        client.get("rasters/")
    assert time.monotonic() - started < 2.5
    assert "did not answer in time" in str(caught.value)


def test_a_slow_answer_within_the_timeout_arrives(lizard):
    lizard.inject(delay=0.3, times=1, path="/api/v4/rasters/")
    assert client_for(lizard, timeout=(2.0, 2.0)).get("rasters/")["results"]


# --------------------------------------------------------------------------------------------- errors


def test_wrong_key_is_an_authentication_error(lizard):
    with pytest.raises(errors.AuthenticationError) as caught:
        client_for(lizard, "not-a-valid-key").get("rastersources/")
    assert caught.value.status == 401
    assert str(caught.value) == "Lizard did not accept your API key; check it in the Lizard settings."


def test_hidden_object_is_not_found(lizard):
    private = next(s for s in lizard.data.rastersources
                   if s["access_modifier"] == "Private" and s["organisation"]["uuid"] == NS)
    with pytest.raises(errors.NotFoundError) as caught:
        client_for(lizard).get("rastersources/{}/".format(private["uuid"]))
    assert "not visible with your key" in str(caught.value)
    assert caught.value.lizard_detail
    assert client_for(lizard, lizard.KEYS["supplier"]).get("rastersources/{}/".format(private["uuid"]))


def test_invalid_filter_value_lists_the_field_errors(lizard):
    with pytest.raises(errors.InvalidRequestError) as caught:
        client_for(lizard).get("buildings/", {"build_year__gt": "abc"})
    assert "build_year__gt" in caught.value.field_errors
    assert "build_year__gt" in str(caught.value)


def test_write_without_rights_is_permission_denied(lizard):
    client = client_for(lizard, lizard.KEYS["reader"])
    with pytest.raises(errors.PermissionDeniedError) as caught:
        client.post("rastersources/", {"name": "x", "organisation": NS, "access_modifier": "Private",
                                       "temporal": False})
    assert caught.value.status == 403
    assert "permission" in str(caught.value)


def test_server_error_says_so(lizard):
    lizard.inject(status=500, times=1, path="/api/v4/rasters/")
    with pytest.raises(errors.ServerError) as caught:
        client_for(lizard).get("rasters/")
    assert "HTTP 500" in str(caught.value)


def test_unreachable_portal_is_a_network_error_after_retries():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps = Sleeps()
    client = LizardClient("http://127.0.0.1:{}".format(port), retries=2, sleep=sleeps)
    with pytest.raises(errors.NetworkError) as caught:
        client.get("rasters/")
    assert "Could not reach Lizard at 127.0.0.1" in str(caught.value)
    assert len(sleeps) == 2


class _HtmlHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = b"<html><body>Welcome to nginx</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_server_that_is_not_lizard_gives_a_clear_error():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HtmlHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(errors.InvalidResponseError) as caught:
            LizardClient("http://127.0.0.1:{}".format(server.server_address[1])).get("rasters/")
        assert "not JSON" in str(caught.value)
    finally:
        server.shutdown()
        server.server_close()


def test_foreign_next_link_is_not_followed(lizard):
    client = client_for(lizard)
    with pytest.raises(errors.InvalidResponseError):
        client._same_portal("https://elsewhere.example.org/api/v4/rasters/?page=2")


# ------------------------------------------------------------------------------------------ identity


def test_requests_carry_basic_auth_with_key_user_and_a_user_agent(lizard):
    client = client_for(lizard, lizard.KEYS["supplier"])
    client.get("rastersources/")
    headers = lizard.requests[-1].headers
    assert headers.get("Authorization") == "<redacted>"
    assert headers["User-Agent"].startswith("LizardExplorer/{} QGIS/3.".format(plugin_version()))


def test_anonymous_requests_carry_no_authorization(lizard):
    client_for(lizard).get("rastersources/")
    assert "Authorization" not in lizard.requests[-1].headers


@pytest.mark.parametrize("which", ["valid", "wrong"])
def test_the_key_never_appears_in_logs_errors_reprs_or_urls(lizard, all_logs, which):
    key = lizard.KEYS["supplier"] if which == "valid" else "Zx9-very-secret-lizard-key-1234567890"
    client = client_for(lizard, key, retries=1)
    texts = [repr(client), client.api_url]
    lizard.inject(status=503, times=1)
    lizard.inject(drop=True, times=1)
    attempts = [
        lambda: client.get("rastersources/"),
        lambda: client.get("rastersources/00000000-0000-0000-0000-000000000000/"),
        lambda: client.get("buildings/", {"build_year__gt": "abc"}),
        lambda: client.post("rastersources/", {"name": "x"}),
        lambda: list(client.paginate("rasters/", page_size=50)),
    ]
    for attempt in attempts:
        try:
            attempt()
        except errors.LizardError as exc:
            texts += [str(exc), repr(exc), exc.details, exc.log_text(), str(exc.url)]
    texts += [record.getMessage() for record in all_logs.records]
    texts += [str(record.args) for record in all_logs.records]
    texts += [r.path + str(r.query) + str(r.headers) for r in lizard.requests]
    assert all_logs.records, "the client logs its requests"
    assert not [text for text in texts if key in text]


def test_redact_masks_registered_keys_in_any_text():
    LizardClient("https://demo.lizard.net", "another-secret-key-42")
    assert "another-secret-key-42" not in redact("failed with another-secret-key-42 in it")


def test_plugin_logger_output_is_scrubbed_even_if_code_logs_the_key(all_logs):
    LizardClient("https://demo.lizard.net", "leaky-key-0987654321")
    get_logger("test").warning("oops %s", "leaky-key-0987654321")
    assert all("leaky-key-0987654321" not in r.getMessage() for r in all_logs.records)
