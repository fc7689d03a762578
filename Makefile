# bonesafe: `make run` serves the app, `make test` runs every check. Needs Python 3.12+ and make.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
# The first Python 3.12+ found; uv runs as a module of it, so no PATH or shim is involved.
PYTHON ?= $(shell for p in python3.12 python3.13 python3.14 python3; do \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)
UV := $(PYTHON) -m uv
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint types unit e2e bench sync uv check-content clean help
help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

uv:  ## install uv for that Python when it is missing
	@test -n "$(PYTHON)" || { echo "bonesafe needs Python 3.12 or newer"; exit 1; }
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv \
	  || $(PYTHON) -m pip install --quiet --user --break-system-packages uv

sync: uv  ## install the locked environment into .venv
	@$(UV) sync --locked --quiet

run: sync  ## migrate, load the library, serve on http://127.0.0.1:8000
	BONESAFE_DEMO=1 $(UV) run bonesafe serve --host $(HOST) --port $(PORT)

lint: sync  ## ruff
	$(UV) run ruff check bonesafe tests scripts
	$(UV) run ruff format --check bonesafe tests scripts

types: sync  ## mypy with django-stubs
	$(UV) run mypy bonesafe

check-content: sync  ## validate the library and the rulebook
	$(UV) run bonesafe content check

unit: sync  ## the test suite (SQLite unless DATABASE_URL is set)
	$(UV) run pytest

test: lint types check-content unit  ## everything CI runs

bench: sync  ## plans per second, request latency and throughput
	$(UV) run python scripts/bench.py

clean:  ## remove the local database, static files and caches
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
