from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.media import Media
from ...models.upload_media_request import UploadMediaRequest
from ...types import HTTP_STATUSES, Response


def _get_kwargs(
    *,
    body: UploadMediaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Media | None:
    if response.status_code == 200:
        response_200 = Media.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

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
) -> Response[ErrorResponse | Media]:
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
    body: UploadMediaRequest,
) -> Response[ErrorResponse | Media]:
    """Upload an image or a video

     Uploads one file as `multipart/form-data` and returns its `media_id`. Single-step upload: no
    presigned
    URLs, chunking or upload-by-URL.

    | type | formats | max size |
    |---|---|---|
    | `image` | JPEG, PNG, WebP | 10 MB |
    | `video` | MP4, MOV, WebM | 500 MB |

    The file's real content must match `type` and one of its formats (checked from the bytes, not the
    file
    name) → otherwise 400. Over the size limit → 413 `FILE_TOO_LARGE`; over the account's 10 GB storage
    quota → 413 `STORAGE_QUOTA_EXCEEDED`. Media is stored per workspace.

    Scope: `media:write`.

    Args:
        body (UploadMediaRequest): A file to upload, as `multipart/form-data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Media]
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
    body: UploadMediaRequest,
) -> ErrorResponse | Media | None:
    """Upload an image or a video

     Uploads one file as `multipart/form-data` and returns its `media_id`. Single-step upload: no
    presigned
    URLs, chunking or upload-by-URL.

    | type | formats | max size |
    |---|---|---|
    | `image` | JPEG, PNG, WebP | 10 MB |
    | `video` | MP4, MOV, WebM | 500 MB |

    The file's real content must match `type` and one of its formats (checked from the bytes, not the
    file
    name) → otherwise 400. Over the size limit → 413 `FILE_TOO_LARGE`; over the account's 10 GB storage
    quota → 413 `STORAGE_QUOTA_EXCEEDED`. Media is stored per workspace.

    Scope: `media:write`.

    Args:
        body (UploadMediaRequest): A file to upload, as `multipart/form-data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Media
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadMediaRequest,
) -> Response[ErrorResponse | Media]:
    """Upload an image or a video

     Uploads one file as `multipart/form-data` and returns its `media_id`. Single-step upload: no
    presigned
    URLs, chunking or upload-by-URL.

    | type | formats | max size |
    |---|---|---|
    | `image` | JPEG, PNG, WebP | 10 MB |
    | `video` | MP4, MOV, WebM | 500 MB |

    The file's real content must match `type` and one of its formats (checked from the bytes, not the
    file
    name) → otherwise 400. Over the size limit → 413 `FILE_TOO_LARGE`; over the account's 10 GB storage
    quota → 413 `STORAGE_QUOTA_EXCEEDED`. Media is stored per workspace.

    Scope: `media:write`.

    Args:
        body (UploadMediaRequest): A file to upload, as `multipart/form-data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Media]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadMediaRequest,
) -> ErrorResponse | Media | None:
    """Upload an image or a video

     Uploads one file as `multipart/form-data` and returns its `media_id`. Single-step upload: no
    presigned
    URLs, chunking or upload-by-URL.

    | type | formats | max size |
    |---|---|---|
    | `image` | JPEG, PNG, WebP | 10 MB |
    | `video` | MP4, MOV, WebM | 500 MB |

    The file's real content must match `type` and one of its formats (checked from the bytes, not the
    file
    name) → otherwise 400. Over the size limit → 413 `FILE_TOO_LARGE`; over the account's 10 GB storage
    quota → 413 `STORAGE_QUOTA_EXCEEDED`. Media is stored per workspace.

    Scope: `media:write`.

    Args:
        body (UploadMediaRequest): A file to upload, as `multipart/form-data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Media
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
