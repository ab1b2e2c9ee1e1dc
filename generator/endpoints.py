"""What the endpoint templates need to know about one operation, computed from openapi-python-client's parse."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from .codegen import Reader, null_items_are_deviations, nullable, response_reader_lines, text
from .spec_model import RESERVED_ARGUMENTS, OperationInfo

# What every generated method takes after its own arguments (see chaster_async._request.Request).
PER_CALL_OPTIONS = [
    "timeout: float | None = None",
    "extra_headers: Mapping[str, str] | None = None",
    "max_retries: int | None = None",
]
PER_CALL_NAMES = ["timeout", "extra_headers", "max_retries"]


@frozen
class Argument:
    python_name: str
    wire_name: str
    annotation: str  # without "| Unset = UNSET"
    required: bool
    location: str  # path | query | header | body
    description: str = ""  # the spec's description of the parameter

    @property
    def declaration(self) -> str:
        if self.required:
            return f"{self.python_name}: {self.annotation}"
        return f"{self.python_name}: {self.annotation} | Unset = UNSET"


@frozen
class EndpointView:
    info: OperationInfo
    module: str  # module name inside its tag package
    path_arguments: tuple[Argument, ...]
    keyword_arguments: tuple[Argument, ...]  # body first, then query and header parameters
    body_kind: str | None  # json | multipart | None
    body_model: str | None
    body_required_keys: tuple[str, ...]
    form_fields: tuple[tuple[str, str], ...]  # (wire name, python name) of a multipart model
    return_type: str
    returns_body: bool
    parse_lines: tuple[str, ...]
    null_items_are_deviations: bool  # a list answer whose null items strict mode reports
    summary: str
    description: str
    deprecated: bool

    @property
    def signature(self) -> str:
        """Parameters of the endpoint function, without ``client``."""
        parts = [a.declaration for a in self.path_arguments]
        parts.append("*")
        parts += [a.declaration for a in self.keyword_arguments if a.required]
        parts += [a.declaration for a in self.keyword_arguments if not a.required]
        parts += PER_CALL_OPTIONS
        return ", ".join(parts)

    @property
    def call_arguments(self) -> str:
        names = [a.python_name for a in self.path_arguments]
        names += [f"{a.python_name}={a.python_name}" for a in self.keyword_arguments]
        names += [f"{name}={name}" for name in PER_CALL_NAMES]
        return ", ".join(names)

    @property
    def query_arguments(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.keyword_arguments if a.location == "query")

    @property
    def header_arguments(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.keyword_arguments if a.location == "header")

    @property
    def path_expression(self) -> str:
        """An f-string of the path with every path parameter URL-encoded."""
        path = self.info.path
        for argument in self.path_arguments:
            path = path.replace(
                "{" + argument.wire_name + "}",
                "{_path_value(OPERATION_ID, "
                + repr(argument.python_name)
                + ", "
                + argument.python_name
                + ")}",
            )
        return "f" + repr(path) if self.path_arguments else repr(path)


def _annotation(prop: Any, reader: Reader) -> str:
    target = reader.non_null(prop)
    base = text(target.get_type_string(no_optional=True))
    if type(target).__name__ == "EnumProperty":
        base = f"{base} | str"  # callers may pass the plain value: status="active"
    return base


def _description(prop: Any) -> str:
    return " ".join(text(prop.description or "").split())


def _success_response(endpoint: Any) -> Any | None:
    for response in endpoint.responses.patterns:
        code = text(getattr(response.status_code, "pattern", response.status_code))
        if code.startswith("2"):
            return response
    return None


def build_view(endpoint: Any, info: OperationInfo, reader: Reader) -> EndpointView:
    path_arguments = tuple(
        Argument(text(p.python_name), text(p.name), "str", True, "path", _description(p))
        for p in endpoint.path_parameters
    )
    keyword_arguments: list[Argument] = []
    body_kind = body_model = None
    required_keys: tuple[str, ...] = ()
    form_fields: tuple[tuple[str, str], ...] = ()
    if endpoint.bodies:
        body = endpoint.bodies[0]
        prop = body.prop
        body_model = text(prop.class_info.name) if type(prop).__name__ == "ModelProperty" else None
        kind = text(body.body_type.value)
        body_kind = "multipart" if kind == "files" else "json"
        annotation = f"{body_model} | Mapping[str, Any]" if body_model else "Any"
        if type(prop).__name__ == "ModelProperty":
            required_keys = tuple(text(p.name) for p in prop.required_properties)
            form_fields = tuple(
                (text(p.name), text(p.python_name))
                for p in prop.required_properties + prop.optional_properties
            )
        keyword_arguments.append(Argument("body", "body", annotation, bool(prop.required), "body"))
    for location, params in (("query", endpoint.query_parameters), ("header", endpoint.header_parameters)):
        for p in params:
            keyword_arguments.append(
                Argument(
                    text(p.python_name),
                    text(p.name),
                    _annotation(p, reader),
                    p.required,
                    location,
                    _description(p),
                )
            )
    for argument in (*path_arguments, *keyword_arguments):
        if argument.python_name in RESERVED_ARGUMENTS - {"body"} or (
            argument.python_name == "body" and argument.location != "body"
        ):
            raise ValueError(
                f"{info.operation_id}: parameter {argument.python_name!r} collides with a generated argument"
            )

    response = _success_response(endpoint)
    returns_body = response is not None and text(response.source["attribute"]) != "None"
    prop = response.prop if response is not None and returns_body else None
    # No response schema: the decoded JSON (None for an empty answer), typed as a JSON value.
    return_type = text(prop.get_type_string()) if prop is not None else "JSONValue"
    if prop is not None and nullable(prop) and "None" not in return_type:
        return_type += " | None"
    return EndpointView(
        info=info,
        module=info.name,
        path_arguments=path_arguments,
        keyword_arguments=tuple(keyword_arguments),
        body_kind=body_kind,
        body_model=body_model,
        body_required_keys=required_keys,
        form_fields=form_fields,
        return_type=return_type,
        returns_body=returns_body,
        parse_lines=tuple(response_reader_lines(reader, prop)),
        null_items_are_deviations=null_items_are_deviations(reader, prop),
        summary=text(endpoint.summary or ""),
        description=text(endpoint.description or ""),
        deprecated=bool(info.raw.get("deprecated")),
    )
