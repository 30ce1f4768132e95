"""Security behaviour a user relies on: the key stays secret, cleartext HTTP is refused off loopback,
the mock drops private source URLs and refuses uploads whose bytes contradict their declared type."""

from __future__ import annotations

import io
import logging

import httpx
import powerpost
import pytest
from powerpost import AsyncPowerPost, PowerPost
from powerpost.types import GenerateContentParams
from powerpost_mock import RunningMock

SECRET = "pp_live_sk_sekrit_9f8e7d6c5b4a39281706"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
GENERATE: GenerateContentParams = {
    "prompt": "Security test",
    "post_types": ["x-post"],
    "research_mode": "regular",
}


def _answer(status: int, code: str) -> httpx.MockTransport:
    body = {"error": {"code": code, "message": f"failure {code}"}}
    return httpx.MockTransport(
        lambda request: httpx.Response(status, json=body, headers={"x-request-id": "req_1"})
    )


class TestKeyNeverLeaks:
    """The API key appears in no repr, no exception text and no DEBUG log line."""

    def test_reprs_of_clients_hide_the_key(self) -> None:
        """Printing a client (sync or async, derived ones too) never shows the key."""
        pp = PowerPost(api_key=SECRET, workspace_id="ws_1", base_url="https://powerpost.ai/api/v1")
        apf = AsyncPowerPost(api_key=SECRET, workspace_id="ws_1", base_url="https://powerpost.ai/api/v1")
        shown = [
            repr(pp),
            str(pp),
            repr(apf),
            repr(pp.with_workspace("ws_2")),
            repr(pp.with_options(max_retries=0)),
        ]
        shown += [repr(pp.account), repr(pp.content), repr(vars(pp))]
        assert all(SECRET not in text for text in shown), shown
        assert all(SECRET[11:] not in text for text in shown), "not even the secret part of the key"

    @pytest.mark.parametrize(
        ("status", "code"),
        [(401, "INVALID_API_KEY"), (403, "FORBIDDEN"), (429, "RATE_LIMIT_EXCEEDED"), (500, "INTERNAL_ERROR")],
    )
    def test_exception_text_hides_the_key(self, status: int, code: str) -> None:
        """str(), repr() and the args of a raised APIStatusError never carry the key, even echoed back."""
        echoing = httpx.MockTransport(
            lambda request: httpx.Response(
                status, json={"error": {"code": code, "message": f"bad key {request.headers['x-api-key']}"}}
            )
        )
        with (
            PowerPost(
                api_key=SECRET,
                workspace_id="ws_1",
                base_url="https://powerpost.ai/api/v1",
                max_retries=0,
                transport=echoing,
                sleep=lambda _s: None,
            ) as pp,
            pytest.raises(powerpost.APIStatusError) as caught,
        ):
            pp.account.get_credits()
        exc = caught.value
        assert exc.status_code == status
        assert SECRET not in f"{exc} {exc!r} {exc.args!r}"

    def test_connection_error_text_hides_the_key(self) -> None:
        """A transport failure's message does not quote request headers."""

        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("connection refused", request=request)

        with (
            PowerPost(
                api_key=SECRET,
                workspace_id="ws_1",
                base_url="https://powerpost.ai/api/v1",
                max_retries=0,
                transport=httpx.MockTransport(refuse),
                sleep=lambda _s: None,
            ) as pp,
            pytest.raises(powerpost.APIConnectionError) as caught,
        ):
            pp.account.get_credits()
        assert SECRET not in f"{caught.value} {caught.value!r}"

    def test_debug_logs_hide_the_key(
        self, mock_server: RunningMock, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Every logger (powerpost, httpx, httpcore) at DEBUG over a real socket, success and failure."""
        with (
            PowerPost(
                api_key=mock_server.api_key,
                workspace_id=mock_server.workspace_id,
                base_url=mock_server.base_url,
            ) as pp,
            caplog.at_level(logging.DEBUG),
        ):
            pp.account.get_credits()
            pp.content.generate(GENERATE)
            with pytest.raises(powerpost.NotFoundError):
                pp.content.get("gen_missing")
        with (
            PowerPost(
                api_key=SECRET,
                workspace_id=mock_server.workspace_id,
                base_url=mock_server.base_url,
                max_retries=0,
            ) as wrong,
            caplog.at_level(logging.DEBUG),
            pytest.raises(powerpost.AuthenticationError),
        ):
            wrong.account.get_credits()
        logged = "\n".join(f"{record.getMessage()} {record.args!r}" for record in caplog.records)
        assert caplog.records, "DEBUG logging produced nothing: the check would be vacuous"
        assert mock_server.api_key not in logged
        assert SECRET not in logged


class TestCleartextRefused:
    """http:// is only for loopback: a key must never cross a network in clear text."""

    @pytest.mark.parametrize(
        "url",
        [
            "http://powerpost.ai/api/v1",
            "http://10.0.0.5:8080/api/v1",
            "http://example.com",
            "http://[2001:db8::1]/",
        ],
    )
    def test_http_to_a_remote_host_is_refused_before_sending(self, url: str) -> None:
        """The client refuses to be built, so nothing is ever sent."""
        sent: list[httpx.Request] = []

        def record(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, json={})

        transport = httpx.MockTransport(record)
        with pytest.raises(powerpost.InsecureBaseURLError):
            PowerPost(api_key=SECRET, workspace_id="ws_1", base_url=url, transport=transport)
        with pytest.raises(powerpost.InsecureBaseURLError):
            AsyncPowerPost(api_key=SECRET, workspace_id="ws_1", base_url=url)
        assert sent == []

    @pytest.mark.parametrize(
        "url", ["http://127.0.0.1:4010/api/v1", "http://localhost:4010/api/v1", "http://[::1]:4010/"]
    )
    def test_http_to_loopback_is_allowed(self, url: str) -> None:
        """The local mock stays reachable over plain HTTP."""
        with PowerPost(api_key=SECRET, workspace_id="ws_1", base_url=url) as pp:
            assert pp.base_url.startswith("http://")


class TestMockDropsPrivateSourceUrls:
    """Private or loopback source_urls cost nothing and are not kept (the API filters them out silently)."""

    PRIVATE = (
        "https://127.0.0.1/admin",
        "https://localhost/x",
        "https://10.1.2.3/",
        "https://192.168.0.1/",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/",
    )

    def _charge(self, pp: PowerPost, urls: list[str]) -> int:
        started = pp.content.generate({**GENERATE, "source_urls": urls} if urls else GENERATE)
        return int(started.credits_used)

    def test_private_urls_are_not_charged_and_not_stored(self, mock_server: RunningMock) -> None:
        """Same price as no URL at all, while one public URL does cost more; nothing private is stored."""
        with PowerPost(
            api_key=mock_server.api_key, workspace_id=mock_server.workspace_id, base_url=mock_server.base_url
        ) as pp:
            plain = self._charge(pp, [])
            private = self._charge(pp, list(self.PRIVATE))
            public = self._charge(pp, ["https://example.com/blog/dark-mode"])
        assert private == plain
        assert public > plain, (
            "a kept URL must cost more, else this test could not tell dropping from ignoring"
        )
        stored = repr(vars(mock_server.app.state.mock))
        for url in self.PRIVATE:
            assert url not in stored


class TestUploadContentSniffing:
    """An upload whose bytes contradict its declared type is refused 400, not stored or charged."""

    @pytest.mark.parametrize(
        ("content", "declared", "name"),
        [
            (b"this is plain text, not a picture", "image", "fake.jpg"),
            (PNG, "video", "fake.mp4"),
            (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + bytes(64), "image", "fake.png"),
            (b"MZ\x90\x00\x03\x00\x00\x00", "video", "evil.mp4"),
        ],
        ids=["text-as-image", "png-as-video", "mp4-as-image", "exe-as-video"],
    )
    def test_mismatched_bytes_are_refused(
        self, mock_server: RunningMock, content: bytes, declared: str, name: str
    ) -> None:
        """The typed ValidationError (400) comes back, and the workspace gains no media."""
        state = mock_server.app.state.mock
        before = len(state.media)
        with (
            PowerPost(
                api_key=mock_server.api_key,
                workspace_id=mock_server.workspace_id,
                base_url=mock_server.base_url,
            ) as pp,
            pytest.raises(powerpost.ValidationError) as caught,
        ):
            pp.media.upload(io.BytesIO(content), type=declared, file_name=name)
        assert caught.value.status_code == 400
        assert len(state.media) == before

    def test_matching_bytes_are_accepted(self, mock_server: RunningMock) -> None:
        """The control case: a real PNG declared as an image is stored."""
        with PowerPost(
            api_key=mock_server.api_key, workspace_id=mock_server.workspace_id, base_url=mock_server.base_url
        ) as pp:
            media = pp.media.upload(io.BytesIO(PNG), type="image", file_name="ok.png")
        assert media.file_size == len(PNG)
