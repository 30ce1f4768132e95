"""Pacing shared through Redis by every client on one API key: one budget per window, one wait for the reset.

PowerPost limits requests per API key and operation. Clients in several processes (a worker pool, a
few containers) that pace only from their own responses overshoot the window together, and each 429
costs a full `retryAfter`. `SharedPacer` keeps the window of each operation in a Redis hash, written
only by two Lua scripts so every step is atomic:

- `hold` reserves a slot or answers how long until the reset the server last reported. A slot is
  free while the lowest `remaining` the server reported for the window exceeds the calls in flight:
  every call `hold` lets through (even with no window known yet) is recorded in the hash as in flight
  until `observe` sees its response, because the server may count it in this window or the next. So
  the first window counts the calls sent before anyone knew it, and once the reset has passed the next
  window opens with the limit last reported less the calls still in flight (its reset still unknown):
  a call reserved just before a reset and counted by the server just after it takes a slot of the new
  window instead of making it one too many.
- `observe` records a response's `X-RateLimit-*` headers and ends that call's flight. Within one
  window the server's count only grows, so the lowest `remaining` reported stands. A report of a
  window already over only ends the call's flight.

A call in flight counts for `IN_FLIGHT_SECONDS` at most: one that ends without a response the pacer
sees (an exception, a killed process) frees its slot then, and by that time the server's own reports
include it if it was counted.

The budget is named by a SHA-256 of the base URL and the API key; the key itself is never written.
Every hash expires a minute after the reset it records.

It never makes things worse: every Redis command has a short socket timeout (0.5 s; 1 s to open a
connection) and no retry; the first failure logs one warning and the client paces itself locally
(from the same headers, which it always records) for `cooldown` seconds before trying Redis again.
"""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import itertools
import logging
import os
import secrets
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._config import ENV_PACING_URL, ConfigurationError
from ._pacing import MAX_CLOCK_SKEW, Pacer, _date_header

if TYPE_CHECKING:
    import redis
    import redis.asyncio

logger = logging.getLogger("powerpost")

# How long one Redis command may take (send and read), and opening a connection (TCP, TLS, AUTH),
# before the client paces locally. A `?socket_timeout=…&socket_connect_timeout=…` in the URL wins.
DEFAULT_REDIS_TIMEOUT = 0.5
DEFAULT_CONNECT_TIMEOUT = 1.0
# After a Redis failure, pace locally this long before trying Redis again.
DEFAULT_COOLDOWN = 15.0
# A window's hash outlives the reset it records by this many seconds, then Redis drops it.
KEEP_AFTER_RESET = 60
KEY_PREFIX = "powerpost:pacing:"
# A call let through counts as in flight until its response is observed, or this many seconds.
IN_FLIGHT_SECONDS = 10
# A window the pool opened (its reset still unknown) and filled with calls in flight: wait this long for
# their answers before asking again (the transport holds a call a few times at most, then sends it).
OPEN_WINDOW_POLL = 0.1
# Redis locations this process has warned about: one warning per outage, however many clients see it.
_FAILING: set[str] = set()
_SCHEMES = frozenset({"redis", "rediss", "unix"})

# Reserve a slot, or answer the seconds until the reset, as "wait remaining reset open" ("0" when no
# window is known): `remaining` is the lowest the server reported (the limit in a window the pool
# opened). A string: Redis would truncate a Lua number to an integer. Every call let through is
# recorded as in flight: field "f:<ticket>" holding when it stops counting.
# KEYS[1] the window; ARGV: now on the server's clock, seconds to keep an opened window, the ticket,
# seconds a call counts as in flight, seconds to wait in an opened window its calls in flight fill.
_ACQUIRE = """
local now, keep, ticket, flight = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], tonumber(ARGV[4])
local poll = tonumber(ARGV[5])
local fields = redis.call('HGETALL', KEYS[1])
local w, flying = {}, 0
for i = 1, #fields, 2 do
  local name = fields[i]
  if string.sub(name, 1, 2) == 'f:' then
    if tonumber(fields[i + 1]) <= now then
      redis.call('HDEL', KEYS[1], name)
    else
      flying = flying + 1
    end
  else
    w[name] = fields[i + 1]
  end
end
local remaining, reset, limit = tonumber(w.remaining), tonumber(w.reset), tonumber(w.limit)
local open = w.open == '1'
local function let_through()
  redis.call('HSET', KEYS[1], 'f:' .. ticket, now + flight)
  if redis.call('TTL', KEYS[1]) < flight + 1 then
    redis.call('EXPIRE', KEYS[1], math.ceil(flight) + 1)
  end
end
if remaining == nil or reset == nil then
  let_through()
  return '0'
end
if not open and now >= reset then
  if limit == nil then
    redis.call('HDEL', KEYS[1], 'remaining', 'reset', 'open')
    let_through()
    return '0'
  end
  open = true
  remaining = limit
  redis.call('HSET', KEYS[1], 'remaining', limit, 'open', '1')
  redis.call('EXPIRE', KEYS[1], keep)
end
local flag = open and ' 1' or ' 0'
if remaining - flying > 0 then
  let_through()
  return '0 ' .. remaining .. ' ' .. reset .. flag
end
if open then
  -- Filled by calls in flight before any answer told the new window's reset: their answers will.
  return tostring(poll) .. ' ' .. remaining .. ' ' .. reset .. flag
end
return tostring(reset - now) .. ' ' .. remaining .. ' ' .. reset .. flag
"""

