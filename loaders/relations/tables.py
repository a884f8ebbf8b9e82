"""Relations stated in tables.

Three shapes seen in reports:

* deal tables, tab-separated, with an investor, an amount and an investee column
  ("투자자 | 투자액(~2025) | 투자받은 기업");
* country flow tables, tab-separated, a header cell per country ("미국의 투자 유치(65,123)")
  and rows of "country(share%) | amount" pairs. In an inbound (유치) table the row country
  invested in the header country; in an outbound (집행) table the reverse. Each header total
  is checked against the sum of its rows;
* rosters flattened one row per line by PDF extraction ("주요 참여 기업 및 역할" then
  "OpenAI 미국 프로젝트 운영 총괄" ...), read as participants of the programme named in the
  caption above.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from graph.model import Actor, Evidence
from loaders.amounts import find_amounts, table_unit, unit_amount
from loaders.corporate_names import company_name
from loaders.dates import find_dates
from loaders.discovery import discovered_actor, find_candidates
from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention, find_mentions
from loaders.normalise import Block
from loaders.programme_heads import head_of
from loaders.relations.english_business import majority_stake
from loaders.relations.fact import Fact
from loaders.relations.placeholders import unspecified_country

# "[표 1] 주요국 ... 비교", "<표 2>", "표 3-5. 「X」 참여기관", "Table 3: ...": a table's caption, its
# number and its title.
# "<표> X 현황", "[표] X": a news story's table, bracketed and unnumbered.
TABLE_CAPTION = re.compile(r"^\s*(?:[\[<]?\s*(?:표|Table)\s*(?P<number>\d[\d.\-]*)\.?[\]>]?|[\[<]\s*표\s*[\]>])\s*(?P<title>.*)$", re.I)
# "자료: ...", "출처:", "주) ...", "Source: ...": a note under a table, which ends it.
SOURCE_LINE = re.compile(r"^\s*(?:자료|출처|주\s*[:)]|Source|Note)", re.I)
# "피투자사" (the company invested in) holds 투자사 but heads the other side; a column headed "CVC" or
# "VC" lists the venture arms that invested.
_HEADER_INVESTOR = re.compile(r"(?<!피)투자자|(?<!피)투자사|(?:투자|인수)\s*주체|인수자|Investor|Acquirer|Buyer|^\s*C?VC\s*$", re.I)
# "인수자 | 대상 | 금액", "Acquirer | Target | Value": a column of buyers makes every row a takeover.
_HEADER_ACQUIRER = re.compile(r"인수\s*주체|인수자|Acquirer|Buyer", re.I)
# Beside an investor column, a column headed just "기업", "스타트업" or "대상" holds the investees.
_HEADER_INVESTEE = re.compile(r"투자받은|피투자|(?:투자|인수)\s*대상|Investee|Portfolio|Company|Target|"
                              r"^\s*(?:기업|기업명|스타트업|Startup|대상)\s*$", re.I)
# "유형: 인수 / 지분투자 / GPU 공급계약": a deal table's column saying what each deal was.
_HEADER_KIND = re.compile(r"^\s*(?:유형|거래\s*유형|형태|Type|Deal\s*type)\s*$", re.I)
_HEADER_AMOUNT = re.compile(r"투자액|금액|규모|Amount", re.I)
# "국가 | 기업 | 투자자": beside the investees, a column of countries says where each is based.
_HEADER_COUNTRY = re.compile(r"^\s*(?:국가|나라|소재국|소재\s*국가|Country)\s*$", re.I)
# "투자국 | 유치국 | 투자액", "Source country | Destination | Amount": a column of the countries the
# money came from beside one of the countries it went to makes every row a country flow.
_HEADER_SOURCE_COUNTRY = re.compile(r"^\s*(?:투자\s*(?:국|국가)|투자자\s*국적|출발국|(?:Source|Origin|Investor|From)\s*(?:country)?)\s*$",
                                    re.I)
#: Words saying a table counts invested money, not goods or people moving between countries.
INVESTMENT_WORDS = re.compile(r"투자|자본|자금|출자|invest|venture|\bVC\b|funding|financing|capital", re.I)
_HEADER_DESTINATION_COUNTRY = re.compile(r"^\s*(?:(?:투자\s*)?유치\s*(?:국|국가)|(?:투자\s*)?대상\s*(?:국|국가)|피투자\s*(?:국|국가)|"
                                         r"도착국|(?:Destination|Target|Recipient)\s*(?:country)?|To)\s*$", re.I)
# "모회사", "Parent company": a column of the group each row's investor belongs to (a CVC table's).
_HEADER_PARENT = re.compile(r"^\s*(?:모회사|모기업|모그룹|Parent(?:\s+company)?)\s*$", re.I)
_HEADER_DATE = re.compile(r"^\s*(?:시기|시점|일자|날짜|Date)\s*$", re.I)
_FLOW_HEADER = re.compile(r"^(?P<country>.+?)의?\s*(?:AI\s*)?(?:VC\s*)?투자\s*(?P<side>유치|집행)\s*\(\s*(?P<total>[\d,.]+)\s*\)")
_FLOW_CELL = re.compile(r"^(?P<country>[^()]+?)\s*\(\s*(?P<pct>[\d.]+)\s*%\s*\)$")
_ROSTER_HEADER = re.compile(r"참여\s*(?:기업|기관|국가|주체|사)|Participants", re.I)
_MARKUP = re.compile(r"</?b>|<sup>.*?</sup>|\*\*")
_UNSPECIFIED = re.compile(r"^(불특정|기타|미상|unspecified|other|others)$", re.I)
# A list closed by 등 right before an amount: the amount is the list's, not each name's.
_LIST_END = re.compile(r"등\s*(?:에|을|의)?\s*$")
# "Anthropic에 지분 투자", "최근 X 인수": words about the deal around a name in a cell; the
# deal word follows a space or a particle, "투자" inside a name ("한국투자파트너스") stays.
_DEAL_TAIL = re.compile(r"(?:^\s*|\s*(?:에|을|를|의)\s*|\s+)(?:지분\s*)?(?:투자|인수).*$|^\s*최근\s*")
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|、|/|및|\band\b)\s*|\s+등(?:에|을|의)?\s*")


@dataclass
class TableContext:
    """What the tables of one document need from the pipeline."""

    doc_id: str
    gazetteer: Gazetteer
    country_of: Callable[[str], Actor | None]
    warnings: list[str] = field(default_factory=list)
    _prose: tuple[list[Block], list[tuple[int, str]]] | None = field(default=None, repr=False)

    def prose_lines(self, blocks: list[Block]) -> list[tuple[int, str]]:
        """The non-empty lines of ``blocks`` outside table rows, as (line number, text): several
        readers of flattened tables scan them all, so they are cut once per document."""
        if self._prose is None or self._prose[0] is not blocks:
            self._prose = (blocks, [ln for b in blocks if not b.is_table_row for ln in b.lines() if ln[1]])
        return self._prose[1]


def _clean(cell: str) -> str:
    return _MARKUP.sub("", cell).strip()


def _cells(block: Block) -> list[str]:
    return [_clean(c) for c in block.text.split("\t")]


def extract_tables(blocks: list[Block], ctx: TableContext) -> list[Fact]:
    """Facts from every table in a document's blocks."""
    facts: list[Fact] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.is_table_row:
            rows, j = _table_rows(blocks, i)
            caption = _caption_before(blocks, i)
            facts += tab_table(rows, caption, ctx)
            i = j
            continue
        if any(len(text) < 40 and _ROSTER_HEADER.search(text) for _, text in block.lines()):
            facts += _roster(blocks, i, ctx)
        i += 1
    return facts


