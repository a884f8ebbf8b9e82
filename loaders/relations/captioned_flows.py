"""Country flow tables known by their caption, whatever the shape of their rows.

The flow tables of some reports carry the direction in every header cell ("미국의 투자 유치
(65,123)"; read in :mod:`loaders.relations.tables`). Most say it once, in the caption:
"Table 3. Venture investment into Germany by source country, 2024 (USD million; total
3,120)", "표 2. 일본 AI 스타트업의 국가별 투자 유치 (단위: 백만 달러, 총 2,310)". The rows
then give a country and an amount (and often a share), on one line ("United States 1,480
47.4%"), in tab-separated cells, or flattened by PDF extraction into one cell per line:

    United States
    1,480
    47.4%

In an inbound table (into X, X의 ... 유치, by source country) each row's country invested in
the caption's country; in an outbound one (from X, X의 ... 집행/해외 투자, by destination) the
reverse. A "Total"/"합계" row is checked against the caption's total and not read as a
country; rows adding up to more than the total are reported as a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from graph.model import Actor, Evidence
from loaders.amounts import table_unit, unit_amount
from loaders.dates import find_dates
from loaders.discovery import DEMONYMS
from loaders.normalise import Block
from loaders.relations.arrow_flows import ARROW
from loaders.relations.fact import Fact
from loaders.relations.tables import INVESTMENT_WORDS, SOURCE_LINE, TableContext, table_country

_FLOW_WORDS = r"(?:venture(?:\s+capital)?|VC|start-?up|AI)\s+(?:investment|funding|financing|capital|flows?)"
_EN_INBOUND = re.compile(_FLOW_WORDS + r"\s+(?:into|in|to)\s+(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)[^.]*?\bby\s+"
                         r"(?:source|origin|investor|investor's)\s+countr|" + _FLOW_WORDS
                         + r"\s+(?:into|in|to)\s+(?P<country2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)[^.]*?\bby\s+country\s+of\s+origin",
                         re.I)
_EN_OUTBOUND = re.compile(_FLOW_WORDS + r"\s+from\s+(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)[^.]*?\bby\s+"
                          r"(?:destination|target|recipient)\s+countr", re.I)
# "Sources of AI venture capital invested in German startups", "VC funding raised by Dutch
# companies" over an "Investor country" column: the money's destination, said once.
_EN_INTO = re.compile(r"\b(?:capital|investment|funding|financing|money|flows?)\s+(?:invested\s+|raised\s+|deployed\s+)?"
                      r"(?:into|in|by)\s+(?:the\s+)?(?P<country>[A-Z][\w.]*(?:\s+[A-Z][a-z][\w.]*)*?)"
                      r"(?:\s+(?:AI\s+|tech\s+|deep-?tech\s+)?(?:start-?ups|companies|firms|businesses)\b|\s*[,(]|$)")
# Words saying each row names where the money came from.
_EN_BY_SOURCE = re.compile(r"\b(?:sources?\s+of|by\s+(?:source|origin|investor)\s+countr|countr(?:y|ies)\s+of\s+origin|"
                           r"(?:source|origin|investor|investing)\s+countr)", re.I)
# "국내 AI 스타트업 해외 투자 유치" is money coming in from abroad; "국내 VC·CVC의 ... 해외 AI 투자"
# money going out. The investors may be named by kind (VC·CVC) after the country.
_KO_FLOW = re.compile(r"(?P<country>[가-힣]{2,8}?)(?:의|에\s*대한|으로의|로의)?\s*(?:AI\s*)?(?:스타트업의?\s*)?"
                      r"(?:(?:VC|CVC|벤처캐피털|벤처캐피탈)(?:\s*[·/및]\s*(?:VC|CVC))*의?\s*(?:투자\s*대상국별\s*)?)?"
                      r"(?:국가별\s*)?(?:AI\s*)?(?:VC\s*|벤처\s*)?(?:해외\s*(?=투자\s*(?:유치|유입)))?(?:투자\s*)?"
                      r"(?P<side>유치|집행|유입|해외\s*(?:AI\s*)?(?:기업\s*|스타트업\s*)?투자)")
# "투자 재원 국적별 국내 AI 분야 벤처투자": each row the nationality of the money, put into the
# country after 국적별 (a report says 국내 for its own).
_KO_BY_NATIONALITY = re.compile(r"(?:재원|투자자|출자자|자금|자본)\s*국적별\s*(?P<country>[가-힣]{2,8}?)\s*(?:AI\s*)?(?:분야\s*)?"
                                r"(?:벤처\s*|VC\s*)?투자")
# "한국 AI 스타트업에 대한 투자자 국적별 VC 투자": money put into the country before 에 대한,
# each row where it came from.
_KO_INTO = re.compile(r"(?P<country>[가-힣]{2,8}?)\s*(?:AI\s*)?(?:스타트업|기업|분야)?\s*에\s*대한\s*(?:\S+\s+){0,2}?"
                      r"(?:투자자\s*|재원\s*|출자자\s*)?(?:국적별|국가별|투자국별)")
# "걸프 3국의 對한국 AI 분야 VC 투자": 對 before a country marks money going to it; the rows say
# where it came from when the caption or the header says so ("투자국", "국가별").
_KO_TOWARDS = re.compile(r"(?:對|대\s*\(\s*對\s*\))\s*(?P<country>[가-힣]{2,8}?)\s*(?:AI|VC|벤처|투자|스타트업)")
_KO_ROWS_BY_SOURCE = re.compile(r"국가별|국적별|투자국별|(?:^|\s)투자\s*국(?:\s|$)|투자자\s*국적")
# A Korean report says "domestic" (국내) for Korea.
_DOMESTIC = {"국내": "KR"}
_KO_BY_COUNTRY = re.compile(r"국가별|출처\s*국가|투자국별|대상국별")
# "미국발 AI VC 투자의 유럽 주요국 유입": money from the country before 발, each row where it went.
_KO_FROM = re.compile(r"(?P<country>[가-힣]{2,8}?)발\s*(?:AI\s*)?(?:VC\s*|벤처\s*(?:캐피[털탈]\s*)?)?(?:투자|자금|자본)")
# A total spelled in mixed units ("합계 4억 8,600만 달러") is not read as its first number.
_TOTAL = re.compile(r"(?:\btotal\b|총|합계|전체)\s*[:：]?\s*(?P<total>\d[\d,]*(?:\.\d+)?)(?!\s*억\s*\d|\s*[만천조])", re.I)
_EN_UNIT = re.compile(r"\b(?P<cur>USD|US\$|EUR|GBP|JPY|KRW)\s*(?P<scale>million|billion|mn|bn|m)\b|"
                      r"\b(?P<scale2>millions?|billions?)\s+of\s+(?P<cur2>US\s+dollars|dollars|euros)", re.I)
_EN_SCALE = {"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9, "billions": 1e9}
_EN_CURRENCY = {"usd": "USD", "us$": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "krw": "KRW",
                "us dollars": "USD", "dollars": "USD", "euros": "EUR"}
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_SHARE = re.compile(r"^\(?\d+(?:\.\d+)?\s*%\)?$")
# A row: a country, its amount, perhaps its share, perhaps a count of deals (건수) or a signed
# change on the year before ("+42", "-3.5%").
_ONE_LINE_ROW = re.compile(r"^(?P<name>[^\d\t]+?)\s*(?:\(\s*(?P<pct1>\d+(?:\.\d+)?)\s*%\s*\))?[\s\t]+"
                           r"(?P<amount>\d[\d,]*(?:\.\d+)?)(?:[\s\t]+\(?(?:(?P<pct2>\d+(?:\.\d+)?)\s*%|(?P<pct3>\d{1,2}\.\d+))\)?)?"
                           r"(?:[\s\t]+(?:\d{1,4}|[+\-−▲▼]\s?\d+(?:\.\d+)?\s*%?))?$")
_NAME_WITH_SHARE = re.compile(r"^(.*?)\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)$")
_TOTAL_ROW = re.compile(r"^(?:total|합계|총계|계|전체)$", re.I)
_HEADER_CELL = re.compile(r"^(?:source|destination|origin|investor)?\s*countr(?:y|ies)|^amount|^share|^value|^%|"
                          r"^국가|^금액|^비중|^비율|^투자\s*(?:금액|규모|액|국(?!가별))|^투자자\s*국적|^\(단위", re.I)
_MAX_ROWS = 40
_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}$")
# A row of a table with a column per year: a country, an amount per year, perhaps a share.
_YEARLY_ROW = re.compile(r"^(?P<name>[^\d\t]+?)\s+(?P<amounts>\d[\d,]*(?:\.\d+)?(?:\s+\d[\d,]*(?:\.\d+)?)+)"
                         r"(?:\s+\(?(?P<pct>\d+(?:\.\d+)?)\s*%\)?)?$")


@dataclass
class _Caption:
    country: Actor
    inbound: bool
    total: float | None
    scale: float
    currency: str
    unit: str
    year: int | None
    name: str | None
    #: The years of a header with a column per year ("투자국 2023 2024 2025 비중"), in order.
    years: tuple[int, ...] = ()


# "[표 3]", "Table 2.1": a caption's opening, every block tried for it (compiled once).
_CAPTION_NUMBER = re.compile(r"\s*[\[<]?\s*(표|Table|Figure|그림)\s*([\d.\-]+)", re.I)


def extract_captioned_flows(blocks: list[Block], ctx: TableContext) -> list[Fact]:
    """VC_FLOW facts from every flow table whose caption states its country and direction."""
    facts: list[Fact] = []
    for i, block in enumerate(blocks):
        if block.is_table_row or len(block.text) > 240:
            continue
        caption = _caption(block, blocks[i + 1:i + 4], ctx)
        if caption is not None:
            facts += _rows(blocks, i, caption, ctx)
        elif _CAPTION_NUMBER.match(block.text) and INVESTMENT_WORDS.search(block.text):
            facts += _corridor_rows(blocks, i, ctx)
    return facts


# "United States -> China   4.6   0.7   -85%", "미국→영국 61.4": a row naming both ends of a flow
# with an arrow, then its amounts (one per year column of the header, else one).
_CORRIDOR_ROW = re.compile(r"^(?P<source>[^\d\t→>]+?)\s*" + ARROW + r"\s*(?P<target>[^\d\t]+?)\s+"
                           r"(?P<amounts>\d[\d,]*(?:\.\d+)?(?:\s+\d[\d,]*(?:\.\d+)?)*)(?:\s|$)")


def _corridor_rows(blocks: list[Block], at: int, ctx: TableContext) -> list[Fact]:
    """The flows of a captioned table whose rows name both ends of each flow with an arrow,
    in the caption's unit; a header with a column per year gives each amount its year."""
    caption = blocks[at].text
    scale, unit, currency = _unit(caption)
    dates = find_dates(caption)
    name = _table_name(_CAPTION_NUMBER.match(caption))
    year_of_caption = dates[-1].year if dates else None
    facts: list[Fact] = []
    years: tuple[int, ...] = ()
    for line, text in _squashed_lines_after(blocks, at):
        header_years = _header_years(text)
        if not facts and header_years:
            years = header_years  # "Investor country -> Investee country  2021  2025  Change"
            continue
        row = _CORRIDOR_ROW.match(text)
        if row is None:
            continue
        source, target = table_country(row.group("source"), ctx), table_country(row.group("target"), ctx)
        if source is None or target is None or source.placeholder or target.placeholder:
            continue
        values = [float(a.replace(",", "")) for a in row.group("amounts").split()]
        per_year = list(zip(years, values, strict=False)) if years and len(values) >= len(years) else [(None, values[0])]
        into_target = _Caption(target, True, None, scale, currency, unit, year_of_caption, name)
        facts += [_flow(into_target, source, value, None, line, text, ctx, year, one_side=False) for year, value in per_year]
    return facts


