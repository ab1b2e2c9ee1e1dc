# Every target installs what it needs into .venv itself.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC_URL := https://api.chaster.app/api-json

.PHONY: install redis generate check-generated test lint typecheck demo bench spec spec-diff clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# compat mode: a path entry in site-packages, which mypy follows (it cannot see the default
	# finder hook), so a script outside the repo type-checks against the installed package.
	$(PY) -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	touch $(STAMP)

install: $(STAMP)

# redis-server (Debian's package) for the fleet tests and the fleet figure of make bench: installed
# when missing, where that can be done (root with apt-get, as in CI); else those tests skip and say so.
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make redis: installing redis-server (apt-get)"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; } >/dev/null 2>&1 \
	      || echo "make redis: apt-get could not install redis-server; the fleet tests will skip"; \
	  else \
	    echo "make redis: redis-server is missing (apt-get install -y redis-server); the fleet tests will skip"; \
	  fi; }

generate: $(STAMP)
	$(PY) -m generator generate --spec openapi.json

check-generated: $(STAMP)
	$(PY) -m generator check --spec openapi.json

test: $(STAMP) redis
	$(PY) -m pytest -n 2 -q

lint: $(STAMP)
	$(VENV)/bin/ruff check chaster_async generator tests bench examples
	$(VENV)/bin/ruff format --check chaster_async generator tests bench examples

# SURFACE_CHECKS=no (used by .ci/regeneration-check on an older document) checks the library alone:
# the examples, tests/typing and the README's code blocks are user code written against the
# vendored spec's surface, and a method an older document lacks is rightly a type error there.
SURFACE_CHECKS ?= yes
typecheck: $(STAMP)
	$(VENV)/bin/mypy chaster_async generator
ifeq ($(SURFACE_CHECKS),yes)
	$(VENV)/bin/mypy examples tests/typing
	rm -rf .mypy-readme && $(PY) -m tests.typing.readme_blocks README.md .mypy-readme
	$(VENV)/bin/mypy --allow-untyped-defs --allow-incomplete-defs --check-untyped-defs .mypy-readme
endif

demo: $(STAMP)
	$(PY) examples/demo.py
	$(PY) examples/extension_backend.py --self-test
	$(PY) examples/watcher_bot.py

bench: $(STAMP) redis
	$(PY) -m bench

spec: $(STAMP)
	$(PY) -m generator fetch-spec --url $(SPEC_URL) --out openapi.json

# usage: make spec-diff OLD=old.json NEW=new.json   (or: make spec-diff old.json new.json)
#        make spec-diff OVERLAY=openapi.json         what generator/overlay.json changes in a document
#        make spec-diff                              the same for openapi.json
# Both list the overlay's actions that match nothing (in NEW, or in the document).
spec-diff: $(STAMP)
ifneq ($(or $(OLD),$(NEW),$(word 2,$(MAKECMDGOALS))),)
	$(PY) -m generator spec-diff $(or $(OLD),$(word 2,$(MAKECMDGOALS))) $(or $(NEW),$(word 3,$(MAKECMDGOALS)))
else
	$(PY) -m generator spec-diff --overlay $(or $(OVERLAY),openapi.json)
endif

# With "make spec-diff OLD NEW" the two paths are goals too: let them be, quietly.
ifeq (spec-diff,$(firstword $(MAKECMDGOALS)))
.PHONY: $(wordlist 2,3,$(MAKECMDGOALS))
$(wordlist 2,3,$(MAKECMDGOALS)):
	@:
endif

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