# A short line without tabs between two rows is the end of a cell PDF extraction wrapped onto
# a line of its own when the row broke off inside a list ("제너럴 카탈리스트(미국)," + "사나드
# 벤처스(사우디)") or the line is a gloss ("MGX(UAE), 테마섹" + "(싱가포르)"). A heading between two
# tables ("■ 해외 투자") is neither.
_WRAPPED_CELL = re.compile(r"^\s*\([^\t]{1,38}$")
_BROKEN_OFF = re.compile(r"(?:,|·|및)\s*$")


# "붙임 1<TAB>X 선정 현황": an annex's title laid out with a tab. It closes the table above and
# captions the one below, whose rows follow with no prose between.
_ANNEX_ROW = re.compile(r"^\s*(?:붙임|별첨|첨부|참고)\s*\d*\s*\t")


def _table_rows(blocks: list[Block], start: int) -> tuple[list[Block], int]:
    """The rows of the table starting at block ``start`` and the index after it, a wrapped
    cell joined back to the end of the row it belongs to."""
    rows: list[Block] = []
    j = start
    while j < len(blocks):
        block = blocks[j]
        if _ANNEX_ROW.match(block.text):
            if rows:
                break  # the title of the next table; the caption of this one (see _caption_before)
        elif block.is_table_row:
            rows.append(block)
        elif (rows and j + 1 < len(blocks) and blocks[j + 1].is_table_row and len(block.spans) == 1
              and len(block.text) <= 40 and "\t" not in block.text
              and (_WRAPPED_CELL.match(block.text) or _BROKEN_OFF.search(rows[-1].text))):
            last = rows[-1]
            rows[-1] = Block(f"{last.text} {block.text.strip()}", last.spans + [(len(last.text) + 1, block.first_line)],
                             True, block.last_raw)
        else:
            break
        j += 1
    return rows, j


