# Needs only python3 (>= 3.11), pip and GNU make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD_STAMP := $(VENV)/.installed-build

.PHONY: help install run test bench bench-scale bench-shapes bench-dashboard gazetteer clean distclean

help:
	@echo "make run        start the Streamlit dashboard"
	@echo "make test       lint (ruff) and run the test suite"
	@echo "make bench      run the extraction benchmark"
	@echo "make bench-scale   time and memory of extract, add, list and export at 1,000-100,000 articles"
	@echo "make bench-shapes  time the extraction on pathological shapes of text (0.25-2 MB)"
	@echo "make bench-dashboard  time the dashboard on 10,000 synthetic events"
	@echo "make gazetteer  rebuild geodata/data/ from GeoNames (build extra)"
	@echo "make clean      remove caches and build output (keeps .venv)"
	@echo "make distclean  clean, and remove .venv too"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when pyproject.toml changes. The browser tests drive Debian's
# chromium with Playwright; never `playwright install`: no browser is downloaded.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[test]'
	touch $@

$(BUILD_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[build]'
	touch $@

install: $(STAMP)

# From the repository root, so .streamlit/config.toml (static serving, theme) applies.
# dashboard/serve.py serves dashboard/app.py with its data read before the first visitor.
run: $(STAMP)
	$(BIN)/streamlit run dashboard/serve.py

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

bench-dashboard: $(STAMP)
	$(BIN)/python benchmarks/bench_dashboard.py --browser

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

bench-scale: $(STAMP)
	$(BIN)/python benchmarks/bench_scale.py --store

bench-shapes: $(STAMP)
	$(BIN)/python benchmarks/bench_shapes.py

gazetteer: $(STAMP) $(BUILD_STAMP)
	$(BIN)/python -m geodata.build_gazetteer

clean:
	rm -rf build dist *.egg-info .pytest_cache benchmarks/out tests/artifacts dashboard/static/vendor
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
