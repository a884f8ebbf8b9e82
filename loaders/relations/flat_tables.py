"""Deal tables that PDF extraction flattened into plain lines (no tabs).

Read on the original lines, since joining may have run short table lines together.

* Funding lists: a header of short lines naming the funded company and the amount but no
  investor ("피투자자 분야 / 투자금액 / (원) / 시점"), then one round per line
  ("업스테이지 AI 모델 620억 ’25년 8월"). The table reports rounds without their investors,
  so each row becomes ``Unnamed investors -INVESTED_IN-> company`` with amount and date.
* Deal lists: rows "counterparty [sector] deal-type date description", the deal type and
  date side by side ("Kairos Power 원자력 파트너십 ’24.10 ..."), a long name or sector
  often broken over several lines. The column of the company making the deals is often
  lost (logos). It is recovered, in this order, from the row's description ("구글이 초기
  단계 자본을 제공"), from a single company named in the table's title, or from the
  document's prose, where the company is the topic of a sentence naming the counterparty
  ("알파벳(구글)은 New Green Power, Energix ... 등과의 파트너십을 통해"). A row whose company
  cannot be recovered gives no fact. The first amount of a row's description is the deal's
  value ("... 공동 개발하기 위한 200억 달러 규모 파트너십").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from graph.model import Actor, Evidence
from loaders.amounts import find_amounts, table_unit
from loaders.dates import find_dates
from loaders.discovery import discovered_actor
from loaders.mentions import Mention, find_mentions
from loaders.normalise import Block, without_glosses
from loaders.relations.fact import Fact
from loaders.relations.placeholders import unnamed_investors
from loaders.relations.tables import (
    PARTICIPANTS,
    SOURCE_LINE,
    TABLE_CAPTION,
    TableContext,
    cell_actor,
    participant_caption,
    selection_caption_programme,
    tab_table,
)

Line = tuple[int, str]  # (original line number, text)

# -- funding lists -----------------------------------------------------------------------

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

# -- deal lists --------------------------------------------------------------------------

# A deal type and its date side by side: "파트너십 ’24.8", "인수 ‘24.3", "투자 ’25년 5월".
_SHORT_YEAR = r"[‘'’]\d{2}"
_DEAL = re.compile(rf"(?:^|\s)(?P<deal>파트너십|제휴|계약|MOU|투자|인수)\s+(?P<date>{_SHORT_YEAR}(?:\.\d{{1,2}}|년\s*\d{{1,2}}\s*월))(?!\d)")
# Few lines have a quoted short year; this pattern, which starts with a character class,
# finds them with the regex engine's fast scan, sparing the others the _DEAL search.
_HAS_SHORT_YEAR = re.compile(_SHORT_YEAR)
_DEAL_RELATION = {"파트너십": "PARTNERS_WITH", "제휴": "PARTNERS_WITH", "계약": "PARTNERS_WITH", "MOU": "PARTNERS_WITH",
                  "투자": "INVESTED_IN", "인수": "ACQUIRED"}
# A sector cell broken over lines: short Korean words ("재생", "에너지").
_SECTOR_LINE = re.compile(r"^[가-힣]{1,5}(?:\s[가-힣]{1,5})?$")
_LATIN_LINE = re.compile(r"^[A-Z][\w.&'-]*(?:\s+[\w.&'-]+)*$")
_LEADING_LATIN = re.compile(r"^[A-Z][\w.&'-]*(?:\s+[A-Z0-9][\w.&'-]*)*")
_CAPTION = re.compile(r"^\s*(?:\[.*\]|<.*>|표\s*\d.*)\s*$")
_MAX_ROW_GAP = 10  # lines between two rows of one table
_MIN_ROWS = 3
_COMPANY_TYPES = ("Company", "Startup", "Investor")
# A line ending a sentence of running text: table cells end in nouns ("계약 체결").
_PROSE_END = re.compile(r"다\s*[.!?]\s*$")
_SENTENCE_END = re.compile(r"(?:다|음|함|됨)\s*[.!?]\s|[.!?]\s+(?=[A-Z가-힣])")


# -- cell grids ---------------------------------------------------------------------------

# A table flattened one cell per line: under its caption, a line per column name ("국가",
# "프로그램", "주관 기관", "규모", "주요 참여 기관"), then each row as as many lines. A grid with a
# programme column and a participants column lists each programme's members.
_GRID_HEAD_MAX = 12
_GRID_CELL_MAX = 60
_GRID_PROGRAMME_HEAD = re.compile(r"^(?:프로그램|사업(?:명)?|과제(?:명)?|이니셔티브|Programme|Program)$", re.I)
# "경제재정부(운용: Bpifrance)": the body that runs the programme for its owner takes part in it.
_GRID_OPERATOR = re.compile(r"[(（]\s*(?:운용|운영|관리|집행)\s*[:：]\s*([^()（）]+)[)）]")
# "A, B 및 C", "A·B": the names a cell lists.
GRID_NAMES = re.compile(r"\s*(?:,|、|·|/|및)\s*")


# "붙임 1. 「X」 선정 컨소시엄 현황", "[별첨 2] ...": a press release's annex, captioning the table under it.
ANNEX_CAPTION = re.compile(r"^\s*[\[<]?\s*(?:붙임|별첨|첨부)\s*\d+\s*[.\]>]?\s")
# "※ 참여기관 수는 ...": a note under a table, which ends it.
NOTE_LINE = re.compile(r"^\s*※")

# "(단위: 억원)": the unit of a table's figures, on the line under its caption.
UNIT_LINE = re.compile(r"^\s*[(（]\s*단위")


def _is_caption(text: str) -> bool:
    return bool(TABLE_CAPTION.match(text) or ANNEX_CAPTION.match(text))


def _cell_grids(lines: list[Line], ctx: TableContext) -> list[Fact]:
    """Facts of every captioned cell grid: members of the programmes listed, or the deals."""
    facts: list[Fact] = []
    for i, (number, text) in enumerate(lines):
        if _is_caption(text) and not participant_caption(text):
            # "(단위: 억 달러)" under the caption says the amounts' unit; the column names follow it.
            unit_line = i + 1 < len(lines) and UNIT_LINE.match(lines[i + 1][1]) and table_unit(lines[i + 1][1])
            header, rows = cell_grid(lines, i + 2 if unit_line else i + 1, ctx)
            # A caption naming the programme selected ("붙임 1. 「X」 선정 컨소시엄 현황") makes a row's
            # 과제명 one task of it: its members take part in X (see tables._member_table).
            tasks_of_one = selection_caption_programme(text) is not None
            caption = (number, f"{text} {lines[i + 1][1]}" if unit_line else text)
            facts += (not tasks_of_one and _grid_members(header, rows, ctx)) or _grid_deals(header, rows, caption, ctx)
    return facts


def cell_grid(lines: list[Line], start: int, ctx: TableContext) -> tuple[list[str], list[list[Line]]]:
    """The column names of the grid starting at ``start`` and its rows of as many cells.

    Column names are short lines naming nothing known and holding no number outside brackets
    ("정부 지원(3년)" is a column's name and the span its figures cover), but so may be
    the first row's first cells (a new company's name): the grid is as wide as the most column
    names whose rows, two or more, agree column by column on which cells hold numbers (amounts,
    dates); a single row takes all of them."""
    header: list[str] = []
    k = start
    while k < len(lines) and len(lines[k][1]) <= _GRID_HEAD_MAX and not re.search(r"\d", without_glosses(lines[k][1])) \
            and not find_mentions(lines[k][1], ctx.gazetteer) and not _names_a_column_value(lines[k][1].strip(), header):
        header.append(lines[k][1].strip())
        k += 1
    if len(header) > 1 and k < len(lines) and _DATE_CELL.match(lines[k][1]):
        return header, _dated_rows(lines, k, len(header), ctx)
    for width in range(len(header), 1, -1):
        rows = _grid_rows(lines, start + width, width)
        if len(rows) >= 2 and _numbers_agree(rows):
            return header[:width], rows
    return header, _grid_rows(lines, k, len(header)) if len(header) > 1 else []


def _names_a_column_value(cell: str, header: list[str]) -> bool:
    """True if ``cell`` ends in a column name read already, as a value of that column does
    ("제조 에이전트 컨소시엄" under "컨소시엄"): the first row has begun."""
    return any(cell != name and cell.endswith(" " + name) for name in header)


def _grid_rows(lines: list[Line], k: int, width: int) -> list[list[Line]]:
    """Rows of ``width`` cells from line ``k`` up to a source note, the next caption or a
    line too long for a cell."""
    rows: list[list[Line]] = []
    while k + width <= len(lines):
        row = lines[k:k + width]
        if any(ends_grid(text) for _, text in row):
            break
        rows.append(row)
        k += width
    return rows


# "2025.11", "2026.01.15", "’25.3": a grid whose rows open with a date.
_DATE_CELL = re.compile(r"^\s*(?:\d{4}|[‘'’]\d{2})\s?[.\-/]\s?\d{1,2}(?:\s?[.\-/]\s?\d{1,2})?\.?\s*$")
# A cell line ending in a list separator goes on on the next line ("SoftBank Vision Fund 2,").
_LIST_GOES_ON = re.compile(r"(?:,|、|·|및|&)\s*$")
_MAX_WRAPPED = 4  # more extra lines than this in a row: no grid row


def _dated_rows(lines: list[Line], k: int, width: int, ctx: TableContext) -> list[list[Line]]:
    """Rows of a grid whose first column is a date, each from one date line to the next.

    A narrow cell wraps onto more lines ("SoftBank Vision Fund 2," / "NVentures", "한국투" /
    "자파트너스"), so a row may take more lines than the grid has columns: the date, a
    column every row opens with, tells where each row starts, and the wrapped lines are joined
    back to their cells (:func:`_fitted`)."""
    rows: list[list[Line]] = []
    while k < len(lines) and _DATE_CELL.match(lines[k][1]):
        end = k + 1
        while end < len(lines) and not _DATE_CELL.match(lines[end][1]) and not ends_grid(lines[end][1]):
            end += 1
        row = _fitted(lines[k:end], width, ctx)
        if row is None:
            break
        rows.append(row)
        k = end
    return rows


def ends_grid(text: str) -> bool:
    """A line that is no cell: a source note, the next caption or running text."""
    return bool(SOURCE_LINE.match(text) or NOTE_LINE.match(text) or _is_caption(text)) or len(text) > _GRID_CELL_MAX


def _fitted(row: list[Line], width: int, ctx: TableContext) -> list[Line] | None:
    """The ``width`` cells of a row read over more lines, its wrapped lines joined back.

    A line wrapped out of a cell is told by the line before it ending in a list separator,
    or by the two pieces making one known name ("한국투" + "자파트너스"); a line that is a
    known name on its own is a cell of its own. Of the ways to join, the likeliest wins, and
    among equals the one joining the last columns: names lists, the widest cells, wrap most."""
    extra = len(row) - width
    if extra < 0 or extra > _MAX_WRAPPED:
        return None
    if extra == 0:
        return row
    gaps = range(1, len(row) - 1)  # the date cell never wraps
    best = max(combinations(gaps, extra), key=lambda joins: (sum(_wrap_likelihood(row[i], row[i + 1], ctx) for i in joins),
                                                            joins))
    cells: list[Line] = []
    for i, (number, text) in enumerate(row):
        if i - 1 in best:
            cells[-1] = (cells[-1][0], _joined(cells[-1][1], text.strip(), ctx))
        else:
            cells.append((number, text.strip()))
    return cells


def _wrap_likelihood(before: Line, after: Line, ctx: TableContext) -> int:
    """How likely line ``after`` goes on the cell of line ``before``."""
    if _LIST_GOES_ON.search(before[1]):
        return 2
    if _joined(before[1].strip(), after[1].strip(), ctx) != f"{before[1].strip()} {after[1].strip()}":
        return 2
    return -1 if ctx.gazetteer.lookup(after[1].strip()) else 0


def _joined(before: str, after: str, ctx: TableContext) -> str:
    """A cell's two lines as one: without a space where the break split a known name."""
    last, first = before.rsplit(" ", 1)[-1].split(",")[-1], after.split(" ", 1)[0]
    if re.search(r"[가-힣]$", last) and re.match(r"[가-힣]", first) and ctx.gazetteer.lookup(last + first):
        return before + after
    return f"{before} {after}"