def _caption_before(blocks: list[Block], index: int) -> list[Block]:
    """The caption and unit lines just above a table (among the 4 blocks before it)."""
    return [b for b in blocks[max(0, index - 4):index + 1]
            if (not b.is_table_row and (TABLE_CAPTION.match(b.text) or table_unit(b.text))) or _ANNEX_ROW.match(b.text)]


def tab_table(rows: list[Block], caption: list[Block], ctx: TableContext) -> list[Fact]:
    """Facts of one table given as tab-separated rows, the first its header: a flow table or
    a deal table (its investor, investee, amount, kind and country columns found by their names)."""
    header = _cells(rows[0])
    caption_text = " ".join(b.text for b in caption)
    if any(_FLOW_HEADER.match(c) for c in header if c):
        return _flow_table(rows, caption_text, ctx)
    source_col = next((k for k, c in enumerate(header) if _HEADER_SOURCE_COUNTRY.match(c)), None)
    destination_col = next((k for k, c in enumerate(header) if _HEADER_DESTINATION_COUNTRY.match(c)), None)
    if source_col is not None and destination_col is not None and INVESTMENT_WORDS.search(f"{caption_text} {rows[0].text}"):
        return _pair_flow_table(rows, (source_col, destination_col), caption_text, ctx)
    investor_col = next((k for k, c in enumerate(header) if _HEADER_INVESTOR.search(c)), None)
    investee_col = next((k for k, c in enumerate(header) if _HEADER_INVESTEE.search(c)), None)
    if investor_col is None or investee_col is None or investor_col == investee_col:
        return _member_table(rows, header, caption_text, ctx)
    amount_col = next((k for k, c in enumerate(header) if _HEADER_AMOUNT.search(c)), None)
    kind_col = next((k for k, c in enumerate(header) if _HEADER_KIND.match(c)), None)
    country_col = next((k for k, c in enumerate(header) if _HEADER_COUNTRY.match(c)), None)
    date_col = next((k for k, c in enumerate(header) if _HEADER_DATE.match(c)), None)
    columns = (investor_col, investee_col, amount_col, kind_col, country_col, date_col)
    return _deal_table(rows, header, columns, caption_text, ctx)


#: "주관기관", "주관 기업", "주관", "Lead": the column of each row's lead organisation (a consortium's),
#: for a member table here and a flattened participant grid (participant_tables).
LEAD_HEADER = r"주관\s*(?:기관|기업|운용사|사)?|Lead"
# "운용사", "선정 기업", "참여 기관", "주관기업": a column of the organisations a programme
# selected or takes in (a consortium's lead among them); managers of a fund (운용사, GP) run a part of it.
_HEADER_MEMBERS = re.compile(r"^\s*(?:(?P<gp>(?:위탁\s*)?운용사|운용\s*기관|GP)|(?:선정|참여|수행)\s*(?:기업|기관|운용사|사)|"
                             + LEAD_HEADER + r"|Participants?|Selected\s+(?:companies|firms))(?:\s*명)?\s*$", re.I)
