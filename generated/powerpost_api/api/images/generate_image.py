from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generate_image_request import GenerateImageRequest
from ...models.image_generation_started import ImageGenerationStarted
from ...types import HTTP_STATUSES, Response


def _get_kwargs(
    *,
    body: GenerateImageRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/generate",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImageGenerationStarted | None:
    if response.status_code == 200:
        response_200 = ImageGenerationStarted.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

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
) -> Response[ErrorResponse | ImageGenerationStarted]:
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
    body: GenerateImageRequest,
) -> Response[ErrorResponse | ImageGenerationStarted]:
    """Start an image generation

     Starts an asynchronous image job. The mode follows from the fields present:
    * **text**: `prompt`;
    * **reference**: `prompt` + `style_images` (up to 4 uploaded images);
    * **post**: `generation_id` of a completed caption generation, optionally `prompt` and
      `source_post_type` (which caption to work from); without `prompt` it is derived from the captions.

    `prompt` is required unless `generation_id` is given. `gpt-image-1.5` does not support `size: feed`
    (→ 400). Cost is the model's price per image × `quantity`; a partly failed batch is partly refunded.
    Unknown `generation_id` or `style_images` → 404.

    Scope: `images:generate` (spends credits).

    Args:
        body (GenerateImageRequest): What image to generate. `prompt` is required unless
            `generation_id` is given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImageGenerationStarted]
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
    body: GenerateImageRequest,
) -> ErrorResponse | ImageGenerationStarted | None:
    """Start an image generation

     Starts an asynchronous image job. The mode follows from the fields present:
    * **text**: `prompt`;
    * **reference**: `prompt` + `style_images` (up to 4 uploaded images);
    * **post**: `generation_id` of a completed caption generation, optionally `prompt` and
      `source_post_type` (which caption to work from); without `prompt` it is derived from the captions.

    `prompt` is required unless `generation_id` is given. `gpt-image-1.5` does not support `size: feed`
    (→ 400). Cost is the model's price per image × `quantity`; a partly failed batch is partly refunded.
    Unknown `generation_id` or `style_images` → 404.

    Scope: `images:generate` (spends credits).

    Args:
        body (GenerateImageRequest): What image to generate. `prompt` is required unless
            `generation_id` is given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImageGenerationStarted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateImageRequest,
) -> Response[ErrorResponse | ImageGenerationStarted]:
    """Start an image generation

     Starts an asynchronous image job. The mode follows from the fields present:
    * **text**: `prompt`;
    * **reference**: `prompt` + `style_images` (up to 4 uploaded images);
    * **post**: `generation_id` of a completed caption generation, optionally `prompt` and
      `source_post_type` (which caption to work from); without `prompt` it is derived from the captions.

    `prompt` is required unless `generation_id` is given. `gpt-image-1.5` does not support `size: feed`
    (→ 400). Cost is the model's price per image × `quantity`; a partly failed batch is partly refunded.
    Unknown `generation_id` or `style_images` → 404.

    Scope: `images:generate` (spends credits).

    Args:
        body (GenerateImageRequest): What image to generate. `prompt` is required unless
            `generation_id` is given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImageGenerationStarted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateImageRequest,
) -> ErrorResponse | ImageGenerationStarted | None:
    """Start an image generation

     Starts an asynchronous image job. The mode follows from the fields present:
    * **text**: `prompt`;
    * **reference**: `prompt` + `style_images` (up to 4 uploaded images);
    * **post**: `generation_id` of a completed caption generation, optionally `prompt` and
      `source_post_type` (which caption to work from); without `prompt` it is derived from the captions.

    `prompt` is required unless `generation_id` is given. `gpt-image-1.5` does not support `size: feed`
    (→ 400). Cost is the model's price per image × `quantity`; a partly failed batch is partly refunded.
    Unknown `generation_id` or `style_images` → 404.

    Scope: `images:generate` (spends credits).

    Args:
        body (GenerateImageRequest): What image to generate. `prompt` is required unless
            `generation_id` is given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImageGenerationStarted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
