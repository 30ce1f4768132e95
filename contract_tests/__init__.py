"""Contract suite: checks a PowerPost server (the local mock or the live API) against spec/powerpost.yaml.

* ``.venv/bin/pytest contract_tests`` — the in-process mock (also part of ``make test``);
* ``make contract URL=http://127.0.0.1:4010`` — any running server (key/workspace from the environment,
  else the mock's defaults);
* ``make contract-live`` — PowerPost itself; read operations only unless POWERPOST_CONTRACT_ALLOW_SPEND=1.

Each run prints what it exercised and writes it to ``contract_tests/report/contract-report.md``.
"""
