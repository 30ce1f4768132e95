"""The app factory: spec loaded and validators compiled once, state created, routes wired."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import attrs
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from ..operations import jobs
from ..settings import MockSettings
from ..spec.loader import load_spec
from ..spec.operation_index import OperationIndex
from ..spec.response_shape import ResponseShaper, shape_from_env
from ..spec.validation import SchemaCompiler
from ..state.store import MockState
from .admin import admin_routes
from .dispatcher import ApiDispatcher


def create_app(settings: MockSettings | None = None) -> Starlette:
    """A fresh mock server; its state is `app.state.mock` (a `MockState`)."""
    settings = settings or MockSettings()
    if settings.shape is None:
        settings = attrs.evolve(settings, shape=shape_from_env())
    spec, spec_text = load_spec()
    state = MockState(settings, OperationIndex(spec, SchemaCompiler(spec)))
    spec_json = json.dumps(spec).encode()
    spec_yaml = spec_text.encode()

    async def openapi_json(request: Request) -> Response:
        return Response(spec_json, media_type="application/json")

    async def openapi_yaml(request: Request) -> Response:
        return Response(spec_yaml, media_type="application/yaml")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Jobs also settle lazily on every request; the tick makes webhooks fire without any request.
        async def tick() -> None:
            while True:
                await asyncio.sleep(state.settings.tick_interval)
                jobs.settle(state)

        task = asyncio.create_task(tick())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app = Starlette(
        routes=[
            Route("/openapi.json", openapi_json),
            Route("/openapi.yaml", openapi_yaml),
            Mount("/_mock", routes=admin_routes()),
        ],
        middleware=[Middleware(ApiDispatcher, state=state, shaper=ResponseShaper(spec))],
        lifespan=lifespan,
    )
    app.state.mock = state
    return app
