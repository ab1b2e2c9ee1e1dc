"""Async endpoint functions, one module per operation, one package per tag."""
