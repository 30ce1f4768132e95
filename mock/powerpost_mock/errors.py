"""The documented error envelope, raised as an exception anywhere in a handler and rendered once."""

from __future__ import annotations

from typing import Any

import httpx


class ApiError(Exception):
    """An error answer: HTTP status, error code and message, plus optional extra fields of `error`.

    `close_connection` makes the answer carry `Connection: close`: set it (with `unread_body`) when the
    request body is refused before it was read to the end. `headers` are added to the answer (`Allow` of a
    405)."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra
        self.close_connection = False
        self.headers: list[tuple[bytes, bytes]] = []

    def body(self) -> dict[str, Any]:
        """The JSON envelope `{"error": {"code", "message", ...}}`."""
        return {"error": {"code": self.code, "message": self.message, **self.extra}}


def unread_body(error: ApiError) -> ApiError:
    """`error`, answered with `Connection: close`.

    Kept alive, the connection would make the server read and discard the rest of the body (and the
    client send all of it, say 600 MB) before the next request; closed, the client stops sending and reads
    the answer, which is already on its way."""
    error.close_connection = True
    return error


def validation_error(message: str) -> ApiError:
    """400 VALIDATION_ERROR."""
    return ApiError(400, "VALIDATION_ERROR", message)


def not_found(what: str, ident: str) -> ApiError:
    """404 NOT_FOUND naming what was looked up."""
    return ApiError(404, "NOT_FOUND", f"{what} not found: {ident}")


def insufficient_credits(needed: int, balance: int) -> ApiError:
    """402 INSUFFICIENT_CREDITS with the numbers."""
    return ApiError(402, "INSUFFICIENT_CREDITS", f"Not enough credits: {needed} needed, {balance} available")


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised to make the server close the connection without a response (fault injection).

    It is an `httpx.RemoteProtocolError` so that in-process clients (`httpx.ASGITransport`) see the same
    transport error a client of the real server sees when uvicorn closes the socket."""
