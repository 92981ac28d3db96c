# Everything runs in a local virtualenv (.venv) that `make` creates and installs into.
PYTHON ?= $(shell command -v python3 || command -v python)
VENV ?= .venv
PY := $(VENV)/bin/python
FETCHED_AT ?= 2025-06-10T12:00:00+00:00

.PHONY: run test lint bench clean docs wheel-check compiled-check

# The runtime alone for `make run` (the command and its dependencies); the test and lint
# tools on top of it only for the targets that need them.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed  ## extract every bundled fixture page to out/fixtures.jsonl
	@mkdir -p out
	$(VENV)/bin/newsclean convert fixtures --glob '*.txt' -o out/fixtures.jsonl --fetched-at $(FETCHED_AT)
	@echo "newsclean is in $(VENV)/bin: 'source $(VENV)/bin/activate' puts it on your PATH"

test: $(VENV)/.dev-installed  ## the test suite
	$(PY) -m pytest

lint: $(VENV)/.dev-installed
	$(PY) -m ruff check newsclean tests fixtures benchmarks fuzz
	$(PY) -m ruff format --check newsclean tests fixtures benchmarks fuzz
	$(PY) -m mypy newsclean

bench: $(VENV)/.dev-installed  ## hostile-input timings at 1x and 4x size
	$(PY) benchmarks/hostile.py

clean:
	rm -rf $(VENV) out build dist *.egg-info .compiled

docs: $(VENV)/.dev-installed  ## the documentation site, strictly (warnings fail)
	$(PY) -m pip install --quiet -e '.[docs]'
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet

wheel-check: $(VENV)/.dev-installed  ## build a wheel, install it in a fresh venv, convert the fixtures with it
	rm -rf dist build/wheel-venv
	$(PY) -m pip wheel --quiet --no-deps -w dist .
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet dist/newsclean-*.whl
	cd build && wheel-venv/bin/newsclean convert ../fixtures -o wheel-out.jsonl --quiet
	test "$$(wc -l < build/wheel-out.jsonl)" -eq "$$(ls fixtures/*/*.txt | wc -l)"
	cd build && wheel-venv/bin/python -c "import newsclean, pathlib; assert 'site-packages' in newsclean.__file__; print('wheel ok:', newsclean.__file__)"

# The mypyc-compiled build (see setup.py), in its own venv and folder without the source
# package, so the tests and benchmarks there import the compiled modules.
COMPILED_DIR ?= .compiled
compiled-check:  ## build the mypyc-compiled package and run the test suite against it
	rm -rf $(COMPILED_DIR) && mkdir -p $(COMPILED_DIR)
	$(PYTHON) -m venv $(COMPILED_DIR)/venv
	$(COMPILED_DIR)/venv/bin/python -m pip install --quiet --upgrade pip
	$(COMPILED_DIR)/venv/bin/python -m pip install --quiet "setuptools>=77" wheel '.[dev]'
	# mypyc type-checks against the installed dependencies and stubs, hence no build isolation
	NEWSCLEAN_COMPILE=1 $(COMPILED_DIR)/venv/bin/python -m pip install --quiet --no-build-isolation --no-deps --force-reinstall .
	git ls-files | grep -v '^newsclean/' | tar -cf - -T - | tar -xf - -C $(COMPILED_DIR)
	cd $(COMPILED_DIR) && venv/bin/python -c "import newsclean.classify as c; assert c.__file__.endswith('.so'), c.__file__; print('compiled:', c.__file__)"
	cd $(COMPILED_DIR) && venv/bin/python -m pytest -q

bench-compiled: compiled-check  ## the text-path speed benchmark on the compiled build
	cd $(COMPILED_DIR) && venv/bin/python benchmarks/speed.py --corpus $(CURDIR)/../shared/corpus/dev
