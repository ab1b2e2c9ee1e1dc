"""errors.py holds every exception the library raises, and its docstring tree is true."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import chaster_async
from chaster_async import errors


def _tree_names() -> list[str]:
    return re.findall(r"[├└]── (\w+)", errors.__doc__ or "")


def test_the_tree_lists_exactly_the_classes_defined_in_errors() -> None:
    defined = {  # by class name: an alias (TimeoutError for APITimeoutError) is the same class
        value.__name__
        for value in vars(errors).values()
        if inspect.isclass(value)
        and issubclass(value, errors.ChasterError)
        and value.__module__ == errors.__name__
    }
    assert set(_tree_names()) == defined - {"ChasterError"}


def test_no_library_error_is_defined_outside_errors() -> None:
    elsewhere = []
    for module_info in pkgutil.walk_packages(chaster_async.__path__, "chaster_async."):
        if "_generated" in module_info.name or module_info.name.endswith(".__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, errors.ChasterError):
                if value.__module__ != errors.__name__:
                    elsewhere.append(f"{module_info.name}.{name}")
    assert elsewhere == []


def test_each_class_in_the_tree_derives_from_its_parent() -> None:
    lines = (errors.__doc__ or "").splitlines()
    stack: list[tuple[int, str]] = [(-1, "ChasterError")]
    for line in lines:
        match = re.search(r"[├└]── (\w+)", line)
        if not match:
            continue
        depth = match.start()
        while stack and stack[-1][0] >= depth:
            stack.pop()
        child = getattr(errors, match.group(1))
        assert issubclass(child, getattr(errors, stack[-1][1])), match.group(1)
        stack.append((depth, match.group(1)))
