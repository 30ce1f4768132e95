"""Builds the schemathesis schema the whole suite uses: the spec, a target, credentials, bounds and checks."""

from __future__ import annotations

import os
from typing import Any

import schemathesis

from contract_tests.support.exercise_report import RECORDER
from contract_tests.support.powerpost_checks import Case  # importing registers the PowerPost checks
from contract_tests.support.targets import SPEC_PATH, Target

SEED = 20260311
# Bounds chosen so that the whole suite, mutants included, stays within a few minutes on 2 cores.
MAX_EXAMPLES = int(os.environ.get("POWERPOST_CONTRACT_MAX_EXAMPLES", "50"))
STATEFUL_MAX_STEPS = 12

# Schema-valid requests the spec itself says the server refuses, by rules JSON Schema cannot express
# (each line quotes the operation's description). Only these extra statuses count as "accepted" for
# schemathesis's positive_data_acceptance check; any other refusal of valid data still fails.
BASE_ACCEPTED = ["2xx", "401", "403", "404", "409", "429"]
SERVER_SIDE_RULES: dict[str, list[str]] = {
    # "The file's real content must match `type` ... (checked from the bytes)" → 400; size/quota → 413.
    "upload_media": ["400", "413"],
    # "Mixing images and a video, more than one video, or a media id of the wrong kind → 400"; credits → 402.
    "generate_content": ["400", "402"],
    # "`gpt-image-1.5` does not support `size: feed` (→ 400)"; post mode needs a completed generation; 402.
    "generate_image": ["400", "402"],
    # "A duration, audio or prompt length the model does not support → 400"; 402.
    "generate_video": ["400", "402"],
    # "a generation that is not `completed` → 400".
    "create_post": ["400"],
    # Preconditions: 402 credits, 409 not a draft, 422 platform not connected.
    "publish_post": ["402", "422"],
    # "pass the previous page's `next_cursor` as `cursor`": a cursor the API never returned → 400. The spec
    # says so only in prose (reported: the description should name the 400); the mock refuses such cursors.
    "list_generations": ["400"],
    # "`start_date` must not be after `end_date`, and the range is at most 366 days (→ 400)".
    "list_calendar_entries": ["400"],
}
# Invalid data must be refused, and only in these ways: 400 for bad input, 401/403 when credentials are what
# the mutation broke, 404/405 when a broken path id misses the route (see powerpost_checks).
NEGATIVE_REJECTION = ["400", "401", "403", "404", "405"]


def _config(target: Target, max_examples: int, seed: int, read_only: bool) -> schemathesis.Config:
    # `schema.include()` does not narrow a schema whose config has `[[operations]]` entries, so writes are
    # switched off in the config itself.
    writes_off = (
        [{"include-method": ["POST", "PUT", "PATCH", "DELETE"], "enabled": False}] if read_only else []
    )
    return schemathesis.Config.from_dict(
        {
            # Spec-aware credentials: schemathesis knows which operations need the workspace, and still
            # removes or breaks each credential on purpose in its auth and missing-header scenarios.
            # (A programmatic `@schema.auth()` provider is skipped wholesale on cases whose generated
            # security values it considers negated, so valid cases went out with an empty workspace.)
            "auth": {
                "openapi": {
                    "ApiKeyAuth": {"api_key": target.api_key},
                    "WorkspaceId": {"api_key": target.workspace_id},
                }
            },
            "seed": seed,
            "generation": {
                "max-examples": max_examples,
                "deterministic": True,
                "database": "none",
                # Credentials come from `auth` below; generated ones would only be overwritten by it, turning
                # "invalid credential" cases into valid requests (test_auth.py covers credentials explicitly).
                "with-security-parameters": False,
            },
            # Constants mined from the app's Python source change as the process imports more modules, so
            # a replayed example could draw differently (hypothesis FlakyStrategyDefinition); the spec is
            # the only source of data here.
            "analysis": {"constants": {"enabled": False}},
            "phases": {"stateful": {"max-steps": STATEFUL_MAX_STEPS}},
            "checks": {
                "positive_data_acceptance": {"expected-statuses": BASE_ACCEPTED},
                "negative_data_rejection": {"expected-statuses": NEGATIVE_REJECTION},
            },
            "operations": writes_off
            + [
                {
                    "include-operation-id": operation_id,
                    "checks": {"positive_data_acceptance": {"expected-statuses": BASE_ACCEPTED + extra}},
                }
                for operation_id, extra in SERVER_SIDE_RULES.items()
            ],
        }
    )


def build_schema(
    target: Target,
    *,
    section: str,
    max_examples: int = MAX_EXAMPLES,
    seed: int = SEED,
    read_only: bool | None = None,
) -> Any:
    """The spec loaded for ``target``, with auth, bounds, PowerPost checks and the run recorder installed.

    ``section`` names the part of the run in the report. ``read_only`` keeps only GET operations (the
    default for a live target that may not spend).
    """
    read_only = read_only if read_only is not None else not target.allow_spend
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=_config(target, max_examples, seed, read_only))
    if target.app is not None:
        schema.app = target.app
    schema.config.update(base_url=target.base_url)

    @schema.hook
    def after_call(context: schemathesis.HookContext, case: Case, response: schemathesis.Response) -> None:
        RECORDER.record_call(section, case, response)

    @schema.hook
    def after_validate(
        context: schemathesis.HookContext,
        case: Case,
        response: schemathesis.Response,
        results: list[schemathesis.CheckResult],
    ) -> None:
        RECORDER.record_checks(section, case, results)

    return schema