# "참여 기관", "선정 컨소시엄": a caption or column naming a programme's participants.
PARTICIPANTS = re.compile(r"참여\s*(?:기관|기업|주체|사|업체)|선정\s*(?:기관|기업|컨소시엄)|participants", re.I)
_TOTAL_ROW = re.compile(r"^\s*(?:합\s*계|소\s*계|총\s*계|계|Total|Subtotal)\s*$", re.I)


def _member_table(rows: list[Block], header: list[str], caption_text: str, ctx: TableContext) -> list[Fact]:
    """The members a table lists under a caption naming one programme ("[붙임 1] 「X 펀드」
    선정 운용사 현황": 리그 | 운용사 | 출자액): each name of the members column takes part in
    the programme; a fund's managers as its GPs. Government annexes list the selected this way."""
    members_cols = [k for k, c in enumerate(header) if _HEADER_MEMBERS.match(c)]
    if not members_cols:
        return []
    programmes = {m.actor.id: m.actor for m in find_candidates(caption_text, []) + find_mentions(caption_text, ctx.gazetteer)
                  if m.actor.type == "Program"}
    programme = selection_caption_programme(caption_text) or (next(iter(programmes.values())) if len(programmes) == 1 else None)
    if programme is None:
        return []
    facts: list[Fact] = []
    for members_col in members_cols:
        managers = bool(_HEADER_MEMBERS.match(header[members_col]).group("gp"))
        props = {"confidence": 0.8, **({"role": "GP"} if managers else {})}
        for row in rows[1:]:
            cells = _cells(row)
            if members_col >= len(cells) or any(_TOTAL_ROW.match(c) for c in cells):
                continue
            for member, _ in _names(cells[members_col], ctx, "investor" if managers else "company"):
                if member.type not in ("Program", "Country", "Person", "Model"):
                    facts.append(Fact(member, "PARTICIPATES_IN", programme, dict(props),
                                      Evidence(ctx.doc_id, row.first_line, " ".join(row.text.split())[:200])))
    return facts


# "붙임 1  AI 에이전트 프런티어 프로젝트 선정 컨소시엄 현황", "<표> X 1차 선정 컨소시엄 (단위: 억원)": the
# phrase before (its round and) 선정/참여 ... 현황 names, by construction, the programme whose members
# the table lists.
_SELECTION_CAPTION = re.compile(r"(?:^|\t)\s*(?:(?:붙임|별첨|첨부|참고)\s*\d*\.?\s+)?[「『‘'\"]?(?P<name>[^\t「」『』‘’'\"]{4,40}?)[」』’'\"]?"
                                r"(?:\s+\d+\s*(?:차|단계)(?:\s*년도)?)?\s+(?:최종\s*)?(?:선정|참여|수행)\s*(?:(?:\S+\s*)?(?:현황|명단|목록|결과)|컨소시엄|기업|기관)"
                                r"\s*(?:[(（]\s*단위[^)）]*[)）])?\s*$")


def participant_caption(text: str) -> re.Match[str] | None:
    """The caption of a programme's participant table ("<표> X 선정 컨소시엄 현황"), which
    participant_tables reads: its grid is no deal table."""
    caption = TABLE_CAPTION.match(text)
    return caption if caption is not None and PARTICIPANTS.search(caption.group("title")) else None


def selection_caption_programme(caption_text: str) -> Actor | None:
    """The programme a selection table's caption names without quotes, when its name ends in a
    programme's head noun (프로젝트, 사업, 펀드 ...). A table's label ("[표 2]", "<표>") is no part of
    the name."""
    label = TABLE_CAPTION.match(caption_text)
    m = _SELECTION_CAPTION.search(label.group("title") if label else caption_text)
    if m is None or head_of(m.group("name").strip()) is None:
        return None
    actor = discovered_actor(m.group("name").strip(), "programme")
    return actor if actor.type == "Program" else None


