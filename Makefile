# Two commands do everything on a fresh machine (Python 3.11, 3.12 or 3.13, and make):
#   make lab    set up .venv (the learner set), then open your workspace my-work/ in JupyterLab
#   make test   set up .venv (the learner and test sets), then run every test
# `make lab COURSE_LANG=en` opens the English index. (Not LANG: that is the shell's locale.)
# `make reset CHAPTER=03` gives you a fresh copy of chapter 3; yours is kept in my-work/backups/.
# Every target only calls course.py, which does the same without make: `python3 course.py lab` (Windows: `py`).

PYTHON ?= python3
COURSE_LANG ?= ja
PYTEST_ARGS ?=
CHAPTER ?=
COURSE := $(PYTHON) course.py

.PHONY: setup lab test lint notebooks check-notebooks bench reset workspace clean

setup:
	$(COURSE) setup

lab:
	$(COURSE) lab --lang $(COURSE_LANG)

test:
	$(COURSE) test $(PYTEST_ARGS)

lint:
	$(COURSE) lint

# Re-execute every notebook in notebooks/ in place from notebooks/src (running it twice changes nothing).
notebooks:
	$(COURSE) notebooks

check-notebooks:
	$(COURSE) check-notebooks

# Speed of the activation helpers on 10**7 numbers, as ratios to np.copyto in the same run (not a test).
bench:
	$(COURSE) bench

# Both languages of the chapter, unless COURSE_LANG is given on the command line.
reset:
	$(COURSE) reset $(if $(CHAPTER),$(CHAPTER),$(error say which chapter: make reset CHAPTER=03)) \
		$(if $(filter command line environment,$(origin COURSE_LANG)),--lang $(COURSE_LANG),)

workspace:
	$(COURSE) workspace

# The venv and the caches; never your workspace my-work/.
clean:
	$(COURSE) clean
