"""The spec is valid OpenAPI 3.1 and says, for every operation, what PowerPost's API does."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}
RATE_HEADERS = {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Request-Id"}

# The 18 operations of PowerPost API v1, by (method, path) → operationId.
OPERATIONS = {
    ("get", "/account/credits"): "get_credits",
    ("post", "/media/upload"): "upload_media",
    ("post", "/content/generate"): "generate_content",
    ("get", "/content/generations"): "list_generations",
    ("get", "/content/generations/{generation_id}"): "get_generation",
    ("post", "/images/generate"): "generate_image",
    ("get", "/images/generations/{image_generation_id}"): "get_image_generation",
    ("post", "/videos/generate"): "generate_video",
    ("get", "/videos/generations/{video_generation_id}"): "get_video_generation",
    ("post", "/posts"): "create_post",
    ("get", "/posts/{post_id}"): "get_post",
    ("post", "/posts/{post_id}/publish"): "publish_post",
    ("get", "/post-items/{post_item_id}/analytics"): "get_post_item_analytics",
    ("get", "/calendar/entries"): "list_calendar_entries",
    ("post", "/calendar/entries"): "create_calendar_entry",
    ("get", "/calendar/entries/{entry_id}"): "get_calendar_entry",
    ("patch", "/calendar/entries/{entry_id}"): "update_calendar_entry",
    ("delete", "/calendar/entries/{entry_id}"): "delete_calendar_entry",
}

# The error statuses each operation declares: a spending call can answer 402, an id or reference 404.
SPENDS_CREDITS = {"generate_content", "generate_image", "generate_video", "publish_post"}
TAKES_ID_OR_REFERS = {
    "generate_content",
    "get_generation",
    "generate_image",
    "get_image_generation",
    "generate_video",
    "get_video_generation",
    "create_post",
    "get_post",
    "publish_post",
    "get_post_item_analytics",
    "get_calendar_entry",
    "update_calendar_entry",
    "delete_calendar_entry",
}


def expected_statuses(op_id: str) -> set[str]:
    """The error statuses one operation must declare."""
    statuses = {"401", "403", "429", "500"}
    if op_id != "get_credits":
        statuses.add("400")  # every other operation takes the workspace header
    if op_id in TAKES_ID_OR_REFERS:
        statuses.add("404")
    if op_id in SPENDS_CREDITS:
        statuses.add("402")
    if op_id == "publish_post":
        statuses |= {"409", "422"}
    if op_id == "upload_media":
        statuses.add("413")
    return statuses


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation under `paths`."""
    return [
        (method, path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (one level is all the spec uses for responses)."""
    ref = node.get("$ref")
    if ref is None:
        return node
    target: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    resolved: dict[str, Any] = target
    return resolved


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_spec_has_exactly_the_18_documented_operations(spec: dict[str, Any]) -> None:
    found = {(method, path): op["operationId"] for method, path, op in operations(spec)}
    assert found == OPERATIONS


def test_side_effects_match_what_each_operation_does(spec: dict[str, Any]) -> None:
    """`x-powerpost-side-effect`: reads are `none`, and exactly the calls that may answer 402 spend."""
    effects = {op["operationId"]: op["x-powerpost-side-effect"] for _, _, op in operations(spec)}
    assert set(effects.values()) <= {"none", "idempotent", "creates", "spends", "publishes"}
    assert {op_id for op_id, effect in effects.items() if effect in ("spends", "publishes")} == SPENDS_CREDITS
    assert all(effects[op_id] == "none" for (method, _), op_id in OPERATIONS.items() if method == "get")
    assert "`x-powerpost-side-effect`" in spec["info"]["description"]


@pytest.mark.parametrize(("method", "path"), sorted(OPERATIONS))
def test_operation_is_documented_for_a_reader(spec: dict[str, Any], method: str, path: str) -> None:
    op = spec["paths"][path][method]
    assert op["summary"].strip()
    assert len(op["description"]) > 40
    assert len(op["tags"]) == 1, "one tag per resource"
    assert op["x-powerpost-scope"] in op["description"], "the description names the scope"
    for param in op.get("parameters", []):
        assert resolve(spec, param).get("description"), (
            f"parameter without description in {op['operationId']}"
        )


@pytest.mark.parametrize(("method", "path"), sorted(OPERATIONS))
def test_operation_declares_its_error_statuses(spec: dict[str, Any], method: str, path: str) -> None:
    op = spec["paths"][path][method]
    declared = {status for status in op["responses"] if status != "200"}
    assert declared == expected_statuses(op["operationId"])
    assert set(op["responses"]) - declared == {"200"}, "every success is HTTP 200, never 201 or 202"


@pytest.mark.parametrize(("method", "path"), sorted(OPERATIONS))
def test_every_response_declares_the_four_headers(spec: dict[str, Any], method: str, path: str) -> None:
    for status, response in spec["paths"][path][method]["responses"].items():
        headers = resolve(spec, response).get("headers", {})
        assert set(headers) >= RATE_HEADERS, f"{status} of {path} lacks {RATE_HEADERS - set(headers)}"
        for name in RATE_HEADERS:
            assert resolve(spec, headers[name])["required"] is True


def test_workspace_header_is_required_everywhere_but_credits(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        security = op.get("security", spec["security"])
        needs_workspace = all("WorkspaceId" in requirement for requirement in security)
        assert needs_workspace == (op["operationId"] != "get_credits"), op["operationId"]
        # Either credential works: the x-api-key header or a bearer token (PowerPost accepts both).
        assert {next(iter(r.keys() - {"WorkspaceId"})) for r in security} == {"ApiKeyAuth", "BearerAuth"}


def test_every_request_body_and_success_response_has_an_example(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        if "requestBody" in op:
            for media in op["requestBody"]["content"].values():
                assert "example" in media or "examples" in media, op["operationId"]
        for media in op["responses"]["200"]["content"].values():
            assert "example" in media or "examples" in media, op["operationId"]


def test_error_responses_carry_an_example_with_their_code(spec: dict[str, Any]) -> None:
    codes_by_status = {
        "BadRequest": {"VALIDATION_ERROR"},
        "Unauthorized": {"INVALID_API_KEY"},
        "PaymentRequired": {"INSUFFICIENT_CREDITS"},
        "Forbidden": {"FORBIDDEN", "INSUFFICIENT_SCOPE"},
        "NotFound": {"NOT_FOUND"},
        "Conflict": {"ALREADY_PUBLISHED"},
        "PayloadTooLarge": {"FILE_TOO_LARGE", "STORAGE_QUOTA_EXCEEDED"},
        "UnprocessableEntity": {"PLATFORM_NOT_CONNECTED"},
        "TooManyRequests": {"RATE_LIMIT_EXCEEDED"},
        "InternalError": {"INTERNAL_ERROR"},
    }
    responses = spec["components"]["responses"]
    assert set(responses) == set(codes_by_status)
    for name, codes in codes_by_status.items():
        media = responses[name]["content"]["application/json"]
        examples = (
            [media["example"]] if "example" in media else [e["value"] for e in media["examples"].values()]
        )
        assert {e["error"]["code"] for e in examples} == codes, name
    assert set(spec["components"]["schemas"]["ErrorCode"]["enum"]) == set().union(*codes_by_status.values())


def test_links_point_at_real_operations_and_parameters(spec: dict[str, Any]) -> None:
    by_id = {op["operationId"]: op for _, _, op in operations(spec)}
    count = 0
    for _, _, op in operations(spec):
        for link in op["responses"]["200"].get("links", {}).values():
            count += 1
            target = by_id[link["operationId"]]
            names = {resolve(spec, p)["name"] for p in target.get("parameters", [])}
            assert set(link.get("parameters", {})) <= names, link
            assert "parameters" in link or "requestBody" in link
    assert count >= 12


def test_webhooks_describe_the_six_documented_events(spec: dict[str, Any]) -> None:
    events = {
        "generation.completed",
        "generation.failed",
        "image_generation.completed",
        "image_generation.failed",
        "post.published",
        "post.failed",
    }
    assert set(spec["webhooks"]) == events
    schemas = spec["components"]["schemas"]
    for event, item in spec["webhooks"].items():
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        schema = schemas[ref.rsplit("/", 1)[1]]
        assert schema["properties"]["event"]["enum"] == [event]
        assert schema["required"] == ["event", "timestamp", "workspace_id", "data"]
    assert set(schemas["WebhookEventType"]["enum"]) == events
