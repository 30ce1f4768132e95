"""An inner transport that counts the HTTP statuses the SDK actually received (retries included)."""

from __future__ import annotations

from collections import Counter

import httpx


class StatusCountingTransport(httpx.BaseTransport):
    """Wraps a real HTTPTransport; `statuses` tallies every response that came back over the wire."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.statuses: Counter[int] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the real transport and count the status."""
        response = self._inner.handle_request(request)
        self.statuses[response.status_code] += 1
        return response

    def close(self) -> None:
        """Close the real transport."""
        self._inner.close()