# Record a response's headers and end its call's flight; answers "remaining reset" as now stored
# ('' for a report of a window already over). KEYS[1] the window; ARGV: remaining, reset, limit ('' if
# absent), now on the server's clock, seconds to keep after the reset, the call's ticket ('' if none).
_OBSERVE = """
if ARGV[6] ~= '' then
  redis.call('HDEL', KEYS[1], 'f:' .. ARGV[6])
end
local w = redis.call('HMGET', KEYS[1], 'remaining', 'reset', 'open')
local stored, stored_reset = tonumber(w[1]), tonumber(w[2])
local open = w[3] == '1'
local remaining, reset = tonumber(ARGV[1]), tonumber(ARGV[2])
local now, keep = tonumber(ARGV[4]), tonumber(ARGV[5])
if stored_reset ~= nil and (reset < stored_reset or (reset == stored_reset and open)) then
  return ''
end
if stored ~= nil and (reset == stored_reset or open) and stored < remaining then
  remaining = stored
end
redis.call('HSET', KEYS[1], 'remaining', remaining, 'reset', reset, 'open', '0')
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'limit', ARGV[3])
end
local ttl = math.max(1, math.ceil(reset - now + keep))
if redis.call('TTL', KEYS[1]) < ttl then
  redis.call('EXPIRE', KEYS[1], ttl)
end
return remaining .. ' ' .. reset
"""

# The ticket of the call this thread or task has in flight, per pacer and operation: `observe` runs
# in the same thread or task as the `hold` before it, so it ends the right call's flight.
_TICKETS: contextvars.ContextVar[dict[tuple[int, str], str]] = contextvars.ContextVar(
    "powerpost_pacing_tickets"
)
_SERIALS = itertools.count()


def budget_name(base_url: str, api_key: str) -> str:
    """The Redis name of one key's budget on one server: a hash, so the API key is never stored."""
    digest = hashlib.sha256(f"{base_url.rstrip('/')}\n{api_key}".encode()).hexdigest()
    return f"{KEY_PREFIX}{digest[:32]}"


def safe_location(url: str) -> str:
    """`url` without its credentials, for messages."""
    parts = urlsplit(url)
    where = parts.hostname or parts.path or "?"
    return f"{parts.scheme}://{where}" + (f":{parts.port}" if parts.port else "")


def pacing_url(pacing: bool | str, environ: Mapping[str, str] | None = None) -> str | None:
    """The Redis URL to share pacing through: `pacing` itself, else POWERPOST_PACING_URL (unless off)."""
    if pacing is False:
        return None
    url = (
        pacing
        if isinstance(pacing, str)
        else (os.environ if environ is None else environ).get(ENV_PACING_URL, "")
    )
    url = url.strip()
    if not url:
        return None
    if urlsplit(url).scheme not in _SCHEMES:
        raise ConfigurationError(
            "pacing= takes True, False or a Redis URL (redis://, rediss://, unix://); "
            f"got {safe_location(url)}"
        )
    return url


