"""The SDK against a hostile server: resets, stalls, drips, lies and echoed secrets (sync and async)."""
