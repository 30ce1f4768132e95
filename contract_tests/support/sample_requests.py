"""One valid request per operation, taken from the spec's own examples (for the auth and variant tests)."""

from __future__ import annotations

from typing import Any

from contract_tests.support.error_contract import load_spec
from contract_tests.support.sample_media import valid_upload_body

MISSING_ID = "contract-no-such-id"


def _first_example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    for example in examples.values():
        return example["value"]
    return None


def sample_request(operation_id: str) -> dict[str, Any]:
    """Keyword arguments for ``APIOperation.Case``: path ids that do not exist, the spec's example inputs."""
    for path_item in load_spec()["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or operation.get("operationId") != operation_id:
                continue
            kwargs: dict[str, Any] = {}
            parameters = [*path_item.get("parameters", []), *operation.get("parameters", [])]
            path_params = {}
            query = {}
            for parameter in parameters:
                if "$ref" in parameter:
                    parameter = load_spec()["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
                if parameter["in"] == "path":
                    path_params[parameter["name"]] = MISSING_ID
                elif parameter["in"] == "query" and "example" in parameter:
                    query[parameter["name"]] = parameter["example"]
            if path_params:
                kwargs["path_parameters"] = path_params
            if query:
                kwargs["query"] = query
            content = operation.get("requestBody", {}).get("content", {})
            if "multipart/form-data" in content:
                kwargs["body"] = valid_upload_body("image")
                kwargs["media_type"] = "multipart/form-data"
            elif "application/json" in content:
                kwargs["body"] = _first_example(content["application/json"])
                kwargs["media_type"] = "application/json"
            return kwargs
    raise KeyError(operation_id)


def operation_ids() -> list[str]:
    """Every operationId of the spec, in document order."""
    return [
        operation["operationId"]
        for path_item in load_spec()["paths"].values()
        for method, operation in path_item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


def needs_workspace(operation_id: str) -> bool:
    """Whether the operation acts inside a workspace (all but ``get_credits``)."""
    for path_item in load_spec()["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                security = operation.get("security", load_spec()["security"])
                return any("WorkspaceId" in requirement for requirement in security)
    raise KeyError(operation_id)


def required_scope(operation_id: str) -> str:
    """The scope the operation needs (``x-powerpost-scope``)."""
    for path_item in load_spec()["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                scope: str = operation["x-powerpost-scope"]
                return scope
    raise KeyError(operation_id)
