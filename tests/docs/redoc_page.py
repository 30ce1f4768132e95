"""Open the API reference (docs/index.html) in Debian's headless Chromium and report what a reader sees.

Redoc 3 shows the introduction plus one operation per route (`#/posts/publish_post`) with one response
status at a time, so the page is visited once per operation and each response status tab is clicked.
Used by the docs page test and by `make docs-screenshot`
(`python -m tests.docs.redoc_page docs/index.html docs/screenshot.png`).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import attrs
from playwright.sync_api import ConsoleMessage, Page, Request, Route, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
# Flags known to work in this sandbox; the user-data dir is fresh per launch (see `render`).
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
RENDER_TIMEOUT_MS = 30_000
# build-docs documents one outside request even with --inlineBundle: the Redocly logo in the sidebar.
# It is answered locally with an empty image so the page never reaches the network.
EMPTY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
SCREENSHOT_ROUTE = "posts/publish_post"
# Redoc scrolls smoothly to the route's section; a screenshot waits until the scroll position holds still.
SCROLL_SETTLED = """() => {
  const s = window.__ppScroll || (window.__ppScroll = {y: -1, frames: 0});
  if (s.y === window.scrollY) { s.frames += 1; } else { s.y = window.scrollY; s.frames = 0; }
  return s.frames >= 10;
}"""
STATUS_TABLIST = "[data-response-codes-tablist]"
# The button of the code-sample language switch shows the language in view (curl at first).
SAMPLE_LANGUAGE = re.compile(r"^(curl|Python|CLI)$")


@attrs.frozen
class OutsideRequest:
    """A request the page tried to send somewhere other than the local file."""

    url: str
    resource_type: str


@attrs.frozen
class RenderedPage:
    """What the browser showed: the text and element ids of each route, script errors, outside requests."""

    title: str
    text_by_route: dict[str, str]
    status_tabs_by_route: dict[str, tuple[str, ...]]
    # The code samples (x-codeSamples) of each route as the reader sees them, by language label.
    samples_by_route: dict[str, dict[str, str]]
    element_ids: frozenset[str]
    script_errors: tuple[str, ...]
    outside_requests: tuple[OutsideRequest, ...]

    @property
    def text(self) -> str:
        """The visible text of every visited route, joined."""
        return "\n".join(self.text_by_route.values())


def _visit(page: Page, url: str, route: str) -> None:
    page.goto(f"{url}#/{route}" if route else url, wait_until="load", timeout=RENDER_TIMEOUT_MS)
    # Redoc renders client-side: wait for the route's own section (the intro's is `section/...`).
    selector = f"[id='{route}']" if route else "#api-content"
    page.wait_for_selector(selector, state="visible", timeout=RENDER_TIMEOUT_MS)


def _read_every_status(page: Page, route: str) -> tuple[str, tuple[str, ...]]:
    """The route's text with each response status tab opened in turn (the first, 200, is open at first)."""
    texts = [page.inner_text("body")]
    tabs = page.locator(f"[id='{route}/responses'] {STATUS_TABLIST} button[role=tab]")
    labels = tuple(tabs.all_inner_texts())
    for index in range(1, len(labels)):
        tabs.nth(index).click(timeout=RENDER_TIMEOUT_MS)
        texts.append(page.inner_text("body"))
    return "\n".join(texts), labels


def _read_code_samples(page: Page, route: str) -> dict[str, str]:
    """Each code sample of the route: open the language switch, pick the language, read the code shown."""
    section = page.locator(f"[id='{route}']")
    switch = section.locator("[data-testid=dropdown] > button").filter(has_text=SAMPLE_LANGUAGE)
    if switch.count() == 0:
        return {}
    button = switch.first
    button.click(timeout=RENDER_TIMEOUT_MS)
    labels = page.get_by_role("menuitem").all_inner_texts()
    samples: dict[str, str] = {}
    for index, label in enumerate(labels):
        if index:  # picking a language closes the menu
            button.click(timeout=RENDER_TIMEOUT_MS)
        page.get_by_role("menuitem", name=label, exact=True).click(timeout=RENDER_TIMEOUT_MS)
        samples[label] = section.locator("[data-testid=source-code]").first.inner_text()
    return samples


def render(html: Path, routes: Sequence[str] = (), screenshot: Path | None = None) -> RenderedPage:
    """Load `html` (the intro, then `#/<route>` for each route) with outside requests kept off the network.

    Routes are `<tag>/<operationId>`; on each, every response status tab is opened.
    """
    script_errors: list[str] = []
    outside: list[OutsideRequest] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            script_errors.append(f"console: {message.text}")

    def on_route(route: Route, request: Request) -> None:
        if request.url.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()
            return
        outside.append(OutsideRequest(request.url, request.resource_type))
        if request.resource_type == "image":
            route.fulfill(status=200, content_type="image/svg+xml", body=EMPTY_SVG)
        else:
            route.abort()

    text_by_route: dict[str, str] = {}
    tabs_by_route: dict[str, tuple[str, ...]] = {}
    samples_by_route: dict[str, dict[str, str]] = {}
    ids: set[str] = set()
    url = html.resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="pp-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=list(CHROMIUM_FLAGS),
            viewport={"width": 1440, "height": 900},
        )
        try:
            page = context.new_page()
            page.on("console", on_console)
            page.on("pageerror", lambda error: script_errors.append(f"pageerror: {error}"))
            page.route("**/*", on_route)
            for route in ("", *routes):
                _visit(page, url, route)
                text_by_route[route], tabs_by_route[route] = _read_every_status(page, route)
                if route:
                    samples_by_route[route] = _read_code_samples(page, route)
                ids.update(str(i) for i in page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
            if screenshot is not None:
                _visit(page, url, SCREENSHOT_ROUTE)
                page.wait_for_function(SCROLL_SETTLED, polling="raf", timeout=RENDER_TIMEOUT_MS)
                page.screenshot(path=str(screenshot))
            title = page.title()
        finally:
            context.close()
    return RenderedPage(
        title,
        text_by_route,
        tabs_by_route,
        samples_by_route,
        frozenset(ids),
        tuple(script_errors),
        tuple(outside),
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m tests.docs.redoc_page PAGE.html OUT.png`: write a screenshot of the rendered page."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m tests.docs.redoc_page PAGE.html OUT.png", file=sys.stderr)
        return 2
    page = render(Path(args[0]), screenshot=Path(args[1]))
    print(f"wrote {args[1]} ({page.title!r}, #/{SCREENSHOT_ROUTE}); {len(page.script_errors)} script errors")
    for error in page.script_errors:
        print(f"  {error}", file=sys.stderr)
    return 1 if page.script_errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
