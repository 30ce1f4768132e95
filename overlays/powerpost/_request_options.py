"""Per-call options: `pp.content.get(id, timeout=5, max_retries=0, extra_headers={...}, extra_query={...})`.

The options of one call travel from the client method to the transport in a context variable (every
thread and asyncio task sees its own), so they reach the requests of that call and of no other call,
however many run at once. A call given no options sets nothing: the transport's only cost is one
`ContextVar.get`.
"""

from __future__ import annotations

import contextvars
import operator
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypedDict

import attrs
import httpx

from . import _deadline as deadline
from ._config import client_timeout
from ._retry import RetryPolicy

# Set by the client only: a per-call key would bypass the client's pacing and redaction, which follow
# its own key. Compared in lower case.
_FIXED_HEADERS = frozenset({b"x-api-key"})
# A header name is an RFC 9110 token; a value may hold no control character but a tab.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_QUERY_TYPES = (str, int, float, bool)
_KNOWN = frozenset({"timeout", "max_retries", "extra_headers", "extra_query"})
_Header = tuple[bytes, bytes, bytes]
# Header name -> (name, lower-case name) as bytes, for names checked already: names recur, values vary.
_NAMES: dict[str, tuple[bytes, bytes]] = {}
_LOWER_NAME = operator.itemgetter(1)
# (id(policy), max_retries) -> (policy, policy with that retry count): evolving one costs microseconds.
_POLICIES: dict[tuple[int, int], tuple[RetryPolicy, RetryPolicy]] = {}
# Seconds -> the httpx timeouts of a per-call `timeout=` and their deadline limits (a few values recur:
# nothing built per call, and the transport's one-slot cache of the client's own timeouts stays warm).
_TIMEOUTS: dict[float, tuple[dict[str, float | None], tuple[float | None, bool]]] = {}


class RequestOptions(TypedDict, total=False):
    """The options every API method takes as keywords, for that call only.

    - `timeout`: the deadline of this call in seconds, retries and body included (an `httpx.Timeout`
      also sets the connect, read, write and pool bounds), instead of the client's `timeout`.
    - `max_retries`: how often this call may be retried (`0`: never), instead of the client's.
    - `extra_headers`: headers added to the request, replacing ones of the same name (`X-Workspace-Id`
      sends this one call to another workspace). `x-api-key` cannot be set per call: a `ValueError`
      says to make a client with that key instead.
    - `extra_query`: query parameters added to the URL, replacing ones of the same name (a list value
      repeats the parameter).

    Methods that send a JSON or form body also take `extra_body` (keys newer than this SDK); methods
    without a request body do not: the SDK never invents one.

        options: RequestOptions = {"timeout": 5, "extra_headers": {"X-Trace-Id": "abc"}}
        generation = pp.content.get("gen_abc", **options)
    """

    timeout: float | httpx.Timeout
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str | int | float | bool | list[str | int | float | bool]]


class CallOptions:
    """One call's options as the transport applies them; its answer is kept here for `with_raw_response`."""

    __slots__ = ("headers", "limits", "max_retries", "query", "response", "sink", "timeouts")

    timeouts: dict[str, float | None] | None
    # The call's deadline limits from those timeouts (`_deadline.call_limits`), worked out once per value.
    limits: tuple[float | None, bool] | None
    max_retries: int | None
    headers: list[_Header] | None
    query: dict[str, Any] | None
    # The call's successful response, kept on the capture's options (`capture()`, `with_raw_response`).
    response: httpx.Response | None
    # Where the answer goes: the enclosing capture's options, None outside a capture (kept nowhere).
    sink: CallOptions | None

    def __new__(
        cls, options: Mapping[str, Any] | None = None, parent: CallOptions | None = None
    ) -> CallOptions:
        """The checked `options` (None or {}: none); `parent`'s sink, if any, receives the answer."""
        return _build(options, parent)

    def prepare(self, request: httpx.Request, policy: RetryPolicy) -> RetryPolicy:
        """Apply the options to `request` before its first attempt; the retry policy of this call."""
        headers = self.headers
        if headers is not None:
            if _FAST:  # `_set_headers`, inline: one call less on every call with extra headers
                _write(request.headers._list, headers)
            else:
                _set_headers(request.headers, headers)
        if self.query is not None:
            request.url = _merged(request.url, self.query)
        if self.timeouts is not None:
            request.extensions["timeout"] = self.timeouts
        retries = self.max_retries
        if retries is None or retries == policy.max_retries:
            return policy
        key = (id(policy), retries)
        known = _POLICIES.get(key)
        if known is None or known[0] is not policy:
            if len(_POLICIES) > 64:
                _POLICIES.clear()
            known = _POLICIES[key] = (policy, attrs.evolve(policy, max_retries=retries))
        return known[1]


_new = object.__new__


