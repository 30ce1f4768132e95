"""Stage 2, operations: one handler per operationId of the spec, grouped by resource.

`handlers` maps each operationId to its handler; a handler gets a `context.RequestContext` (the caller and
the validated inputs). `jobs` owns a job's whole lifecycle (start, schedule, settle, finish). Beside them:
`pricing`, `captions` (the deterministic generated text), `media_sniffing` and `upload_stream` (the
multipart upload reader).

May import state and spec; never http.
"""