# Share of a grid's cells that must agree with their column on holding a number: one amount
# left undisclosed ("비공개") does not make a grid of another width.
_AGREEING_CELLS = 0.9


def _numbers_agree(rows: list[list[Line]]) -> bool:
    """True if the rows' cells hold numbers column by column alike."""
    numbered = [[bool(re.search(r"\d", text)) for _, text in row] for row in rows]
    agreeing = sum(max(sum(column), len(column) - sum(column)) for column in zip(*numbered, strict=True))
    return agreeing >= _AGREEING_CELLS * len(rows) * len(rows[0])


def _grid_members(header: list[str], rows: list[list[Line]], ctx: TableContext) -> list[Fact]:
    """The members of each row's programme in a grid with a programme and a participants column."""
    programme_col = next((c for c, h in enumerate(header) if _GRID_PROGRAMME_HEAD.match(h)), None)
    members_col = next((c for c, h in enumerate(header) if PARTICIPANTS.search(h)), None)
    if programme_col is None or members_col is None:
        return []
    facts: list[Fact] = []
    for row in rows:
        programme = cell_actor(row[programme_col][1].strip(), ctx.gazetteer, "programme")
        if programme.type != "Program":
            break
        names = [n for n in GRID_NAMES.split(row[members_col][1]) if n.strip()]
        names += [m.group(1) for c, (_, text) in enumerate(row) if c != members_col for m in _GRID_OPERATOR.finditer(text)]
        for name in names:
            member = cell_actor(name.strip(), ctx.gazetteer, "")
            if member.type not in ("Program", "Country", "Person", "Model") and member.id != programme.id:
                number, text = row[members_col] if name in row[members_col][1] else row[0]
                facts.append(Fact(member, "PARTICIPATES_IN", programme, {"confidence": 0.7},
                                  Evidence(ctx.doc_id, number, text)))
    return facts


