"""Relations stated by a listed company's filings, which write facts as form fields.

* A share acquisition report ("타법인 주식 및 출자증권 취득결정") lists "항목: 값" lines: the
  company whose shares are bought under a section "발행회사" ("회사명: 주식회사 X", "국적:
  대한민국"), then the deal ("취득금액(원)", "지분비율(%)", "취득목적"). The buyer is the
  filer, named only at the top. A majority stake or a stated aim of control (경영권) is an
  acquisition; a smaller stake is an investment. The form calls the target "발행회사" from
  then on.
* Field lines under a sentence that sets up a company ("합작법인 B㈜를 설립하였습니다"):
  "출자비율: 당사 60% / C 40%" (each named party put money into B), "첫 제품: 'X'" (B makes X).
* A subsidiary table ("연결대상 종속회사 현황", "자회사 현황"): a row per company, with a
  name column and usually a location column; every row is the filer's subsidiary.
"""

from __future__ import annotations

import re

from graph.model import Actor, Evidence
from loaders.amounts import find_amounts, to_usd
from loaders.corporate_names import SELF, DefinedTerms, company_name, corporate_mentions
from loaders.normalise import Block
from loaders.relations.fact import Fact
from loaders.relations.tables import TableContext, cell_actor, glossed_cell_actor

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
# "합작법인 B㈜를 설립", "자회사 B를 신설": the sentence the fields below describe B in.
_SET_UP = re.compile(r"설립|신설|출범")
_CONTRIBUTION_KEY = re.compile(r"출자\s*비율|출자\s*내역|지분\s*구조|주주\s*구성")
_PRODUCT_KEY = re.compile(r"(?:첫|주력|주요|대표)\s*제품")
# "당사 60%(120억 원)", "르네사스 40%": a party and its share.
_SHARE_PART = re.compile(r"(?P<name>[^\s/,·%()\d][^/,·%()\d]*?)\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s?%")
_QUOTED = re.compile(r"[‘'\"“]([^‘’'\"“”]{2,40})[’'\"”]")
# "주력 제품은 엣지 NPU 'HX-Vision 3' 및 ...입니다", "에이전트 'X'가 주력 제품입니다": what the
# company a passage is about makes, named without a subject.
_MAIN_PRODUCT_AFTER = re.compile(r"(?:주력|대표)\s*제품(?:은|는|으로는)\s[^.]{0,40}?[‘'\"“]([^‘’'\"“”]{2,40})[’'\"”]")
_MAIN_PRODUCT_BEFORE = re.compile(r"[‘'\"“]([^‘’'\"“”]{2,40})[’'\"”](?:가|이|은|는)\s(?:[^\s.]+\s)?(?:주력|대표)\s?제품")
# "(코스닥시장 상장법인)": a company listed on a Korean exchange is a Korean company.
_KOREAN_LISTING = re.compile(r"코스닥|코스피|유가증권시장|코넥스")
# "구주 매도인은 C 및 D입니다": the sellers of the target's existing shares.
_SELLERS = re.compile(r"(?:구주\s?)?(?:매도인|양도인)(?:은|는)\s(?P<names>[^.]{2,80})")
_SUBSIDIARY_CAPTION = re.compile(r"종속\s*회사|자회사|계열\s*회사|subsidiar", re.I)
_NAME_HEADER = re.compile(r"^(?:회사명|법인명|상호|회사|Company|Name)$", re.I)
_PLACE_HEADER = re.compile(r"^(?:소재지|소재국|국가|지역|Location|Country)$", re.I)


def extract_disclosures(blocks: list[Block], company: Actor | None, ctx: TableContext,
                        terms: DefinedTerms) -> list[Fact]:
    """Facts of the share acquisition forms and subsidiary tables of a filing by ``company``;
    the target of a form becomes the defined term "발행회사" in ``terms``."""
    if company is None:
        return []
    return (_acquisition_form(blocks, company, ctx, terms) + _subsidiary_tables(blocks, company, ctx)
            + _set_up_fields(blocks, company, ctx) + _own_products(blocks, company, ctx) + _listing(blocks, company, ctx))


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
    gloss = re.search(r"\(([A-Za-z][^)]*)\)", value)
    latin = gloss.group(1).strip() if gloss else None
    target = glossed_cell_actor(company_name(re.sub(r"\s*\([^)]*\)", "", value)), latin, ctx.gazetteer, "company")
    if latin and target.discovered:
        target.aliases = [latin]
    terms.define(_TARGET_TERM, target)
    evidence = Evidence(ctx.doc_id, line, f"회사명: {value}")
    facts = [Fact(company, _deal(fields), target, _deal_props(fields), evidence)]
    facts += _sellers(blocks, target, ctx)
    facts += [Fact(target, "BASED_IN", country, {"confidence": 0.8}, Evidence(ctx.doc_id, n, f"{k}: {v}"))
              for n, k, v, in_target in fields if in_target and _COUNTRY_KEY.match(k)
              for country in [_country(v, ctx)] if country is not None]
    return facts


