# Everything runs in a local virtualenv (.venv) that `make` creates and installs into.
PYTHON ?= $(shell command -v python3 || command -v python)
VENV ?= .venv
PY := $(VENV)/bin/python
FETCHED_AT ?= 2025-06-10T12:00:00+00:00

.PHONY: run test lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed  ## extract every bundled fixture page to out/fixtures.jsonl
	@mkdir -p out
	$(PY) -m newsclean convert fixtures -o out/fixtures.jsonl --fetched-at $(FETCHED_AT)

test: $(VENV)/.installed  ## the test suite
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(PY) -m ruff check newsclean tests fixtures benchmarks fuzz
	$(PY) -m ruff format --check newsclean tests fixtures benchmarks fuzz
	$(PY) -m mypy newsclean

bench: $(VENV)/.installed  ## hostile-input timings at 1x and 4x size
	$(PY) benchmarks/hostile.py

clean:
	rm -rf $(VENV) out build dist *.egg-info
