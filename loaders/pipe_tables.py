"""Pipe tables (Markdown's "| Company | Round | Amount |" and plain-text "A | B | C") as tab rows.

The table readers read tab-separated rows, as HTML tables and spreadsheet pastes give them.
A pipe table is written the same way in Markdown and in plain-text notes, so its rows are
rewritten with tabs before the document is split into blocks. A line with pipes is a row
only when it is part of a run of at least two such lines with the same number of cells (a
title line "Firm | Market Note 26-07" stands alone), or when pipes close it on both sides.
Markdown's alignment row ("|---|:--:|") carries no cells and becomes a blank line, so line
numbers stay those of the original text.
"""

from __future__ import annotations

import re

_RULE = re.compile(r":?-+:?")
_ALIGNMENT_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_OUTER_PIPES = re.compile(r"^\s*\|(.*)\|\s*$")


def _cells(line: str) -> list[str] | None:
    """The cells of a line written as a pipe row, or None if it has no inner pipe."""
    if "|" not in line:
        return None  # most lines: a substring test spares the regex
    closed = _OUTER_PIPES.match(line)
    inner = closed.group(1) if closed else line
    if "|" not in inner:
        return None
    return [cell.strip() for cell in inner.split("|")]


def pipe_rows_as_tabs(lines: list[str]) -> list[str]:
    """``lines`` with every pipe-table row rewritten as tab-separated cells."""
    cells = [_cells(line) for line in lines]
    out = list(lines)
    for i, row in enumerate(cells):
        if row is None:
            continue
        if _ALIGNMENT_ROW.match(lines[i]):
            out[i] = ""
        elif _OUTER_PIPES.match(lines[i]) or _in_run(cells, i):
            out[i] = "\t".join(row)
    return out


def _in_run(cells: list[list[str] | None], i: int) -> bool:
    """True when a neighbouring line (across a Markdown alignment row) has as many cells."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(cells) and cells[j] is not None and all(_RULE.fullmatch(c) for c in cells[j]):
            j += step
        if 0 <= j < len(cells) and cells[j] is not None and len(cells[j]) == len(cells[i]):
            return True
    return False
