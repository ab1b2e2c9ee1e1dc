"""Type-level tests: mypy --strict checks these files (make typecheck); pytest runs test_*.py only."""
