"""Owners a company "counts" among its shareholders: a business-news way of listing investors.

"Acme counts A and B as minority shareholders", "Acme counts the X Fund, the state-backed
vehicle, among its largest shareholders": the names between "counts" and "as"/"among" hold
stakes in the clause's subject (each INVESTED_IN it).
"""

from __future__ import annotations

import re

_COUNTS = re.compile(r"\bcount(?:s|ed)?\s+")
# "as minority shareholders", "among its largest investors", "as backers".
_AS_HOLDERS = re.compile(r"\s*,?\s+(?:as|among)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:shareholders|stockholders|investors|backers|owners)\b")


def counted_holders(text: str) -> list[tuple[int, int, int]]:
    """(verb start, list start, list end) of every "counts A and B as shareholders" in ``text``;
    the list is whatever stands between the verb and "as"/"among" (at most 160 characters)."""
    if "count" not in text:
        return []
    out = []
    for verb in _COUNTS.finditer(text):
        tail = next((m for m in _AS_HOLDERS.finditer(text, verb.end(), min(len(text), verb.end() + 200))
                     if m.start() - verb.end() <= 160), None)
        if tail is not None:
            out.append((verb.start(), verb.end(), tail.start()))
    return out
