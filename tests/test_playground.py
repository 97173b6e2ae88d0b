"""The playground page (GET /): served under a strict CSP, and driven end to end in a real browser.

The browser tests run Debian's Chromium (/usr/bin/chromium) through Playwright's Python package
against `python -m service` with tiny real packs. Playwright never downloads a browser of its own.
When Chromium or Playwright is missing the tests FAIL, naming the script that installs both:
`bash deploy/ci/install-browser.sh` (make test runs it). Screenshots go to test-artifacts/playground/.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
import yaml

from service.api.playground import STATIC_DIR
from tests.conftest import ADMIN_TOKEN, REPO, LiveServer
from tests.utils.tiny_pack import build_tiny_pack

INSTALL_SCRIPT = "deploy/ci/install-browser.sh"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = REPO / "test-artifacts" / "playground"
HOSTILE = '<img src=x onerror="window.__pwned=1">play adele <script>window.__pwned=2</script>'
TIMEOUT_MS = 15_000


# ---------------------------------------------------------------- fast checks, no browser

def test_page_is_html_under_a_strict_csp(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] in ("'none'", "'self'")
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["connect-src"] == "'self'" and directives["frame-ancestors"] == "'none'"
    assert directives["require-trusted-types-for"] == "'script'"
    assert "unsafe" not in csp and "*" not in csp and "http" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    html = r.text
    # nothing inline for the CSP to refuse, nothing from elsewhere
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script>"
    assert not re.search(r"<style|\sstyle=|\son[a-z]+=", html, re.I), "inline style or event handler"
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs and all(ref.startswith("/") and not ref.startswith("//") for ref in refs), refs
    for ref in refs:
        if ref.startswith("/static/"):
            served = client.get(ref)
            assert served.status_code == 200, ref
            assert served.headers["content-security-policy"] == csp


@pytest.mark.parametrize("name, media_type", [("playground.js", "text/javascript"),
                                              ("playground.css", "text/css"), ("favicon.svg", "image/svg+xml")])
def test_static_files_are_served(client, name, media_type):
    r = client.get(f"/static/{name}")
    assert r.status_code == 200 and r.headers["content-type"].startswith(media_type)
    assert r.content == (STATIC_DIR / name).read_bytes()
    assert "content-security-policy" in r.headers


@pytest.mark.parametrize("path", ["/static/nope.js", "/static/..%2Fapp.py", "/static/%2e%2e%2fsettings.py",
                                  "/static/../api/playground.py"])
def test_only_the_shipped_static_files_are_served(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"


def test_page_routes_are_not_part_of_the_api_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths and not any(p.startswith("/static") for p in paths)


def test_page_scripts_have_no_html_sinks():
    """Grep-style: the page builds DOM nodes with textContent; no HTML-parsing sink, no eval."""
    scripts = sorted(STATIC_DIR.glob("*.js"))
    assert scripts
    sinks = re.compile(r"\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write|createContextualFragment"
                       r"|\beval\s*\(|new\s+Function\s*\(|setAttribute\(\s*['\"]on|DOMParser")
    for script in scripts:
        code = script.read_text()
        found = [m.group(0) for m in sinks.finditer(code)]
        assert not found, f"{script.name} uses {found}"
        assert not re.search(r"innerHTML", code), f"{script.name} mentions innerHTML"


def test_static_files_load_nothing_from_elsewhere():
    for path in STATIC_DIR.iterdir():
        text = path.read_text()
        text = text.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(", text, re.I), path.name


# ---------------------------------------------------------------- the real browser

class Chromium:
    """Debian's Chromium driven by Playwright, started on first use (so a missing one FAILS the test)."""

    def __init__(self):
        self._playwright = None
        self._browser = None

    def _start(self):
        problems = []
        if not Path(CHROMIUM).exists():
            problems.append(f"{CHROMIUM} is missing (Debian package `chromium`)")
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:
            problems.append(f"the Python package playwright is not importable ({exc})")
        if problems:
            pytest.fail(f"browser tests need Chromium and Playwright: {'; '.join(problems)}. "
                        f"Install both with `bash {INSTALL_SCRIPT}` (make test runs it).", pytrace=False)
        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)

    def page(self, base_url: str):
        if self._browser is None:
            self._start()
        context = self._browser.new_context(viewport={"width": 1100, "height": 900}, base_url=base_url)
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        page.problems = []  # uncaught errors, CSP / Trusted Types violations, requests to other origins
        page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
        page.on("console", lambda msg: page.problems.append(f"console: {msg.text}")
                if re.search(r"Content Security Policy|Trusted Type|Refused to", msg.text) else None)
        page.on("request", lambda req: page.problems.append(f"request to another origin: {req.url}")
                if not req.url.startswith(base_url) else None)
        return page

    def close(self):
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()


