from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.video_generation import VideoGeneration
from ...types import HTTP_STATUSES, Response, path_segment


def _get_kwargs(
    video_generation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/generations/{video_generation_id}".format(
            video_generation_id=path_segment(video_generation_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VideoGeneration | None:
    if response.status_code == 200:
        response_200 = VideoGeneration.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | VideoGeneration]:
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
    video_generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VideoGeneration]:
    """Get a video generation

     Returns the video job. A completed job has `video`, whose `media_id` can go into a post; its preview
    URLs expire after 7 days. A failed job carries `error` (code `VIDEO_GENERATION_FAILED`) and was
    refunded.

    Scope: `videos:read`.

    Args:
        video_generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoGeneration]
    """

    kwargs = _get_kwargs(
        video_generation_id=video_generation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VideoGeneration | None:
    """Get a video generation

     Returns the video job. A completed job has `video`, whose `media_id` can go into a post; its preview
    URLs expire after 7 days. A failed job carries `error` (code `VIDEO_GENERATION_FAILED`) and was
    refunded.

    Scope: `videos:read`.

    Args:
        video_generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoGeneration
    """

    return sync_detailed(
        video_generation_id=video_generation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    video_generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | VideoGeneration]:
    """Get a video generation

     Returns the video job. A completed job has `video`, whose `media_id` can go into a post; its preview
    URLs expire after 7 days. A failed job carries `error` (code `VIDEO_GENERATION_FAILED`) and was
    refunded.

    Scope: `videos:read`.

    Args:
        video_generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoGeneration]
    """

    kwargs = _get_kwargs(
        video_generation_id=video_generation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | VideoGeneration | None:
    """Get a video generation

     Returns the video job. A completed job has `video`, whose `media_id` can go into a post; its preview
    URLs expire after 7 days. A failed job carries `error` (code `VIDEO_GENERATION_FAILED`) and was
    refunded.

    Scope: `videos:read`.

    Args:
        video_generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoGeneration
    """

    return (
        await asyncio_detailed(
            video_generation_id=video_generation_id,
            client=client,
        )
    ).parsed
