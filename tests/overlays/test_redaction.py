"""The key scrubbing the transport runs on every response: exact when the key occurs, untouched when not."""

from __future__ import annotations

import httpx
from powerpost._redaction import REDACTED, scrub_bytes, scrub_headers

KEY = "pp_live_sk_abcdefgh12345678"


def test_headers_without_the_key_come_back_as_the_same_object() -> None:
    headers = httpx.Headers({"x-request-id": "req_1", "content-type": "application/json"})
    assert scrub_headers(headers, KEY) is headers


def test_a_key_split_across_two_header_values_is_not_a_match() -> None:
    # Joined for the fast search, the two values spell the key: the exact check must see through it.
    head, tail = KEY[:10], KEY[10:]
    headers = httpx.Headers([("x-a", f"ends {head}"), ("x-b", f"{tail} starts")])
    assert scrub_headers(headers, KEY.replace(head[-1], head[-1] + "\n", 1)) is headers
    assert scrub_headers(headers, KEY) is headers


def test_an_echoed_key_is_replaced_in_every_header_value() -> None:
    headers = httpx.Headers([("x-request-id", f"req_{KEY}"), ("x-echo", f"{KEY} and {KEY}")])
    scrubbed = scrub_headers(headers, KEY)
    assert scrubbed["x-request-id"] == f"req_{REDACTED}"
    assert scrubbed["x-echo"] == f"{REDACTED} and {REDACTED}"


def test_body_scrubbing_keeps_the_same_bytes_object_when_the_key_is_absent() -> None:
    body = b'{"balance": 47}'
    assert scrub_bytes(body, KEY) is body
    assert scrub_bytes(f'{{"echo": "{KEY}"}}'.encode(), KEY) == f'{{"echo": "{REDACTED}"}}'.encode()
