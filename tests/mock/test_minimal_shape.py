"""The mock's minimal response shapes: every answer cut to what the spec requires, and still valid.

The shapes are derived from the spec's response schemas at run time; these tests check the answers of all
18 operations (and of failed jobs and errors) against the spec with jsonschema, that nothing optional is
left, and that the shape is chosen by settings, the environment, the command line and the admin surface.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from typing import Any

import attrs
import httpx
import pytest
from powerpost_mock import create_app
from powerpost_mock.__main__ import parse_args
from powerpost_mock.settings import MockSettings
from powerpost_mock.spec.response_shape import (
    MINIMAL,
    MINIMAL_ABSENT,
    MINIMAL_NULL,
    SHAPES,
    ResponseShaper,
    shape_from_env,
)

from .conftest import AUTH, FAST, PNG, admin, advance, assert_conforms, assert_error, spec

MINIMAL_SHAPES = (MINIMAL, MINIMAL_ABSENT, MINIMAL_NULL)


async def _client(shape: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(create_app(attrs.evolve(FAST, shape=shape)))
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/api/v1", headers=AUTH) as c:
        yield c


@pytest.fixture(params=MINIMAL_SHAPES)
async def minimal(request: pytest.FixtureRequest) -> AsyncIterator[httpx.AsyncClient]:
    """An in-process mock started in one of the minimal shapes."""
    async for client in _client(request.param):
        yield client


async def _sweep(client: httpx.AsyncClient) -> dict[str, Any]:
    """A 200 of every operation (ids passed on from answer to answer, so they must survive the cut)."""
    await admin(client, "credits", {"balance": 500})
    seen: dict[str, Any] = {}

    async def ok(operation_id: str, method: str, url: str, **kwargs: Any) -> Any:
        response = await client.request(method, url, **kwargs)
        assert response.status_code == 200, response.text
        seen[operation_id] = assert_conforms(response, operation_id)
        return seen[operation_id]

    await ok("get_credits", "GET", "/account/credits")
    media = await ok(
        "upload_media", "POST", "/media/upload", data={"type": "image"}, files={"file": ("p.png", PNG)}
    )
    gen = await ok(
        "generate_content",
        "POST",
        "/content/generate",
        json={
            "media_ids": [media["media_id"]],
            "post_types": ["youtube-short", "x-post"],
            "research_mode": "regular",
        },
    )
    img = await ok("generate_image", "POST", "/images/generate", json={"prompt": "a lighthouse"})
    vid = await ok("generate_video", "POST", "/videos/generate", json={"prompt": "x", "duration": 5})
    await advance(client, 15)
    await ok("list_generations", "GET", "/content/generations")
    await ok("get_generation", "GET", f"/content/generations/{gen['generation_id']}")
    await ok("get_image_generation", "GET", f"/images/generations/{img['image_generation_id']}")
    await ok("get_video_generation", "GET", f"/videos/generations/{vid['video_generation_id']}")
    post = await ok(
        "create_post",
        "POST",
        "/posts",
        json={
            "generation_id": gen["generation_id"],
            "items": [{"post_type": "youtube-short", "title": "Hi"}, {"post_type": "x-post"}],
        },
    )
    await ok("publish_post", "POST", f"/posts/{post['post_id']}/publish")
    await advance(client, 5)
    posted = await ok("get_post", "GET", f"/posts/{post['post_id']}")
    item_id = posted["items"][0]["item_id"]
    await ok("get_post_item_analytics", "GET", f"/post-items/{item_id}/analytics")
    entry = await ok(
        "create_calendar_entry",
        "POST",
        "/calendar/entries",
        json={"title": "t", "scheduled_date": "2026-01-01", "platforms": ["x"], "description": "d"},
    )
    params = {"start_date": "2026-01-01", "end_date": "2026-12-31"}
    await ok("list_calendar_entries", "GET", "/calendar/entries", params=params)
    await ok("get_calendar_entry", "GET", f"/calendar/entries/{entry['entry_id']}")
    patch = {"scheduled_time": "10:00"}
    await ok("update_calendar_entry", "PATCH", f"/calendar/entries/{entry['entry_id']}", json=patch)
    await ok("delete_calendar_entry", "DELETE", f"/calendar/entries/{entry['entry_id']}")
    return seen


def _response_schema(operation_id: str) -> dict[str, Any]:
    shaper = ResponseShaper(spec())
    schema = shaper.schema_for(operation_id, 200)
    resolved: dict[str, Any] = shaper._deref(schema)
    return resolved


async def test_every_operation_answers_valid_minimal_bodies(minimal: httpx.AsyncClient) -> None:
    """All 18 operations answer bodies the spec accepts (jsonschema), with no more top-level fields
    than the spec requires (plus `null`s for nullable optional ones)."""
    seen = await _sweep(minimal)
    documented = {
        op["operationId"]
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert set(seen) == documented
    for operation_id, body in seen.items():
        schema = _response_schema(operation_id)
        required = set(schema.get("required", []))
        extra = {name for name, value in body.items() if name not in required and value is not None}
        assert not extra, f"{operation_id}: optional fields {extra} left in {body}"
        assert required <= set(body), f"{operation_id}: required fields missing from {body}"


async def test_minimal_is_smaller_than_full_and_a_part_of_it() -> None:
    """Same requests, both shapes: the minimal answer is the full one with optional fields taken out
    (or set to null), never something the full answer does not hold."""
    bodies: dict[str, dict[str, Any]] = {}
    for shape in ("full", MINIMAL_ABSENT):
        async for client in _client(shape):
            bodies[shape] = await _sweep(client)

    def contained(small: Any, big: Any) -> bool:
        if isinstance(small, dict):
            return isinstance(big, dict) and all(k in big and contained(v, big[k]) for k, v in small.items())
        if isinstance(small, list):
            return isinstance(big, list) and len(small) == len(big) and all(map(contained, small, big))
        return True  # ids, timestamps and texts differ between the two runs

    smaller = 0
    for operation_id, full in bodies["full"].items():
        cut = bodies[MINIMAL_ABSENT][operation_id]
        assert contained(cut, full), f"{operation_id}: {cut} is not part of {full}"
        smaller += len(repr(cut)) < len(repr(full))
    assert smaller >= 10, "the minimal shape left most answers as they were"


async def test_nullable_optional_fields_are_null_or_absent_as_the_shape_says() -> None:
    """The optional nullable fields of a finished caption job (`prompt`, `completed_at`, ...) that the full
    answer carries: all null in minimal-null, all absent in minimal-absent, and in `minimal` every other
    one null, in schema order. (A field the full answer leaves out, such as `error` on a completed job,
    stays out in every shape.)"""
    shaper = ResponseShaper(spec())
    generation = spec()["components"]["schemas"]["Generation"]
    nullable = [
        name
        for name, prop in generation["properties"].items()
        if name not in generation.get("required", []) and shaper._nullable(prop)
    ]
    assert nullable, "the spec has no optional nullable field on a generation: pick another object"
    assert shaper.nulled_in_mixed_shape(generation) == frozenset(nullable[::2])
    answers: dict[str, dict[str, Any]] = {}
    for shape in ("full", MINIMAL_NULL, MINIMAL_ABSENT, MINIMAL):
        async for client in _client(shape):
            body = {"prompt": "hello there", "post_types": ["x-post"], "research_mode": "regular"}
            started = (await client.post("/content/generate", json=body)).json()
            await advance(client, 5)
            answers[shape] = (await client.get(f"/content/generations/{started['generation_id']}")).json()
    present = {name for name in nullable if answers["full"].get(name) is not None}
    assert len(present) >= 2, f"the full answer carries too few optional nullable fields: {answers['full']}"
    expected = {
        MINIMAL_NULL: present,
        MINIMAL_ABSENT: set(),
        MINIMAL: present & set(nullable[::2]),
    }
    for shape, nulls in expected.items():
        got = answers[shape]
        assert {name for name in nullable if name in got} == nulls, (shape, got)
        assert all(got[name] is None for name in nulls)


def test_mixed_shape_meets_both_null_and_absent_across_the_spec() -> None:
    """Over all the spec's schemas, `minimal` sends some optional nullable fields as null and leaves
    others out."""
    shaper = ResponseShaper(spec())
    nulled = absent = 0
    for schema in spec()["components"]["schemas"].values():
        optional = [
            name
            for name, prop in schema.get("properties", {}).items()
            if name not in schema.get("required", []) and shaper._nullable(prop)
        ]
        chosen = shaper.nulled_in_mixed_shape(schema)
        nulled += len(chosen)
        absent += len(optional) - len(chosen)
    assert nulled
    assert absent


async def test_failed_jobs_and_errors_keep_their_required_fields(minimal: httpx.AsyncClient) -> None:
    """A failed job's `error` object and every error envelope keep `code` and `message` (and the headers);
    optional details such as `retryAfter` go."""
    started = (await minimal.post("/images/generate", json={"prompt": "a lighthouse"})).json()
    await admin(minimal, f"jobs/{started['image_generation_id']}/fail")
    failed = assert_conforms(
        await minimal.get(f"/images/generations/{started['image_generation_id']}"), "get_image_generation"
    )
    assert failed["status"] == "failed"
    assert set(failed.get("error") or {"code": 1, "message": 1}) == {"code", "message"}

    assert_error(await minimal.get("/content/generations/nope"), "get_generation", 404, "NOT_FOUND")
    await admin(minimal, "rate-limits", {"limit": 1, "window": 60})
    await minimal.get("/account/credits")
    limited = await minimal.get("/account/credits")
    error = assert_error(limited, "get_credits", 429, "RATE_LIMIT_EXCEEDED")
    assert set(error) == {"code", "message"}


async def test_admin_switches_the_shape_until_reset(client: httpx.AsyncClient) -> None:
    """`POST /_mock/shape` changes the shape of later answers; `/_mock/reset` brings back the start one."""
    body = {"prompt": "hello there", "post_types": ["x-post"], "research_mode": "regular"}
    required = set(_response_schema("get_generation")["required"])
    started = (await client.post("/content/generate", json=body)).json()
    url = f"/content/generations/{started['generation_id']}"
    assert (await admin(client, "shape"))["shape"] == "full"
    assert set((await client.get(url)).json()) > required
    assert (await admin(client, "shape", {"shape": MINIMAL_ABSENT}))["shape"] == MINIMAL_ABSENT
    assert set(assert_conforms(await client.get(url), "get_generation")) == required
    await admin(client, "reset")
    assert (await admin(client, "shape"))["shape"] == "full"
    refused = await client.post("http://mock/_mock/shape", json={"shape": "tiny"})
    assert refused.status_code == 400
    assert "full, minimal" in refused.json()["error"]["message"]


def test_shape_comes_from_settings_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Explicit settings win; settings naming no shape take POWERPOST_MOCK_SHAPE; a bad name is refused."""
    monkeypatch.setenv("POWERPOST_MOCK_SHAPE", "minimal")
    assert create_app(MockSettings()).state.mock.response_shape == "minimal"
    assert create_app(MockSettings(shape="full")).state.mock.response_shape == "full"
    assert MockSettings.from_env().shape == "minimal"
    monkeypatch.setenv("POWERPOST_MOCK_SHAPE", "")
    assert create_app(MockSettings()).state.mock.response_shape == "full"
    assert shape_from_env({"POWERPOST_MOCK_SHAPE": "minimal-null"}) == MINIMAL_NULL
    with pytest.raises(ValueError, match="not one of"):
        shape_from_env({"POWERPOST_MOCK_SHAPE": "small"})
    with pytest.raises(ValueError, match="not one of"):
        MockSettings(shape="small")