def _caption(block: Block, after: list[Block], ctx: TableContext) -> _Caption | None:
    """The flow table a caption announces; ``after`` are the blocks that follow it, which may
    finish it ("... (USD million;" + "total 3,120)", "... 2024" + "(USD million)") and name
    the columns."""
    number = _CAPTION_NUMBER.match(block.text)
    if number is None:
        return None
    text = block.text
    if after and not after[0].is_table_row and len(after[0].text) < 60 and (
            text.count("(") > text.count(")") or after[0].text.startswith("(")):
        text, after = f"{text} {after[0].text}", after[1:]
    header = _header(after)
    country_name, inbound = _direction(f"{text} {header}")
    country = _country(country_name, ctx) if country_name else None
    if country is None or country.placeholder:
        return None
    total = _TOTAL.search(text)
    scale, unit, currency = _unit(text)
    dates = find_dates(text)
    return _Caption(country, inbound, float(total.group("total").replace(",", "")) if total else None,
                    scale, currency, unit, dates[-1].year if dates else None, _table_name(number), _header_years(header))


def _direction(text: str) -> tuple[str | None, bool]:
    """The caption's country and whether money flows into it."""
    m = _EN_INBOUND.search(text)
    if m:
        return m.group("country") or m.group("country2"), True
    m = _EN_OUTBOUND.search(text)
    if m:
        return m.group("country"), False
    m = _EN_INTO.search(text)
    if m and _EN_BY_SOURCE.search(text):
        return m.group("country"), True
    m = _KO_FROM.search(text)
    if m:
        return m.group("country"), False
    m = _KO_BY_NATIONALITY.search(text) or _KO_INTO.search(text)
    if m:
        return m.group("country"), True
    m = _KO_TOWARDS.search(text)
    if m and _KO_ROWS_BY_SOURCE.search(text) and INVESTMENT_WORDS.search(text):
        return m.group("country"), True
    if _KO_BY_COUNTRY.search(text):
        m = _KO_FLOW.search(text)
        if m:
            return m.group("country"), m.group("side") in ("유치", "유입")
    return None, True


