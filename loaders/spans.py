"""Choosing among overlapping matches in a text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=Span)


def leftmost_longest(found: Iterable[S]) -> list[S]:
    """Non-overlapping matches in text order; where matches overlap, the one starting first
    wins, and of those starting together the longest ("중국은행" over "중국")."""
    kept: list[S] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept
