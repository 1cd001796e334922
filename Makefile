# Two entry points (see README): `make demo` and `make test`. Both set up .venv first.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip install -q --disable-pip-version-check
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup dev-setup demo test test-deps serve eval bench

# The product: what `make demo` needs (torch is pinned in pyproject.toml, so the CPU wheel found
# first stays the one installed).
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) -e .
	touch $@

# The product plus the test and eval extras (pytest, hypothesis, schemathesis; matplotlib for plots).
dev-setup: $(VENV)/.installed-dev

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) -e '.[test,eval]'
	touch $@

# Index the bundled sample corpus into the embedded store, then serve it at http://127.0.0.1:8000
demo: setup
	$(VENV)/bin/imr index corpus/sample
	$(VENV)/bin/imr serve

# What the tests need beyond the Python package: Chromium for the page, poppler-utils' pdftotext
# (the parser is also tested on its .txt output), a small LLM server.
test-deps: dev-setup
	bash .ci/test-deps

test: test-deps
	$(PY) -m pytest -q

eval: dev-setup
	$(VENV)/bin/imr eval

# Indexing throughput: the 74 real PDFs end to end, torch vs onnx-int8 on 2 cores (see BENCHMARKS.md). More:
# make bench BENCH_ARGS="--synthetic 300" (generated letters), BENCH_ARGS="--quality" (hit@5 per backend),
# BENCH_ARGS="--memory 2000 --letters 0 --backends onnx-int8"
bench: dev-setup
	$(PY) bench/index_throughput.py $(BENCH_ARGS)
