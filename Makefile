# PowerPost Python SDK. `make demo` and `make test` set everything up on a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SPEC := spec/powerpost.yaml
GEN_PKG := generated/powerpost_api
GEN_CONFIG := generator-config.yaml
# Custom templates (tolerant models, parse failures keeping the body): see templates/README.md.
GEN_TEMPLATES := templates
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help install node demo test test-fast lint lint-spec generate check-generated docs docs-screenshot \
        contract contract-live bench soak mock clean browser redis
.PHONY: api-md check-api-md dist test-pythons

# `make demo` runs in its own small environment: the package with its mock and cli extras only, at the
# versions of requirements.lock (used as constraints), not the development tools `make test` needs.
# uv installs it in seconds when present; otherwise pip (the outer one, sparing the venv its own pip copy).
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed
# Where `make test-pythons` looks for each interpreter: PATH, then pyenv's versions (the newest that runs;
# a pyenv shim for a version not selected does not).
PYTHON_VERSIONS ?= 3.11 3.12 3.13
PYENV_VERSIONS := $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions
UNIT_TESTS := tests/overlays tests/spec tests/cli tests/readme tests/examples tests/packaging tests/docs/test_code_samples.py

help: ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

install: $(STAMP) ## create or update the virtual environment (.venv) from requirements.lock

node: $(NODE_STAMP) ## install the pinned Node tools (Redocly CLI, Prism)

generate: $(STAMP) ## regenerate generated/ from the spec
	rm -rf $(GEN_PKG)
	$(BIN)/openapi-python-client generate --path $(SPEC) --meta none --output-path $(GEN_PKG) \
		--config $(GEN_CONFIG) --custom-template-path $(GEN_TEMPLATES) --fail-on-warning
	rm -rf $(GEN_PKG)/.ruff_cache
	$(PY) scripts/generate_request_shapes.py
	$(PY) scripts/generate_operation_facts.py
	$(PY) scripts/generate_status_errors.py
	$(PY) scripts/generate_webhook_events.py
	$(PY) scripts/generate_resources.py
	$(PY) scripts/unasync.py

check-generated: $(STAMP) ## fail when generated/ is not exactly what the spec and templates/ produce
	@tmp=$$(mktemp -d) && trap 'rm -rf $$tmp' EXIT && \
	$(BIN)/openapi-python-client generate --path $(SPEC) --meta none --output-path $$tmp/powerpost_api \
		--config $(GEN_CONFIG) --custom-template-path $(GEN_TEMPLATES) --fail-on-warning >$$tmp/log 2>&1 || { cat $$tmp/log; exit 1; }; \
	rm -rf $$tmp/powerpost_api/.ruff_cache; \
	if ! diff -r -q -x __pycache__ $$tmp/powerpost_api $(GEN_PKG) >$$tmp/diff; then \
		cat $$tmp/diff; \
		echo "ERROR: generated/ is out of date with $(SPEC). Run 'make generate' and commit generated/."; exit 1; \
	fi; echo "generated/ matches $(SPEC)"
	@$(PY) scripts/generate_request_shapes.py --check
	@$(PY) scripts/generate_operation_facts.py --check
	@$(PY) scripts/generate_status_errors.py --check
	@$(PY) scripts/generate_webhook_events.py --check
	@$(PY) scripts/generate_resources.py --check
	@$(PY) scripts/unasync.py --check

.PHONY: check-breaking changelog-draft release-baseline
check-breaking: $(STAMP) $(NODE_STAMP) ## fail on a break of the spec or the public API without a major bump + CHANGELOG entry
	$(PY) -m tools.breaking check

changelog-draft: $(STAMP) $(NODE_STAMP) ## print Keep a Changelog sections for the changes since the last release
	@$(PY) -m tools.breaking draft

release-baseline: $(STAMP) ## at release time: record the spec and public package as spec/released/<version>/
	$(PY) -m tools.breaking record

