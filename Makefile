# Every target installs what it needs into .venv itself.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC_URL := https://api.chaster.app/api-json

.PHONY: install generate check-generated test lint typecheck demo bench spec spec-diff clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# compat mode: a path entry in site-packages, which mypy follows (it cannot see the default
	# finder hook), so a script outside the repo type-checks against the installed package.
	$(PY) -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate --spec openapi.json

check-generated: $(STAMP)
	$(PY) -m generator check --spec openapi.json

test: $(STAMP)
	$(PY) -m pytest -n 2 -q

lint: $(STAMP)
	$(VENV)/bin/ruff check chaster_async generator tests bench examples
	$(VENV)/bin/ruff format --check chaster_async generator tests bench examples

# SURFACE_CHECKS=no (used by .ci/regeneration-check on an older document) leaves out what pins the
# vendored spec's public surface: tests/typing and the README's code blocks.
SURFACE_CHECKS ?= yes
typecheck: $(STAMP)
	$(VENV)/bin/mypy chaster_async generator examples
ifeq ($(SURFACE_CHECKS),yes)
	$(VENV)/bin/mypy tests/typing
	rm -rf .mypy-readme && $(PY) -m tests.typing.readme_blocks README.md .mypy-readme
	$(VENV)/bin/mypy --allow-untyped-defs --allow-incomplete-defs --check-untyped-defs .mypy-readme
endif

demo: $(STAMP)
	$(PY) examples/demo.py
	$(PY) examples/extension_backend.py --self-test
	$(PY) examples/watcher_bot.py

bench: $(STAMP)
	$(PY) -m bench

spec: $(STAMP)
	$(PY) -m generator fetch-spec --url $(SPEC_URL) --out openapi.json

# usage: make spec-diff OLD=old.json NEW=new.json   (or: make spec-diff old.json new.json)
spec-diff: $(STAMP)
	$(PY) -m generator spec-diff $(or $(OLD),$(word 2,$(MAKECMDGOALS))) $(or $(NEW),$(word 3,$(MAKECMDGOALS)))

# With "make spec-diff OLD NEW" the two paths are goals too: let them be, quietly.
ifeq (spec-diff,$(firstword $(MAKECMDGOALS)))
.PHONY: $(wordlist 2,3,$(MAKECMDGOALS))
$(wordlist 2,3,$(MAKECMDGOALS)):
	@:
endif

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
