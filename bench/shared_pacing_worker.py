"""One worker process of figure 7: a `PowerPost` client making `get_credits` calls from a common start.

`python -m bench.shared_pacing_worker BASE_URL API_KEY WORKSPACE PACING CALLS` prints `ready` once its
client is built, reads the wall time to start at from standard input (so that no worker is still
importing when the clock starts), then prints one JSON line: the HTTP statuses received (retries
included), the calls that failed, and the wall time it ended. PACING is `local` (the in-process
pacer) or a Redis URL (the shared pacer).
"""

from __future__ import annotations

import json
import sys
import time

from powerpost import PowerPost, PowerPostError

from bench.status_counter import StatusCountingTransport


def main(argv: list[str]) -> int:
    """Run the calls and print the worker's tally."""
    base_url, api_key, workspace_id, pacing_arg, calls_text = argv
    pacing: bool | str = True if pacing_arg == "local" else pacing_arg
    counter = StatusCountingTransport()
    failed = 0
    with PowerPost(
        api_key=api_key, workspace_id=workspace_id, base_url=base_url, pacing=pacing, transport=counter
    ) as pp:
        pp.with_options(max_retries=0)  # build lazily-created parts before the clock starts
        print("ready", flush=True)
        start_at = float(sys.stdin.readline())
        time.sleep(max(0.0, start_at - time.time()))
        for _ in range(int(calls_text)):
            try:
                pp.account.get_credits()
            except PowerPostError:
                failed += 1
        ended = time.time()
    statuses = {str(status): count for status, count in counter.statuses.items()}
    print(json.dumps({"statuses": statuses, "failed": failed, "ended": ended}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
