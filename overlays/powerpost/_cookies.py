"""Skip httpx's cookie parsing of responses that set no cookie.

After every response, httpx hands it to its cookie jar: it copies the request into a `urllib` request
(parsing the URL, decoding and copying every header) and the response headers into an `email` message,
only to find no `Set-Cookie` header in almost every case. That is a quarter of the CPU time of an
in-memory call. PowerPost answers set no cookies; a proxy or load balancer in front of it may (a sticky
session cookie), so cookies are still kept exactly as httpx keeps them: a response that carries
`Set-Cookie` (or the obsolete `Set-Cookie2`, which `http.cookiejar` also reads) goes through httpx's own
extraction, and one without skips it, which changes nothing (the jar would find no cookie to store).

httpx gives no public way to replace its client's `Cookies` (its setter copies into a plain `Cookies`),
so `install` swaps the private attribute, and only when it finds what httpx 0.28 keeps there; otherwise
the client keeps httpx's behaviour and cost.
"""

from __future__ import annotations

import httpx

from . import _header_scan as header_scan

_SET_COOKIE = (b"set-cookie", b"set-cookie2")


class _SetCookieAware(httpx.Cookies):
    """httpx's `Cookies`, extracting from a response only when it sets a cookie."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Load the cookies of `response`'s `Set-Cookie` headers; nothing to do without one."""
        if sets_cookie(response.headers):
            super().extract_cookies(response)


def sets_cookie(headers: httpx.Headers) -> bool:
    """Whether `headers` hold a `Set-Cookie` or `Set-Cookie2` header (True when that cannot be told)."""
    items = getattr(headers, "_list", None)
    # httpx changed how it keeps headers: let it look itself.
    if not header_scan.KEEPS_TRIPLES or type(items) is not list:
        return True
    return any(item[1] in _SET_COOKIE for item in items)


def install(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Make `client` skip cookie parsing of responses without `Set-Cookie`; False if left unchanged.

    The client keeps its cookie jar (the same `CookieJar` object), so cookies it already holds, and
    `client.cookies` as the user sees it, stay the same.
    """
    current = getattr(client, "_cookies", None)
    if type(current) is not httpx.Cookies or client.cookies is not current:
        return False
    client._cookies = _SetCookieAware(current.jar)
    return client.cookies is not current
