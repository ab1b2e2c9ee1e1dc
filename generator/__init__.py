"""The generator step: OpenAPI document -> chaster_async/_generated (see ``python -m generator --help``)."""
