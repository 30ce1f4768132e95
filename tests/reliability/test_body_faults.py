"""The mock's body faults do what they say on the wire, and the SDK turns each into a typed error in time."""

from __future__ import annotations

import time

import httpx
import powerpost
import pytest
from powerpost import PowerPost
from powerpost_mock import RunningMock

EXPECTED = {
    "reset_body": httpx.ReadError,
    "truncate": httpx.RemoteProtocolError,
    "stall_body": httpx.ReadTimeout,
}


def _only(mock: RunningMock, fault: str, **extra: float) -> None:
    with httpx.Client(base_url=mock.root_url, timeout=5) as admin:
        admin.post("/_mock/faults", json={fault: 1.0, "stall_seconds": 3.0, **extra}).raise_for_status()


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_body_fault_on_the_wire(mock_server: RunningMock, fault: str) -> None:
    _only(mock_server, fault)
    headers = {"x-api-key": mock_server.api_key}
    with (
        httpx.Client(base_url=mock_server.base_url, timeout=1.0, headers=headers) as raw,
        pytest.raises(EXPECTED[fault]),
    ):
        raw.get("/account/credits")


@pytest.mark.parametrize("fault", [*sorted(EXPECTED), "drip_body"])
def test_sdk_gets_a_typed_error_within_its_deadline(mock_server: RunningMock, fault: str) -> None:
    _only(mock_server, fault, drip_interval=0.2)
    with PowerPost(
        api_key=mock_server.api_key,
        workspace_id=mock_server.workspace_id,
        base_url=mock_server.base_url,
        timeout=1.0,
        sleep=lambda _: None,
    ) as pp:
        started = time.monotonic()
        with pytest.raises(powerpost.APIConnectionError):
            pp.content.list(limit=5)
        assert time.monotonic() - started < 1.5
