"""Contains shared errors types that can be raised from API functions"""

import json
from collections.abc import Mapping


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


# What parsing a body that is not a JSON object raises. RecursionError: a body nested deeper than the
# interpreter's recursion limit.
PARSE_FAILURES = (
    KeyError,
    TypeError,
    AttributeError,
    ValueError,
    json.JSONDecodeError,
    RecursionError,
)


class UnparsableResponse(Exception):
    """Raised by api functions when a response body cannot be parsed at all (not JSON, or not an object).

    Carries the status, the raw body and the headers, so that nothing the server sent is lost.
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        headers: Mapping[str, str],
        cause: BaseException,
    ):
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.cause = cause
        super().__init__(
            f"HTTP {status_code} response body could not be parsed: {cause!r}"
        )


__all__ = ["PARSE_FAILURES", "UnexpectedStatus", "UnparsableResponse"]
