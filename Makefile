# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Both install exactly the versions of requirements/dev.lock (every transitive dependency pinned);
# README.md, "Updating the lock", says how to change it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK ?= requirements/dev.lock
UV_VERSION := 0.13.9
UV := $(BIN)/uv

.PHONY: run test lint install lock clean

run: $(STAMP)  ## create the environment, install, run the pipeline on seeds/ into output/
	$(BIN)/newsfacts run seeds --output output

test: $(STAMP) lint  ## create the environment, install, lint and type-check, run the test suite
	$(BIN)/pytest

lint: $(STAMP)  ## ruff (lint rules in pyproject.toml, and the formatter's check) and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

install: $(STAMP)

# uv installs the lock into the venv (`uv pip sync`: exactly the lock, nothing else), then the project
# itself without dependencies; `pip check` proves the set is consistent.
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(UV) pip sync --quiet --compile-bytecode --python $(BIN)/python $(LOCK)
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

lock:  ## re-resolve requirements/*.lock from pyproject.toml (needs a network)
	$(UV) pip compile pyproject.toml --extra dev --universal --python-version 3.11 --quiet -o requirements/dev.lock
	$(UV) pip compile pyproject.toml --extra dev --extra bench --universal --python-version 3.11 --quiet -o requirements/bench.lock

clean:
	rm -rf $(VENV) .newsfacts output/*.parquet output/validation output/run.json output/_state output/figures output/evaluation.json
