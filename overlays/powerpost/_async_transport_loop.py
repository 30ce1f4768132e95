"""The transport's I/O: send each attempt and read its body, hold for the pacer, wait before a retry.

`PowerPostTransport` (`_transport.py`) hands each call to `send` and keeps every decision the loop
acts on (what a response means, whether and when to retry, how long a hold may last), so its sync and
async sides differ only in how they wait.

The source of `_transport_loop.py`, which scripts/unasync.py derives from it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import httpx

from . import _deadline as deadline
from . import _header_scan as header_scan
from . import _response_body as response_body
from ._error_base import PowerPostError

if TYPE_CHECKING:
    from ._transport import PowerPostTransport, _Call

logger = logging.getLogger("powerpost")

# A misbehaving clock or header must not hold a request forever: a few holds, then send anyway.
_MAX_HOLDS = 3


async def send(self: PowerPostTransport, call: _Call) -> httpx.Response:
    """Send the call's request and read its body; hold it while its window is used up; retry what is safe."""
    request = call.request
    inner = self._inner.async_()
    pacer = self.pacer if self._pacing else None
    while True:
        if pacer is not None:
            if self._local_pacer:
                hold = pacer.hold(call.op.key)
            else:
                hold = await pacer.ahold(call.op.key)
            if hold > 0:
                await _ahold(self, call, hold)
        response: httpx.Response | None = None
        bound = deadline.enter(call.start_attempt(call.policy))
        try:
            try:
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("Sending %s %s (attempt %d)", request.method, request.url, call.attempt + 1)
                response = await inner.handle_async_request(request)
                found = header_scan.by_name(response.headers)
                content = await response_body.aread(response, self.max_response_bytes, found)
            except response_body.BodyTooLarge as exc:
                assert response is not None
                raise self._too_large(call, response, exc) from None
            except httpx.RequestError as exc:
                delay = self._delay_after_exception(call, exc, response)
            except PowerPostError:
                raise
            except Exception as exc:  # a failure below httpx that it does not map (see `_failed`)
                raise self._failed(call, exc, response) from exc
            else:
                found, headers = self._shown(call, response, found)
                if pacer is not None:
                    if self._local_pacer:
                        self._observe(pacer, call, found, headers)
                    else:
                        # A shared pacer awaits its store here instead of blocking the event loop.
                        await pacer.aobserve(call.op.key, self._wanted(found, headers))
                outcome = self._outcome(call, response, content, found, headers)
                if isinstance(outcome, httpx.Response):
                    return outcome
                delay = outcome
        finally:
            deadline.leave(bound)
        await self._asleep(delay)
        call.waited += delay
        call.attempt += 1


async def _ahold(self: PowerPostTransport, call: _Call, hold: float) -> None:
    """Wait `hold` seconds, the pacer's answer, then ask again: a few holds at most, then send."""
    for held in range(_MAX_HOLDS):
        if held and (hold := await self.pacer.ahold(call.op.key)) <= 0:
            return
        if (hold := self._bounded_hold(call, hold)) <= 0:
            return
        await self._asleep(hold)