class SharedPacer(Pacer):
    """A `Pacer` whose windows live in Redis, shared by every client on the same key and server.

    Use it through the clients: `PowerPost(pacing="redis://localhost:6379/0")` or the environment
    variable POWERPOST_PACING_URL. Needs the `redis` extra (`pip install "powerpost[redis]"`).
    """

    def __init__(
        self,
        url: str,
        *,
        api_key: str,
        base_url: str,
        clock: Callable[[], float],
        wall_clock: Callable[[], float],
        max_hold: float = 60.0,
        redis_timeout: float = DEFAULT_REDIS_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        cooldown: float = DEFAULT_COOLDOWN,
    ) -> None:
        super().__init__(clock=clock, wall_clock=wall_clock, max_hold=max_hold)
        try:
            import redis  # optional dependency, needed only here
            import redis.asyncio
        except ImportError as exc:  # the `redis` extra is not installed
            raise ConfigurationError('Shared pacing needs redis-py: pip install "powerpost[redis]"') from exc
        self._redis = redis
        self.location = safe_location(url)
        self._url = url
        self._budget = budget_name(base_url, api_key)
        self._timeout = redis_timeout
        self._connect_timeout = connect_timeout
        self._cooldown = cooldown
        self._skew = 0.0
        self._local_until = float("-inf")
        self._failed = False
        # (client, acquire script, observe script), created on first use.
        self._sync: tuple[redis.Redis, Any, Any] | None = None
        self._async: tuple[redis.asyncio.Redis, Any, Any] | None = None
        self._async_loop: asyncio.AbstractEventLoop | None = None
        self._serial = next(_SERIALS)
        # Operation -> (reset, remaining) as Redis last answered, to skip reports that change nothing.
        self._seen: dict[str, tuple[int, int]] = {}

    # -- the pacer interface ------------------------------------------------------------------------
    # Sync and async written side by side: each is a few lines around the shared steps below, and a twin
    # generated by scripts/unasync.py would move them out of the class for a saving of about nine lines.

    def hold(self, key: str) -> float:
        """Seconds to wait before sending `key` (0: send now, a slot in the shared window is reserved)."""
        if self._local():
            return super().hold(key)
        ticket = secrets.token_hex(8)
        try:
            answer = self._sync_scripts()[1](keys=[self._key(key)], args=self._acquire_args(ticket))
        except Exception as exc:  # any Redis failure: pace locally rather than fail the call
            self._fall_back(exc)
            return super().hold(key)
        return self._hold_from(key, answer, ticket)

    async def ahold(self, key: str) -> float:
        """`hold` for async clients, without blocking the event loop."""
        if self._local():
            return super().hold(key)
        ticket = secrets.token_hex(8)
        try:
            answer = await self._async_scripts()[1](keys=[self._key(key)], args=self._acquire_args(ticket))
        except Exception as exc:
            self._fall_back(exc)
            return super().hold(key)
        return self._hold_from(key, answer, ticket)

    def observe(self, key: str, headers: Mapping[str, str]) -> None:
        """Record a response's rate-limit headers locally and shared; its call is no longer in flight."""
        args = self._observe_args(key, headers, self._take_ticket(key))
        if args is None or self._local():
            return
        try:
            answer = self._sync_scripts()[2](keys=[self._key(key)], args=args)
        except Exception as exc:
            self._fall_back(exc)
            return
        self._remember(key, answer)

    async def aobserve(self, key: str, headers: Mapping[str, str]) -> None:
        """`observe` for async clients, without blocking the event loop."""
        args = self._observe_args(key, headers, self._take_ticket(key))
        if args is None or self._local():
            return
        try:
            answer = await self._async_scripts()[2](keys=[self._key(key)], args=args)
        except Exception as exc:
            self._fall_back(exc)
            return
        self._remember(key, answer)

    def close(self) -> None:
        """Close the sync connection pool (it reopens on next use)."""
        opened, self._sync = self._sync, None
        if opened is not None:
            opened[0].close()

    async def aclose(self) -> None:
        """Close the async connection pool (it reopens on next use)."""
        opened, self._async = self._async, None
        if opened is not None:
            await opened[0].aclose()

    @property
    def shared(self) -> bool:
        """False while Redis is failing and the pacer paces locally."""
        return not self._local()

    # -- steps ----------------------------------------------------------------------------------------

    def _key(self, operation: str) -> str:
        return f"{self._budget}:{operation}"

    def _server_now(self) -> float:
        return self._wall_clock() + self._skew

    def _acquire_args(self, ticket: str) -> list[str]:
        return [
            repr(self._server_now()),
            str(KEEP_AFTER_RESET),
            ticket,
            str(IN_FLIGHT_SECONDS),
            repr(OPEN_WINDOW_POLL),
        ]

    def _hold_from(self, key: str, answer: str, ticket: str) -> float:
        self._recovered()
        parts = answer.split()
        if len(parts) == 4 and parts[3] == "0":
            self._remember(key, f"{parts[1]} {parts[2]}")
        else:
            self._seen.pop(key, None)
        wait = float(parts[0])
        if wait <= 0:  # let through: the call is in flight until its response is observed
            tickets = dict(_TICKETS.get({}))
            tickets[(self._serial, key)] = ticket
            _TICKETS.set(tickets)
        # A reset that far away is more likely a bogus header than a real window: let the server decide.
        return wait if 0 < wait <= self._max_hold else 0.0

    def _remember(self, key: str, answer: str) -> None:
        # What Redis held for `key` a moment ago. Within a window the stored count only goes down, so
        # a report of that window with at least this many remaining cannot change it: no round trip.
        parts = answer.split()
        if len(parts) == 2:
            self._seen[key] = (int(parts[1]), int(parts[0]))

    def _take_ticket(self, key: str) -> str:
        """The ticket of this thread's or task's call of `key` in flight ('' if none), forgotten here."""
        tickets = _TICKETS.get({})
        ticket = tickets.get((self._serial, key), "")
        if ticket:
            _TICKETS.set({k: v for k, v in tickets.items() if k != (self._serial, key)})
        return ticket

    def _observe_args(self, key: str, headers: Mapping[str, str], ticket: str) -> list[str] | None:
        # The local window always follows the headers too: it is what pacing falls back to.
        super().observe(key, headers)
        try:
            remaining = int(headers["x-ratelimit-remaining"])
            reset = int(headers["x-ratelimit-reset"])
        except (KeyError, ValueError):
            return None  # a call whose flight is not ended here stops counting after IN_FLIGHT_SECONDS
        seen = self._seen.get(key)
        if not ticket and seen is not None and seen[0] == reset and remaining >= seen[1]:
            return None
        limit_text = headers.get("x-ratelimit-limit", "").strip()
        limit = limit_text if limit_text.isdigit() else ""
        date = _date_header(headers)
        wall = self._wall_clock()
        # The server's clock as `Pacer.seconds_until` judges it: local wall time unless clearly off.
        self._skew = date - wall if date is not None and abs(date - wall) > MAX_CLOCK_SKEW else 0.0
        return [str(remaining), str(reset), limit, repr(wall + self._skew), str(KEEP_AFTER_RESET), ticket]

    def _recovered(self) -> None:
        if self._failed:
            self._failed = False
            if self.location in _FAILING:
                _FAILING.discard(self.location)
                logger.info("Shared pacing through %s works again", self.location)

    def _local(self) -> bool:
        return self._clock() < self._local_until

    def _fall_back(self, exc: BaseException) -> None:
        self._local_until = self._clock() + self._cooldown
        self._seen.clear()  # Redis may come back empty: the next reports must reach it
        self._failed = True
        if self.location not in _FAILING:
            _FAILING.add(self.location)
            logger.warning(
                "Shared pacing through %s failed (%s: %s); pacing this client locally, retrying Redis "
                "every %.0f s",
                self.location,
                type(exc).__name__,
                exc,
                self._cooldown,
            )
        else:
            logger.debug("Shared pacing through %s failed again: %s", self.location, type(exc).__name__)

    # -- Redis clients, created on first use ----------------------------------------------------------

    def _options(self) -> dict[str, Any]:
        # No retry and short timeouts: a call must never wait on Redis longer than about one timeout.
        return {
            "socket_timeout": self._timeout,
            "socket_connect_timeout": self._connect_timeout,
            "retry": self._redis.retry.Retry(self._redis.backoff.NoBackoff(), 0),
            "client_name": "powerpost-pacer",
            "decode_responses": True,  # the scripts answer text
        }

    def _sync_scripts(self) -> tuple[redis.Redis, Any, Any]:
        if self._sync is None:
            client = self._redis.Redis.from_url(self._url, **self._options())
            self._sync = (client, client.register_script(_ACQUIRE), client.register_script(_OBSERVE))
        return self._sync

    def _async_scripts(self) -> tuple[redis.asyncio.Redis, Any, Any]:
        loop = asyncio.get_running_loop()
        # redis.asyncio connections belong to the loop that opened them: a new loop needs a new pool.
        if self._async is None or self._async_loop is not loop:
            client = self._redis.asyncio.Redis.from_url(self._url, **self._options())
            self._async = (client, client.register_script(_ACQUIRE), client.register_script(_OBSERVE))
            self._async_loop = loop
        return self._async


def make_pacer(
    pacing: bool | str,
    *,
    api_key: str,
    base_url: str,
    clock: Callable[[], float],
    wall_clock: Callable[[], float],
    max_hold: float,
    environ: Mapping[str, str] | None = None,
) -> Pacer:
    """The pacer of a new client: shared through Redis when a URL is given (argument or environment)."""
    url = pacing_url(pacing, environ)
    if url is None:
        return Pacer(clock=clock, wall_clock=wall_clock, max_hold=max_hold)
    return SharedPacer(
        url, api_key=api_key, base_url=base_url, clock=clock, wall_clock=wall_clock, max_hold=max_hold
    )
