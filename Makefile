# Two commands do everything on a fresh machine (Python 3.11 or 3.12 and make):
#   make lab    set up .venv, then open the course in JupyterLab
#   make test   set up .venv, then run every test
# `make lab COURSE_LANG=en` opens the English index. (Not LANG: that is the shell's locale.)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
COURSE_LANG ?= ja
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
# JupyterLab refuses to run as root unless told; containers and CI often are root.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: setup lab test lint notebooks check-notebooks bench clean

setup: $(STAMP)

# Re-install only when the venv is missing or a dependency file is newer than the last install.
$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

# Serve notebooks/ (both languages, so a learner can switch) and open the chosen index; the token is new each time.
lab: setup
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=notebooks $(ALLOW_ROOT) \
		--LabApp.default_url=/lab/tree/$(COURSE_LANG)/00_index.ipynb

lint: setup
	$(BIN)/ruff check helpers tests notebooks

test: lint
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg \
		-n 2 --dist loadfile $(PYTEST_ARGS)

# Re-execute every notebook in place from notebooks/src (running it twice changes nothing).
notebooks: setup
	$(BIN)/python notebooks/src/build.py

check-notebooks: setup
	$(BIN)/python notebooks/src/build.py --check

# Speed of the activation helpers on 10**7 numbers, as ratios to np.copyto in the same run (not a test).
bench: setup
	$(BIN)/python -m helpers.bench

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .ruff_cache test-artifacts
