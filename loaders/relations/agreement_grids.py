"""Tables of agreements that PDF extraction flattened one cell per line.

Korean reports list the agreements an event or a body signed in a numbered table: "연번 /
협약기관(甲) / 협약기관(乙) / 주요 협력 내용", then each row from its number ("1") down to the next
one. Its cells wrap over several lines: a party's gloss goes on a line of its own
("마이크로소프트" / "(Microsoft, 미국)"), a long name breaks inside a word ("에이블브릿지인베" /
"스트먼트"), the description runs on. The row number says where each row starts, so the two
parties of every row are read whatever its cells took: each partners with the other.
"""

from __future__ import annotations

import re

from graph.model import Evidence
from loaders.discovery import ORG_SUFFIX_AT_END
from loaders.normalise import Block
from loaders.relations.fact import Fact
from loaders.relations.flat_tables import Line, ends_grid
from loaders.relations.tables import TABLE_CAPTION, TableContext, glossed_cell_actor

# "연번", "번호", "No.": the column numbering the rows.
_NUMBER_HEAD = re.compile(r"^\s*(?:연번|순번|번호|No\.?|#)\s*$", re.I)
# "협약기관(甲)", "체결 기관 A", "협약 당사자", "기관 1": a column naming one party of the agreement.
_PARTY_HEAD = re.compile(r"(?:협약|체결|계약)\s?(?:기관|기업|당사자|상대)|기관\s?[AB12甲乙]|[甲乙]", re.I)
_HEADER_LINES = 8
_ROW_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$")
# "(Microsoft, 미국)", "(KIOST)": a gloss on a line of its own, part of the cell above.
_GLOSS_LINE = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]\s*$")
_GLOSS_INSIDE = re.compile(r"[(（]([^()（）,]{2,40})")
_CELL_MAX = 30
# The piece of a name a cell's width pushed onto the next line is a few syllables ("트먼트").
_BROKEN_PIECE = 4


def extract_agreement_grids(blocks: list[Block], ctx: TableContext) -> list[Fact]:
    """PARTNERS_WITH between the two parties of every row of every numbered agreement table."""
    lines = ctx.prose_lines(blocks)
    facts: list[Fact] = []
    for i, (_, text) in enumerate(lines):
        if TABLE_CAPTION.match(text):
            facts += _agreements(lines, i + 1, ctx)
    return facts


def _agreements(lines: list[Line], start: int, ctx: TableContext) -> list[Fact]:
    """The agreements of the grid whose header starts at ``start``, if it is one."""
    header: list[str] = []
    k = start
    while k < len(lines) and len(header) < _HEADER_LINES and not _ROW_NUMBER.match(lines[k][1]):
        header.append(lines[k][1].strip())
        k += 1
    parties = [c - 1 for c, head in enumerate(header) if _PARTY_HEAD.search(head)]
    if not header or not _NUMBER_HEAD.match(header[0]) or len(parties) < 2:
        return []
    facts = []
    for row in _numbered_rows(lines, k):
        cells = _cells(row[1:], max(parties[:2]) + 1, ctx)
        if len(cells) <= max(parties[:2]):
            continue
        first, second = (cells[p] for p in parties[:2])
        # The quote is the row as it stands, one cell per line, from its number on.
        quote = " ".join(text.strip() for _, text in row)[:220]
        facts.append(Fact(_party(first[1], ctx), "PARTNERS_WITH", _party(second[1], ctx), {"confidence": 0.7},
                          Evidence(ctx.doc_id, row[0][0], quote)))
    return facts


def _numbered_rows(lines: list[Line], k: int) -> list[list[Line]]:
    """Rows from each row number ("1", "2", ...) down to the next, up to the grid's end."""
    rows: list[list[Line]] = []
    expected = 1
    while k < len(lines) and (m := _ROW_NUMBER.match(lines[k][1])) and int(m.group(1)) == expected:
        end = k + 1
        while end < len(lines) and not (_ROW_NUMBER.match(lines[end][1])
                                        and int(lines[end][1]) == expected + 1) and not ends_grid(lines[end][1]):
            end += 1
        rows.append(lines[k:end])
        k, expected = end, expected + 1
    return rows


def _cells(row: list[Line], wanted: int, ctx: TableContext) -> list[Line]:
    """The first ``wanted`` cells of a row: a gloss line joins the cell above, and so does a line
    that finishes a name the line above broke ("에이블브릿지인베" + "스트먼트")."""
    cells: list[Line] = []
    for number, text in row:
        text = text.strip()
        if cells and (_GLOSS_LINE.match(text) or _finishes_a_name(cells[-1][1], text, ctx)):
            cells[-1] = (cells[-1][0], cells[-1][1] + text)
        elif len(cells) < wanted:
            cells.append((number, text))
        else:
            break
    return cells


def _finishes_a_name(before: str, text: str, ctx: TableContext) -> bool:
    """True if ``text`` is the rest of a name broken at the end of ``before``: together they end
    in an organisation's suffix though neither alone does, or make a known name."""
    if (len(before) > _CELL_MAX or len(text) > _BROKEN_PIECE or " " in text or not re.match(r"[가-힣]", text)
            or ctx.gazetteer.lookup(before) is not None):
        return False
    joined = before + text
    return bool(ORG_SUFFIX_AT_END.search(joined) and not ORG_SUFFIX_AT_END.search(before)) or (
        ctx.gazetteer.lookup(joined) is not None and ctx.gazetteer.lookup(before) is None)


def _party(cell: str, ctx: TableContext):
    """The actor a party cell names: its name, else the name its gloss gives ("영국 AI보안연구소
    (AI Security Institute)": the gloss is the name the gazetteer knows)."""
    name = cell.split("(")[0].split("（")[0].strip() or cell
    gloss = _GLOSS_INSIDE.search(cell)
    return glossed_cell_actor(name, gloss.group(1).strip() if gloss else None, ctx.gazetteer, "company")
