from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generate_video_request import GenerateVideoRequest
from ...models.video_generation_started import VideoGenerationStarted
from ...types import HTTP_STATUSES, Response


def _get_kwargs(
    *,
    body: GenerateVideoRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos/generate",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VideoGenerationStarted | None:
    if response.status_code == 200:
        response_200 = VideoGenerationStarted.from_dict(response.json())

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
) -> Response[ErrorResponse | VideoGenerationStarted]:
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
    body: GenerateVideoRequest,
) -> Response[ErrorResponse | VideoGenerationStarted]:
    """Start a video generation

     Starts an asynchronous video job: text-to-video (`prompt`) or image-to-video (`prompt` +
    `source_image`, the media id of an uploaded image, used as the first frame).

    | model | sizes | audio | durations (s) | prompt max |
    |---|---|---|---|---|
    | `kling-3.0-pro` (default) | landscape, portrait | yes | 5, 10 | 2,500 |
    | `veo-3.1` | landscape, portrait | yes | 4, 8 | 3,000 |
    | `runway-gen-4.5` | landscape, portrait | no | 5, 10 | 1,000 |

    A duration, audio or prompt length the model does not support → 400. Unknown `source_image` → 404.
    Cost depends on model, duration and audio (read `credits_used`). Videos take minutes: poll every 10
    s.

    Scope: `videos:generate` (spends credits).

    Args:
        body (GenerateVideoRequest): What video to generate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoGenerationStarted]
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
    body: GenerateVideoRequest,
) -> ErrorResponse | VideoGenerationStarted | None:
    """Start a video generation

     Starts an asynchronous video job: text-to-video (`prompt`) or image-to-video (`prompt` +
    `source_image`, the media id of an uploaded image, used as the first frame).

    | model | sizes | audio | durations (s) | prompt max |
    |---|---|---|---|---|
    | `kling-3.0-pro` (default) | landscape, portrait | yes | 5, 10 | 2,500 |
    | `veo-3.1` | landscape, portrait | yes | 4, 8 | 3,000 |
    | `runway-gen-4.5` | landscape, portrait | no | 5, 10 | 1,000 |

    A duration, audio or prompt length the model does not support → 400. Unknown `source_image` → 404.
    Cost depends on model, duration and audio (read `credits_used`). Videos take minutes: poll every 10
    s.

    Scope: `videos:generate` (spends credits).

    Args:
        body (GenerateVideoRequest): What video to generate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoGenerationStarted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateVideoRequest,
) -> Response[ErrorResponse | VideoGenerationStarted]:
    """Start a video generation

     Starts an asynchronous video job: text-to-video (`prompt`) or image-to-video (`prompt` +
    `source_image`, the media id of an uploaded image, used as the first frame).

    | model | sizes | audio | durations (s) | prompt max |
    |---|---|---|---|---|
    | `kling-3.0-pro` (default) | landscape, portrait | yes | 5, 10 | 2,500 |
    | `veo-3.1` | landscape, portrait | yes | 4, 8 | 3,000 |
    | `runway-gen-4.5` | landscape, portrait | no | 5, 10 | 1,000 |

    A duration, audio or prompt length the model does not support → 400. Unknown `source_image` → 404.
    Cost depends on model, duration and audio (read `credits_used`). Videos take minutes: poll every 10
    s.

    Scope: `videos:generate` (spends credits).

    Args:
        body (GenerateVideoRequest): What video to generate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoGenerationStarted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateVideoRequest,
) -> ErrorResponse | VideoGenerationStarted | None:
    """Start a video generation

     Starts an asynchronous video job: text-to-video (`prompt`) or image-to-video (`prompt` +
    `source_image`, the media id of an uploaded image, used as the first frame).

    | model | sizes | audio | durations (s) | prompt max |
    |---|---|---|---|---|
    | `kling-3.0-pro` (default) | landscape, portrait | yes | 5, 10 | 2,500 |
    | `veo-3.1` | landscape, portrait | yes | 4, 8 | 3,000 |
    | `runway-gen-4.5` | landscape, portrait | no | 5, 10 | 1,000 |

    A duration, audio or prompt length the model does not support → 400. Unknown `source_image` → 404.
    Cost depends on model, duration and audio (read `credits_used`). Videos take minutes: poll every 10
    s.

    Scope: `videos:generate` (spends credits).

    Args:
        body (GenerateVideoRequest): What video to generate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoGenerationStarted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
