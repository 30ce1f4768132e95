"""Runnable PowerPost examples: `python -m examples.quickstart --embedded-mock` (what `make demo` runs)."""
