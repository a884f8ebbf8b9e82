"""Fund tables whose header says what a cell's parenthesis is: "펀드명(운용 주체) 규모 주요 투자처".

A report's table of funds, extracted from PDF with its columns run together by spaces, lists a
row per fund: "싱가포르 AI Ascend(Temasek) 15억 달러 -". The header "펀드명(운용 주체)" says the
name in brackets is who runs the fund, who thereby set it up; a "주요 투자처" column after the
size lists what the fund invested in ("Serapia, HUMAIN", "리벨리온2)" with a note mark).
"""

from __future__ import annotations

import re

from graph.model import Evidence
from loaders.amounts import find_amounts
from loaders.discovery import discovered_actor
from loaders.normalise import Block
from loaders.relations.fact import Fact
from loaders.relations.tables import TableContext

_HEADER = re.compile(r"(?:펀드|기금)\s?(?:명|이름)?\s?[(（]\s?(?:운용\s?(?:주체|사|기관)|GP|운용)\s?[)）]")
_INVESTEES_HEAD = re.compile(r"(?:주요\s?)?(?:투자처|투자\s?기업|포트폴리오)")
# "AI Ascend(Temasek)": the fund's name, then its manager in brackets.
_FUND_CELL = re.compile(r"(?P<fund>[^\s()（）][^()（）]{1,40}?)\s?[(（](?P<manager>[^()（）]{2,30})[)）]")
# The end of the table: a blank line, a note or a source line.
_TABLE_END = re.compile(r"\s*(?:주\s?[:)]|자료\s?:|출처\s?:|<|\[|$)")
_FOOTNOTE = re.compile(r"\d\)$|[*]+$")
_MAX_ROWS = 30
_MANAGERS = ("Investor", "Company", "Government")


def extract_fund_tables(blocks: list[Block], ctx: TableContext) -> list[Fact]:
    """LAUNCHED (manager -> fund) and INVESTED_IN (fund -> investee) from each fund table."""
    lines = ctx.prose_lines(blocks)
    facts: list[Fact] = []
    for i, (_, header) in enumerate(lines):
        if not _HEADER.search(header):
            continue
        investees = bool(_INVESTEES_HEAD.search(header, _HEADER.search(header).end()))
        for number, row in lines[i + 1:i + 1 + _MAX_ROWS]:
            if _TABLE_END.match(row):
                break
            facts += _row_facts(row, number, investees, ctx)
    return facts


def _row_facts(row: str, number: int, investees: bool, ctx: TableContext) -> list[Fact]:
    cell = _FUND_CELL.search(row)
    amount = next(iter(find_amounts(row)), None)
    if cell is None or amount is None or amount.start < cell.end():
        return []
    fund_name = _without_leading_country(cell.group("fund").strip(), ctx)
    manager = ctx.gazetteer.lookup(cell.group("manager").strip())
    if not fund_name or manager is None or manager.type not in _MANAGERS:
        return []
    fund = discovered_actor(fund_name, "programme")
    if fund.type != "Program":
        fund.type, fund.kind = "Program", "fund"
    evidence = Evidence(ctx.doc_id, number, row.strip())
    facts = [Fact(manager.to_actor(), "LAUNCHED", fund, {"confidence": 0.6}, evidence)]
    if investees:
        for name in (n.strip() for n in row[amount.end:].split(",")):
            name = _FOOTNOTE.sub("", name).strip()
            entry = ctx.gazetteer.lookup(name) if name and name != "-" else None
            if entry is not None and entry.type in ("Startup", "Company"):
                facts.append(Fact(fund, "INVESTED_IN", entry.to_actor(), {"confidence": 0.6}, evidence))
    return facts


def _without_leading_country(cell: str, ctx: TableContext) -> str:
    """The fund's name without the country column before it ("사우디 Najd AI 펀드")."""
    first, _, rest = cell.partition(" ")
    entry = ctx.gazetteer.lookup(first)
    return rest.strip() if rest and entry is not None and entry.type == "Country" else cell
