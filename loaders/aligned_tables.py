"""Deal tables laid out with spaces (a report's plain-text exhibit) as tab rows.

A report exported to plain text sets its exhibits' columns with runs of spaces:

    Company         Round      Amount ($m)   Lead investor(s)          Month
    Acme Robotics   Series B   96            North Capital;            Aug
                                             Harbor Ventures

The table readers read tab-separated rows, so the rows of such a table are rewritten with tabs
before the document is split into blocks, as pipe tables are (see loaders.pipe_tables). Each
cell is set under its column's name; a line whose first cell is empty carries on the cells of the
row above (a wrapped list of investors), and is joined to it. Only deal tables are rewritten: a
header naming both a company column and an investor column, or a database profile's lists
headed "Investor Name", "Acquiree Name", "Organization Name" (loaders.relations.profile_tables).
Other aligned runs (a counterparty list, a country breakdown) are read by the prose readers as
they are.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Cells are set apart by two spaces or more.
_CELL = re.compile(r"\S+(?: \S+)*")
_COMPANY_COLUMN = re.compile(r"^(?:Company|Startup|Start-up|Investee|Target)$", re.I)
_INVESTOR_COLUMN = re.compile(r"\b(?:investors?|backers?)\b", re.I)
# "Investor Name", "Organization Name": a profile list's first column, the names it lists.
NAME_COLUMN = re.compile(r"^(?:Investor|Acquiree|Organi[sz]ation) Name$")
_MIN_COLUMNS = 3
# A source or note line under the table ends it.
_TABLE_END = re.compile(r"^\s*(?:Source|Sources|Note|Notes)\b", re.I)


def aligned_deal_rows_as_tabs(lines: list[str]) -> list[str]:
    """``lines`` with every space-aligned deal table's rows rewritten as tab-separated cells; a
    continuation line joined to its row leaves a blank line, so line numbers stay the same."""
    out = list(lines)
    for i, line in enumerate(lines):
        if "  " not in line or "\t" in line or not (_INVESTOR_COLUMN.search(line) or "Name  " in line):
            continue  # most lines: substring tests spare the regexes
        starts = _header_starts(line)
        if starts is not None:
            _rewrite_rows(lines, out, i, starts)
    return out


def _header_starts(line: str) -> list[int] | None:
    """Where each column of a deal table's header starts, or None if ``line`` is no such header."""
    cells = _spaced_cells(line)
    if len(cells) < _MIN_COLUMNS:
        return None
    if not NAME_COLUMN.match(cells[0][1]) and (not _COMPANY_COLUMN.match(cells[0][1])
                                               or not any(_INVESTOR_COLUMN.search(text) for _, text in cells)):
        return None
    return [start for start, _ in cells]


def column_starts(header: str) -> list[int]:
    """Where each column of a space-aligned table's ``header`` starts."""
    return [start for start, _ in _spaced_cells(header)]


def column_at(starts: list[int], position: int) -> int:
    """The column whose name starts nearest before ``position`` (or at it): a cell may stand a
    little right of its column's name; the first column for a position before every name."""
    return max(bisect_right(starts, position) - 1, 0)


def _spaced_cells(line: str) -> list[tuple[int, str]]:
    """(start, text) of each cell of ``line``: runs of words with single spaces between."""
    return [(m.start(), m.group()) for m in _CELL.finditer(line)]


def _rewrite_rows(lines: list[str], out: list[str], header_at: int, starts: list[int]) -> None:
    """Rewrite the header at ``header_at`` and the rows under it, up to a blank or source line."""
    out[header_at] = "\t".join(text for _, text in _spaced_cells(lines[header_at]))
    row_at: int | None = None
    row: list[str] = []
    for k in range(header_at + 1, len(lines)):
        line = lines[k]
        if not line.strip() or _TABLE_END.match(line) or "\t" in line:
            break
        cells = _placed(line, starts)
        if cells is None:
            break
        if cells[0]:
            row_at, row = k, cells
        elif row_at is None:
            break
        else:
            row = [f"{a} {b}".strip() for a, b in zip(row, cells, strict=True)]
            out[k] = ""
        out[row_at] = "\t".join(row)


def _placed(line: str, starts: list[int]) -> list[str] | None:
    """The cells of a row, each under the column whose name starts nearest before it; None for a
    line that is no row (a sentence: one long cell)."""
    cells = [""] * len(starts)
    spaced = _spaced_cells(line)
    if len(spaced) < 2 and spaced and spaced[0][0] < starts[1]:
        return None
    for start, text in spaced:
        column = column_at(starts, start + 1)
        cells[column] = f"{cells[column]} {text}".strip()
    return cells
