# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install clean

run: $(STAMP)  ## create the environment, install, run the pipeline on seeds/ into output/
	$(BIN)/newsfacts run seeds --output output

test: $(STAMP)  ## create the environment, install, run the test suite
	$(BIN)/pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) output/*.parquet output/validation output/run.json output/_state output/figures output/evaluation.json
