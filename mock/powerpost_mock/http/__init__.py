"""Stage 1, HTTP: the socket and ASGI side of the mock.

`server` runs it with uvicorn (`run_in_thread`), `implementation` picks httptools or h11, `guard` adds the
limits a server facing hostile clients needs, `app` wires the ASGI app, `dispatcher` serves `/api/v1`
(request id, faults, route, auth, rate limit, scope, validation, handler, headers), `faulty_body` sends the
body faults, and `admin` is the `/_mock/` surface for tests.

The top stage: it may import operations, state and spec; none of them imports it.
"""
