"""Relations stated by a listed company's filings, which write facts as form fields.

* A share acquisition report ("타법인 주식 및 출자증권 취득결정") lists "항목: 값" lines: the
  company whose shares are bought under a section "발행회사" ("회사명: 주식회사 X", "국적:
  대한민국"), then the deal ("취득금액(원)", "지분비율(%)", "취득목적"). The buyer is the
  filer, named only at the top. A majority stake or a stated aim of control (경영권) is an
  acquisition; a smaller stake is an investment. The form calls the target "발행회사" from
  then on.
* A subsidiary table ("연결대상 종속회사 현황", "자회사 현황"): a row per company, with a
  name column and usually a location column; every row is the filer's subsidiary.
"""

from __future__ import annotations

import re

from graph.model import Actor, Evidence
from loaders.amounts import find_amounts, to_usd
from loaders.corporate_names import DefinedTerms, company_name
from loaders.normalise import Block
from loaders.relations.fact import Fact
from loaders.relations.tables import TableContext, cell_actor

# "회사명: 값", "3. 지분비율(%): 51.00": a form field, optionally numbered.
_FIELD = re.compile(r"^\s*(?:\d{1,2}\.\s*)?(?P<key>[^:：]{1,30}?)\s*[:：]\s*(?P<value>\S.*)$")
# "1. 발행회사", "가. 인수대상회사": a section naming the company whose shares change hands.
_TARGET_SECTION = re.compile(r"^\s*(?:\d{1,2}\.|[가-하]\.)?\s*(?:발행회사|(?:인수|투자|취득)\s*대상\s*회사|피인수회사|대상회사)")
_NAME_KEY = re.compile(r"^(?:회사명|법인명|상호|명칭)$")
_COUNTRY_KEY = re.compile(r"^(?:국적|소재지|소재국)$")
_STAKE_KEY = re.compile(r"지분\s*비율|지분율")
_AMOUNT_KEY = re.compile(r"^취득\s*금액")
_PURPOSE_KEY = re.compile(r"^취득\s*목적")
# The term a filing uses for the target once it has named it.
_TARGET_TERM = "발행회사"
_SUBSIDIARY_CAPTION = re.compile(r"종속\s*회사|자회사|계열\s*회사|subsidiar", re.I)
_NAME_HEADER = re.compile(r"^(?:회사명|법인명|상호|회사|Company|Name)$", re.I)
_PLACE_HEADER = re.compile(r"^(?:소재지|소재국|국가|지역|Location|Country)$", re.I)


def extract_disclosures(blocks: list[Block], company: Actor | None, ctx: TableContext,
                        terms: DefinedTerms) -> list[Fact]:
    """Facts of the share acquisition forms and subsidiary tables of a filing by ``company``;
    the target of a form becomes the defined term "발행회사" in ``terms``."""
    if company is None:
        return []
    return _acquisition_form(blocks, company, ctx, terms) + _subsidiary_tables(blocks, company, ctx)


def _fields(blocks: list[Block]) -> list[tuple[int, str, str, bool]]:
    """(line, key, value, in a target section) for every form field line."""
    fields = []
    in_target = False
    for block in blocks:
        for number, text in block.lines():
            field = _FIELD.match(text)
            if field is None:
                in_target = bool(_TARGET_SECTION.match(text))
                continue
            fields.append((number, field.group("key").strip(), field.group("value").strip(), in_target))
    return fields


def _acquisition_form(blocks: list[Block], company: Actor, ctx: TableContext, terms: DefinedTerms) -> list[Fact]:
    fields = _fields(blocks)
    named = next(((n, v) for n, k, v, target in fields if target and _NAME_KEY.match(k)), None)
    if named is None:
        return []
    line, value = named
    target = cell_actor(company_name(re.sub(r"\s*\([^)]*\)", "", value)), ctx.gazetteer, "company")
    gloss = re.search(r"\(([A-Za-z][^)]*)\)", value)
    if gloss and target.discovered:
        target.aliases = [gloss.group(1).strip()]
    terms.define(_TARGET_TERM, target)
    evidence = Evidence(ctx.doc_id, line, f"회사명: {value}")
    facts = [Fact(company, _deal(fields), target, _deal_props(fields), evidence)]
    facts += [Fact(target, "BASED_IN", country, {"confidence": 0.8}, Evidence(ctx.doc_id, n, f"{k}: {v}"))
              for n, k, v, in_target in fields if in_target and _COUNTRY_KEY.match(k)
              for country in [_country(v, ctx)] if country is not None]
    return facts