lint-spec: $(STAMP) $(NODE_STAMP) ## validate the spec and lint it with Redocly
	$(BIN)/openapi-spec-validator $(SPEC)
	npx --no-install redocly lint $(SPEC) --config redocly.yaml --format=stylish 2>&1 | grep -v '[║╔╚]'; \
		exit $${PIPESTATUS[0]}

lint: $(STAMP) ## ruff (lint + format check) and mypy --strict on the hand-written code
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: $(STAMP) $(NODE_STAMP) browser redis docs ## every check: spec, drift, lint, unit, mock, contract, soak (short)
	$(MAKE) --no-print-directory lint-spec
	$(MAKE) --no-print-directory check-generated
	$(MAKE) --no-print-directory check-breaking
	$(MAKE) --no-print-directory check-api-md
	$(MAKE) --no-print-directory lint
	$(BIN)/pytest
	$(MAKE) --no-print-directory test-minimal-shape

# The tests that talk to the mock through the SDK, and the examples, again with minimal answers.
MINIMAL_SHAPE_TESTS := tests/overlays/test_mock_integration.py tests/examples tests/readme \
	contract_tests/test_client_contract.py
# The CLI against minimal answers (about 100 s on 2 busy cores, as long as in the full shape).
MINIMAL_SHAPE_TESTS += tests/cli
.PHONY: test-minimal-shape
test-minimal-shape: $(STAMP) ## the SDK's mock tests and the examples against the mock's minimal answers
	POWERPOST_MOCK_SHAPE=minimal $(BIN)/pytest -q $(MINIMAL_SHAPE_TESTS)

$(DEMO_STAMP): requirements.lock pyproject.toml
	@if command -v uv >/dev/null; then \
		uv venv --quiet --allow-existing --python $(PYTHON) $(DEMO_VENV) && \
		uv pip install --quiet --python $(DEMO_VENV)/bin/python -c requirements.lock -e ".[mock,cli]"; \
	elif $(PYTHON) -m pip install --help 2>/dev/null | grep -q -- "--python "; then \
		$(PYTHON) -m venv --without-pip $(DEMO_VENV) && \
		$(PYTHON) -m pip --python $(DEMO_VENV)/bin/python install --quiet --disable-pip-version-check \
			-c requirements.lock -e ".[mock,cli]"; \
	else \
		$(PYTHON) -m venv $(DEMO_VENV) && \
		$(DEMO_VENV)/bin/pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[mock,cli]"; \
	fi
	@touch $@

demo: $(DEMO_STAMP) ## run the quickstart against the embedded mock (light environment; SHAPE=minimal: minimal answers)
	$(if $(SHAPE),POWERPOST_MOCK_SHAPE=$(SHAPE) )$(DEMO_VENV)/bin/python -m examples.quickstart --embedded-mock

api-md: $(STAMP) ## regenerate api.md, the SDK reference, from the code
	$(PY) scripts/gen_api_md.py

check-api-md: $(STAMP) ## fail when api.md is not what the code gives
	$(PY) scripts/gen_api_md.py --check

