# Studio — developer commands. `make run` and `make test` are the two the README promises.

SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.11 python3.12 python3; do \
	command -v $$p >/dev/null && $$p -c 'import sys; sys.exit(not (3,11) <= sys.version_info[:2] < (3,13))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .setup-stamps
QM := resources/i18n/studio_vi.qm

BUNDLE := dist/studio

.PHONY: setup run test lint translations clean bundle bundle-check screenshots

setup: $(STAMPS)/system $(STAMPS)/venv $(QM)

$(STAMPS)/system: installers/linux/system-deps.sh
	@test -n "$(PYTHON)" || { echo "studio: Python 3.11 or 3.12 is needed" >&2; exit 2; }
	@bash installers/linux/system-deps.sh $(PYTHON)
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/venv: pyproject.toml $(STAMPS)/system
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

# Qt Linguist sources compiled for the app (the build step the Windows bundle repeats)
$(QM): resources/i18n/studio_vi.ts $(STAMPS)/venv
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMPS)/venv  ## refresh the .ts from the sources, keeping translations
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find studio -name '*.py' | sort) -ts resources/i18n/studio_vi.ts

run: setup
	$(BIN)/studio gui --demo

lint: setup
	$(BIN)/ruff check studio tests benchmarks
	$(BIN)/ruff format --check studio tests benchmarks
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# --- release: the frozen application and the user guide's pictures -----------------------

$(STAMPS)/release: pyproject.toml $(STAMPS)/venv
	$(BIN)/python -m pip install -q -e '.[dev,release]'
	@touch $@

bundle: setup $(STAMPS)/release  ## the one-folder application in dist/studio/ (PyInstaller)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist \
		installers/studio.spec
	@du -sh $(BUNDLE)

bundle-check: bundle  ## build the bundle, then run the frozen app's self-test (what CI does)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rs tests/test_bundle.py

screenshots: setup  ## the user guide's pictures, docs/huong-dan/anh/, from the real app
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) $(STAMPS) $(QM) build $(BUNDLE)
