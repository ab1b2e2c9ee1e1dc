"""Generated from the Chaster OpenAPI document 0.35.0 by generator/ -- do not edit by hand.

Regenerate with ``make generate``; ``make check-generated`` proves this tree equals a fresh generation.
"""