def _build(options: Mapping[str, Any] | None, parent: CallOptions | None) -> CallOptions:
    """`CallOptions(options, parent)`, built without `__init__`: this runs once per call given options,
    and a class's `__init__` costs CPython 3.11 as much again as the checks below."""
    call: CallOptions = _new(CallOptions)
    call.timeouts = call.limits = call.max_retries = call.headers = call.query = call.response = None
    call.sink = None if parent is None else parent.sink
    if not options:
        return call
    # One pass over what was given (a `None` value counts as not given), each name tested by identity
    # first: cheaper than a `get` per known option and a subset check.
    for name, value in options.items():
        if name == "timeout":
            # A number seen before: its timeouts and limits straight from the cache (`_timeouts` checks).
            known = _TIMEOUTS.get(value) if type(value) is float or type(value) is int else None
            call.timeouts, call.limits = _timeouts(value) if known is None else known
        elif name == "max_retries":
            call.max_retries = value if type(value) is int and value >= 0 else _retries(value)
        elif name == "extra_headers":
            call.headers = _headers(value) if value else None
        elif name == "extra_query":
            call.query = _query(value) if value else None
        else:
            raise _unknown(options)
    return call


_current: contextvars.ContextVar[CallOptions | None] = contextvars.ContextVar(
    "powerpost_call_options", default=None
)
# The transport's read of the current call's options (None for a call given none).
current = _current.get


def enter(options: Mapping[str, Any]) -> contextvars.Token[CallOptions | None]:
    """Make `options` the current call's (inside a raw-response capture, its answer still lands there)."""
    return _current.set(_build(options, _current.get()))


# `leave(token)`: undo the `enter` that returned `token` (the context variable's own method: no Python
# call around it per call).
leave = _current.reset


@contextmanager
def given(options: Mapping[str, Any] | None) -> Iterator[None]:
    """`enter`/`leave` around a block, doing nothing when no options were given."""
    if not options:
        yield
        return
    token = enter(options)
    try:
        yield
    finally:
        leave(token)


@contextmanager
def capture() -> Iterator[CallOptions]:
    """Keep the successful response of the call made inside the block (`with_raw_response`)."""
    sink = _build(None, None)
    sink.sink = sink
    token = _current.set(sink)
    try:
        yield sink
    finally:
        _current.reset(token)


def _unknown(options: Mapping[str, Any]) -> TypeError:
    name = sorted(options.keys() - _KNOWN)[0]
    why = (
        "this method sends no request body, so it takes no extra_body"
        if name == "extra_body"
        else f"the per-call options are {', '.join(sorted(_KNOWN))}"
    )
    return TypeError(f"unexpected keyword argument {name!r}: {why}")


def _timeouts(timeout: object) -> tuple[dict[str, float | None] | None, tuple[float | None, bool] | None]:
    """The httpx timeouts of a per-call `timeout=` and their deadline limits (None, None: not given)."""
    if timeout is None:
        return None, None
    if isinstance(timeout, httpx.Timeout):
        timeouts = deadline.unbounded_as_none(timeout.as_dict())
        return timeouts, deadline.limits_of(timeouts)
    if (type(timeout) is float or type(timeout) is int) and timeout > 0:
        # Shared between calls: the transport reads this dict and never changes it.
        known = _TIMEOUTS.get(timeout)
        if known is None:
            if len(_TIMEOUTS) > 64:
                _TIMEOUTS.clear()
            # As the client's own `timeout=` (`client_timeout`): the whole call, connecting within 5 s of it.
            timeouts = client_timeout(timeout).as_dict()
            known = _TIMEOUTS[timeout] = (timeouts, deadline.limits_of(timeouts))
        return known
    raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}")


def _retries(max_retries: object) -> int | None:
    if max_retries is None:
        return None
    if type(max_retries) is not int or max_retries < 0:
        raise ValueError(f"max_retries must be a whole number of retries, 0 or more, not {max_retries!r}")
    return max_retries


def _query(extra: object) -> dict[str, Any]:
    if not isinstance(extra, Mapping):
        raise TypeError(
            f"extra_query must be a dict of parameter names to values, not {type(extra).__name__}"
        )
    for name, value in extra.items():
        values = value if type(value) in (list, tuple) else (value,)
        if type(name) is not str or not all(type(item) in _QUERY_TYPES for item in values):
            raise TypeError(
                f"extra_query: {name!r}: {value!r}: names are strings, values strings, numbers or booleans "
                "(or a list of them, for a repeated parameter)"
            )
    return dict(extra)


def _headers(extra: object) -> list[_Header]:
    """The checked `extra_headers`, encoded once as httpx keeps headers: (name, lower-case name, value)."""
    if type(extra) is not dict and not isinstance(extra, Mapping):
        raise TypeError(
            f"extra_headers must be a dict of header names to strings, not {type(extra).__name__}"
        )
    encoded = []
    for name, value in extra.items():
        known = _NAMES.get(name)
        # A name checked before and a value of printable characters (no CR, LF or other control): as is.
        if known is not None and type(value) is str and value.isprintable():
            encoded.append((known[0], known[1], value.encode()))
            continue
        if type(name) is not str or type(value) is not str:
            raise TypeError(f"extra_headers names and values must be strings, not {name!r}: {value!r}")
        if not value.isprintable() and _CONTROL.search(value):
            # Sent as is, a line break would end the header early (or forge another): refused here
            # rather than failing, and being retried, at the connection.
            raise ValueError(f"extra_headers: {name!r}: {value!r} is not a valid HTTP header")
        if known is None:
            known = _checked_name(name, value)
        encoded.append((known[0], known[1], value.encode("utf-8")))
    return encoded