def _sellers(blocks: list[Block], target: Actor, ctx: TableContext) -> list[Fact]:
    """"구주 매도인은 C 및 기타 재무적 투자자 3인입니다": who sells existing shares of the target
    held them, so had invested in it."""
    facts = []
    for block in blocks:
        sellers = _SELLERS.search(block.text) if "매도인" in block.text or "양도인" in block.text else None
        if sellers is None:
            continue
        evidence = Evidence(ctx.doc_id, block.line_at(sellers.start()), sellers.group(0))
        facts += [Fact(m.entry.to_actor(), "INVESTED_IN", target, {"confidence": 0.6}, evidence)
                  for m in ctx.gazetteer.find(sellers.group("names")) if m.entry.type in ("Investor", "Company", "Startup")]
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


def _set_up_fields(blocks: list[Block], company: Actor, ctx: TableContext) -> list[Fact]:
    """Facts of the field lines right under a sentence that sets up a company."""
    facts: list[Fact] = []
    founded: Actor | None = None
    for block in blocks:
        field = _FIELD.match(block.text)
        if field is None or len(block.text) > 120:
            set_up = corporate_mentions(block.text, [], ctx.gazetteer) if _SET_UP.search(block.text) else []
            founded = set_up[-1].actor if set_up else None
            continue
        if founded is None:
            continue
        key, value = field.group("key"), field.group("value")
        evidence = Evidence(ctx.doc_id, block.first_line, block.text)
        if _CONTRIBUTION_KEY.search(key):
            for part in _SHARE_PART.finditer(value):
                owner = _party(part.group("name").strip(), company, ctx)
                if owner is not None and owner.id != founded.id:
                    facts.append(Fact(owner, "INVESTED_IN", founded,
                                      {"share_pct": float(part.group("pct")), "confidence": 0.8}, evidence))
        elif _PRODUCT_KEY.search(key):
            facts += [Fact(founded, "DEVELOPS", cell_actor(q.group(1), ctx.gazetteer, "model"), {"confidence": 0.7}, evidence)
                      for q in _QUOTED.finditer(value)][:1]
    return facts


def _party(name: str, company: Actor, ctx: TableContext) -> Actor | None:
    """The actor a share line names: the filer for "당사", else a known name."""
    if name == SELF:
        return company
    entry = ctx.gazetteer.lookup(company_name(name))
    return entry.to_actor() if entry is not None else None


def main_products(text: str) -> list[re.Match[str]]:
    """The products ``text`` calls someone's main ones (group 1 is the name); none where a
    possessive says whose ("C의 주력 제품은"): the sentence frames read those."""
    if "제품" not in text:
        return []
    found = [*_MAIN_PRODUCT_AFTER.finditer(text), *_MAIN_PRODUCT_BEFORE.finditer(text)]
    return [m for m in found if not re.search(r"의\s?(?:주력|대표)\s*제품", m.group(0))]


def _own_products(blocks: list[Block], company: Actor, ctx: TableContext) -> list[Fact]:
    """"주력 제품은 'X'": a filer's overview names its products without a subject; a sentence
    naming another company is about that one."""
    facts = []
    for block in blocks:
        for product in main_products(block.text):
            sentence_start = block.text.rfind(".", 0, product.start()) + 1
            if ctx.gazetteer.find(block.text[sentence_start:product.start()]):
                continue
            evidence = Evidence(ctx.doc_id, block.line_at(product.start()), product.group(0))
            facts.append(Fact(company, "DEVELOPS", cell_actor(product.group(1), ctx.gazetteer, "model"),
                              {"confidence": 0.7}, evidence))
    return facts


def _listing(blocks: list[Block], company: Actor, ctx: TableContext) -> list[Fact]:
    """The filer is Korean when its heading says it is listed on a Korean exchange."""
    head = next((b for b in blocks[:3] if _KOREAN_LISTING.search(b.text)), None)
    korea = ctx.country_of("KR")
    if head is None or korea is None:
        return []
    return [Fact(company, "BASED_IN", korea, {"confidence": 0.7}, Evidence(ctx.doc_id, head.first_line, head.text))]