@pytest.fixture(scope="module")
def chromium():
    browser = Chromium()
    yield browser
    browser.close()


def expect(locator):
    """Playwright's auto-waiting assertions (imported here: a missing Playwright fails in Chromium._start)."""
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=TIMEOUT_MS)
    return playwright_expect(locator)


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def analyse(page, text: str, previous: str = "") -> dict:
    """Type into the form, submit, wait for the answer; return the intent-entity request body."""
    page.fill("#utterance", text)
    page.fill("#previous", previous)
    with page.expect_request(lambda r: r.url.endswith("/v1/intent-entity")) as request:
        page.click("#nlu-submit")
    expect(page.locator("#nlu-submit")).to_be_enabled()
    return json.loads(request.value.post_data)


def marks(page, selector: str) -> list[tuple[str, str | None]]:
    return [(m.text_content(), m.get_attribute("data-type")) for m in page.locator(selector).all()]


def test_playground_end_to_end(live_server, chromium):
    server = live_server()
    page = chromium.page(server.url)
    page.goto("/")
    assert page.title() == "Voice-shopping NLU playground"
    page.wait_for_selector("#models-line .pill")
    assert "tiny 1.0.0" in page.text_content("#models-line")
    expect(page.locator("#translate-note")).to_contain_text("sent with")
    assert all(radio.is_enabled() for radio in page.locator("input[name=translate]").all())

    body = analyse(page, "play adele on spotify", previous="i want some music")
    assert body == {"text": "play adele on spotify", "context": ["i want some music"], "translate": "auto"}
    assert page.is_visible("#nlu-results") and not page.is_visible("#nlu-error")
    assert page.text_content("#intent-name") == "PlayMusic"
    assert re.fullmatch(r"\d+\.\d %", page.text_content("#intent-confidence"))
    assert page.locator("#alternatives li").count() == 3
    assert page.text_content("#alternatives li:first-child .alt-name") == "PlayMusic"
    assert page.text_content("#utterance-view") == "play adele on spotify"
    assert marks(page, "#utterance-view mark") == [("adele", "artist"), ("spotify", "service")]
    assert "no sentiment model yet" in page.text_content("#sentiment")
    assert "no model pack serves task 'sentiment' yet" in page.text_content("#sentiment")
    # the tiny pack has no gate policy: answered natively, and the page says why
    assert page.text_content("#gate .decision") == "native" and "no_policy" in page.text_content("#gate")
    assert page.text_content("#model-pack") == "tiny" and page.text_content("#model-version") == "1.0.0"
    assert re.match(r"\d+ ms", page.text_content("#latency"))
    screenshot(page, "playground.png")

    # an example chip fills the box and submits
    with page.expect_response(lambda r: r.url.endswith("/v1/intent-entity")):
        page.click("#examples .chip >> nth=0")
    expect(page.locator("#utterance-view")).to_have_text("play the latest song by adele on spotify")
    assert page.input_value("#utterance") == "play the latest song by adele on spotify"
    assert page.locator("#examples .chip").count() >= 6

    # hostile input is shown as text, and nothing in it runs
    body = analyse(page, HOSTILE, previous=HOSTILE)
    assert body == {"text": HOSTILE, "context": [HOSTILE], "translate": "auto"}
    assert page.text_content("#utterance-view") == HOSTILE
    assert marks(page, "#utterance-view mark") == [("adele", "artist")]
    assert page.text_content("#entity-table tbody").count("adele") == 1
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0 and page.locator("body script").count() == 0
    screenshot(page, "playground-hostile.png")

    # a pack picked by name is sent as `model`; the registry default sends none
    assert page.locator("#model option").all_text_contents()[1].startswith("tiny (tiny 1.0.0; en)")
    page.select_option("#model", "tiny")
    assert analyse(page, "play adele") == {"text": "play adele", "model": "tiny", "translate": "auto"}
    page.select_option("#model", "")

    # an API error shows its detail
    detail = httpx.post(server.url + "/v1/intent-entity", json={"text": "   "}).json()["detail"]
    analyse(page, "   ")
    assert page.is_visible("#nlu-error") and not page.is_visible("#nlu-results")
    assert detail in page.text_content("#nlu-error")

    # the title tab: no title pack in this registry -> the 501 message
    page.click("#tab-title")
    assert page.is_visible("#panel-title") and not page.is_visible("#panel-nlu")
    page.fill("#title", "Sony wireless headphones, black")
    page.click("#title-submit")
    page.wait_for_selector("#title-error:not([hidden])")
    text = page.text_content("#title-error")
    assert "no title-shortening model yet" in text
    assert "no model pack serves task 'title_shortening' yet" in text
    assert not page.is_visible("#title-results")
    screenshot(page, "playground-title-501.png")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.problems == []


