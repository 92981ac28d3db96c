# Everything runs in a local virtualenv (.venv) that `make` creates and installs into.
PYTHON ?= $(shell command -v python3 || command -v python)
VENV ?= .venv
PY := $(VENV)/bin/python
FETCHED_AT ?= 2025-06-10T12:00:00+00:00

.PHONY: run test lint bench clean docs wheel-check

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

docs: $(VENV)/.installed  ## the documentation site, strictly (warnings fail)
	$(PY) -m pip install --quiet -e '.[docs]'
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet

wheel-check: $(VENV)/.installed  ## build a wheel, install it in a fresh venv, convert the fixtures with it
	rm -rf dist build/wheel-venv
	$(PY) -m pip wheel --quiet --no-deps -w dist .
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet dist/newsclean-*.whl
	cd build && wheel-venv/bin/newsclean convert ../fixtures -o wheel-out.jsonl --quiet
	test "$$(wc -l < build/wheel-out.jsonl)" -eq "$$(ls fixtures/*/*.txt | wc -l)"
	cd build && wheel-venv/bin/python -c "import newsclean, pathlib; assert 'site-packages' in newsclean.__file__; print('wheel ok:', newsclean.__file__)"
