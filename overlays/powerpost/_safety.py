"""Refuse base URLs that would send the API key in clear text over the network."""

from __future__ import annotations

import ipaddress

import httpx

from ._errors import InsecureBaseURLError


def is_loopback_host(host: str) -> bool:
    """True for `localhost` and any loopback address (127.0.0.0/8, ::1)."""
    if host.lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """Return `base_url` without a trailing slash, or raise `InsecureBaseURLError`.

    `https://` is required, except `http://` to this machine (the local mock server).
    """
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise InsecureBaseURLError(f"Invalid base URL {base_url!r}: {exc}") from exc
    if url.scheme == "https" and url.host:
        return base_url.rstrip("/")
    if url.scheme == "http" and url.host and is_loopback_host(url.host):
        return base_url.rstrip("/")
    raise InsecureBaseURLError(
        f"Refusing base URL {base_url!r}: the API key may only travel over https:// "
        "(plain http:// is allowed only to localhost / 127.0.0.0/8 / ::1)."
    )
