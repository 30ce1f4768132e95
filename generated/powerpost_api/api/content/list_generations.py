from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generation_list import GenerationList
from ...models.generation_status import GenerationStatus
from ...types import HTTP_STATUSES, UNSET, Response, Unset


def _get_kwargs(
    *,
    status: GenerationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/content/generations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenerationList | None:
    if response.status_code == 200:
        response_200 = GenerationList.from_dict(response.json())

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
) -> Response[ErrorResponse | GenerationList]:
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
    status: GenerationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | GenerationList]:
    """List caption generations

     Lists the workspace's caption generations, newest first, with cursor pagination: pass the previous
    page's `next_cursor` as `cursor` until `has_more` is `false` (then `next_cursor` is `null`). Items
    leave out `outputs`; fetch one generation to read them. The cursor is opaque: a cursor the API did
    not
    issue (or one that has expired) → 400 `VALIDATION_ERROR`.

    Scope: `content:read`.

    Args:
        status (GenerationStatus | Unset): Status of a caption, image or video job.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerationList]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: GenerationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | GenerationList | None:
    """List caption generations

     Lists the workspace's caption generations, newest first, with cursor pagination: pass the previous
    page's `next_cursor` as `cursor` until `has_more` is `false` (then `next_cursor` is `null`). Items
    leave out `outputs`; fetch one generation to read them. The cursor is opaque: a cursor the API did
    not
    issue (or one that has expired) → 400 `VALIDATION_ERROR`.

    Scope: `content:read`.

    Args:
        status (GenerationStatus | Unset): Status of a caption, image or video job.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerationList
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: GenerationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | GenerationList]:
    """List caption generations

     Lists the workspace's caption generations, newest first, with cursor pagination: pass the previous
    page's `next_cursor` as `cursor` until `has_more` is `false` (then `next_cursor` is `null`). Items
    leave out `outputs`; fetch one generation to read them. The cursor is opaque: a cursor the API did
    not
    issue (or one that has expired) → 400 `VALIDATION_ERROR`.

    Scope: `content:read`.

    Args:
        status (GenerationStatus | Unset): Status of a caption, image or video job.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerationList]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: GenerationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | GenerationList | None:
    """List caption generations

     Lists the workspace's caption generations, newest first, with cursor pagination: pass the previous
    page's `next_cursor` as `cursor` until `has_more` is `false` (then `next_cursor` is `null`). Items
    leave out `outputs`; fetch one generation to read them. The cursor is opaque: a cursor the API did
    not
    issue (or one that has expired) → 400 `VALIDATION_ERROR`.

    Scope: `content:read`.

    Args:
        status (GenerationStatus | Unset): Status of a caption, image or video job.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerationList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
