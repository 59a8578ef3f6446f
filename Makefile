# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench install translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/crm-desktop

lint: $(STAMP)
	$(BIN)/ruff check crm_desktop tests bench
	$(BIN)/ruff format --check crm_desktop tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -W error -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# Re-extract the English source strings into the Chinese catalogue (translate the new entries afterwards).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find crm_desktop -name '*.py' | sort) -ts resources/translations/crm_zh_CN.ts

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache bench/out
