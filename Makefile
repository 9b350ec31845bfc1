# Two commands do all set-up on a fresh machine with Python 3.11+:
#   make timeline   install into .venv and write timeline.html from the bundled seeds
#   make test       install the test tools and run every test (unit, CLI, notebook, browser)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: timeline test lint bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("timeline needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

timeline: $(VENV)/.installed
	$(BIN)/timeline build -o timeline.html

lint: $(VENV)/.installed-test
	$(BIN)/ruff check timeline tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/dates.py

clean:
	rm -rf $(VENV) timeline.html .pytest_cache .ruff_cache .mypy_cache
