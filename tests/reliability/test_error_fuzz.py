"""Hypothesis fuzzes the SDK with hostile responses: any status, body and rate-limit headers.

Whatever comes back, a call returns a model or raises a `powerpost.PowerPostError`, never anything
else, makes a bounded number of attempts, and every sleep it asks for is finite and no longer than the
configured maximum (`RetryPolicy.max_retry_after`, or `max_delay` for plain backoff).
"""

from __future__ import annotations

import asyncio
import json
import math
from typing import Any

import httpx
import powerpost
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from powerpost import AsyncPowerPost, PowerPost
from powerpost._retry import RetryPolicy

API_KEY = "pp_live_sk_fuzz_secret_0123456789"
BASE_URL = "https://powerpost.ai/api/v1"
POLICY = RetryPolicy(max_retries=3, max_retry_after=30.0, max_delay=4.0, total_wait=90.0)
MAX_SLEEP = max(POLICY.max_retry_after, POLICY.max_delay)
KNOWN_CODES = [
    "VALIDATION_ERROR",
    "INVALID_API_KEY",
    "INSUFFICIENT_CREDITS",
    "FORBIDDEN",
    "INSUFFICIENT_SCOPE",
    "NOT_FOUND",
    "ALREADY_PUBLISHED",
    "FILE_TOO_LARGE",
    "STORAGE_QUOTA_EXCEEDED",
    "PLATFORM_NOT_CONNECTED",
    "RATE_LIMIT_EXCEEDED",
    "INTERNAL_ERROR",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
numberish = st.one_of(
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.none(),
)
error_envelopes = st.fixed_dictionaries(
    {},
    optional={
        "code": st.one_of(st.sampled_from(KNOWN_CODES), st.text(max_size=20), json_values),
        "message": st.one_of(st.text(max_size=50), json_values),
        "retryAfter": numberish,
        "required_scope": st.text(max_size=20),
    },
).map(lambda inner: {"error": inner})


def _encode(document: Any) -> bytes:
    # allow_nan: a hostile server may send NaN/Infinity literals, which Python's json.loads accepts.
    return json.dumps(document, allow_nan=True).encode()


bodies = st.one_of(
    error_envelopes.map(_encode),
    json_values.map(_encode),
    st.binary(max_size=80),
    st.just(b""),
)
header_text = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=25)
header_values = st.one_of(
    st.integers(-(10**12), 10**13).map(str),
    st.floats().map(str),
    header_text,
    st.sampled_from(["", "inf", "-0", "1e9"]),
)
headers = st.dictionaries(
    st.sampled_from(
        [
            "x-ratelimit-limit",
            "x-ratelimit-remaining",
            "x-ratelimit-reset",
            "retry-after",
            "date",
            "x-request-id",
            "content-type",
        ]
    ),
    header_values,
    max_size=7,
)
statuses = st.one_of(
    st.sampled_from([400, 401, 402, 403, 404, 409, 413, 422, 429, 429, 500, 502, 503, 504]),
    st.integers(200, 599),
)
responses = st.tuples(statuses, headers, bodies)


class Replay:
    """Serves the fuzzed responses in turn (the last one again once they run out) and counts attempts."""

    def __init__(self, answers: list[tuple[int, dict[str, str], bytes]]) -> None:
        self.answers = answers
        self.attempts = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        status, head, body = self.answers[min(self.attempts, len(self.answers) - 1)]
        self.attempts += 1
        return httpx.Response(status, headers=head, content=body)


def _check_outcome(outcome: object, sleeps: list[float], replay: Replay, calls: int) -> None:
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, powerpost.PowerPostError), f"untyped {type(outcome).__name__}: {outcome!r}"
        text = f"{outcome} {outcome!r}"
        assert API_KEY not in text
    for seconds in sleeps:
        assert math.isfinite(seconds), sleeps
        assert 0.0 <= seconds <= MAX_SLEEP, sleeps
    # Each call: the first attempt, its retries, and a few pacing holds at most.
    assert replay.attempts <= calls * (POLICY.max_retries + 1), replay.attempts


