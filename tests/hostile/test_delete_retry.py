"""A DELETE whose answer was lost is retried; finding nothing then means the first attempt deleted it."""

from __future__ import annotations

from collections.abc import Callable

import powerpost
import pytest

from tests.hostile.conftest import Driver
from tests.hostile.server import close_without_response, error_json, hostile, reset_mid_body, respond

NOT_FOUND = error_json("NOT_FOUND", "Calendar entry not found: e1")


def test_delete_retried_after_a_lost_answer_then_404_reports_success(drive: Callable[..., Driver]) -> None:
    with hostile(close_without_response(), respond(404, NOT_FOUND)) as server:
        client = drive(server)
        result = client.call(lambda c: c.calendar.delete("e1"))
    assert result.success is True
    assert [seen.method for seen in server.seen] == ["DELETE", "DELETE"]


def test_delete_retried_after_a_reset_body_then_404_reports_success(drive: Callable[..., Driver]) -> None:
    with hostile(reset_mid_body(b'{"success": true}'), respond(404, NOT_FOUND)) as server:
        client = drive(server)
        assert client.call(lambda c: c.calendar.delete("e1")).success is True


def test_delete_retried_after_a_500_then_404_reports_success(drive: Callable[..., Driver]) -> None:
    with hostile(respond(500, error_json("INTERNAL_ERROR")), respond(404, NOT_FOUND)) as server:
        client = drive(server)
        assert client.call(lambda c: c.calendar.delete("e1")).success is True


def test_delete_of_a_missing_entry_is_still_not_found(drive: Callable[..., Driver]) -> None:
    with hostile(respond(404, NOT_FOUND)) as server:
        client = drive(server)
        with pytest.raises(powerpost.NotFoundError):
            client.call(lambda c: c.calendar.delete("e1"))


def test_delete_after_a_429_then_404_is_not_found(drive: Callable[..., Driver]) -> None:
    # A 429 is refused before anything happens: the 404 is the real answer.
    limited = respond(429, error_json("RATE_LIMIT_EXCEEDED", retryAfter=1))
    with hostile(limited, respond(404, NOT_FOUND)) as server:
        client = drive(server)
        with pytest.raises(powerpost.NotFoundError):
            client.call(lambda c: c.calendar.delete("e1"))
