"""The types a `powerpost` user names: the API's models, the request-body dicts, and the SDK's own records.

    from powerpost.types import CreatePostParams, Generation

    post: CreatePostParams = {"items": [{"post_type": "x-post", "content": "Dark mode is here"}]}
    generation: Generation = pp.content.get("gen_abc")

The models are the generated ones (`Generation`, `Post`, `GenerateContentRequest`, … one per spec
schema); the `…Params` TypedDicts type plain-dict request bodies. `SyncCursorPage`, `AsyncPaginator` and
`AsyncCursorPage` are what the list methods return.
"""

from powerpost_api import models as _models
from powerpost_api.models import *  # noqa: F403 - every schema of the spec, by its spec name

from . import _params
from ._drift import Drift
from ._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ._params import *  # noqa: F403 - one TypedDict per request body, generated from the spec
from ._raw_response import RawResponse
from ._request_options import RequestOptions
from ._response_info import RateLimitInfo, ResponseInfo
from ._webhooks import Event, UnknownEvent

__all__ = [
    "AsyncCursorPage",
    "AsyncPaginator",
    "Drift",
    "Event",
    "RateLimitInfo",
    "RawResponse",
    "RequestOptions",
    "ResponseInfo",
    "SyncCursorPage",
    "UnknownEvent",
]
__all__ += _models.__all__
__all__ += _params.__all__