def _names(cell: str, ctx: TableContext, role: str) -> list[tuple[Actor, str | None]]:
    """Actors named in a table cell, each with the country glossed after it, if any.

    A cell is a list of names ("Anthropic, Hugging Face 등"); a part that is a known name
    or alias is that actor, a part mostly covered by one known name is that actor, any other
    part is a new name: in a name column, a name by construction.
    """
    found: list[tuple[Actor, str | None]] = []
    for raw in _SPLIT_NAMES.split(cell):
        hint = None
        gloss = re.search(r"\(([^)]*)\)", raw)
        if gloss:
            country = table_country(gloss.group(1), ctx)
            hint = country.country if country is not None and country.id != "unspecified" else None
        part = re.sub(r"\([^)]*\)", "", raw)
        part = re.sub(r"\s*(?:에|을|를|의)?\s*[\d.,]+\s*[억만조천백]*\s*달러.*$", "", part)
        part = company_name(_DEAL_TAIL.sub("", part).strip(" ,."))  # "㈜가람센서" is 가람센서
        if len(part) < 2 or not re.search(r"[A-Za-z가-힣]", part) or re.search(r"비공개|undisclosed", part, re.I):
            continue
        found.append((cell_actor(part, ctx.gazetteer, role), hint))
    return found


def cell_actor(name: str, gazetteer: Gazetteer, role: str) -> Actor:
    """The actor a table cell names: a known name or alias, a known name covering most of
    the cell, or else a new name (in a name column, a name by construction)."""
    entry = gazetteer.lookup(name)
    if entry is None:
        matches = gazetteer.find(name)
        if matches and (matches[0].end - matches[0].start) >= 0.8 * len(name):
            entry = matches[0].entry
    return entry.to_actor() if entry else discovered_actor(name, role)


def glossed_cell_actor(name: str, gloss: str | None, gazetteer: Gazetteer, role: str) -> Actor:
    """The actor a cell names by a name and its bracketed gloss ("영국 AI보안연구소 (AI Security
    Institute)"): the one the gazetteer knows by the name, else the one it knows by the gloss,
    else what :func:`cell_actor` makes of the name."""
    by_gloss = gazetteer.lookup(gloss) if gloss and gazetteer.lookup(name) is None else None
    return by_gloss.to_actor() if by_gloss is not None else cell_actor(name, gazetteer, role)


# A cell that is the deal's kind, an acquisition, in a column not headed as the kind ("구분":
# "시리즈A", "M&A(51%)").
_ACQUISITION_CELL = re.compile(r"^\s*(?:M&A|인수(?:\s*합병)?|Acquisition)\s*(?:\(|$)", re.I)


def _deal_kind(cells: list[str], kind_col: int | None, investee_cell: str, buyers: bool) -> str | None:
    """The relation of one deal row: what its kind column says ("인수", "지분투자"), else what
    the investor column's header (``buyers``: "Acquirer"), the investee cell or a cell naming the
    deal's kind says. A kind that is neither (a supply contract) is no investment."""
    if kind_col is None or kind_col >= len(cells):
        acquired = buyers or re.search(r"인수|acqui", investee_cell, re.I) or any(_ACQUISITION_CELL.match(c) for c in cells)
        return "ACQUIRED" if acquired else "INVESTED_IN"
    kind = cells[kind_col]
    if re.search(r"인수|acqui", kind, re.I) or majority_stake(" " + kind + " ", 0):
        return "ACQUIRED"  # "70% stake": control of the company
    return "INVESTED_IN" if re.search(r"투자|출자|invest|stake", kind, re.I) else None