def _header(after: list[Block]) -> str:
    """The column names under a caption ("Investor country  Amount  Share (%)"), which may say
    the direction the caption leaves out."""
    return " ".join(b.text for b in after[:2] if _HEADER_CELL.match(b.text))


def _header_years(text: str) -> tuple[int, ...]:
    """The years of a header with a column per year ("투자국 2023 2024 2025 비중"), in order; none
    unless it has two or more: a single year heads the only amount column."""
    years = tuple(int(cell) for cell in text.split() if _YEAR_CELL.match(cell))
    return years if len(years) > 1 else ()


def _table_name(number: re.Match) -> str:
    """The name a caption's number gives its table: "표 3", "Table 2.1"."""
    return f"{number.group(1)} {number.group(2).rstrip('.')}"


def _country(name: str, ctx: TableContext) -> Actor | None:
    """The country a caption names, or a nationality stands for ("German startups")."""
    code = DEMONYMS.get(name) or _DOMESTIC.get(name)
    return ctx.country_of(code) if code else table_country(name, ctx)


def _unit(text: str) -> tuple[float, str, str]:
    """(scale, currency, unit word) of the amounts; millions of dollars when not said."""
    ko = table_unit(text)
    if ko is not None:
        return ko
    m = _EN_UNIT.search(text)
    if m is None:
        return 1e6, "million", "USD"
    scale = (m.group("scale") or m.group("scale2")).lower()
    currency = _EN_CURRENCY[re.sub(r"\s+", " ", (m.group("cur") or m.group("cur2")).lower())]
    return _EN_SCALE[scale], scale.rstrip("s"), currency