def _checked_name(name: str, value: str) -> tuple[bytes, bytes]:
    """`name` as httpx keeps it (bytes, lower-case bytes), once checked; remembered for the next call."""
    if not _TOKEN.fullmatch(name):
        raise ValueError(f"extra_headers: {name!r}: {value!r} is not a valid HTTP header")
    key = name.encode("ascii")  # a token: ASCII
    lower = key.lower()
    if lower in _FIXED_HEADERS:
        raise ValueError(
            f"extra_headers cannot set {name!r}: the API key is the client's (it paces and redacts by "
            "it); use a client made with that api_key= for calls under another key"
        )
    if len(_NAMES) > 256:
        _NAMES.clear()
    _NAMES[name] = key, lower
    return key, lower


def _set_headers(headers: httpx.Headers, extra: list[_Header]) -> None:
    """Set each header on `headers`, replacing any of the same name, as `headers[name] = value` does.

    httpx's `__setitem__` re-encodes and rescans per header, most of what the options cost a call; on
    an httpx that keeps its headers as this module expects (checked at import: `_FAST`), its list is
    written directly.
    """
    if _FAST:
        _write(headers._list, extra)
        return
    for key, _lower, value in extra:
        headers[key.decode("ascii")] = value.decode("utf-8")


def _write(items: list[_Header], extra: list[_Header]) -> None:
    """`_set_headers` on httpx's list: each header replaces the first of its name in place (later ones
    go) or is appended, as `headers[name] = value` does."""
    for header in extra:
        lower = header[1]
        # A plain loop: cheaper than any C helper over the few headers of a request.
        for index, kept in enumerate(items):
            if kept[1] == lower:
                items[index] = header
                rest = items[index + 1 :]
                if rest and lower in map(_LOWER_NAME, rest):
                    items[index + 1 :] = [later for later in rest if later[1] != lower]
                break
        else:
            items.append(header)


def _merged(url: httpx.URL, query: dict[str, Any]) -> httpx.URL:
    """`url.copy_merge_params(query)`, without httpx parsing and checking the whole URL again.

    httpx's own way costs ~50 µs, almost all of it re-parsing a URL only the query of which changed;
    the query httpx encodes (`str(QueryParams)`) goes straight into a copy of the parsed URL instead,
    on an httpx that keeps it as this module expects (checked at import: `_FAST_QUERY`).
    """
    return _merged_quickly(url, query) if _FAST_QUERY else url.copy_merge_params(query)


def _merged_quickly(url: httpx.URL, query: dict[str, Any]) -> httpx.URL:
    params = url.params.merge(query) if url.query else httpx.QueryParams(query)
    merged: httpx.URL = _new(httpx.URL)
    merged._uri_reference = url._uri_reference._replace(query=str(params) if params else None)
    return merged


def _fast_query_works() -> bool:
    """Whether `_merged_quickly` gives what `copy_merge_params` does on this httpx (0.28 keeps the parsed
    URL as a named tuple in `_uri_reference`)."""
    if not hasattr(getattr(httpx.URL("https://a.test/"), "_uri_reference", None), "_replace"):
        return False
    probes: list[tuple[str, dict[str, Any]]] = [
        ("https://a.test/v1/x", {"trace": "a b&c=d/?%\u00e9", "n": [1, True, 2.5]}),
        ("https://u@a.test:8443/v1/x?n=0&keep=1#frag", {"n": "2"}),
        ("https://a.test/v1/x?k=1", {"e": []}),
        ("https://a.test/v1/x", {"e": []}),
    ]
    try:
        for url, query in probes:
            fast, slow = _merged_quickly(httpx.URL(url), query), httpx.URL(url).copy_merge_params(query)
            if fast != slow or str(fast) != str(slow) or fast.params != slow.params:
                return False
    except (AttributeError, TypeError, ValueError):
        return False
    return True


def _fast_headers_work() -> bool:
    """Whether httpx keeps `Headers` as `(name, lower-case name, value)` bytes, as in httpx 0.28."""
    probe = httpx.Headers({"X-Probe": "1", "Accept": "*/*"})
    if getattr(probe, "_list", None) != [(b"X-Probe", b"x-probe", b"1"), (b"Accept", b"accept", b"*/*")]:
        return False
    _write(probe._list, [(b"X-Probe", b"x-probe", b"2"), (b"X-New", b"x-new", b"3")])
    return probe.multi_items() == [("x-probe", "2"), ("accept", "*/*"), ("x-new", "3")]


_FAST = _fast_headers_work()
_FAST_QUERY = _fast_query_works()
