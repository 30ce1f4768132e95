"""Stage 3, state: everything the mock remembers between requests.

`store.MockState` holds accounts, keys, workspaces, stored objects and the job queue; beside it the
`models` it stores, the credit `ledger`, the `storage_quota`, the mock `clock`, the `rate_limit` windows,
the seeded `faults` and the `webhooks` delivery queue.

May import spec; never operations or http.
"""
