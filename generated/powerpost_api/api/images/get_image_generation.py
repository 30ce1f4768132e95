from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.image_generation import ImageGeneration
from ...types import HTTP_STATUSES, Response, path_segment


def _get_kwargs(
    image_generation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/generations/{image_generation_id}".format(
            image_generation_id=path_segment(image_generation_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImageGeneration | None:
    if response.status_code == 200:
        response_200 = ImageGeneration.from_dict(response.json())

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
) -> Response[ErrorResponse | ImageGeneration]:
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
    image_generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ImageGeneration]:
    """Get an image generation

     Returns the image job. Completed jobs list `images`; each image's `media_id` can go straight into a
    post. `url` and `thumbnail_url` are previews that expire after 7 days: reference the `media_id`.
    A partly failed batch is `failed` with `error`, and `images` still holds the images that succeeded.

    Scope: `images:read`.

    Args:
        image_generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImageGeneration]
    """

    kwargs = _get_kwargs(
        image_generation_id=image_generation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    image_generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ImageGeneration | None:
    """Get an image generation

     Returns the image job. Completed jobs list `images`; each image's `media_id` can go straight into a
    post. `url` and `thumbnail_url` are previews that expire after 7 days: reference the `media_id`.
    A partly failed batch is `failed` with `error`, and `images` still holds the images that succeeded.

    Scope: `images:read`.

    Args:
        image_generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImageGeneration
    """

    return sync_detailed(
        image_generation_id=image_generation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    image_generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ImageGeneration]:
    """Get an image generation

     Returns the image job. Completed jobs list `images`; each image's `media_id` can go straight into a
    post. `url` and `thumbnail_url` are previews that expire after 7 days: reference the `media_id`.
    A partly failed batch is `failed` with `error`, and `images` still holds the images that succeeded.

    Scope: `images:read`.

    Args:
        image_generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImageGeneration]
    """

    kwargs = _get_kwargs(
        image_generation_id=image_generation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    image_generation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ImageGeneration | None:
    """Get an image generation

     Returns the image job. Completed jobs list `images`; each image's `media_id` can go straight into a
    post. `url` and `thumbnail_url` are previews that expire after 7 days: reference the `media_id`.
    A partly failed batch is `failed` with `error`, and `images` still holds the images that succeeded.

    Scope: `images:read`.

    Args:
        image_generation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImageGeneration
    """

    return (
        await asyncio_detailed(
            image_generation_id=image_generation_id,
            client=client,
        )
    ).parsed
