# The two commands (README): `make run` and `make test`. Both set themselves up on a machine that
# has only Python 3.11+ and make.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DEMO_SCALE ?= small

.PHONY: run test check lint format bench bundle bundle-check clean translations

# The catalogues of the officer's languages: .ts sources in git, compiled .qm built here.
LANGS := fr pt es
TS    := $(foreach l,$(LANGS),resources/i18n/kpfield_$(l).ts)
QM    := $(TS:.ts=.qm) resources/i18n/kpfield_en.qm

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

## Open the program on the demo inventory (made in the user's data folder on first run).
run: $(STAMP) $(QM)
	$(BIN)/kpfield gui --demo --scale $(DEMO_SCALE)

## Run the whole test suite (Qt offscreen: no window opens), a worker per core, each test file in
## one worker (its module fixtures made once). `.venv/bin/pytest FILE` runs a file alone.
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile

## Everything CI checks, one tool a line so that the failing one is plain: lint, format, the
## layers (import-linter's contracts in pyproject.toml), types (mypy), then the whole test suite.
check: $(STAMP)
	$(BIN)/ruff check kpfield tests benchmarks scripts
	$(BIN)/ruff format --check kpfield tests benchmarks scripts
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(MAKE) test

format: $(STAMP)
	$(BIN)/ruff check --fix kpfield tests benchmarks scripts
	$(BIN)/ruff format kpfield tests benchmarks scripts

## Benchmarks (print tables; not part of the tests).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_store.py

## The one-folder bundle dist/kpfield/ (PyInstaller, build.spec).
bundle: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

## Build the bundle and prove it works: the console twin's self-test, then the window for a few seconds.
bundle-check: bundle
	QT_QPA_PLATFORM=offscreen dist/kpfield/kpfield-console --self-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/check_window.py dist/kpfield/kpfield

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## Bring the .ts catalogues up to date with the strings in the code (then translate what is new).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none $$(find kpfield -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -pluralonly $$(find kpfield -name '*.py' | sort) -ts resources/i18n/kpfield_en.ts
	$(MAKE) $(QM)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(QM)
