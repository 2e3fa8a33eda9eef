# Set-up lives here so that the README's two commands work on a fresh machine:
#   make app    create .venv (if needed), install, launch the app
#   make test   same install plus the test extras, run the whole suite headless
# The install step is skipped when .venv is newer than pyproject.toml (idempotent, fast).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# A CPU build of torch: on this kind of machine pip finds it on local disk. Elsewhere set
# TORCH_INDEX=https://download.pytorch.org/whl/cpu so that pip never pulls a CUDA build.
TORCH_VERSION ?= 2.13.0
TORCH_INDEX ?=
PIP_TORCH_FLAGS := $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX),)

.PHONY: app test bench venv clean screenshots

$(VENV)/.installed: pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q $(PIP_TORCH_FLAGS) torch==$(TORCH_VERSION)
	$(PY) -m pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

app: venv
	$(VENV)/bin/latent-explorer

test: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: venv
	$(VENV)/bin/latent-explorer --screenshot docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info
