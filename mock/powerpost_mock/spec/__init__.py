"""Stage 4, the spec: loading `powerpost.yaml` and what the mock derives from it.

`loader` finds and parses the spec (a wheel carries it in this folder), `operation_index` routes paths to
operations with their compiled checks, `validation`, `simple_schemas` and `schema_semantics` check
parameters and bodies, and `response_shape` trims answers to the minimal shapes the spec allows.

The lowest stage: it imports no other stage.
"""