def _deal_table(rows, header, columns, caption_text, ctx) -> list[Fact]:
    investor_col, investee_col, amount_col, kind_col, country_col, date_col = columns
    facts: list[Fact] = []
    unit = table_unit(header[amount_col] if amount_col is not None else "") or table_unit(caption_text)
    header_unit = re.search(r"(백만|억|천만|만)?\s*(USD|달러|원|위안)", header[amount_col]) if amount_col is not None else None
    dates = find_dates(" ".join(header)) or find_dates(caption_text)
    buyers = bool(_HEADER_ACQUIRER.search(header[investor_col]))
    parent_col = next((k for k, c in enumerate(header) if _HEADER_PARENT.match(c)), None)
    for row in rows[1:]:
        cells = _cells(row)
        if max(investor_col, investee_col) >= len(cells):
            continue
        investors = _names(cells[investor_col], ctx, "investor")
        investee_cell = cells[investee_col]
        own_amounts = find_amounts(investee_cell)
        props: dict = {}
        if dates:
            props.update(date=dates[0].date, year=dates[0].year)
        date_in_cell = find_dates(investee_cell) or (find_dates(cells[date_col]) if date_col is not None
                                                     and date_col < len(cells) else [])
        if date_in_cell:
            props.update(date=date_in_cell[-1].date, year=date_in_cell[-1].year)
        if amount_col is not None and amount_col < len(cells) and not own_amounts:
            props.update(_cell_amount(cells[amount_col], unit, header_unit))
        relation = _deal_kind(cells, kind_col, investee_cell, buyers)
        if relation is None:
            continue
        if re.search(r"검토|considering", investee_cell):
            props["qualifier"] = "under consideration"
        line = row.first_line
        quote = " ".join(row.text.split())[:220]
        investees = _names(investee_cell, ctx, "investee")
        if "amount" in props and (len(investees) > 1 or len(investors) > 1):
            props["amount_scope"] = "shared"  # the investor's total, or the round's, not this pair's
        for investee, hint in investees:
            p = dict(props)
            if own_amounts:
                name_at = investee_cell.find(investee.name) if investee.name in investee_cell else -1
                after = [a for a in own_amounts if a.start >= name_at] if name_at >= 0 else own_amounts
                if after:
                    p.update(after[0].properties())
                    if _LIST_END.search(investee_cell[:after[0].start]):
                        p["amount_scope"] = "shared"  # "A, B, C 등 4억 달러 이상 투자": for the list
            for investor, _ in investors:
                if investor.id != investee.id:
                    facts.append(Fact(investor, relation, investee, {**p, "confidence": 0.8},
                                      Evidence(ctx.doc_id, line, quote)))
            country = _row_country(cells, country_col, hint, ctx)
            if country is not None:
                facts.append(Fact(investee, "BASED_IN", country, {"confidence": 0.7},
                                  Evidence(ctx.doc_id, line, quote)))
        facts += _glossed_places(investors, ctx, Evidence(ctx.doc_id, line, quote))
        facts += _parents(investors, cells, parent_col, ctx, Evidence(ctx.doc_id, line, quote))
    return facts


def _parents(investors: list[tuple[Actor, str | None]], cells: list[str], parent_col: int | None,
             ctx: TableContext, evidence: Evidence) -> list[Fact]:
    """The group each investor of a row belongs to, as the row's parent cell says: a table of
    corporate venture arms names each arm beside its parent ("GS벤처스 | ㈜GS")."""
    if parent_col is None or parent_col >= len(cells):
        return []
    parents = [parent for parent, _ in _names(cells[parent_col], ctx, "company") if parent.type in ("Company", "Investor")]
    return [Fact(investor, "SUBSIDIARY_OF", parents[0], {"confidence": 0.7}, evidence)
            for investor, _ in investors if len(parents) == 1 and investor.id != parents[0].id]


def _glossed_places(named: list[tuple[Actor, str | None]], ctx: TableContext, evidence: Evidence) -> list[Fact]:
    """Where the investors of a row are based, as the country glossed after each name says
    ("제너럴 카탈리스트(미국)"): a table's way of writing "the American fund X"."""
    facts = []
    for actor, hint in named:
        country = ctx.country_of(hint) if hint else None
        if country is not None and actor.type != "Country":
            facts.append(Fact(actor, "BASED_IN", country, {"confidence": 0.7}, evidence))
    return facts


def _row_country(cells: list[str], country_col: int | None, hint: str | None, ctx: TableContext) -> Actor | None:
    """Where a row's investee is based: the country glossed after its name ("Kestrel(미국)"),
    else the row's country cell."""
    if hint:
        return ctx.country_of(hint)
    if country_col is None or country_col >= len(cells):
        return None
    country = table_country(cells[country_col], ctx)
    return country if country is not None and country.id != "unspecified" else None


