"""Benchmarks of the PowerPost SDK and mock: `make bench` (python -m bench) prints every figure as a ratio."""
