from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_item_analytics import PostItemAnalytics
from ...types import HTTP_STATUSES, Response, path_segment


def _get_kwargs(
    post_item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/post-items/{post_item_id}/analytics".format(
            post_item_id=path_segment(post_item_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PostItemAnalytics | None:
    if response.status_code == 200:
        response_200 = PostItemAnalytics.from_dict(response.json())

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
) -> Response[ErrorResponse | PostItemAnalytics]:
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
    post_item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PostItemAnalytics]:
    """Get a post item's analytics

     Returns the metrics of one post item (the `item_id` of a post's item). `metrics` is `null` until the
    item has been posted and its metrics fetched. Metrics are refreshed once a day for 90 days after
    posting; then `fetched_at` stops changing. There is no on-demand refresh. A metric the platform does
    not report is 0.

    Scope: `analytics:read`.

    Args:
        post_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostItemAnalytics]
    """

    kwargs = _get_kwargs(
        post_item_id=post_item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PostItemAnalytics | None:
    """Get a post item's analytics

     Returns the metrics of one post item (the `item_id` of a post's item). `metrics` is `null` until the
    item has been posted and its metrics fetched. Metrics are refreshed once a day for 90 days after
    posting; then `fetched_at` stops changing. There is no on-demand refresh. A metric the platform does
    not report is 0.

    Scope: `analytics:read`.

    Args:
        post_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PostItemAnalytics
    """

    return sync_detailed(
        post_item_id=post_item_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PostItemAnalytics]:
    """Get a post item's analytics

     Returns the metrics of one post item (the `item_id` of a post's item). `metrics` is `null` until the
    item has been posted and its metrics fetched. Metrics are refreshed once a day for 90 days after
    posting; then `fetched_at` stops changing. There is no on-demand refresh. A metric the platform does
    not report is 0.

    Scope: `analytics:read`.

    Args:
        post_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostItemAnalytics]
    """

    kwargs = _get_kwargs(
        post_item_id=post_item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PostItemAnalytics | None:
    """Get a post item's analytics

     Returns the metrics of one post item (the `item_id` of a post's item). `metrics` is `null` until the
    item has been posted and its metrics fetched. Metrics are refreshed once a day for 90 days after
    posting; then `fetched_at` stops changing. There is no on-demand refresh. A metric the platform does
    not report is 0.

    Scope: `analytics:read`.

    Args:
        post_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PostItemAnalytics
    """

    return (
        await asyncio_detailed(
            post_item_id=post_item_id,
            client=client,
        )
    ).parsed
