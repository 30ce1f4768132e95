"""What `PowerPost` and `AsyncPowerPost` share: settings, siblings, result checking and the non-I/O steps.

The two clients keep their own method pairs (sync and async, the openai-python house style); everything
that does not wait on I/O lives here once, so the twins cannot drift apart.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from contextvars import Token
from typing import Any, ClassVar, Generic, Self, TypeVar

import attrs
import httpx
from powerpost_api.client import AuthenticatedClient
from powerpost_api.models import Media
from powerpost_api.types import DriftHook, Response, reset_drift_hook, set_drift_hook

from . import _cookies as cookies
from . import _redaction as redaction
from ._config import ClientConfig, client_timeout, positive_size, redact
from ._drift import Recorder, wanted
from ._env_logging import setup_logging
from ._generated_client import PARSE_ERRORS, build_client, expect, settle_drift, unparsable
from ._retry import RetryPolicy
from ._shared_pacing import make_pacer
from ._transport import PowerPostTransport
from ._uploads import PreparedUpload

T = TypeVar("T")
SleepT = TypeVar("SleepT")


class CoreBase(Generic[SleepT]):
    """What every resource of one client shares: settings, generated client, transport, clocks."""

    def __init__(
        self, config: ClientConfig, transport: PowerPostTransport, sleep: SleepT, clock: Callable[[], float]
    ) -> None:
        self.config = config
        self.transport = transport
        self.client: AuthenticatedClient = build_client(config, transport)
        self.sleep = sleep
        self.clock = clock

    @staticmethod
    def skip_cookie_parsing(http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Spare `http_client` httpx's cookie parsing of every response that sets no cookie (see
        `_cookies`); called by each client's core on the httpx client it sends through."""
        cookies.install(http_client)

    def sibling(self, config: ClientConfig, policy: RetryPolicy | None = None) -> Self:
        """A core for other settings, sharing the connection pool and the pacer."""
        transport = self.transport.sibling(policy=policy, max_response_bytes=config.max_response_bytes)
        return type(self)(config, transport, self.sleep, self.clock)

    def watch(self, operation_id: str) -> tuple[Recorder | None, Token[DriftHook | None] | None]:
        """Start collecting the deviations of this call's parse, when strict or someone listens."""
        if not wanted(self.config.strict):
            return None, None
        recorder = Recorder(operation_id)
        return recorder, set_drift_hook(recorder)

    def finish(self, response: Response[Any], model: type[T], recorder: Recorder | None = None) -> T:
        """The response's parsed model (or raise if it is not `model`)."""
        if recorder is not None and recorder.found:
            settle_drift(recorder, self.config.strict, response.content, response.headers)
        parsed = response.parsed
        return parsed if type(parsed) is model else expect(response, model)

    def for_upload(self, upload: PreparedUpload) -> Self:
        """The core to send `upload` with: a body that cannot be rewound must not be retried."""
        if upload.replayable:
            return self
        return self.sibling(self.config, attrs.evolve(self.transport.policy, max_retries=0))

    def finish_upload(self, response: httpx.Response) -> Media:
        """Parse the upload response's `Media`."""
        recorder, token = self.watch("upload_media")
        try:
            document = response.json()
            if not isinstance(document, dict):
                raise TypeError(f"expected a JSON object, got {type(document).__name__}")
            media = Media.from_dict(document)
        except PARSE_ERRORS as exc:
            raise unparsable(exc, response=response, operation="upload_media") from exc
        finally:
            if token is not None:
                reset_drift_hook(token)
        if recorder is not None and recorder.found:
            settle_drift(recorder, self.config.strict, response.content, response.headers)
        return media


CoreT = TypeVar("CoreT", bound=CoreBase[Any])


def make_transport(
    config: ClientConfig,
    policy: RetryPolicy,
    *,
    pacing: bool | str,
    clock: Callable[[], float],
    wall_clock: Callable[[], float],
    verify: bool | str,
    limits: httpx.Limits,
    sync_inner: httpx.BaseTransport | None = None,
    async_inner: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    asleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> PowerPostTransport:
    """The transport of a new client, with a pacer on the client's clocks (shared through Redis when
    `pacing` is a Redis URL, or is True and POWERPOST_PACING_URL is set)."""
    redaction.watch_logs(config.api_key)
    setup_logging()
    return PowerPostTransport(
        sync_inner=sync_inner,
        async_inner=async_inner,
        policy=policy,
        pacer=make_pacer(
            pacing,
            api_key=config.api_key,
            base_url=config.base_url,
            clock=clock,
            wall_clock=wall_clock,
            max_hold=policy.max_retry_after,
        ),
        pacing=pacing is not False,
        base_path=httpx.URL(config.base_url).path,
        sleep=sleep,
        asleep=asleep,
        verify=verify,
        limits=limits,
        max_response_bytes=config.max_response_bytes,
        wall_clock=wall_clock,
    )


def resolve_settings(
    api_key: str | None,
    workspace_id: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    retry: RetryPolicy | None,
    max_response_bytes: int | None = None,
    strict: bool | None = None,
) -> tuple[ClientConfig, RetryPolicy]:
    """The client's settings (arguments, then environment) and its retry policy."""
    config = ClientConfig.resolve(
        api_key=api_key,
        workspace_id=workspace_id,
        base_url=base_url,
        timeout=timeout,
        max_response_bytes=max_response_bytes,
        strict=strict,
    )
    return config, retry if retry is not None else RetryPolicy(max_retries=max_retries)


class ClientBase(Generic[CoreT]):
    """The settings-side half of a client: properties, siblings and repr. Subclasses add I/O."""

    # Attribute name -> resource class, attached to every client and sibling.
    RESOURCES: ClassVar[dict[str, Callable[[Any], object]]] = {}
    _core: CoreT

    def _attach(self, core: CoreT) -> None:
        self._core = core
        for name, resource in self.RESOURCES.items():
            setattr(self, name, resource(core))

    @classmethod
    def _from_core(cls, core: CoreT) -> Self:
        client = cls.__new__(cls)
        client._attach(core)
        return client

    @property
    def workspace_id(self) -> str | None:
        """The workspace this client acts on (`X-Workspace-Id`)."""
        return self._core.config.workspace_id

    @property
    def base_url(self) -> str:
        """The API base URL."""
        return self._core.config.base_url

    @property
    def generated_client(self) -> AuthenticatedClient:
        """The generated client, for calling generated functions directly with the same transport."""
        return self._core.client

    def with_workspace(self, workspace_id: str) -> Self:
        """A client for another workspace sharing this one's connection pool and pacer."""
        return self._from_core(self._core.sibling(attrs.evolve(self._core.config, workspace_id=workspace_id)))

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A client with other retry, timeout, size-cap or strict settings, sharing the connection pool and
        pacer.

        `retry` replaces the whole policy (e.g. `RetryPolicy(attempt_timeout=8)`); `max_retries` then
        changes its retry count.
        """
        config = self._core.config
        if max_response_bytes is not None:
            config = attrs.evolve(config, max_response_bytes=positive_size(max_response_bytes))
        if strict is not None:
            config = attrs.evolve(config, strict=strict)
        if timeout is not None:
            config = attrs.evolve(config, timeout=client_timeout(timeout))
        policy = retry if retry is not None else self._core.transport.policy
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=max_retries)
        return self._from_core(self._core.sibling(config, policy))

    def __repr__(self) -> str:
        config = self._core.config
        return (
            f"{type(self).__name__}(base_url={config.base_url!r}, workspace_id={config.workspace_id!r}, "
            f"api_key={redact(config.api_key)!r})"
        )