def _call_sync(pp: PowerPost, operation: str) -> object:
    try:
        if operation == "get_credits":
            return pp.account.get_credits()
        if operation == "get_generation":
            return pp.content.get("gen_1")
        return pp.content.generate(
            {"prompt": "Fuzzing", "post_types": ["x-post"], "research_mode": "regular"}
        )
    except Exception as exc:  # the property under test is the type of whatever is raised
        return exc


FUZZ_SETTINGS = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


@FUZZ_SETTINGS
@given(
    answers=st.lists(responses, min_size=1, max_size=5),
    operation=st.sampled_from(["get_credits", "get_generation", "generate_content"]),
)
def test_sync_calls_raise_only_typed_errors_and_sleep_boundedly(
    answers: list[tuple[int, dict[str, str], bytes]], operation: str
) -> None:
    """Two calls in a row (the second one paced by the first one's headers) against hostile answers."""
    replay, sleeps = Replay(answers), list[float]()
    pp = PowerPost(
        api_key=API_KEY,
        workspace_id="ws_fuzz",
        base_url=BASE_URL,
        retry=POLICY,
        transport=httpx.MockTransport(replay),
        sleep=sleeps.append,
    )
    with pp:
        outcomes = [_call_sync(pp, operation) for _ in range(2)]
    for outcome in outcomes:
        _check_outcome(outcome, sleeps, replay, calls=2)


@FUZZ_SETTINGS
@given(answers=st.lists(responses, min_size=1, max_size=5))
def test_async_calls_raise_only_typed_errors_and_sleep_boundedly(
    answers: list[tuple[int, dict[str, str], bytes]],
) -> None:
    """The async client under the same hostile answers."""
    replay, sleeps = Replay(answers), list[float]()

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def scenario() -> list[object]:
        pp = AsyncPowerPost(
            api_key=API_KEY,
            workspace_id="ws_fuzz",
            base_url=BASE_URL,
            retry=POLICY,
            transport=httpx.MockTransport(replay),
            sleep=fake_sleep,
        )
        results: list[object] = []
        async with pp:
            for _ in range(2):
                try:
                    results.append(await pp.content.get("gen_1"))
                except Exception as exc:
                    results.append(exc)
        return results

    for outcome in asyncio.run(scenario()):
        _check_outcome(outcome, sleeps, replay, calls=2)


@FUZZ_SETTINGS
@given(status=st.integers(400, 599), envelope=error_envelopes, head=headers)
def test_an_error_status_always_becomes_an_api_status_error_with_that_status(
    status: int, envelope: dict[str, Any], head: dict[str, str]
) -> None:
    """With retries off, any 4xx/5xx surfaces as APIStatusError carrying the status the server sent."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=head, content=_encode(envelope))

    with PowerPost(
        api_key=API_KEY,
        workspace_id="ws_fuzz",
        base_url=BASE_URL,
        max_retries=0,
        transport=httpx.MockTransport(answer),
        sleep=lambda _s: None,
    ) as pp:
        outcome = _call_sync(pp, "get_credits")
    assert isinstance(outcome, powerpost.APIStatusError), repr(outcome)
    assert outcome.status_code == status
    if status == 429:
        assert isinstance(outcome, powerpost.RateLimitError)
        retry_after = outcome.retry_after
        assert retry_after is None or (math.isfinite(retry_after) and retry_after >= 0), retry_after


@pytest.mark.parametrize("status", [200, 404, 500])
def test_deeply_nested_json_body_is_a_typed_error(status: int) -> None:
    """A body nested deeper than Python's recursion limit still ends as a PowerPostError."""
    deep = b"[" * 100_000 + b"]" * 100_000

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"content-type": "application/json"}, content=deep)

    with PowerPost(
        api_key=API_KEY,
        workspace_id="ws_fuzz",
        base_url=BASE_URL,
        max_retries=0,
        transport=httpx.MockTransport(answer),
        sleep=lambda _s: None,
    ) as pp:
        outcome = _call_sync(pp, "get_credits")
    assert isinstance(outcome, powerpost.PowerPostError), repr(outcome)