def _rows(blocks: list[Block], at: int, caption: _Caption, ctx: TableContext) -> list[Fact]:
    """The rows after a caption, one line per row or one cell per line, until the table ends."""
    cells = _cells_after(blocks, at)
    facts, seen, stated_total = [], [], None
    k = 0
    while k < len(cells):
        line, text = cells[k]
        yearly = _yearly_row(text, caption)
        if yearly is not None:
            k += 1
            name, amounts, pct = yearly
            if _TOTAL_ROW.match(name):
                stated_total = amounts[-1]
                continue
            country = table_country(name, ctx)
            if country is not None:
                seen.append(amounts[-1])
                facts += [_flow(caption, country, value, pct if year == caption.years[-1] else None, line, text, ctx, year)
                          for year, value in zip(caption.years, amounts, strict=True)]
            continue
        row = _ONE_LINE_ROW.match(text)
        if row:
            name, amount, pct = row.group("name").strip(), row.group("amount"), row.group("pct1") or row.group("pct2") or row.group("pct3")
            k += 1
        elif k + 1 < len(cells) and _NUMBER.match(cells[k + 1][1]) and not _NUMBER.match(text):
            glossed = _NAME_WITH_SHARE.match(text)  # "미국(48.5%)" over "1,120"
            name, amount = (glossed.group(1) if glossed else text), cells[k + 1][1]
            share = cells[k + 2][1] if not glossed and k + 2 < len(cells) and _SHARE.match(cells[k + 2][1]) else None
            pct = glossed.group(2) if glossed else share.strip("()% ") if share else None
            k += 3 if share else 2
        else:
            k += 1
            continue
        value = float(amount.replace(",", ""))
        if _TOTAL_ROW.match(name.strip()):
            stated_total = value
            continue
        country = table_country(name, ctx)
        if country is None:
            ctx.warnings.append(f"line {line}: unknown country {name!r} in a flow table")
            continue
        seen.append(value)
        facts.append(_flow(caption, country, value, pct, line, f"{name} {amount}", ctx))
    _check_total(caption, seen, stated_total, ctx)
    return facts


