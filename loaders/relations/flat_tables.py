"""Deal tables that PDF extraction flattened into plain lines (no tabs).

Read on the original lines, since joining may have run short table lines together.

* Funding lists: a header of short lines naming the funded company and the amount but no
  investor ("피투자자 분야 / 투자금액 / (원) / 시점"), then one round per line
  ("업스테이지 AI 모델 620억 ’25년 8월"). The table reports rounds without their investors,
  so each row becomes ``Unnamed investors -INVESTED_IN-> company`` with amount and date.
"""

from __future__ import annotations

import re

from graph.model import Actor, Evidence
from loaders.amounts import find_amounts
from loaders.dates import find_dates
from loaders.discovery import discovered_actor
from loaders.mentions import find_mentions
from loaders.normalise import Block
from loaders.relations.fact import Fact
from loaders.relations.placeholders import unnamed_investors

# A header line that starts with the funded company's column.
_RECIPIENT_HEAD = re.compile(r"^(?:피투자\s*(?:자|기업|사)|투자\s*받은\s*기업|투자\s*유치\s*기업|기업명|Company|Startup)", re.I)
_AMOUNT_HEAD = re.compile(r"투자\s*금액|투자액|금액|규모|Amount", re.I)
_INVESTOR_HEAD = re.compile(r"(?<!피)투자자|투자사|투자\s*주체|Investors?\b", re.I)
# "(원)", "(억 원)", "(백만 달러)": the amount column's unit, in the header.
_UNIT_HEAD = re.compile(r"\(\s*(?P<scale>백만|억|천만|만)?\s*(?P<cur>달러|원|위안|유로|엔|USD|KRW)\s*\)")
_CURRENCY_WORD = {"USD": "달러", "KRW": "원"}
# An amount cell: a number with an optional Korean unit and currency ("1,080억", "35억 달러").
_AMOUNT_CELL = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?\s*[조억만천백]*\s*(?:달러|원|위안|유로|엔)?(?=\s|$)")
_HEADER_LINES = 8
_MAX_LINE = 40


def extract_flat_tables(blocks: list[Block], doc_id: str, gazetteer, warnings: list[str]) -> list[Fact]:
    """Facts from every flattened funding list in a document."""
    lines = [ln for b in blocks if not b.is_table_row for ln in b.lines() if ln[1]]
    facts: list[Fact] = []
    i = 0
    while i < len(lines):
        if _RECIPIENT_HEAD.match(lines[i][1]) and len(lines[i][1]) < _MAX_LINE:
            found, i = _funding_list(lines, i, doc_id, gazetteer, warnings)
            facts += found
        i += 1
    return facts


def _funding_list(lines, start: int, doc_id: str, gazetteer, warnings: list[str]) -> tuple[list[Fact], int]:
    """Rounds listed under a recipient header; ([], start) when the header is something else."""
    header: list[str] = []
    k = start
    while k < len(lines) and k - start < _HEADER_LINES and len(lines[k][1]) < _MAX_LINE \
            and _row_amount(lines[k][1]) is None:
        header.append(lines[k][1])
        k += 1
    header_text = " ".join(header)
    if not _AMOUNT_HEAD.search(header_text) or _INVESTOR_HEAD.search(header_text):
        return [], start
    unit = _UNIT_HEAD.search(header_text)
    facts: list[Fact] = []
    while k < len(lines):
        number, text = lines[k]
        row = _row(text, unit, gazetteer)
        if row is None:
            break
        company, props = row
        facts.append(Fact(unnamed_investors(), "INVESTED_IN", company, props, Evidence(doc_id, number, text)))
        k += 1
    if not facts:
        warnings.append(f"line {lines[start][0]}: a funding table header with no rows read after it")
    return facts, k - 1


def _row_amount(text: str) -> re.Match[str] | None:
    """The amount cell of a row: a number after the first word, not part of a date."""
    for m in _AMOUNT_CELL.finditer(text):
        if m.start() > 0 and not re.match(r"\s*년|\.\d", text[m.end():]) and text[m.start() - 1] not in "’‘'":
            return m
    return None


def _row(text: str, unit: re.Match[str] | None, gazetteer) -> tuple[Actor, dict] | None:
    """(company, properties) of a row "name [sector] amount date", or None if it is not one."""
    amount_cell = _row_amount(text)
    dates = find_dates(text[amount_cell.end():]) if amount_cell else []
    if amount_cell is None or not dates:
        return None
    head = text[:amount_cell.start()].strip()
    mentions = find_mentions(head, gazetteer)
    if mentions and mentions[0].start == 0:
        company, sector = mentions[0].actor, head[mentions[0].end:].strip()
    else:
        name, _, sector = head.partition(" ")
        if len(name) < 2:
            return None
        company = discovered_actor(name, "investee")
    props = _amount(amount_cell.group(0), unit, dates[0].year)
    if not props:
        return None
    props.update(date=dates[0].date, year=dates[0].year, confidence=0.7)
    if sector:
        props["sector"] = sector
    return company, props


def _amount(cell: str, unit: re.Match[str] | None, year: int) -> dict:
    """Amount properties of a cell, its unit and currency completed from the header."""
    cell = cell.strip()
    if not re.search(r"[가-힣]$", cell) or cell[-1] in "조억만천백":
        if unit is None:
            return {}
        currency = unit.group("cur")
        cell = f"{cell}{unit.group('scale') or ''} {_CURRENCY_WORD.get(currency, currency)}"
    amounts = find_amounts(cell, year)
    return amounts[0].properties() if amounts else {}
