"""Owners or customers a company "counts" among its own: a business-news way of listing them.

"Acme counts A and B as minority shareholders", "Acme counts the X Fund, the state-backed
vehicle, among its largest shareholders": the names between "counts" and "as"/"among" hold
stakes in the clause's subject (each INVESTED_IN it). "Acme counts A as a pilot customer",
"counts A and a large bank among its clients": the same list names the subject's customers,
and a supplier and its customer work together (PARTNERS_WITH).
"""

from __future__ import annotations

import re

_COUNTS = re.compile(r"\bcount(?:s|ed)?\s+")
# "as minority shareholders", "as its largest shareholder", "among its largest investors", "as a pilot customer".
_AS_HOLDERS = re.compile(r"\s*,?\s+(?:as|among)\s+(?:its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?P<role>shareholder|stockholder|investor|backer|owner|customer|client)s?\b")
_CUSTOMER = ("customer", "client")


def counted_holders(text: str) -> list[tuple[int, int, int, str]]:
    """(verb start, list start, list end, relation) of every "counts A and B as shareholders" (INVESTED_IN)
    or "counts A as a customer" (PARTNERS_WITH) in ``text``; the list is whatever stands between the
    verb and "as"/"among" (at most 160 characters)."""
    if "count" not in text:
        return []
    out = []
    for verb in _COUNTS.finditer(text):
        tail = next((m for m in _AS_HOLDERS.finditer(text, verb.end(), min(len(text), verb.end() + 200))
                     if m.start() - verb.end() <= 160), None)
        if tail is not None:
            relation = "PARTNERS_WITH" if tail.group("role") in _CUSTOMER else "INVESTED_IN"
            out.append((verb.start(), verb.end(), tail.start(), relation))
    return out
