"""Lists of holdings in an annual report's notes: subsidiaries and investees, a row each.

A report's notes list the issuer's principal subsidiaries, or a holder's investments, under a
sentence naming the owner, then a header and a row per company, its columns aligned by spaces::

    The principal subsidiaries of Acme Group plc at 31 December 2030 are listed below.
    Name                        Country of incorporation   Holding
    Acme Holdings Limited       United Kingdom             100%

    Acme Ventures Limited holds minority interests in unlisted companies. Holdings are:
    Investee                    Country      Stake
    Brindle Labs Ltd            UK           8.9%

Each row's first cell is a company the owner holds (SUBSIDIARY_OF the owner, or the owner
INVESTED_IN it), and a country column says where the company is. The columns are cut where the
header's columns start: a long cell may run into the next with a single space.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor, Evidence
from loaders.aligned_tables import column_at, column_starts
from loaders.corporate_names import without_legal_form
from loaders.discovery import discovered_actor
from loaders.mentions import Mention
from loaders.patterns import LATIN_LEGAL_FORM
from loaders.relations.fact import Fact
from loaders.relations.tables import TableContext, cell_actor

Line = tuple[int, str]

# "The principal subsidiaries of Acme Group plc at ...": the owner after "subsidiaries of".
_OWNER = r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5}(?:,?\s+" + LATIN_LEGAL_FORM + r")?)"
_SUBSIDIARIES_OF = re.compile(r"\bsubsidiaries\s+of\s+(?:the\s+)?" + _OWNER)
# "Acme Ventures Limited holds minority interests in": the owner before "holds ... interests".
_HOLDS_INTERESTS = re.compile(_OWNER + r"\s+(?:holds|held|has)\s+"
                              r"(?:(?:minority|majority|equity|the\s+following)\s+)*(?:interests|stakes|investments|holdings)\s+in\b")
# A header whose first column names the companies listed, with a column after it.
_NAME_HEAD = re.compile(r"(?:Name|Company|Subsidiary|Subsidiaries|Investee|Investees|Entity|Undertaking)\b(?=\s{2,}\S)")
_COUNTRY_HEAD = re.compile(r"Country|Jurisdiction|Domicile|(?<!\w)Incorporated\s+in")
# "(a)", "*", "¹": a note mark after the name.
_NOTE_MARK = re.compile(r"\s*(?:\([a-z\d]\)|\*+|[¹²³])$")
# How far below the owner's sentence the header may stand, and how many rows a list may have.
_CAPTION_REACH = 5
_MAX_ROWS = 40


def extract_holding_lists(blocks, ctx: TableContext) -> list[Fact]:
    """SUBSIDIARY_OF and INVESTED_IN (with BASED_IN) from each list of holdings under its owner."""
    lines = ctx.prose_lines(blocks)
    facts: list[Fact] = []
    for i, (_, text) in enumerate(lines):
        caption = _SUBSIDIARIES_OF.search(text) or _HOLDS_INTERESTS.search(text)
        if caption is None:
            continue
        header_at = next((j for j in range(i + 1, min(i + 1 + _CAPTION_REACH, len(lines)))
                          if _NAME_HEAD.match(lines[j][1])), None)
        if header_at is not None:
            owner = _owner(caption.group("owner"), ctx)
            held = "SUBSIDIARY_OF" if caption.re is _SUBSIDIARIES_OF else "INVESTED_IN"
            facts += _rows(lines, header_at, owner, held, ctx)
    return facts


def _owner(name: str, ctx: TableContext) -> Actor:
    """The owner the caption names: a known organisation, else the name without its legal form;
    the name as written ("Acme Group plc") stays an alias."""
    entry = ctx.gazetteer.lookup(name)
    if entry is not None:
        actor = entry.to_actor()
        return actor if name in (actor.name, *actor.aliases) else replace(actor, aliases=[*actor.aliases, name])
    mention = Mention(0, len(name), discovered_actor(name, "company"), name, discovered=True)
    return without_legal_form(name, mention).actor


def _rows(lines: list[Line], header_at: int, owner: Actor, held: str, ctx: TableContext) -> list[Fact]:
    """The facts of the rows under the header at ``header_at``, until a line that is no row."""
    number, header = lines[header_at]
    starts = column_starts(header)
    country = _COUNTRY_HEAD.search(header)
    country_col = column_at(starts, country.start()) if country else None
    facts: list[Fact] = []
    for row_number, row in lines[header_at + 1:header_at + 1 + _MAX_ROWS]:
        if row_number != number + 1 or not re.search(r"\S\s{2,}\S", row):
            break
        number = row_number
        name = _NOTE_MARK.sub("", row[:starts[1]].strip()) if len(starts) > 1 else ""
        if not name or not name[0].isupper():
            break
        company = cell_actor(name, ctx.gazetteer, "company")
        if company.id == owner.id:
            continue
        evidence = Evidence(ctx.doc_id, row_number, row.strip())
        facts.append(Fact(company, held, owner, {"confidence": 0.7}, evidence) if held == "SUBSIDIARY_OF"
                     else Fact(owner, held, company, {"confidence": 0.7}, evidence))
        place = _cell(row, starts, country_col)
        entry = ctx.gazetteer.lookup(place) if place else None
        if entry is not None and entry.type == "Country":
            facts.append(Fact(company, "BASED_IN", entry.to_actor(), {"confidence": 0.7}, evidence))
    return facts


def _cell(row: str, starts: list[int], column: int | None) -> str:
    """The text of ``row`` under header column ``column`` (None: no such column)."""
    if column is None:
        return ""
    end = starts[column + 1] if column + 1 < len(starts) else len(row)
    return row[starts[column]:end].strip()
