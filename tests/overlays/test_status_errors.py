"""The error classes are the spec's error table: one class per documented code, under its status class."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import powerpost
import pytest
import yaml
from powerpost._errors import error_from_response

from scripts import generate_status_errors as generator

SPEC: dict[str, Any] = yaml.safe_load(generator.SPEC.read_text(encoding="utf-8"))
ROWS = generator.error_codes(SPEC)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def test_committed_module_matches_the_spec() -> None:
    assert generator.main(["--check"]) == 0


@pytest.mark.parametrize("row", ROWS, ids=[row.code for row in ROWS])
def test_each_documented_code_raises_its_class_under_its_status_class(row: generator.ErrorCode) -> None:
    content = httpx.Response(row.status, json={"error": {"code": row.code, "message": "m"}}).content
    exc = error_from_response(row.status, httpx.Headers(), content)
    cls = getattr(powerpost, row.class_name)
    assert type(exc) is cls
    assert isinstance(exc, getattr(powerpost, generator.STATUS_CLASSES[row.status]))
    assert exc.code == row.code
    assert row.meaning in " ".join((cls.__doc__ or "").split())


def test_the_error_table_agrees_with_the_codes_each_operation_documents() -> None:
    """An operation's `409: $ref Conflict` response may only show codes the table gives status 409."""
    status_of = {row.code: row.status for row in ROWS}
    responses = SPEC["components"]["responses"]
    checked = 0
    for item in SPEC["paths"].values():
        for method in HTTP_METHODS:
            for status, response in item.get(method, {}).get("responses", {}).items():
                ref = response.get("$ref", "")
                if not str(status).startswith(("4", "5")) or not ref:
                    continue
                content = responses[ref.rsplit("/", 1)[1]].get("content", {}).get("application/json", {})
                examples = [e["value"] for e in content.get("examples", {}).values()]
                for example in [content.get("example"), *examples]:
                    if example is not None:
                        assert status_of[example["error"]["code"]] == int(status), (ref, status)
                        checked += 1
    assert checked > 0


def test_a_code_added_to_the_spec_gets_a_class_and_the_module_goes_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = generator.SPEC.read_text(encoding="utf-8")
    row = "    | 409 | `ALREADY_PUBLISHED` | the post is not a draft any more |\n"
    assert row in spec
    changed = spec.replace(row, row + "    | 409 | `POST_LOCKED` | the post is being edited elsewhere |\n")
    changed = changed.replace(
        "ALREADY_PUBLISHED, FILE_TOO_LARGE,", "ALREADY_PUBLISHED, POST_LOCKED, FILE_TOO_LARGE,"
    )
    (tmp_path / "powerpost.yaml").write_text(changed, encoding="utf-8")
    rendered = generator.render(yaml.safe_load(changed))
    assert '    """409 POST_LOCKED: the post is being edited elsewhere."""' in rendered
    assert "class PostLockedError(ConflictError):" in rendered
    assert '"POST_LOCKED": PostLockedError,' in rendered
    monkeypatch.setattr(generator, "SPEC", tmp_path / "powerpost.yaml")
    assert generator.main(["--check"]) == 1


def test_a_table_that_misses_an_error_code_is_refused() -> None:
    spec = {**SPEC, "info": {**SPEC["info"], "description": "| 404 | `NOT_FOUND` | gone |"}}
    with pytest.raises(SystemExit, match="ErrorCode"):
        generator.error_codes(spec)