def _grid_deals(header: list[str], rows: list[list[Line]], caption: Line, ctx: TableContext) -> list[Fact]:
    """The deals of a grid with an investor and an investee column ("국가 / 기업 / 투자자 /
    금액 / 시기"), read as the tab-separated table it was before PDF extraction flattened it."""
    if not rows:
        return []
    as_tabs = [Block("\t".join(header), [(0, rows[0][0][0] - 1)], is_table_row=True)]
    as_tabs += [Block("\t".join(text.strip() for _, text in row), [(0, row[0][0])], is_table_row=True) for row in rows]
    return tab_table(as_tabs, [Block(caption[1], [(0, caption[0])])], ctx)


def extract_flat_tables(blocks: list[Block], ctx: TableContext) -> list[Fact]:
    """Facts from every flattened funding list, deal list and cell grid in a document."""
    lines = ctx.prose_lines(blocks)
    facts: list[Fact] = []
    i = 0
    while i < len(lines):
        if _RECIPIENT_HEAD.match(lines[i][1]) and len(lines[i][1]) < _MAX_LINE:
            found, end = _funding_list(lines, i, ctx)
            if found:
                facts += found
                i = end
        i += 1
    facts += _deal_lists(lines, blocks, ctx) + _cell_grids(lines, ctx)
    return facts


