"""Not a test: requests per second of one uvicorn worker for two small GETs.

    .venv/bin/python -m tests.mock.bench_mock [requests]

The mock runs in a subprocess; 10 requests in flight over httpx keep-alive, a bounded count.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

import httpx

PORT = 4312
HEADERS = {"x-api-key": "pp_live_sk_mock_0000000000000000", "X-Workspace-Id": "ws_mock_default"}


async def measure(client: httpx.AsyncClient, path: str, total: int, in_flight: int = 10) -> float:
    """Requests per second for `total` GETs of `path`."""
    remaining = iter(range(total))

    async def worker() -> None:
        for _ in remaining:
            response = await client.get(path)
            assert response.status_code == 200, response.text

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(in_flight)))
    return total / (time.perf_counter() - started)


async def run(total: int) -> None:
    """Warm up, create a generation, measure both endpoints."""
    base = f"http://127.0.0.1:{PORT}"
    limits = httpx.Limits(max_keepalive_connections=10, max_connections=10)
    async with httpx.AsyncClient(base_url=f"{base}/api/v1", headers=HEADERS, limits=limits) as client:
        await client.post(f"{base}/_mock/rate-limits", json={"limit": 10**9})
        job = await client.post(
            "/content/generate",
            json={"prompt": "bench", "post_types": ["x-post"], "research_mode": "regular"},
        )
        path = f"/content/generations/{job.json()['generation_id']}"
        await measure(client, "/account/credits", 200)
        for label, target in (
            ("GET /account/credits", "/account/credits"),
            ("GET /content/generations/{id}", path),
        ):
            print(
                f"{label}: {await measure(client, target, total):.0f} req/s ({total} requests, 10 in flight)"
            )


def main() -> None:
    """Start the server, measure, stop it."""
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    server = subprocess.Popen(
        [sys.executable, "-m", "powerpost_mock", "--port", str(PORT)], stdout=subprocess.DEVNULL
    )
    try:
        for _ in range(200):
            try:
                httpx.get(f"http://127.0.0.1:{PORT}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        asyncio.run(run(total))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