dist: $(STAMP) ## build wheel + sdist, twine check them, install the wheel in a fresh venv and smoke-test it
	rm -rf dist
	$(PY) -m build --outdir dist . >dist.log 2>&1 || { cat dist.log; rm -f dist.log; exit 1; }; rm -f dist.log
	$(BIN)/twine check --strict dist/*
	@tmp=$$(mktemp -d) && trap 'rm -rf $$tmp' EXIT && \
	$(PYTHON) -m venv $$tmp/venv && \
	$$tmp/venv/bin/pip install --quiet --disable-pip-version-check -c requirements.lock \
		"$$(ls dist/powerpost-*.whl)[mock,cli]" && \
	cd $$tmp && $$tmp/venv/bin/python $(CURDIR)/tests/packaging/test_dist_smoke.py
	@ls -l dist

test-pythons: ## the unit tests on Python 3.11, 3.12 and 3.13 (one .venv-pyX.Y each; pyenv's when not on PATH)
	@set -e; for version in $(PYTHON_VERSIONS); do \
		python=; \
		for candidate in $$(command -v python$$version) $$(ls -d $(PYENV_VERSIONS)/$$version*/bin/python$$version 2>/dev/null); do \
			if $$candidate -c "" 2>/dev/null; then python=$$candidate; fi; \
		done; \
		test -n "$$python" || { echo "Python $$version not found (PATH or $(PYENV_VERSIONS))"; exit 1; }; \
		venv=.venv-py$$version; \
		if [ ! -f $$venv/.installed ] || [ requirements.lock -nt $$venv/.installed ] || [ pyproject.toml -nt $$venv/.installed ]; then \
			if command -v uv >/dev/null; then \
				uv venv --quiet --seed --allow-existing --python $$python $$venv; \
				uv pip install --quiet --python $$venv/bin/python -r requirements.lock; \
				uv pip install --quiet --python $$venv/bin/python --no-deps -e .; \
			else \
				$$python -m venv $$venv; \
				$$venv/bin/pip install --quiet --disable-pip-version-check -r requirements.lock; \
				$$venv/bin/pip install --quiet --disable-pip-version-check --no-deps -e .; \
			fi; \
			touch $$venv/.installed; \
		fi; \
		echo "== Python $$($$venv/bin/python -V 2>&1 | cut -d' ' -f2): $(UNIT_TESTS)"; \
		$$venv/bin/pytest -q -m "not browser and not live" $(UNIT_TESTS); \
	done

docs: $(NODE_STAMP) ## render the spec as a standalone HTML reference (docs/index.html)
	npx --no-install redocly build-docs $(SPEC) -o docs/index.html --inlineBundle 2>&1 | grep -v '[║╔╚]'; \
		exit $${PIPESTATUS[0]}

browser: ## install Debian's headless Chromium (for the docs page test) when it is missing
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@/usr/bin/chromium --version 2>/dev/null

redis: ## install Debian's redis-server (for the shared-pacing tests and figure 7) when it is missing
	@command -v redis-server >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }
	@redis-server --version

docs-screenshot: $(STAMP) browser docs ## render docs/index.html in headless Chromium to docs/screenshot.png
	$(PY) -m tests.docs.redoc_page docs/index.html docs/screenshot.png

bench: $(STAMP) $(NODE_STAMP) redis ## benchmarks: SDK vs raw httpx, mock vs Prism, pacing, upload memory (a few minutes)
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } \
		|| echo "wrk could not be installed: figure 3 (mock vs Prism) will be reported as not measured"
	$(PY) -m bench

soak: $(STAMP) ## fault soak: 1,000 mixed SDK calls against a faulty mock, then audit the mock's ledger
	POWERPOST_SOAK_OPS=1000 $(BIN)/pytest tests/reliability/test_soak.py -q -s

contract: $(STAMP) ## contract suite vs URL=http://127.0.0.1:4010 (default: the in-process mock)
	POWERPOST_CONTRACT_URL="$(URL)" $(BIN)/pytest contract_tests -q -m "not live"

contract-live: $(STAMP) ## contract suite vs PowerPost (needs POWERPOST_API_KEY, POWERPOST_WORKSPACE_ID)
	@$(PY) -m contract_tests.support.live_preflight
	POWERPOST_CONTRACT_LIVE=1 $(BIN)/pytest contract_tests -q -m live

mock: $(STAMP) ## run the mock server on 127.0.0.1:4010
	$(BIN)/powerpost-mock --host 127.0.0.1 --port 4010

clean: ## remove the environments and caches
	rm -rf $(VENV) $(DEMO_VENV) .venv-py3.* node_modules .mypy_cache .ruff_cache .hypothesis .schemathesis .pytest_cache dist

hostile: $(STAMP) ## hostile client: 20 rounds of malformed HTTP at the mock, then size/memory figures
	POWERPOST_HOSTILE_ROUNDS=20 $(BIN)/pytest tests/hostile_client -q -s
	$(PY) -m tests.hostile_client.measure
