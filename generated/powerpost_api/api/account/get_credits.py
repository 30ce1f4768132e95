from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_balance import CreditBalance
from ...models.error_response import ErrorResponse
from ...types import HTTP_STATUSES, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/credits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditBalance | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CreditBalance.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditBalance | ErrorResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.PARSE_FAILURES as exc:
        # The body is not a JSON object at all (the models themselves never refuse one): keep it for the caller.
        raise errors.UnparsableResponse(
            response.status_code, response.content, response.headers, exc
        ) from exc
    status = response.status_code
    # Positional (status_code, content, headers, parsed): cheaper than matching keywords on every call.
    return Response(
        HTTP_STATUSES.get(status) or HTTPStatus(status),
        response.content,
        response.headers,
        parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreditBalance | ErrorResponse]:
    """Get the credit balance

     Returns the account's credit balance. Account-level: no `X-Workspace-Id` is needed. Handy as a
    "are my credentials valid" probe (401 means a bad key).

    Scope: `account:read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBalance | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CreditBalance | ErrorResponse | None:
    """Get the credit balance

     Returns the account's credit balance. Account-level: no `X-Workspace-Id` is needed. Handy as a
    "are my credentials valid" probe (401 means a bad key).

    Scope: `account:read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBalance | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreditBalance | ErrorResponse]:
    """Get the credit balance

     Returns the account's credit balance. Account-level: no `X-Workspace-Id` is needed. Handy as a
    "are my credentials valid" probe (401 means a bad key).

    Scope: `account:read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditBalance | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CreditBalance | ErrorResponse | None:
    """Get the credit balance

     Returns the account's credit balance. Account-level: no `X-Workspace-Id` is needed. Handy as a
    "are my credentials valid" probe (401 means a bad key).

    Scope: `account:read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditBalance | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