def _cell_amount(cell: str, unit, header_unit) -> dict:
    amounts = find_amounts(cell)
    if amounts:
        return amounts[0].properties()
    number = re.fullmatch(r"\s*([\d,]+(?:\.\d+)?)\s*(\+)?\s*", cell)
    if not number:
        return {}
    value = float(number.group(1).replace(",", ""))
    scale, unit_word, currency = unit or (1.0, "", "USD")
    if header_unit and not unit:
        scale = {"백만": 1e6, "억": 1e8, "천만": 1e7, "만": 1e4}.get(header_unit.group(1) or "", 1.0)
        unit_word = header_unit.group(1) or ""
        currency = "USD" if header_unit.group(2) in ("USD", "달러") else {"원": "KRW", "위안": "CNY"}[header_unit.group(2)]
    props = unit_amount(value, (scale, unit_word, currency))
    if number.group(2):
        props["qualifier"] = "at least"
    return props


def _flow_table(rows: list[Block], caption_text: str, ctx: TableContext) -> list[Fact]:
    header = _cells(rows[0])
    unit = table_unit(caption_text) or (1e6, "백만", "USD")
    dates = find_dates(caption_text)
    year = dates[-1].year if dates else None
    caption = TABLE_CAPTION.match(caption_text.strip())
    table_name = f"표 {caption.group('number')}" if caption and caption.group('number') else None
    columns: list[tuple[int, Actor, str, float, list[float]]] = []
    for k, cell in enumerate(header):
        m = _FLOW_HEADER.match(cell)
        if not m:
            continue
        country = table_country(m.group("country"), ctx)
        if country is not None:
            columns.append((k, country, m.group("side"), float(m.group("total").replace(",", "")), []))
    facts: list[Fact] = []
    for row in rows[1:]:
        cells = _cells(row)
        for k, header_country, side, _total, seen in columns:
            if k + 1 >= len(cells):
                continue
            cell = _FLOW_CELL.match(cells[k])
            value = re.fullmatch(r"[\d,]+(?:\.\d+)?", cells[k + 1])
            if not cell or not value:
                continue
            row_country = table_country(cell.group("country"), ctx)
            if row_country is None:
                ctx.warnings.append(f"line {row.first_line}: unknown country {cell.group('country')!r} in a flow table")
                continue
            amount = float(value.group(0).replace(",", ""))
            seen.append(amount)
            source, target = (row_country, header_country) if side == "유치" else (header_country, row_country)
            props = {**unit_amount(amount, unit, year), "share_pct": float(cell.group("pct")),
                     "direction": "inbound" if side == "유치" else "outbound", "confidence": 0.9}
            if year:
                props.update(year=year, date=str(year))
            if table_name:
                props["table"] = table_name
            facts.append(Fact(source, "VC_FLOW", target, props,
                              Evidence(ctx.doc_id, row.first_line, " ".join(row.text.split())[:200])))
    for _k, country, side, total, seen in columns:
        shown = sum(seen)
        if shown > total * 1.001:
            ctx.warnings.append(
                f"{table_name or 'flow table'}: rows for {country.name} ({side}) sum to {shown:,.0f}, "
                f"more than the stated total {total:,.0f}"
            )
    return facts


def _pair_flow_table(rows: list[Block], columns: tuple[int, int], caption_text: str, ctx: TableContext) -> list[Fact]:
    """Country flows of a table naming both ends in every row ("미국 | 이스라엘 | 38.7"): the
    first column headed as an amount gives the sum, in the caption's unit, in its year."""
    header = _cells(rows[0])
    source_col, destination_col = columns
    amount_col = next((k for k, c in enumerate(header) if _HEADER_AMOUNT.search(c)), None)
    unit = table_unit(header[amount_col] if amount_col is not None else "") or table_unit(caption_text)
    dates = find_dates(caption_text)
    facts: list[Fact] = []
    for row in rows[1:]:
        cells = _cells(row)
        if max(source_col, destination_col) >= len(cells):
            continue
        source, target = table_country(cells[source_col], ctx), table_country(cells[destination_col], ctx)
        if source is None or target is None or source.placeholder or target.placeholder:
            continue
        props: dict = {"confidence": 0.85}
        if amount_col is not None and amount_col < len(cells):
            props.update(_cell_amount(cells[amount_col], unit, None))
        if dates:
            props.update(year=dates[-1].year, date=str(dates[-1].year))
        facts.append(Fact(source, "VC_FLOW", target, props,
                          Evidence(ctx.doc_id, row.first_line, " ".join(row.text.split())[:200])))
    return facts


