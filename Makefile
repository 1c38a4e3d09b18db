# briefbook: two commands on a fresh machine.
#   make demo   set up .venv and produce the example briefing under reports/
#   make test   set up .venv and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.briefbook-installed
NER    := $(VENV)/.briefbook-ner-installed
KERNEL := $(VENV)/share/jupyter/kernels/briefbook/kernel.json
BYTECODE := $(VENV)/.briefbook-bytecode
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test test-fast setup lint format bench bench-batch eval lock clean check-python

# The Python version first, in one line, before pip can fail on a pin with a resolver error.
# A .venv made by another interpreter (broken, older than 3.11, or half-made by another
# version) is removed and rebuilt with $(PYTHON).
check-python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  v=$$($(PYTHON) -V 2>&1 | head -1); \
	  echo "briefbook needs Python 3.11 or newer, but $(PYTHON) is $${v:-not a working Python}: run make PYTHON=python3.11 (or newer)"; exit 1; }
	@if [ -e $(VENV) ]; then \
	  have=$$($(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null); \
	  want=$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
	  if [ -z "$$have" ] || ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	     || { [ "$$have" != "$$want" ] && [ ! -e $(STAMP) ]; }; then \
	    echo "briefbook: $(VENV) was made by another Python ($${have:-broken}); rebuilding it with $(PYTHON) ($$want)"; \
	    rm -rf $(VENV); \
	  fi; \
	fi

setup: check-python $(STAMP) $(KERNEL) $(BYTECODE)

# Reinstall only when the pins or the project metadata change.
$(STAMP): requirements.lock pyproject.toml | check-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# The package's own modules compiled to bytecode once, as pip does for an installed wheel:
# an editable install leaves them to each process that imports them, which compiles them
# from source every time where bytecode is never written (PYTHONDONTWRITEBYTECODE=1): about
# 1 CPU-s of briefbook batch's forkserver warm-up, 0.15-0.3 of the command, each kernel and
# the renderer warm-up (measured on a loaded machine). Again whenever a module changes (a
# stale .pyc is never used: Python checks its source first).
$(BYTECODE): $(STAMP) $(shell find src/briefbook -name '*.py' 2>/dev/null)
	$(BIN)/python -m compileall -q src/briefbook
	touch $@

# The tests of the optional entity backend build real spaCy pipelines: spaCy (briefbook[ner])
# is installed for the tests only, from its own pins; make setup and make demo never install it.
$(NER): requirements-ner.lock $(STAMP)
	$(BIN)/python -m pip install --quiet -r requirements-ner.lock -c requirements.lock
	touch $@

# A kernel named "briefbook" inside the venv, so papermill runs the notebook on this venv.
$(KERNEL): $(STAMP)
	$(BIN)/python -m ipykernel install --sys-prefix --name briefbook --display-name "briefbook (Python 3)" > /dev/null

demo: setup
	$(BIN)/briefbook run params/example.yaml

test: setup $(NER)
	$(BIN)/python -m pytest -q

# The unit layers only (no notebook execution, no rendering): seconds, for the edit loop.
test-fast: setup $(NER)
	$(BIN)/python -m pytest -q tests/unit

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports

format: setup
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: setup
	$(BIN)/python benchmarks/bench_engine.py
	$(BIN)/python benchmarks/bench_run.py
	$(BIN)/python benchmarks/bench_limits.py

# 20 briefings in one warm process against briefbook batch --workers 2, at 1, 5 and 20
# sources per briefing (3 x 41 briefings), then how long Ctrl-C takes
bench-batch: setup
	$(BIN)/python benchmarks/bench_batch.py --stages
	$(BIN)/python benchmarks/bench_batch_stop.py

eval: setup
	$(BIN)/briefbook eval sections sources/examples/dprk-troops-assessment.txt

# pip freeze split in two: the pins of requirements-ner.lock's packages stay there (with its
# comment lines), the rest go to requirements.lock (with its comment lines).
lock: setup $(NER)
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^briefbook' > requirements.all.new
	grep -v '^#' requirements-ner.lock | sed 's/==.*//' | tr 'A-Z_' 'a-z-' > requirements.ner.names
	{ grep '^#' requirements.lock; awk -F== 'NR==FNR {ner[$$1]; next} {n=tolower($$1); gsub("_", "-", n)} !(n in ner)' requirements.ner.names requirements.all.new; } > requirements.lock.new
	{ grep '^#' requirements-ner.lock; awk -F== 'NR==FNR {ner[$$1]; next} {n=tolower($$1); gsub("_", "-", n)} n in ner' requirements.ner.names requirements.all.new; } > requirements-ner.lock.new
	mv requirements.lock.new requirements.lock
	mv requirements-ner.lock.new requirements-ner.lock
	rm -f requirements.all.new requirements.ner.names

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