def _funding_list(lines: list[Line], start: int, ctx: TableContext) -> tuple[list[Fact], int]:
    """Rounds listed under a recipient header, and the index of the last row read."""
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
        row = _funding_row(text, unit, ctx)
        if row is None:
            break
        company, props = row
        facts.append(Fact(unnamed_investors(), "INVESTED_IN", company, props, Evidence(ctx.doc_id, number, text)))
        k += 1
    if not facts:
        ctx.warnings.append(f"line {lines[start][0]}: a funding table header with no rows read after it")
    return facts, k - 1


def _row_amount(text: str) -> re.Match[str] | None:
    """The amount cell of a row: a number after the first word, not part of a date."""
    for m in _AMOUNT_CELL.finditer(text):
        if m.start() > 0 and not re.match(r"\s*년|\.\d", text[m.end():]) and text[m.start() - 1] not in "’‘'":
            return m
    return None


def _funding_row(text: str, unit: re.Match[str] | None, ctx: TableContext) -> tuple[Actor, dict] | None:
    """(company, properties) of a row "name [sector] amount date", or None if it is not one."""
    amount_cell = _row_amount(text)
    dates = find_dates(text[amount_cell.end():]) if amount_cell else []
    if amount_cell is None or not dates:
        return None
    head = text[:amount_cell.start()].strip()
    mentions = find_mentions(head, ctx.gazetteer)
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


