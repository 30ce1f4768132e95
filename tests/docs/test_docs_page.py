"""The HTML reference (`make docs` → docs/index.html) renders in real headless Chromium, complete."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.docs.redoc_page import CHROMIUM, RenderedPage, render

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "powerpost.yaml"
PAGE = ROOT / "docs" / "index.html"
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}

pytestmark = pytest.mark.browser


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        operation
        for path_item in spec["paths"].values()
        for method, operation in path_item.items()
        if method in HTTP_METHODS
    ]


def _current_page(tmp_dir: Path) -> Path:
    """docs/index.html when `make docs` built it from the current spec, else a fresh build like it."""
    if PAGE.exists() and PAGE.stat().st_mtime >= SPEC.stat().st_mtime:
        return PAGE
    page = tmp_dir / "index.html"
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    subprocess.run(
        ["npx", "--no-install", "redocly", "build-docs", str(SPEC), "-o", str(page), "--inlineBundle"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return page


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> RenderedPage:
    """The page as Chromium shows it: intro plus every tag's route."""
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: run `make browser` (Debian's chromium package)")
    routes = [f"{op['tags'][0]}/{op['operationId']}" for op in _operations(_spec())]
    return render(_current_page(tmp_path_factory.mktemp("docs")), routes=routes)


def test_every_operation_is_rendered(rendered: RenderedPage) -> None:
    """Each operation has its own section (`<tag>/<operationId>`) showing its summary and path."""
    operations = _operations(_spec())
    assert len(operations) == 18
    missing = []
    for path, path_item in _spec()["paths"].items():
        for method, op in path_item.items():
            route = f"{op['tags'][0]}/{op['operationId']}" if method in HTTP_METHODS else None
            if route is None:
                continue
            text = rendered.text_by_route.get(route, "")
            if route not in rendered.element_ids or op["summary"] not in text or path not in text:
                missing.append(op["operationId"])
    assert missing == []


def test_every_declared_response_status_has_a_tab(rendered: RenderedPage) -> None:
    """Each operation offers one response tab per status the spec declares for it."""
    for op in _operations(_spec()):
        route = f"{op['tags'][0]}/{op['operationId']}"
        assert sorted(rendered.status_tabs_by_route[route]) == sorted(
            str(status) for status in op["responses"]
        )


def test_every_error_code_is_rendered(rendered: RenderedPage) -> None:
    """Every documented error code appears on the page a reader sees."""
    codes = _spec()["components"]["schemas"]["ErrorCode"]["enum"]
    assert len(codes) >= 12
    missing = [code for code in codes if not re.search(rf"\b{code}\b", rendered.text)]
    assert missing == []


def test_every_operation_shows_its_python_sample(rendered: RenderedPage) -> None:
    """Each operation's language switch offers curl, Python and CLI, and Python shows the spec's sample
    (the one tests/docs/test_code_samples.py runs against the mock)."""
    differing = []
    for op in _operations(_spec()):
        route = f"{op['tags'][0]}/{op['operationId']}"
        shown = rendered.samples_by_route.get(route, {})
        assert list(shown) == ["curl", "Python", "CLI"], (route, list(shown))
        python = next(s["source"] for s in op["x-codeSamples"] if s["label"] == "Python")
        if shown["Python"].split() != python.split():
            differing.append(route)
    assert differing == []


def test_no_script_error_is_logged(rendered: RenderedPage) -> None:
    """Rendering logs no console error and throws no uncaught exception."""
    assert rendered.script_errors == ()


def test_page_is_standalone(rendered: RenderedPage) -> None:
    """Apart from the documented sidebar logo image, the page fetches nothing from a network."""
    assert [r.url for r in rendered.outside_requests if r.resource_type != "image"] == []
    assert rendered.title == _spec()["info"]["title"]