def _deal(fields: list[tuple[int, str, str, bool]]) -> str:
    """ACQUIRED for a majority stake or an aim of control (경영권), else INVESTED_IN."""
    stake = _stake(fields)
    control = any(_PURPOSE_KEY.match(k) and "경영권" in v for _, k, v, _ in fields)
    return "ACQUIRED" if control or (stake is not None and stake > 50) else "INVESTED_IN"


def _stake(fields: list[tuple[int, str, str, bool]]) -> float | None:
    for _, key, value, _ in fields:
        number = re.match(r"[\d.]+", value)
        if _STAKE_KEY.search(key) and number:
            return float(number.group(0).rstrip("."))
    return None


def _deal_props(fields: list[tuple[int, str, str, bool]]) -> dict:
    props: dict = {"confidence": 0.9}
    stake = _stake(fields)
    if stake is not None:
        props["share_pct"] = stake
    for _, key, value, _ in fields:
        plain = re.fullmatch(r"([\d,]+)", value)
        if _AMOUNT_KEY.match(key) and "원" in key and plain:
            # "취득금액(원): 24,480,000,000": a bare number, its currency in the key.
            won = float(plain.group(1).replace(",", ""))
            usd, rate, source = to_usd(won, "KRW")
            props.update(amount=won, unit="", currency="KRW", amount_usd=usd, rate=rate, rate_source=source)
        elif _AMOUNT_KEY.match(key) and find_amounts(value):
            props.update(find_amounts(value)[0].properties())
    return props


def _country(value: str, ctx: TableContext) -> Actor | None:
    entry = ctx.gazetteer.lookup(value.strip())
    return entry.to_actor() if entry is not None and entry.type == "Country" else None


def _subsidiary_tables(blocks: list[Block], company: Actor, ctx: TableContext) -> list[Fact]:
    facts: list[Fact] = []
    for i, block in enumerate(blocks):
        if not block.is_table_row or (i > 0 and blocks[i - 1].is_table_row):
            continue
        caption = next((b.text for b in reversed(blocks[max(0, i - 2):i]) if not b.is_table_row), "")
        if _SUBSIDIARY_CAPTION.search(caption):
            rows = [blocks[j] for j in range(i, len(blocks)) if all(b.is_table_row for b in blocks[i:j + 1])]
            facts += _subsidiary_rows(rows, company, ctx)
    return facts


def _subsidiary_rows(rows: list[Block], company: Actor, ctx: TableContext) -> list[Fact]:
    header = [c.strip() for c in rows[0].text.split("\t")]
    name_col = next((k for k, c in enumerate(header) if _NAME_HEADER.match(c)), None)
    place_col = next((k for k, c in enumerate(header) if _PLACE_HEADER.match(c)), None)
    if name_col is None:
        return []
    facts = []
    for row in rows[1:]:
        cells = [c.strip() for c in row.text.split("\t")]
        if name_col >= len(cells) or len(cells[name_col]) < 2:
            continue
        subsidiary = cell_actor(company_name(cells[name_col]), ctx.gazetteer, "company")
        evidence = Evidence(ctx.doc_id, row.first_line, row.text.replace("\t", " | "))
        facts.append(Fact(subsidiary, "SUBSIDIARY_OF", company, {"confidence": 0.9}, evidence))
        country = _country(cells[place_col], ctx) if place_col is not None and place_col < len(cells) else None
        if country is not None:
            facts.append(Fact(subsidiary, "BASED_IN", country, {"confidence": 0.8}, evidence))
    return facts
