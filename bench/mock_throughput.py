"""Figure 3: requests per second of our mock against Stoplight Prism on the same spec, same load generator."""

from __future__ import annotations

import httpx

from bench import servers
from bench.figures import Figure, Goal, failed_figure
from bench.load_generator import CONNECTIONS, DURATION_SECONDS, LoadResult, run_wrk, wrk_available

TARGET = 3.0
_HEADERS = {"x-api-key": servers.MOCK_API_KEY, "X-Workspace-Id": servers.MOCK_WORKSPACE_ID}


def _started_generation(base_url: str) -> str:
    response = httpx.post(
        f"{base_url}/content/generate",
        headers=_HEADERS,
        json={"prompt": "Benchmark generation", "post_types": ["x-post"], "research_mode": "regular"},
        timeout=10.0,
    )
    response.raise_for_status()
    generation_id: str = response.json()["generation_id"]
    return generation_id


def _paths(generation_id: str) -> dict[str, str]:
    return {
        "GET /account/credits": "/account/credits",
        "GET /content/generations/{id}": f"/content/generations/{generation_id}",
    }


def _measure(base_url: str, generation_id: str) -> dict[str, LoadResult]:
    return {name: run_wrk(base_url + path, _HEADERS) for name, path in _paths(generation_id).items()}


def _describe(result: LoadResult) -> str:
    bad = result.non_2xx + result.socket_errors
    return f"{result.requests_per_second:,.0f} req/s" + (f" ({bad} bad)" if bad else "")


def run() -> list[Figure]:
    """Measure both servers one after the other (never at once: they would share the two CPUs)."""
    name = "mock req/s vs Prism ({op}, wrk {c} conns, {d} s)"
    if not wrk_available():
        return [
            failed_figure(
                "3",
                name.format(op="both", c=CONNECTIONS, d=DURATION_SECONDS),
                Goal.AT_LEAST,
                TARGET,
                "wrk missing",
            )
        ]
    with servers.mock_server() as mock:
        servers.configure_mock_for_load(mock.root_url)
        ours = _measure(mock.base_url, _started_generation(mock.base_url))
    with servers.prism_server() as prism:
        # Prism answers any generation id with the spec's example.
        theirs = _measure(prism.base_url, "550e8400-e29b-41d4-a716-446655440000")
    figures = []
    for op, mine in ours.items():
        peer = theirs[op]
        ratio = mine.requests_per_second / peer.requests_per_second if peer.requests_per_second else None
        note = "" if mine.non_2xx == 0 else "mock answered non-2xx: ratio not comparable"
        figures.append(
            Figure(
                "3",
                name.format(op=op, c=CONNECTIONS, d=DURATION_SECONDS),
                _describe(mine),
                _describe(peer),
                ratio,
                Goal.AT_LEAST,
                TARGET,
                note,
            )
        )
    return figures