@pytest.fixture
def every_task_server(tmp_path):
    tasks = {}
    for task in ("intent_entity", "sentiment", "codemix_intent", "title_shortening"):
        build_tiny_pack(tmp_path / task, name=f"tiny-{task.replace('_', '-')}", task=task)
        tasks[task] = {"default": task, "packs": {task: str(tmp_path / task)}}
    (tmp_path / "registry.yaml").write_text(yaml.safe_dump({
        "runtime": {"providers": ["CPUExecutionProvider"], "intra_op_threads": 1}, "tasks": tasks}))
    server = LiveServer({"REGISTRY": str(tmp_path / "registry.yaml"), "ADMIN_TOKEN": ADMIN_TOKEN})
    yield server
    server.stop()


def test_playground_shows_sentiment_and_short_titles(every_task_server, chromium):
    page = chromium.page(every_task_server.url)
    page.goto("/")
    analyse(page, "i love the latest song by adele")
    assert page.text_content("#sentiment .sentiment") == "positive"
    assert page.locator("#sentiment li").count() == 3
    assert marks(page, "#utterance-view mark") == [("adele", "artist")]

    page.click("#tab-title")
    title = "sony wireless headphones, black, the latest"
    expected = httpx.post(every_task_server.url + "/v1/titles/shorten", json={"text": title}).json()["results"][0]
    page.fill("#title", title)
    page.press("#title", "Enter")
    page.wait_for_selector("#title-results:not([hidden])")
    assert page.text_content("#short-title") == expected["title"] == "sony wireless headphones black"
    assert page.text_content("#title-view") == title
    assert [m for m, _ in marks(page, "#title-view mark")] == [title[s["start"]:s["end"]] for s in expected["kept"]]
    assert page.text_content("#compression").startswith(f"{expected['compression_ratio']:.2f}")
    screenshot(page, "playground-title.png")

    page.fill("#max-words", "999")  # out of range: the API's 422 detail is shown
    page.click("#title-submit")
    page.wait_for_selector("#title-error:not([hidden])")
    assert "max_words" in page.text_content("#title-error")
    assert page.problems == []


def test_gate_and_translation_render_as_text(live_server, chromium):
    """A translation is an LLM's output, untrusted: the answer's gate signals and translation text
    (here made hostile in the browser, on top of a real answer) show as text, never as HTML."""
    server = live_server()
    page = chromium.page(server.url)
    sent = []

    def intent_entity(route):
        body = json.loads(route.request.post_data)
        sent.append(body)
        real = httpx.post(server.url + "/v1/intent-entity", json=body)
        result = real.json()["results"][0]
        result["gate"] = {"decision": "translate", "signals": {"language": "es", "language_confidence": 0.93,
                                                               "note": "<b onmouseover=alert(1)>x</b>"}}
        result["translation"] = {"text": "<script>window.__pwned=3</script>play adele", "source": "es", "target": "en"}
        route.fulfill(json={"results": [result]})

    page.route("**/v1/intent-entity", intent_entity)
    page.goto("/")
    expect(page.locator("#translate-note")).to_contain_text("sent with")
    assert all(radio.is_enabled() for radio in page.locator("input[name=translate]").all())
    page.check("input[name=translate][value=always]")
    body = analyse(page, "pon adele en spotify")
    assert body == {"text": "pon adele en spotify", "translate": "always"} == sent[-1]
    gate = page.text_content("#gate")
    assert page.text_content("#gate .decision") == "translate"
    assert "language_confidence" in gate and "0.930" in gate and "<b onmouseover=alert(1)>x</b>" in gate
    assert page.text_content("#gate .translation") == "<script>window.__pwned=3</script>play adele"
    assert page.locator("#gate b, #gate script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    screenshot(page, "playground-gate.png")
    assert page.problems == []
