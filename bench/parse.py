"""Figure 4: parsing a 500-lock keyholder search page into models, against ``json.loads`` alone.

The bytes are one realistic ``KeyholderSearchLocksRepDto`` page (500 ``LockForKeyholder``, ~3.9 MB).
Models read their JSON lazily, on the first access of a field, so two sides are measured:

- *full read* (the headline figure): the client's own parse of the answer -- what
  ``keyholder.search_locks()`` runs on the decoded body (``parse_response`` with the operation's
  reader; ``OPERATIONS[...].parse`` adds a copy so that it never changes a caller's payload) -- and then
  ``page.deviations()``, which reads every object of the page, nested ones included, into its
  fields (what strict mode does; more than a bot that touches every field, since it also walks
  the tree);
- *as returned*: the parse alone -- what ``keyholder.search_locks()`` costs before you look;
- *by attribute* (reported, not a goal): the parse, then every field of every object read by
  attribute access, nested objects included, as a bot that uses everything would. deviations()
  reads a subtree not read yet in one go, without the per-object lazy machinery that reading
  by attribute goes through, so this side costs more than the headline.

The baseline is ``json.loads(b)``. A round times a block of ``per_block``
consecutive calls of one side, then of the other (which side goes first alternates), with the
garbage collector enabled as in real use: the collections that each side's allocations trigger are
part of that side's cost, and a block spreads them over several calls (single calls are bimodal:
a full collection lands in one call or not). The figure is the median of per-round ratios
``(json.loads + parse) / json.loads``.
"""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

from .payloads import encode, keyholder_search_page
from .stats import paired_ratio, spread

NAME = "parse"


def run(quick: bool = False) -> dict[str, Any]:
    from chaster_async.operations import OPERATIONS

    rounds, per_block = (4, 2) if quick else (15, 4)
    body = encode(keyholder_search_page(500))
    import importlib

    import attrs

    from chaster_async._model import SpecModel, parse_response

    operation = OPERATIONS["keyholder.search_locks"]
    reader = importlib.import_module(operation.module)._parse_response

    def parse(data: Any) -> Any:  # what the generated keyholder.search_locks() does with a body
        return parse_response(operation.operation_id, data, reader)

    page = parse(json.loads(body))  # warm-up: imports the models
    assert len(page.locks) == 500 and not page.deviations(), page.deviations()[:3]
    del page

    def ours() -> float:
        started = time.perf_counter()
        for _ in range(per_block):
            parse(json.loads(body)).deviations()
        return (time.perf_counter() - started) / per_block

    names: dict[type, tuple[str, ...]] = {}

    def touch(model: Any) -> None:  # every field of every object, by attribute
        kind = model.__class__
        fields = names.get(kind)
        if fields is None:
            fields = names[kind] = tuple(f.name for f in attrs.fields(kind))
        for name in fields:
            child = getattr(model, name)
            if child.__class__ is list:
                for item in child:
                    if isinstance(item, SpecModel):
                        touch(item)
            elif isinstance(child, SpecModel):
                touch(child)

    def ours_attributes() -> float:
        started = time.perf_counter()
        for _ in range(per_block):
            touch(parse(json.loads(body)))
        return (time.perf_counter() - started) / per_block

    def ours_lazy() -> float:
        started = time.perf_counter()
        for _ in range(per_block):
            parse(json.loads(body))
        return (time.perf_counter() - started) / per_block

    def base() -> float:
        started = time.perf_counter()
        for _ in range(per_block):
            json.loads(body)
        return (time.perf_counter() - started) / per_block

    touch(parse(json.loads(body)))  # warm-up of the pending classes
    times: dict[str, list[float]] = {"ours": [], "attributes": [], "lazy": [], "json": []}
    for r in range(rounds):
        if r % 2 == 0:
            times["ours"].append(ours())
            times["attributes"].append(ours_attributes())
            times["lazy"].append(ours_lazy())
            times["json"].append(base())
        else:
            times["json"].append(base())
            times["lazy"].append(ours_lazy())
            times["attributes"].append(ours_attributes())
            times["ours"].append(ours())
    ratios = paired_ratio(times["ours"], times["json"])
    attribute_ratios = paired_ratio(times["attributes"], times["json"])
    lazy_ratios = paired_ratio(times["lazy"], times["json"])
    print(
        f"[{NAME}] 500-lock keyholder search page ({len(body) / 1e6:.2f} MB), {rounds} rounds x {per_block} calls"
    )
    print(f"  json.loads + models, full read   : {spread(times['ours'], ' ms/call', 1e3, 1)}")
    print(f"  json.loads + models, by attribute: {spread(times['attributes'], ' ms/call', 1e3, 1)}")
    print(f"  json.loads + models, as returned : {spread(times['lazy'], ' ms/call', 1e3, 1)}")
    print(f"  json.loads alone                 : {spread(times['json'], ' ms/call', 1e3, 1)}")
    print(f"  ratio, full read                 : {spread(ratios, 'x')}   goal <= 2.5x")
    print(f"  ratio, by attribute              : {spread(attribute_ratios, 'x')}")
    print(f"  ratio, as returned               : {spread(lazy_ratios, 'x')}")
    return {
        "parse_ratio_vs_json": round(statistics.median(ratios), 3),
        "parse_ratio_lazy_vs_json": round(statistics.median(lazy_ratios), 3),
        "parse_ratio_attributes_vs_json": round(statistics.median(attribute_ratios), 3),
        "parse_ms_attributes": round(statistics.median(times["attributes"]) * 1e3, 2),
        "parse_ms_lazy": round(statistics.median(times["lazy"]) * 1e3, 2),
        "parse_ms_ours": round(statistics.median(times["ours"]) * 1e3, 2),
        "parse_ms_json": round(statistics.median(times["json"]) * 1e3, 2),
    }
