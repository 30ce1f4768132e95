from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generate_content_request import GenerateContentRequest
from ...models.generation_started import GenerationStarted
from ...types import HTTP_STATUSES, Response


def _get_kwargs(
    *,
    body: GenerateContentRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content/generate",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenerationStarted | None:
    if response.status_code == 200:
        response_200 = GenerationStarted.from_dict(response.json())

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
) -> Response[ErrorResponse | GenerationStarted]:
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
    body: GenerateContentRequest,
) -> Response[ErrorResponse | GenerationStarted]:
    """Start a caption generation

     Starts an asynchronous job that writes one caption per platform of the requested post types.
    The input mode follows from the fields present: only `prompt` → text; `media_ids` with image ids →
    images; `media_ids` with one video id → video. Send `prompt`, `media_ids` or both.

    Credits are charged when the job starts (`credits_used`, `remaining_credits`) and refunded if it
    fails.
    Cost grows with `research_mode: deep`, each input image, the input video's length and each source
    URL;
    the number of platforms does not change it. Private or internal `source_urls` are silently dropped.

    Poll `GET /content/generations/{generation_id}` (every 2–3 s; captions take seconds) or use
    webhooks.

    Unknown `media_ids` or `writing_style_id` → 404. Mixing images and a video, more than one video, or
    a
    media id of the wrong kind → 400.

    Scope: `content:generate` (spends credits).

    Args:
        body (GenerateContentRequest): What to write captions for. Send `prompt`, `media_ids` or
            both (without `media_ids`, `prompt` is required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerationStarted]
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
    body: GenerateContentRequest,
) -> ErrorResponse | GenerationStarted | None:
    """Start a caption generation

     Starts an asynchronous job that writes one caption per platform of the requested post types.
    The input mode follows from the fields present: only `prompt` → text; `media_ids` with image ids →
    images; `media_ids` with one video id → video. Send `prompt`, `media_ids` or both.

    Credits are charged when the job starts (`credits_used`, `remaining_credits`) and refunded if it
    fails.
    Cost grows with `research_mode: deep`, each input image, the input video's length and each source
    URL;
    the number of platforms does not change it. Private or internal `source_urls` are silently dropped.

    Poll `GET /content/generations/{generation_id}` (every 2–3 s; captions take seconds) or use
    webhooks.

    Unknown `media_ids` or `writing_style_id` → 404. Mixing images and a video, more than one video, or
    a
    media id of the wrong kind → 400.

    Scope: `content:generate` (spends credits).

    Args:
        body (GenerateContentRequest): What to write captions for. Send `prompt`, `media_ids` or
            both (without `media_ids`, `prompt` is required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerationStarted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateContentRequest,
) -> Response[ErrorResponse | GenerationStarted]:
    """Start a caption generation

     Starts an asynchronous job that writes one caption per platform of the requested post types.
    The input mode follows from the fields present: only `prompt` → text; `media_ids` with image ids →
    images; `media_ids` with one video id → video. Send `prompt`, `media_ids` or both.

    Credits are charged when the job starts (`credits_used`, `remaining_credits`) and refunded if it
    fails.
    Cost grows with `research_mode: deep`, each input image, the input video's length and each source
    URL;
    the number of platforms does not change it. Private or internal `source_urls` are silently dropped.

    Poll `GET /content/generations/{generation_id}` (every 2–3 s; captions take seconds) or use
    webhooks.

    Unknown `media_ids` or `writing_style_id` → 404. Mixing images and a video, more than one video, or
    a
    media id of the wrong kind → 400.

    Scope: `content:generate` (spends credits).

    Args:
        body (GenerateContentRequest): What to write captions for. Send `prompt`, `media_ids` or
            both (without `media_ids`, `prompt` is required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerationStarted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateContentRequest,
) -> ErrorResponse | GenerationStarted | None:
    """Start a caption generation

     Starts an asynchronous job that writes one caption per platform of the requested post types.
    The input mode follows from the fields present: only `prompt` → text; `media_ids` with image ids →
    images; `media_ids` with one video id → video. Send `prompt`, `media_ids` or both.

    Credits are charged when the job starts (`credits_used`, `remaining_credits`) and refunded if it
    fails.
    Cost grows with `research_mode: deep`, each input image, the input video's length and each source
    URL;
    the number of platforms does not change it. Private or internal `source_urls` are silently dropped.

    Poll `GET /content/generations/{generation_id}` (every 2–3 s; captions take seconds) or use
    webhooks.

    Unknown `media_ids` or `writing_style_id` → 404. Mixing images and a video, more than one video, or
    a
    media id of the wrong kind → 400.

    Scope: `content:generate` (spends credits).

    Args:
        body (GenerateContentRequest): What to write captions for. Send `prompt`, `media_ids` or
            both (without `media_ids`, `prompt` is required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerationStarted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
