"""Fault injection: make the next N calls of an operation fail, stall or answer garbage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Fault", "FaultInjector"]


@dataclass
class Fault:
    """One armed fault. ``status=None`` with a ``delay`` only slows the real answer down."""

    operation: str
    times: int = 1
    status: int | None = 500
    body: Any = None
    delay: float = 0.0
    malformed: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0


class FaultInjector:
    def __init__(self) -> None:
        self.faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        self.faults.append(fault)
        return fault

    def take(self, operation: str) -> Fault | None:
        """The first armed fault for ``operation`` (or ``"*"``), consuming one of its uses."""
        for fault in self.faults:
            if fault.operation in (operation, "*") and fault.hits < fault.times:
                fault.hits += 1
                if fault.hits >= fault.times:
                    self.faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self.faults.clear()
