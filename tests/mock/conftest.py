"""Fixtures for the mock's tests: an in-process app and client, and spec-conformance assertions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from powerpost_mock import MockSettings, MockState, create_app
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.applications import Starlette

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "powerpost.yaml"
KEY = "pp_live_sk_mock_0000000000000000"
WS = "ws_mock_default"
AUTH = {"x-api-key": KEY, "X-Workspace-Id": WS}
RATE_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-request-id")
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 60
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 60
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 60


@cache
def spec() -> dict[str, Any]:
    """The spec, parsed once."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return registry


def _operation(operation_id: str) -> dict[str, Any]:
    for item in spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def schema_errors(pointer: str, instance: Any) -> list[str]:
    """Errors of `instance` against the schema at `pointer` of the spec."""
    validator = Draft202012Validator(
        {"$ref": f"urn:spec{pointer}"},
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def assert_conforms(response: httpx.Response, operation_id: str) -> Any:
    """The response is declared for the operation, has the four headers and a body of the declared schema."""
    for header in RATE_HEADERS:
        assert header in response.headers, f"{header} missing on {response.status_code}"
    limit = int(response.headers["x-ratelimit-limit"])
    assert 0 <= int(response.headers["x-ratelimit-remaining"]) <= limit
    declared = _operation(operation_id)["responses"]
    assert str(response.status_code) in declared, f"{response.status_code} not declared for {operation_id}"
    content = _deref(declared[str(response.status_code)]).get("content", {})
    body = response.json()
    schema = content["application/json"]["schema"]
    errors = schema_errors(schema["$ref"], body)
    assert not errors, f"{operation_id} {response.status_code}: {errors} in {body}"
    return body


def assert_error(response: httpx.Response, operation_id: str, status: int, code: str) -> dict[str, Any]:
    """An error of the documented envelope, status and code."""
    assert response.status_code == status, response.text
    body = assert_conforms(response, operation_id)
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    error: dict[str, Any] = body["error"]
    return error


# The mock's own tests check its full answers (whatever POWERPOST_MOCK_SHAPE says); test_minimal_shape.py
# checks the minimal ones.
FAST = MockSettings(caption_delay=2.0, image_delay=3.0, video_delay=10.0, publish_delay=2.0, shape="full")


@pytest.fixture
def app() -> Starlette:
    """A fresh in-process mock."""
    return create_app(FAST)


@pytest.fixture
def state(app: Starlette) -> MockState:
    """The app's state object."""
    mock_state: MockState = app.state.mock
    return mock_state


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client talking to the app in-process, with the default key and workspace."""
    transport = httpx.ASGITransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/api/v1", headers=AUTH) as c:
        yield c


async def advance(client: httpx.AsyncClient, seconds: float) -> None:
    """Move the mock clock through the admin surface."""
    response = await client.post("http://mock/_mock/clock/advance", json={"seconds": seconds})
    assert response.status_code == 200


async def admin(client: httpx.AsyncClient, path: str, body: dict[str, Any] | None = None) -> Any:
    """Call an admin endpoint and return its JSON."""
    response = await client.post(f"http://mock/_mock/{path}", json=body or {})
    assert response.status_code == 200, response.text
    return response.json()
