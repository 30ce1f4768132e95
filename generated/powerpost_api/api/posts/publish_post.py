from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.publish_started import PublishStarted
from ...types import HTTP_STATUSES, Response, path_segment


def _get_kwargs(
    post_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/posts/{post_id}/publish".format(
            post_id=path_segment(post_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PublishStarted | None:
    if response.status_code == 200:
        response_200 = PublishStarted.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[ErrorResponse | PublishStarted]:
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
    post_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PublishStarted]:
    """Publish a draft post

     Starts publishing a `draft` post to every item's platform. No body. Asynchronous: poll
    `GET /posts/{post_id}` until every item is `posted` or `failed` (webhooks `post.published` /
    `post.failed` fire too).

    Preconditions, checked before anything is published:
    * the post is a `draft` → otherwise 409 `ALREADY_PUBLISHED` (a failed post is not re-published);
    * every item's platform is connected in the workspace → otherwise 422 `PLATFORM_NOT_CONNECTED`;
    * enough credits for every item (1 per item, X costs 3 more) → otherwise 402 `INSUFFICIENT_CREDITS`;
    * the key has `posts:publish` → otherwise 403 `INSUFFICIENT_SCOPE`.

    `credits_used` is what publishing every item costs; items that fail to publish are never charged
    (their share is refunded).

    Scope: `posts:publish`.

    Args:
        post_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PublishStarted]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PublishStarted | None:
    """Publish a draft post

     Starts publishing a `draft` post to every item's platform. No body. Asynchronous: poll
    `GET /posts/{post_id}` until every item is `posted` or `failed` (webhooks `post.published` /
    `post.failed` fire too).

    Preconditions, checked before anything is published:
    * the post is a `draft` → otherwise 409 `ALREADY_PUBLISHED` (a failed post is not re-published);
    * every item's platform is connected in the workspace → otherwise 422 `PLATFORM_NOT_CONNECTED`;
    * enough credits for every item (1 per item, X costs 3 more) → otherwise 402 `INSUFFICIENT_CREDITS`;
    * the key has `posts:publish` → otherwise 403 `INSUFFICIENT_SCOPE`.

    `credits_used` is what publishing every item costs; items that fail to publish are never charged
    (their share is refunded).

    Scope: `posts:publish`.

    Args:
        post_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PublishStarted
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PublishStarted]:
    """Publish a draft post

     Starts publishing a `draft` post to every item's platform. No body. Asynchronous: poll
    `GET /posts/{post_id}` until every item is `posted` or `failed` (webhooks `post.published` /
    `post.failed` fire too).

    Preconditions, checked before anything is published:
    * the post is a `draft` → otherwise 409 `ALREADY_PUBLISHED` (a failed post is not re-published);
    * every item's platform is connected in the workspace → otherwise 422 `PLATFORM_NOT_CONNECTED`;
    * enough credits for every item (1 per item, X costs 3 more) → otherwise 402 `INSUFFICIENT_CREDITS`;
    * the key has `posts:publish` → otherwise 403 `INSUFFICIENT_SCOPE`.

    `credits_used` is what publishing every item costs; items that fail to publish are never charged
    (their share is refunded).

    Scope: `posts:publish`.

    Args:
        post_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PublishStarted]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PublishStarted | None:
    """Publish a draft post

     Starts publishing a `draft` post to every item's platform. No body. Asynchronous: poll
    `GET /posts/{post_id}` until every item is `posted` or `failed` (webhooks `post.published` /
    `post.failed` fire too).

    Preconditions, checked before anything is published:
    * the post is a `draft` → otherwise 409 `ALREADY_PUBLISHED` (a failed post is not re-published);
    * every item's platform is connected in the workspace → otherwise 422 `PLATFORM_NOT_CONNECTED`;
    * enough credits for every item (1 per item, X costs 3 more) → otherwise 402 `INSUFFICIENT_CREDITS`;
    * the key has `posts:publish` → otherwise 403 `INSUFFICIENT_SCOPE`.

    `credits_used` is what publishing every item costs; items that fail to publish are never charged
    (their share is refunded).

    Scope: `posts:publish`.

    Args:
        post_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PublishStarted
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
