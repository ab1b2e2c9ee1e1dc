"""Turn an OpenAPI document into the generated package, deterministically.

openapi-python-client (pinned 0.29.*) parses the document and renders our templates; the
readers for models and responses come from ``codegen.py``; ``operations.py`` and ``tags.py`` are
rendered here from the same parse. The result is formatted with the pinned ruff so that two runs
give byte-identical trees.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import PythonIdentifier

from . import codegen, normalize, pagination
from .codegen import text
from .endpoints import EndpointView, build_view
from .errors import GenerationError as GenerationError
from .facade_names import FACADE_MODELS
from .naming import class_name_for_tag
from .spec_model import OperationInfo, collect_operations, for_openapi_python_client

TEMPLATES = Path(__file__).parent / "templates"
GENERATED_PACKAGE = "chaster_async._generated"


def load_spec(path: Path) -> dict[str, Any]:
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GenerationError(f"cannot read {path}: {exc}") from None
    if not isinstance(spec, dict) or "paths" not in spec:
        raise GenerationError(f"{path} is not an OpenAPI document (no 'paths')")
    return spec


def _security_facts(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[frozenset[str], bool]:
    """(OAuth scopes required on the OAuth path, whether a token is needed at all)."""
    requirements = operation.get("security", spec.get("security")) or []
    oauth_schemes = {
        name
        for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items()
        if scheme.get("type") == "oauth2"
    }
    scopes: set[str] = set()
    for requirement in requirements:
        for scheme, scheme_scopes in requirement.items():
            if scheme in oauth_schemes:
                scopes.update(scheme_scopes)
    requires_auth = bool(requirements) and all(requirement for requirement in requirements)
    return frozenset(scopes), requires_auth


def _pagination_literal(found: dict[str, Any] | None, field_prefix: str) -> str:
    if found is None:
        return "None"
    names = sorted(
        {
            (value, str(PythonIdentifier(value, field_prefix)))
            for key, value in found.items()
            if value is not None and key not in ("style", "location")
        }
    )
    args = [f"{key}={value!r}" for key, value in found.items() if value is not None]
    args.append(f"python_names={tuple(names)!r}")
    return f"Pagination({', '.join(args)})"


def _check_identifiers(data: GeneratorData) -> None:
    """With no field prefix a spec name such as "2fa" would not be a Python identifier: say so."""
    names = [
        (text(m.class_info.name), p)
        for m in data.models
        for p in [*(m.required_properties or []), *(m.optional_properties or [])]
    ]
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            params = endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
            names += [(text(endpoint.name), p) for p in params]
    bad = [
        f"{owner}.{text(p.name)} -> {text(p.python_name)!r}"
        for owner, p in names
        if not text(p.python_name).isidentifier()
    ]
    if bad:
        raise GenerationError(
            "names that are not Python identifiers (extend generator/naming.py): " + ", ".join(bad)
        )


def _check_kinds(data: GeneratorData, endpoints: dict[tuple[str, str], Any]) -> None:
    """Refuse a property kind the readers do not understand, rather than pass its raw value on."""
    found = [
        (f"schema {text(m.class_info.name)}, property {text(p.name)}", p)
        for m in data.models
        for p in codegen.model_properties(m)
    ]
    for (tag, name), endpoint in endpoints.items():
        for response in endpoint.responses.patterns:
            if getattr(response, "prop", None) is not None:
                found.append((f"operation {tag}.{name}, response", response.prop))
        for body in endpoint.bodies:
            found.append((f"operation {tag}.{name}, request body", body.prop))
        params = endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
        found += [(f"operation {tag}.{name}, parameter {text(p.name)}", p) for p in params]
    bad = [f"{where} ({kind})" for where, prop in found if (kind := codegen.unsupported(prop))]
    if bad:
        raise GenerationError(
            "property kinds the generated readers do not understand (extend generator/codegen.py): "
            + "; ".join(bad)
        )


class _Generation:
    """One run: the parse, the lookups the templates need, and the files it writes."""

    def __init__(self, spec: dict[str, Any], package: str) -> None:
        self.spec = normalize.normalize(spec)
        self.package = package
        self.operations = collect_operations(self.spec)
        self.by_name = {(info.tag, info.name): info for info in self.operations}
        prepared = for_openapi_python_client(self.spec, self.operations)
        config = Config.from_sources(
            # field_prefix "": "_id" becomes "id" (not "field_id"), the name a Python user guesses.
            ConfigFile(
                post_hooks=[], literal_enums=False, package_name_override="generated", field_prefix=""
            ),
            MetaType.NONE,
            Path("openapi.json"),
            "utf-8",
            True,
            output_path=None,
        )
        data = GeneratorData.from_dict(prepared, config=config)
        if isinstance(data, GeneratorError):
            raise GenerationError(f"{data.header}: {data.detail}")
        self.data = data
        self.config = config
        _check_identifiers(data)
        self.reader = codegen.Reader({text(m.class_info.name): m for m in data.models})
        self.views: dict[tuple[str, str], EndpointView] = {}
        self.endpoints: dict[tuple[str, str], Any] = {}
        for tag, collection in data.endpoint_collections_by_tag.items():
            for endpoint in collection.endpoints:
                self.endpoints[(str(tag), text(endpoint.name))] = endpoint
        _check_kinds(data, self.endpoints)
        for key, endpoint in self.endpoints.items():
            self.views[key] = build_view(endpoint, self.by_name[key], self.reader)
        self.errors = [e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors]
        self.errors += list(data.errors)
        skipped = [e.header for e in self.errors if "will not be generated" in str(e.header)]
        if skipped:
            raise GenerationError("operations openapi-python-client could not read: " + "; ".join(skipped))

    # --- lookups for the templates -------------------------------------------------------
    def view(self, endpoint: Any) -> EndpointView:
        return self.views[(str(endpoint.tags[0]), text(endpoint.name))]

    def tag_views(self, tag: Any) -> list[EndpointView]:
        return [self.views[(info.tag, info.name)] for info in self.operations if str(tag) in info.tags]

    def module_of(self, view: EndpointView) -> str:
        return f"..{view.info.tag}.{view.module}"

    def tag_type_imports(self, tag: Any) -> list[str]:
        """The imports of the names a tag's method signatures use (models, ``UUID``...)."""
        imports: set[str] = set()
        for view in self.tag_views(tag):
            for line in self.endpoints[(view.info.tag, view.info.name)].relative_imports:
                if line.startswith("from ...models") or line == "from uuid import UUID":
                    imports.add(line)
        return sorted(imports)

    def lazy_names(self, model: Any) -> list[str]:
        return sorted(line.rsplit(" import ", 1)[1] for line in model.lazy_imports or [])

    def model_spec(self, model: Any) -> str:
        return codegen.indent(codegen.model_spec_lines(self.reader, model), 12)

    def enum_tables(self, model: Any) -> list[str]:
        return codegen.enum_table_lines(self.reader, model)

    def model_read(self, model: Any) -> str:
        return codegen.indent(codegen.model_read_lines(self.reader, model), 8)

    # --- the run ----------------------------------------------------------------------------
    def render(self, out: Path) -> None:
        self.config.output_path = out
        project = Project(openapi=self.data, config=self.config, custom_template_path=TEMPLATES)
        project.env.globals.update(
            view=self.view,
            spec_version=str(self.spec.get("info", {}).get("version", "unknown")),
            tag_views=self.tag_views,
            tag_class=class_name_for_tag,
            module_of=self.module_of,
            tag_type_imports=self.tag_type_imports,
            lazy_names=self.lazy_names,
            model_spec=self.model_spec,
            model_read=self.model_read,
            enum_tables=self.enum_tables,
            reader_imports="\n".join(codegen.READER_IMPORTS),
            model_imports="\n".join(codegen.MODEL_IMPORTS),
        )
        errors = project.build()
        fatal = [e for e in errors if "ERROR" in str(getattr(e, "level", ""))]
        if fatal:
            raise GenerationError("; ".join(f"{e.header}: {e.detail}" for e in fatal))
        for leftover in ("client.py", "errors.py"):
            (out / leftover).unlink(missing_ok=True)
        self._render_tables(project, out)
        (out / "openapi.json").write_text(
            json.dumps(self.spec, indent=2, sort_keys=False) + "\n", encoding="utf-8"
        )

    def _render_tables(self, project: Project, out: Path) -> None:
        rows = []
        for info in self.operations:
            view = self.views[(info.tag, info.name)]
            scopes, requires_auth = _security_facts(self.spec, info.raw)
            rows.append(
                {
                    "key": info.key,
                    "operation_id": info.operation_id,
                    "aliases": repr(info.aliases),
                    "name": info.name,
                    "method": info.method.upper(),
                    "path": info.path,
                    "tag": info.tag,
                    "tags": repr(info.tags),
                    "scopes": repr(sorted(scopes)) if scopes else "",
                    "requires_auth": requires_auth,
                    "pagination": _pagination_literal(
                        pagination.detect(self.spec, info.raw), self.config.field_prefix
                    ),
                    "module": f"{self.package}.api.{info.tag}.{view.module}",
                    "deprecated": view.deprecated,
                    "summary": view.summary,
                    "has_body": view.body_kind is not None,
                    "returns_body": view.returns_body,
                }
            )
        operations = project.env.get_template("operations.py.jinja").render(rows=rows)
        (out / "operations.py").write_text(operations, encoding="utf-8")
        defined = {text(m.class_info.name) for m in self.data.models}
        absent = [name for name in FACADE_MODELS if name not in defined]
        (out / "facade_types.py").write_text(
            project.env.get_template("facade_types.py.jinja").render(absent=absent), encoding="utf-8"
        )
        tags = [
            {"package": tag, "class_name": class_name_for_tag(tag), "title": tag}
            for tag in sorted({t for info in self.operations for t in info.tags})
        ]
        (out / "tags.py").write_text(
            project.env.get_template("tags.py.jinja").render(tags=tags, paginated=self._paginated_types()),
            encoding="utf-8",
        )

    def _paginated_types(self) -> list[dict[str, str]]:
        """(page type, item type) of each paginated operation, once per page type: the overloads of
        ``chaster.paginate`` that type its items and pages."""
        models = {text(m.class_info.name): m for m in self.data.models}
        found: dict[str, dict[str, str]] = {}
        for info in self.operations:
            detected = pagination.detect(self.spec, info.raw)
            if detected is None:
                continue
            page = self.views[(info.tag, info.name)].return_type
            items_field = detected.get("items_field")
            if items_field is None:
                item = page.removeprefix("list[").removesuffix("]")
            else:
                model = models[page]
                prop = next(
                    p
                    for p in [*(model.required_properties or []), *(model.optional_properties or [])]
                    if p.name == items_field
                )
                item = text(prop.get_type_string(no_optional=True)).removeprefix("list[").removesuffix("]")
            found.setdefault(page, {"page": page, "item": item})
        return [found[page] for page in sorted(found)]


