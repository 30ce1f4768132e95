from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_entry import CalendarEntry
from ...models.create_calendar_entry_request import CreateCalendarEntryRequest
from ...models.error_response import ErrorResponse
from ...types import HTTP_STATUSES, Response


def _get_kwargs(
    *,
    body: CreateCalendarEntryRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calendar/entries",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarEntry | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CalendarEntry.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[CalendarEntry | ErrorResponse]:
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
    client: AuthenticatedClient | Client,
    body: CreateCalendarEntryRequest,
) -> Response[CalendarEntry | ErrorResponse]:
    """Create a calendar entry

     Adds a planning note to the calendar. An entry is only a note: it is not linked to a post and
    publishes nothing.

    Scope: `calendar:write`.

    Args:
        body (CreateCalendarEntryRequest): A new calendar entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarEntry | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCalendarEntryRequest,
) -> CalendarEntry | ErrorResponse | None:
    """Create a calendar entry

     Adds a planning note to the calendar. An entry is only a note: it is not linked to a post and
    publishes nothing.

    Scope: `calendar:write`.

    Args:
        body (CreateCalendarEntryRequest): A new calendar entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarEntry | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCalendarEntryRequest,
) -> Response[CalendarEntry | ErrorResponse]:
    """Create a calendar entry

     Adds a planning note to the calendar. An entry is only a note: it is not linked to a post and
    publishes nothing.

    Scope: `calendar:write`.

    Args:
        body (CreateCalendarEntryRequest): A new calendar entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarEntry | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCalendarEntryRequest,
) -> CalendarEntry | ErrorResponse | None:
    """Create a calendar entry

     Adds a planning note to the calendar. An entry is only a note: it is not linked to a post and
    publishes nothing.

    Scope: `calendar:write`.

    Args:
        body (CreateCalendarEntryRequest): A new calendar entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarEntry | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
