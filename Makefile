# Lizard Explorer. Every target is idempotent; `make test` and `make demo` work on a fresh Debian 12 (as root).
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV ?= .venv
PY := $(VENV)/bin/python
APT_PACKAGES := qgis python3-qgis qgis-providers qgis-server-bin qgis-server-wms gdal-bin python3-gdal python3-cryptography python3-matplotlib \
	python3-requests python3-venv python3-pip xvfb xauth pyqt5-dev-tools qttools5-dev-tools curl zip unzip
MATRIX_DIR ?= .matrix
QGIS ?=
PYTEST_ARGS ?=
DEMO_ARGS ?=
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup apt apt-packages venv test test-matrix debootstrap qt6-check lint package install demo screenshots bench translations update-translations clean

help:
	@echo "make demo     install everything, start a local fake Lizard + WMS and QGIS with the plugin"
	@echo "make test     install everything and run the whole test suite headless"
	@echo "make test-matrix [QGIS=3.40|3.44]   the whole suite here and in Debian 13 / unstable roots (root only)"
	@echo "make demo QGIS=3.40   the demo inside the Debian 13 root (QGIS 3.40 LTR)"
	@echo "make qt6-check   QGIS's PyQt5-to-PyQt6 migration script must find nothing left to change"
	@echo "make lint     ruff"
	@echo "make package  build dist/lizard_explorer-<version>.zip (installable in QGIS)"
	@echo "make install  install that zip into your QGIS profile (QGIS_PROFILE=$(QGIS_PROFILE))"
	@echo "make screenshots  retake the README's screenshots (docs/screenshots/) with the demo"
	@echo "make bench    benchmarks, printed beside curl measured in the same run"
	@echo "make translations / update-translations   compile / refresh i18n/*.ts"

setup: apt venv

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
			--no-install-recommends $$missing; \
	fi

apt-packages:
	@echo $(APT_PACKAGES)

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt | apt
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

translations: apt
	@for ts in i18n/*.ts; do lrelease -silent $$ts; done

update-translations: apt
	pylupdate5 -noobsolete __init__.py plugin.py $$(find core ui processing -name '*.py' | sort) \
		-ts i18n/lizard_explorer_nl.ts i18n/lizard_explorer_en.ts

test: setup translations
	rm -rf .qgis-settings
	$(PY) -m pytest $(PYTEST_ARGS)

test-matrix: debootstrap
	$(SYSTEM_PYTHON) scripts/matrix.py --matrix-dir "$(MATRIX_DIR)" --qgis "$(QGIS)"

PYQT5_TO_PYQT6 ?= $(MATRIX_DIR)/pyqt5_to_pyqt6.py
qt6-check: venv
	$(PY) scripts/qt6.py check
	@test -f "$(PYQT5_TO_PYQT6)" || { echo "QGIS's scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py is not at" \
		"$(PYQT5_TO_PYQT6): copy it there from the QGIS source or pass PYQT5_TO_PYQT6=path"; exit 1; }
	$(PY) scripts/qt6.py migration "$(PYQT5_TO_PYQT6)"

lint: venv
	$(VENV)/bin/ruff check .

package: setup
	$(PY) scripts/package.py

install: package
	$(PY) scripts/install.py --profile "$(QGIS_PROFILE)" dist/lizard_explorer-*.zip

debootstrap:
	@command -v debootstrap >/dev/null || { $(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends debootstrap; }

ifeq ($(QGIS),)
demo: setup translations
	$(PY) scripts/demo.py $(DEMO_ARGS)
else
demo: debootstrap
	$(SYSTEM_PYTHON) scripts/matrix.py --matrix-dir "$(MATRIX_DIR)" --qgis "$(QGIS)" --demo --demo-args "$(DEMO_ARGS)"
endif

screenshots: setup translations
	for shot in rasters settings buildings upload download timeseries values area scenarios; do \
		$(PY) scripts/demo.py --shot $$shot --update-docs --exit-after-screenshot || exit 1; done

bench: setup
	$(PY) bench/run.py

clean:
	rm -rf dist build .qgis-settings i18n/*.qm
