# Quick start: `make demo` and `make test`. Both build .venv through `make setup` when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint format bench clean

setup: $(STAMP)

# torch is pinned to the CPU wheel here only; the library itself asks for a range.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/summarizer summarize examples/cluster

test: setup
	$(BIN)/ruff check summarizer tests eval
	$(BIN)/ruff format --check summarizer tests eval
	HF_HUB_OFFLINE=1 $(BIN)/pytest

lint format:
	$(BIN)/ruff check --fix summarizer tests eval
	$(BIN)/ruff format summarizer tests eval

bench: setup
	$(BIN)/summarizer bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