# -- deal lists whose company column was lost ---------------------------------------------

@dataclass
class _DealRow:
    counterparty: Actor
    relation: str
    date: str
    line: int  # where the row starts (its name)
    quote: str
    description: str


def _deal_lists(lines: list[Line], blocks: list[Block], ctx: TableContext) -> list[Fact]:
    anchors = [k for k, (_, text) in enumerate(lines) if _HAS_SHORT_YEAR.search(text) and _DEAL.search(text)]
    tables: list[list[int]] = []
    for k in anchors:
        if tables and k - tables[-1][-1] <= _MAX_ROW_GAP:
            tables[-1].append(k)
        else:
            tables.append([k])
    facts: list[Fact] = []
    for rows in (t for t in tables if len(t) >= _MIN_ROWS):
        first_line, last_line = lines[rows[0]][0], lines[rows[-1]][0]
        title = _title_company(lines, rows[0], ctx)
        for i, k in enumerate(rows):
            row = _deal_row(lines, k, rows[i - 1] if i else None, rows[i + 1] if i + 1 < len(rows) else None, ctx)
            if row is None:
                continue
            company = (_company_in(row.description, row.counterparty, ctx, particles=("이", "가", "은", "는"))
                       or title or _company_in_prose(row.counterparty, blocks, (first_line, last_line), ctx))
            if company is None:
                ctx.warnings.append(f"line {row.line}: deal with {row.counterparty.name}: whose, the table does not say")
                continue
            if company.id == row.counterparty.id:
                continue
            props = {"date": row.date, "year": int(row.date[:4]), "confidence": 0.6,
                     "note": "company column lost in the table; recovered from the text"}
            amounts = find_amounts(row.description, int(row.date[:4]))
            if amounts:  # "200억 달러 규모 파트너십": the deal's value
                props.update(amounts[0].properties())
            facts.append(Fact(company, row.relation, row.counterparty, props,
                              Evidence(ctx.doc_id, row.line, row.quote)))
    return facts