def _squashed_lines_after(blocks: list[Block], at: int) -> list[tuple[int, str]]:
    """The lines under a caption, their cells' padding squashed, up to a source note or prose:
    a table laid out with spaces has rows too wide for :func:`_cells_after`."""
    out: list[tuple[int, str]] = []
    for line, text in (ln for block in blocks[at + 1:at + 1 + _MAX_ROWS] for ln in block.lines()):
        squashed = " ".join(text.split())
        if SOURCE_LINE.match(squashed) or len(squashed) > 60 or squashed.endswith("."):
            break
        out.append((line, squashed))
    return out


def _yearly_row(text: str, caption: _Caption) -> tuple[str, list[float], str | None] | None:
    """(country, an amount per year of the header, share) of a row of a table with a column per
    year, or None; the share is the last year's."""
    m = _YEARLY_ROW.match(text) if caption.years else None
    if m is None:
        return None
    amounts = [float(a.replace(",", "")) for a in m.group("amounts").split()]
    if len(amounts) != len(caption.years):
        return None
    return m.group("name").strip(), amounts, m.group("pct")


def _cells_after(blocks: list[Block], at: int) -> list[tuple[int, str]]:
    """The table's lines after its caption (block ``at``): short lines, a unit line and header
    cells skipped, up to the first line that is prose (long, or ending a sentence). Short lines
    may have been run together with the caption into one block."""
    out: list[tuple[int, str]] = []
    run_together = [ln for ln in blocks[at].lines()[1:] if not ln[1].startswith("(")]
    later = (ln for block in blocks[at + 1:at + 1 + 4 * _MAX_ROWS] for ln in block.lines())
    for line, text in chain(run_together, later):
        if _HEADER_CELL.match(text) and not out:
            continue
        if len(text) > 60 or (text.endswith(".") and not _NUMBER.match(text.rstrip("."))):
            return out
        out.append((line, text.replace("\t", " ").strip()))
    return out


def _flow(caption: _Caption, row_country: Actor, value: float, pct: str | None, line: int, text: str,
          ctx: TableContext, year: int | None = None, *, one_side: bool = True) -> Fact:
    """The flow of one row (of one year column: ``year``, else the caption's year). A table of one
    country's inflows or outflows reports the flow from that side (``direction``, part of the
    edge's key); a row naming both ends (``one_side`` False) from neither, like the pair tables."""
    year = year or caption.year
    source, target = (row_country, caption.country) if caption.inbound else (caption.country, row_country)
    props = {**unit_amount(value, (caption.scale, caption.unit, caption.currency), year), "confidence": 0.85}
    if one_side:
        props["direction"] = "inbound" if caption.inbound else "outbound"
    if pct is not None:
        props["share_pct"] = float(pct)
    if year:
        props.update(year=year, date=str(year))
    if caption.name:
        props["table"] = caption.name
    return Fact(source, "VC_FLOW", target, props, Evidence(ctx.doc_id, line, text))


def _check_total(caption: _Caption, seen: list[float], stated_total: float | None, ctx: TableContext) -> None:
    """Warn when the rows add up to more than the caption's total, or a total row disagrees with it."""
    where = caption.name or "flow table"
    shown = sum(seen)
    if caption.total is not None and shown > caption.total * 1.001:
        ctx.warnings.append(f"{where}: rows for {caption.country.name} sum to {shown:,.0f}, "
                            f"more than the stated total {caption.total:,.0f}")
    if caption.total is not None and stated_total is not None and abs(stated_total - caption.total) > caption.total * 0.001:
        ctx.warnings.append(f"{where}: its total row ({stated_total:,.0f}) differs from the caption's total "
                            f"({caption.total:,.0f})")
