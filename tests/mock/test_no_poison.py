"""No input poisons the mock: text it cannot store, absurd nesting and numbers, patterns read the way JSON
Schema means them, and admin input, each refused with 400 naming the field, nothing stored or charged,
and every later valid request answered as before."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from powerpost_mock import MockState

from tests.mock.conftest import admin, assert_error

ENTRY = {"title": "Launch", "scheduled_date": "2026-03-25"}
MARCH = {"start_date": "2026-03-01", "end_date": "2026-03-31"}
JSON = {"content-type": "application/json"}

# (operation, path, raw JSON body with `%s` where the bad string goes, field the message must name)
STORED_STRINGS = [
    (
        "create_calendar_entry",
        "/calendar/entries",
        '{"title":%s,"scheduled_date":"2026-03-25"}',
        "body.title",
    ),
    (
        "create_post",
        "/posts",
        '{"items":[{"post_type":"x-post","content":%s}]}',
        "body.items.0.content",
    ),
    (
        "generate_content",
        "/content/generate",
        '{"prompt":%s,"post_types":["instagram-feed"]}',
        "body.prompt",
    ),
]
BAD_STRINGS = {
    "lone high surrogate": '"launch \\ud800"',
    "lone low surrogate": '"\\udfff"',
    "reversed pair": '"\\udc00\\ud800"',
}


async def _nothing_stored_or_charged(client: httpx.AsyncClient, state: MockState) -> None:
    """Reads that include every stored object still work, and nothing was kept or charged."""
    assert (await client.get("/calendar/entries", params=MARCH)).status_code == 200
    assert (await client.get("/content/generations")).status_code == 200
    assert (state.entries, state.posts, state.captions) == ({}, {}, {})
    assert (await client.get("/account/credits")).json() == {"balance": 50}
    assert state.ledger.snapshot({})["charges"] == []


@pytest.mark.parametrize("bad", list(BAD_STRINGS), ids=list(BAD_STRINGS))
@pytest.mark.parametrize(
    ("operation", "path", "template", "field"), STORED_STRINGS, ids=lambda v: str(v)[:20]
)
async def test_text_the_mock_cannot_store_is_refused_naming_the_field(
    client: httpx.AsyncClient,
    state: MockState,
    operation: str,
    path: str,
    template: str,
    field: str,
    bad: str,
) -> None:
    """A lone surrogate in a stored string: 400 naming the field, nothing stored, nothing charged
    (before: accepted, charged, and every later read including it answered a bare 500)."""
    response = await client.post(path, content=(template % BAD_STRINGS[bad]).encode(), headers=JSON)
    error = assert_error(response, operation, 400, "VALIDATION_ERROR")
    assert error["message"].startswith(field + ":"), error
    await _nothing_stored_or_charged(client, state)
    good = await client.post("/calendar/entries", json=ENTRY | {"title": "après 🚀"})
    assert good.status_code == 200
    listed = (await client.get("/calendar/entries", params=MARCH)).json()["entries"]
    assert [e["title"] for e in listed] == ["après 🚀"]


async def test_nul_is_text_like_any_other(client: httpx.AsyncClient, state: MockState) -> None:
    """NUL is valid JSON text and PowerPost documents no rule against it: stored and echoed exactly."""
    body = b'{"title":"a\\u0000b","scheduled_date":"2026-03-25"}'
    created = await client.post("/calendar/entries", content=body, headers=JSON)
    assert created.status_code == 200, created.text
    listed = (await client.get("/calendar/entries", params=MARCH)).json()["entries"]
    assert [e["title"] for e in listed] == ["a\x00b"]


async def test_a_lone_surrogate_in_a_key_is_refused_and_the_message_stays_encodable(
    client: httpx.AsyncClient, state: MockState
) -> None:
    """The field name is the bad part: the message names it escaped, so the answer itself can be sent."""
    body = b'{"title":"t","scheduled_date":"2026-03-25","\\ud800x":1}'
    response = await client.post("/calendar/entries", content=body, headers=JSON)
    error = assert_error(response, "create_calendar_entry", 400, "VALIDATION_ERROR")
    assert error["message"].startswith("body.\\ud800x:")
    await _nothing_stored_or_charged(client, state)


@pytest.mark.parametrize(
    ("name", "body", "words"),
    [
        ("10,000 levels", b"[" * 10_000 + b"]" * 10_000, "nested deeper than 32 levels"),
        ("100,000 levels", b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested deeper than 32 levels"),
        ("33 levels", b'{"title":' + b"[" * 33 + b"]" * 33 + b"}", "nested deeper than 32 levels"),
        ("NaN", b'{"title":NaN,"scheduled_date":"2026-03-25"}', "NaN is not a JSON number"),
        ("Infinity", b'{"title":-Infinity,"scheduled_date":"2026-03-25"}', "-Infinity is not a JSON number"),
        ("1e400", b'{"title":1e400,"scheduled_date":"2026-03-25"}', "out of range"),
        ("5,000 digits", b'{"title":' + b"9" * 5000 + b"}", "malformed JSON"),
        ("invalid UTF-8", b'{"title":"\xff\xfe","scheduled_date":"2026-03-25"}', "malformed JSON"),
    ],
)
async def test_absurd_json_is_a_400_not_a_500(
    client: httpx.AsyncClient, state: MockState, name: str, body: bytes, words: str
) -> None:
    """Nesting far beyond any PowerPost body and numbers JSON does not have: 400 (before: 500 for the
    nesting, NaN stored and echoed as invalid JSON)."""
    response = await client.post("/calendar/entries", content=body, headers=JSON)
    error = assert_error(response, "create_calendar_entry", 400, "VALIDATION_ERROR")
    assert words in error["message"]
    await _nothing_stored_or_charged(client, state)


@pytest.mark.parametrize("value", ["09:30\n", "٠٩:٣٠", "09:30\n\n", "\n09:30", "9:30"])
async def test_scheduled_time_pattern_is_read_as_json_schema_means_it(
    client: httpx.AsyncClient, state: MockState, value: str
) -> None:
    """`^…$` in the spec is ECMA-262: `$` only at the very end and `[0-9]`/`\\d` ASCII digits (before:
    `"09:30\\n"` was accepted, on create and on update)."""
    response = await client.post("/calendar/entries", json=ENTRY | {"scheduled_time": value})
    error = assert_error(response, "create_calendar_entry", 400, "VALIDATION_ERROR")
    assert error["message"].startswith("body.scheduled_time:")
    created = (await client.post("/calendar/entries", json=ENTRY | {"scheduled_time": "09:30"})).json()
    update = await client.patch(f"/calendar/entries/{created['entry_id']}", json={"scheduled_time": value})
    assert_error(update, "update_calendar_entry", 400, "VALIDATION_ERROR")
    assert state.entries[created["entry_id"]].scheduled_time == "09:30"


@pytest.mark.parametrize(
    ("pattern", "value", "matches"),
    [
        ("^[0-9]{2}$", "12\n", False),
        ("^[0-9]{2}$", "12", True),
        ("^\\d$", "٣", False),
        ("^\\w+$", "é", False),
        ("^[\\d:]+$", "1:٣", False),
        ("a$|^b", "a\n", False),
        ("[$]", "$", True),
        ("\\$$", "$", True),
        ("^https://", "https://x", True),
    ],
)
def test_ecma_regex(pattern: str, value: str, matches: bool) -> None:
    """The rewriting gives ECMA-262's answer for what the spec's patterns can contain."""
    from powerpost_mock.spec.schema_semantics import ecma_regex

    assert (ecma_regex(pattern).search(value) is not None) is matches


def test_formats_refuse_a_trailing_newline() -> None:
    """jsonschema's date-time and uri checks accept a trailing newline; the mock's checker does not."""
    from powerpost_mock.spec.schema_semantics import STRICT_FORMAT_CHECKER

    assert STRICT_FORMAT_CHECKER.conforms("2026-01-01T00:00:00Z", "date-time")
    assert not STRICT_FORMAT_CHECKER.conforms("2026-01-01T00:00:00Z\n", "date-time")
    assert not STRICT_FORMAT_CHECKER.conforms("https://example.com/a.png\n", "uri")
    assert not STRICT_FORMAT_CHECKER.conforms("2026-01-01\n", "date")


async def test_a_templated_path_never_matches_across_a_newline(client: httpx.AsyncClient) -> None:
    """`/posts/<id>%0A` is a different (unknown) id, not the post."""
    created = (await client.post("/posts", json={"items": [{"post_type": "x-post", "content": "hi"}]})).json()
    assert (await client.get(f"/posts/{created['post_id']}")).status_code == 200
    response = await client.get(f"/posts/{created['post_id']}%0A")
    assert response.status_code == 404


# ---------------------------------------------------------------------------------------------- admin


@pytest.mark.parametrize(
    "body",
    [
        b'{"seconds":1e300}',
        b'{"seconds":1e10}',
        b'{"seconds":NaN}',
        b'{"seconds":Infinity}',
        b'{"seconds":-5}',
        b'{"seconds":"5"}',
        b'{"seconds":true}',
        b'{"seconds":null}',
        b'{"seconds":',
        b"[1]",
        b"[" * 5000 + b"]" * 5000,
    ],
)
async def test_clock_advance_refuses_what_would_break_it(client: httpx.AsyncClient, body: bytes) -> None:
    """Huge, non-finite, negative and non-numeric steps, and malformed JSON: 400 and the clock untouched
    (before: 1e300 broke every API call until restart)."""
    response = await client.post("http://mock/_mock/clock/advance", content=body, headers=JSON)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "VALIDATION_ERROR"
    assert (await client.get("/account/credits")).status_code == 200
    assert (await client.get("http://mock/_mock/ledger")).json()["clock"]["offset_seconds"] == 0


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("credits", b'{"balance":1e400}'),
        ("credits", b'{"balance":1.5}'),
        ("credits", b'{"balance":-1}'),
        ("credits", b'{"balance":"many"}'),
        ("credits", b"{}"),
        ("credits", b'{"balance":5,"account":"\\ud800"}'),
        ("faults", b'{"latency":NaN}'),
        ("faults", b'{"error_500":2}'),
        ("faults", b'{"seed":1e300}'),
        ("rate-limits", b'{"limit":0}'),
        ("rate-limits", b'{"window":-1}'),
        ("rate-limits", b'{"operations":[1]}'),
        ("platforms", b'{"connected":"x"}'),
        ("platforms", b'{"connected":[1]}'),
        ("keys", b'{"preset":7}'),
        ("workspaces", b'{"workspace_id":["a"]}'),
        ("webhook", b'{"url":5}'),
        ("webhook", b'{"url":"http://exa mple.com/\\u0000"}'),
        ("webhook", b'{"url":"ftp://example.com/"}'),
        ("reset", b'{"a":'),
        ("credits", b'{"balance":1,"pad":"' + b"a" * 70_000 + b'"}'),
    ],
    ids=lambda value: value[:40].decode("latin-1") if isinstance(value, bytes) else str(value),
)
async def test_admin_input_is_validated(client: httpx.AsyncClient, path: str, body: bytes) -> None:
    """Malformed or absurd admin input: 400 VALIDATION_ERROR (before: some of it a bare 500, and a
    surrogate account id broke `/_mock/ledger` for good)."""
    response = await client.post(f"http://mock/_mock/{path}", content=body, headers=JSON)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "VALIDATION_ERROR"
    assert (await client.get("http://mock/_mock/ledger")).status_code == 200
    assert (await client.get("/account/credits")).json() == {"balance": 50}


async def test_reset_resets_the_clock_too(client: httpx.AsyncClient) -> None:
    """After `reset` the mock is as it started, clock included."""
    await admin(client, "clock/advance", {"seconds": 3600})
    assert (await client.get("http://mock/_mock/ledger")).json()["clock"]["offset_seconds"] == 3600
    await admin(client, "reset")
    assert (await client.get("http://mock/_mock/ledger")).json()["clock"]["offset_seconds"] == 0


async def test_valid_admin_input_still_works(client: httpx.AsyncClient) -> None:
    """The checks refuse only what is wrong."""
    result: Any = await admin(client, "credits", {"balance": 7})
    assert result["balance"] == 7
    await admin(client, "faults", {"error_500": 0.0, "latency": 0, "seed": 3})
    await admin(client, "rate-limits", {"limit": 5, "window": 1.5, "operations": {"get_credits": 2}})
    await admin(client, "clock/advance", {"seconds": 86400 * 365})
    assert (await client.get("/account/credits")).json() == {"balance": 7}
