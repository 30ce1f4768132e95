"""Each spec mutation is classified as it would affect a user of this SDK.

The SDK tolerates new response fields and enum values, absent and null response fields (they read as unset or
None), so those are not breaking; narrowing what a request may send, removing what a response held or an
operation, are.
"""

from __future__ import annotations

import pytest

from tools.breaking.changes import Change
from tools.breaking.spec_changes import (
    RULE_ATTRIBUTE_REMOVED,
    RULE_ENUM,
    RULE_NULLABLE,
    RULE_OPTIONAL,
    RULE_TOLERANT,
    RULE_TYPE_CHANGED,
)

# mutation → (breaking?, a text that one of its changes' lines must contain)
EXPECTED: dict[str, tuple[bool, str]] = {
    "remove_operation": (True, "GET /account/credits (get_credits): operation removed"),
    "require_optional_request_field": (True, "request body: field `cta_text` became required"),
    "remove_response_field": (True, "response 200 `status_url`: field removed"),
    "narrow_request_enum": (True, "request body `research_mode`: value `deep` removed"),
    "add_response_enum_value": (False, f"`items[].status`: value `scheduled` added  [{RULE_ENUM}]"),
    "add_optional_request_field": (False, "request body `tone`: field added"),
    "add_operation": (False, "GET /account/usage (get_usage): operation added"),
    "make_response_field_optional": (False, f"field `status_url` became optional  [{RULE_OPTIONAL}]"),
    "make_optional_response_object_nullable": (False, f"`outputs`: may now be null  [{RULE_NULLABLE}]"),
    "make_optional_response_object_nullable_with_description": (
        False,
        f"(get_generation) response 200 `error`: may now be null  [{RULE_NULLABLE}]",
    ),
    "add_required_path_parameter": (True, "(get_credits): parameters `region` added; required: `region`"),
    "add_required_query_parameter": (
        True,
        "GET /content/generations (list_generations) parameter query `region`",
    ),
    "drop_response_constraint": (False, f"`credits_used`: `minimum` removed (was 0)  [{RULE_TOLERANT}]"),
    "change_response_field_type": (True, f"`status_url`: type `string` → `integer`  [{RULE_TYPE_CHANGED}]"),
    "remove_optional_request_field": (True, "request body `cta_text`: field removed"),
    "remove_webhook_payload_field": (
        True,
        f"webhook post.failed payload `data.error_code`: field removed  [{RULE_ATTRIBUTE_REMOVED}]",
    ),
    "widen_request_enum": (False, "request body `model`: value `flux3` added"),
}


@pytest.mark.parametrize(("mutation", "expected"), EXPECTED.items(), ids=list(EXPECTED))
def test_mutation_is_classified(
    mutation: str, expected: tuple[bool, str], mutation_changes: dict[str, list[Change]]
) -> None:
    breaking, text = expected
    changes = mutation_changes[mutation]
    assert changes, f"{mutation}: no change found"
    assert any(text in change.line() for change in changes), "\n".join(c.line() for c in changes)
    assert any(change.breaking for change in changes) is breaking, "\n".join(c.line() for c in changes)


def test_unchanged_spec_has_no_changes(mutation_changes: dict[str, list[Change]]) -> None:
    assert mutation_changes["unchanged"] == []


def test_a_response_enum_value_is_listed_at_every_place_it_is_read(
    mutation_changes: dict[str, list[Change]],
) -> None:
    places = {c.where for c in mutation_changes["add_response_enum_value"] if "`scheduled` added" in c.what}
    # PostItem is read by get_post, create_post, publish (via Post) and the two post webhooks.
    assert any(place.startswith("GET /posts/{post_id}") for place in places), places
    assert any(place.startswith("webhook post.published") for place in places), places


def test_narrowed_request_enum_is_not_breaking_where_it_is_read(
    mutation_changes: dict[str, list[Change]],
) -> None:
    in_responses = [c for c in mutation_changes["narrow_request_enum"] if " response " in c.where]
    assert in_responses
    assert not any(change.breaking for change in in_responses)


def test_descriptions_and_examples_are_not_compared(mutation_changes: dict[str, list[Change]]) -> None:
    assert mutation_changes["edit_descriptions_only"] == []


def test_a_field_called_description_is_a_field(mutation_changes: dict[str, list[Change]]) -> None:
    changes = mutation_changes["remove_response_field_named_description"]
    assert any(c.breaking and c.where.endswith("`outputs.youtube.description`") for c in changes), "\n".join(
        c.line() for c in changes
    )