def test_command_line_flag_sets_the_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    """`powerpost-mock --shape minimal`."""
    monkeypatch.delenv("POWERPOST_MOCK_SHAPE", raising=False)
    assert parse_args(["--shape", "minimal"])[1].shape == "minimal"
    assert parse_args([])[1].shape is None
    assert SHAPES[0] == "full"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--shape", "bogus"], "full, minimal, minimal-absent, minimal-null"),
        (["--caption-delay", "soon"], "argument --caption-delay"),
    ],
)
def test_a_bad_setting_is_a_usage_error(
    argv: list[str], said: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`powerpost-mock --shape bogus`: exit 2 and a usage message naming what is allowed, no traceback."""
    monkeypatch.delenv("POWERPOST_MOCK_SHAPE", raising=False)
    with pytest.raises(SystemExit) as ended:
        parse_args(argv)
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "usage: powerpost-mock" in err
    assert said in err
    assert "Traceback" not in err


# -- the cut itself, on a small spec of its own: it follows whatever the spec says ---------------------

TINY_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/thing": {
            "get": {
                "operationId": "get_thing",
                "responses": {
                    "200": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id", "parts", "meta", "labels", "choice", "merged"],
                "properties": {
                    "id": {"type": "string"},
                    "note": {"type": ["string", "null"]},
                    "size": {"type": "integer"},
                    "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                    "meta": {"type": "object"},
                    "labels": {
                        "type": "object",
                        "additionalProperties": {"$ref": "#/components/schemas/Part"},
                    },
                    "choice": {"anyOf": [{"$ref": "#/components/schemas/Part"}, {"type": "null"}]},
                    "merged": {"allOf": [{"$ref": "#/components/schemas/Part"}, {"required": ["extra"]}]},
                },
            },
            "Part": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "extra": {"type": "string"}},
            },
        }
    },
}
FULL_THING = {
    "id": "t1",
    "note": "n",
    "size": 3,
    "parts": [{"name": "a", "extra": "x"}, {"name": "b"}],
    "meta": {"free": {"form": 1}},
    "labels": {"k": {"name": "l", "extra": "y"}},
    "choice": {"name": "c", "extra": "z"},
    "merged": {"name": "m", "extra": "kept", "stray": 1},
    "undeclared": True,
}


def test_cut_follows_refs_arrays_maps_any_of_and_all_of() -> None:
    shaper = ResponseShaper(TINY_SPEC)
    cut = shaper.shape(MINIMAL_ABSENT, "get_thing", 200, FULL_THING)
    assert cut == {
        "id": "t1",
        "parts": [{"name": "a"}, {"name": "b"}],
        "meta": {"free": {"form": 1}},
        "labels": {"k": {"name": "l"}},
        "choice": {"name": "c"},
        "merged": {"name": "m", "extra": "kept"},
    }
    assert shaper.shape(MINIMAL_NULL, "get_thing", 200, FULL_THING)["note"] is None
    assert shaper.shape("full", "get_thing", 200, FULL_THING) is FULL_THING
    assert FULL_THING["parts"][0] == {"name": "a", "extra": "x"}  # the input is never changed


def test_cut_follows_a_relaxed_required_list() -> None:
    """When the spec stops requiring a field, the minimal answer leaves it out: no list to update."""
    relaxed = copy.deepcopy(TINY_SPEC)
    relaxed["components"]["schemas"]["Thing"]["required"] = ["id"]
    relaxed["components"]["schemas"]["Thing"]["properties"]["size"] = {"type": "integer"}
    assert ResponseShaper(relaxed).shape(MINIMAL_ABSENT, "get_thing", 200, FULL_THING) == {"id": "t1"}