def _deal_row(lines: list[Line], k: int, previous: int | None, following: int | None,
              ctx: TableContext) -> _DealRow | None:
    """The row whose deal type and date are on line ``k``; its name may be on lines above."""
    number, text = lines[k]
    deal = _DEAL.search(text)
    head = text[:deal.start()].strip()
    start = k
    if head:
        name = _leading_name(head, ctx)
    else:
        name_lines: list[str] = []
        j = k - 1
        while j > (previous if previous is not None else -1) and j >= k - 6:
            cell = lines[j][1].strip()
            if _name_line(cell, ctx):
                name_lines.insert(0, cell)
                start = j
            elif name_lines or not _SECTOR_LINE.match(cell):
                break
            j -= 1
        name = " ".join(name_lines)
    if not name:
        return None
    dates = find_dates(deal.group("date"))
    if not dates:
        return None
    description = [text[deal.end():]]
    for _, line in lines[k + 1:following if following is not None else k + 4]:
        if _PROSE_END.search(line) or _CAPTION.match(line):
            break  # the table has ended: running text or the next caption
        description.append(line)
    quote = " ".join(t for _, t in lines[start:k + 1])
    return _DealRow(cell_actor(name, ctx.gazetteer, "investee"), _DEAL_RELATION[deal.group("deal")],
                    dates[0].date, lines[start][0], " ".join(quote.split())[:200], " ".join(description))


def _name_line(cell: str, ctx: TableContext) -> bool:
    """A line that is (part of) a name: Latin words, or a known name covering it."""
    if _LATIN_LINE.match(cell):
        return True
    found = ctx.gazetteer.find(cell)
    return bool(found) and found[0].start == 0 and found[0].end >= len(cell) - 1


def _leading_name(head: str, ctx: TableContext) -> str:
    """The name at the start of "Kairos Power 원자력": a known name, else the Latin words."""
    found = ctx.gazetteer.find(head)
    if found and found[0].start == 0:
        return head[:found[0].end]
    latin = _LEADING_LATIN.match(head)
    return latin.group(0) if latin else head.split(" ")[0]


def _title_company(lines: list[Line], first_row: int, ctx: TableContext) -> Actor | None:
    """The one company named in the table's title (a bracketed caption above the rows)."""
    for _, text in reversed(lines[max(0, first_row - 14):first_row]):
        if _CAPTION.match(text):
            companies = {m.actor.id: m.actor for m in find_mentions(text, ctx.gazetteer)
                         if m.actor.type in _COMPANY_TYPES}
            return next(iter(companies.values())) if len(companies) == 1 else None
    return None


def _company_in(text: str, counterparty: Actor, ctx: TableContext, particles: tuple[str, ...],
                before: int | None = None) -> Actor | None:
    """The last company in ``text`` (before ``before``) marked by one of ``particles``."""
    candidates: list[Mention] = [
        m for m in find_mentions(text, ctx.gazetteer)
        if m.actor.type in _COMPANY_TYPES and m.particle in particles and m.actor.id != counterparty.id
        and (before is None or m.end <= before)
    ]
    return candidates[-1].actor if candidates else None


def _company_in_prose(counterparty: Actor, blocks: list[Block], table: tuple[int, int],
                      ctx: TableContext) -> Actor | None:
    """The topic (은/는) of the first prose sentence that names the counterparty."""
    forms = _surface_forms(counterparty)
    for block in blocks:
        if block.is_table_row:
            continue
        for at in (at for form in forms for at in _word_positions(block.text, form)):
            if table[0] <= block.line_at(at) <= table[1]:
                continue  # the table itself
            starts = [m.end() for m in _SENTENCE_END.finditer(block.text, 0, at)]
            sentence_start = starts[-1] if starts else 0
            sentence = block.text[sentence_start:at]
            company = _company_in(sentence, counterparty, ctx, particles=("은", "는"))
            if company is not None:
                return company
    return None


def _surface_forms(actor: Actor) -> list[str]:
    """Names to look for in prose: the name, its aliases, and a long first word ("Energix")."""
    forms = [actor.name, *(actor.aliases or []), *([actor.name_ko] if actor.name_ko else [])]
    first = actor.name.split(" ")[0]
    if first != actor.name and len(first) >= 5 and first.isascii():
        forms.append(first)
    return list(dict.fromkeys(f for f in forms if len(f) >= 3))


def _word_positions(text: str, form: str):
    """Where ``form`` occurs in ``text`` as a whole word (Latin) or a prefix (Korean)."""
    if form not in text:
        return  # most blocks: a substring test is far cheaper than a regex scan
    for m in re.finditer(re.escape(form), text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            yield m.start()