def _format(out: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    flags = ["--no-cache", "--isolated", "--line-length", "110", "--target-version", "py311"]
    # A name the generated code uses but nothing defines is a NameError the day that line runs:
    # refuse the tree (the readers' own helpers come from codegen.READER_IMPORTS).
    undefined = subprocess.run(
        [*ruff, "check", "--select", "F821,F822", *flags, "--output-format", "concise", "--quiet", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if undefined.returncode != 0:
        lines = [line.replace(str(out) + "/", "") for line in undefined.stdout.splitlines() if line.strip()]
        raise GenerationError("the generated code uses undefined names: " + "; ".join(lines[:20]))
    subprocess.run(
        [*ruff, "check", "--fix-only", "--select", "F401,I,UP", *flags, "--exit-zero", "--quiet", str(out)],
        check=True,
    )
    subprocess.run([*ruff, "format", *flags, "--quiet", str(out)], check=True)


def generate(spec_path: Path, out: Path, package: str = GENERATED_PACKAGE) -> list[OperationInfo]:
    """Write the generated package for ``spec_path`` into ``out`` (replacing it)."""
    generation = _Generation(load_spec(spec_path), package)
    with tempfile.TemporaryDirectory(prefix="chaster-gen-") as tmp:
        staging = Path(tmp) / "generated"
        generation.render(staging)
        _format(staging)
        for cache in staging.rglob("__pycache__"):
            shutil.rmtree(cache)
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, out)
    return generation.operations


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two generated trees (ignoring bytecode caches)."""
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        ignored = {"__pycache__"}
        found.extend(prefix + n for n in comparison.left_only if n not in ignored)
        found.extend(prefix + n for n in comparison.right_only if n not in ignored)
        for name in comparison.common_files:
            if (Path(comparison.left) / name).read_bytes() != (Path(comparison.right) / name).read_bytes():
                found.append(prefix + name)
        for name, sub in comparison.subdirs.items():
            if name not in ignored:
                walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(str(left), str(right)), "")
    return sorted(found)