def table_country(name: str, ctx: TableContext) -> Actor | None:
    name = _clean(name)
    if _UNSPECIFIED.match(name):
        return unspecified_country()
    entry = ctx.gazetteer.lookup(name)
    if entry is not None and entry.type == "Country":
        return entry.to_actor()
    found = [m for m in ctx.gazetteer.find(name) if m.entry.type == "Country"]
    return found[0].entry.to_actor() if found else None


def _roster(blocks: list[Block], index: int, ctx: TableContext) -> list[Fact]:
    """Participants and roles listed one per line under a "참여 기업 및 역할" header.

    Works on the original lines, since joining may have run short roster lines together.
    """
    programme = None
    for b in reversed(blocks[max(0, index - 6):index + 1]):
        programmes = [m for m in find_mentions(b.text, ctx.gazetteer) if m.actor.type == "Program"]
        if programmes:
            programme = programmes[0].actor
            break
    if programme is None:
        return []
    lines = [ln for b in blocks[index:index + 30] for ln in b.lines()]
    start = next(i for i, (_, text) in enumerate(lines) if _ROSTER_HEADER.search(text)) + 1
    # "구분 참여 기관 역할": a line of column names may stand between the caption and the rows.
    while start < len(lines) and _ROSTER_HEADER.search(lines[start][1]) and not _roster_members(lines[start][1], ctx):
        start += 1
    facts: list[Fact] = []
    for number, text in lines[start:]:
        members = _roster_members(text, ctx)
        if not members or len(text) > 60:
            break
        label = text[:members[0].start].strip()
        rest = text[members[-1].end:].strip()
        country = None
        mentions = find_mentions(text[members[-1].end:], ctx.gazetteer)
        if mentions and mentions[0].actor.type == "Country" and mentions[0].start <= 2:
            country = mentions[0].actor
            rest = text[members[-1].end + mentions[0].end:].strip()
        evidence = Evidence(ctx.doc_id, number, text)
        props = {"confidence": 0.8}
        role = " ".join(filter(None, [label, re.sub(r"\s*등$", "", rest)]))
        if role:
            props["role"] = role
        for member in members:
            facts.append(Fact(member.actor, "PARTICIPATES_IN", programme, props, evidence))
            if country is not None:
                facts.append(Fact(member.actor, "BASED_IN", country, {"confidence": 0.7}, evidence))
    return facts


# A roster row may open with a short label column ("운영책임 OpenAI ...", "기타 기술 파트너 A, B ...";
# an unknown name may start the list: "기타 파트너 X, Y, Z").
_ROSTER_LABEL = re.compile(r"^(?:[가-힣A-Za-z·/]{1,8},?\s){1,4}$")
_ROSTER_SEPARATOR = re.compile(r"^\s*(?:,|、|·|및|and)?\s*$")


def _roster_members(text: str, ctx: TableContext) -> list[Mention]:
    """The organisations a roster row lists: the names at its start, after an optional label."""
    if SOURCE_LINE.match(text):
        return []
    mentions = find_mentions(text, ctx.gazetteer)
    if not mentions or mentions[0].actor.type == "Country":
        return []
    first = mentions[0]
    label = text[:first.start]
    if label and not (_ROSTER_LABEL.match(label) and not find_mentions(label, ctx.gazetteer)):
        return []
    members = [first]
    for m in mentions[1:]:
        if m.actor.type == "Country" or not _ROSTER_SEPARATOR.match(text[members[-1].end:m.start]):
            break
        members.append(m)
    return members
