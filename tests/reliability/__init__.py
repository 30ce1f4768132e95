"""Reliability: the fault soak, hypothesis fuzzing of the SDK's error and webhook parsing, security checks."""
