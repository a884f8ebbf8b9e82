"""Participant tables of a programme, flattened by PDF extraction into one row per line.

A policy report lists who takes part in a programme it has just introduced in a table whose
caption names the programme and says the rows are its participants ("표 3-5. 「X 2030」 1단계
주요 참여 기관"). PDF extraction keeps each row on a line of its own but drops the cell borders:

    기관명 소재지 역할 지원액(백만 유로)
    Lumen Systems 리옹 주관 기관 145
    국립데이터연구소
    (NDRI) 낭트 공동연구 38

A row opens with its organisation's name (the header's first column says so); a name too long
for its cell goes on the next line, whose first cell is then the name's bracketed gloss. Each
row's organisation takes part in the programme. When the header has a support column with its
unit ("지원액(백만 유로)"), the body the prose says launched the programme funds each row with
the row's last number.

Read on the original lines: joining may have run a row into the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.model import Actor, Evidence
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.amounts import bracketed_unit, find_amounts, table_unit, unit_amount
from loaders.corporate_names import company_name
from loaders.mentions import find_mentions
from loaders.normalise import Block
from loaders.relations.fact import Fact
from loaders.relations.flat_tables import ANNEX_CAPTION, GRID_NAMES, NOTE_LINE, UNIT_LINE, cell_grid
from loaders.relations.tables import (
    LEAD_HEADER,
    PARTICIPANTS,
    SOURCE_LINE,
    TABLE_CAPTION,
    TableContext,
    cell_actor,
    glossed_cell_actor,
    participant_caption,
    selection_caption_programme,
)

Line = tuple[int, str]

_QUOTED_TITLE = re.compile(r"[「『‘“\"']([^」』’”\"']{2,40})[」』’”\"']")
_NAME_HEAD = re.compile(r"^\s*(?:참여\s*)?(?:기관|기업|업체|주체)(?:명)?(?=\s|$)|^\s*(?:Organi[sz]ation|Company|Name)\b", re.I)
_SUPPORT_HEAD = re.compile(r"(?:지원\s*(?:액|금액|규모)|예산|Funding|Grant)\s*[(（][^)）]*[)）]", re.I)
_FIGURE_CAPTION = re.compile(r"^\s*[\[<]?\s*(?:그림|Figure)\s*\d", re.I)
# A name's second line opens with its bracketed gloss ("(NDRI) 낭트 ...").
_GLOSS_LINE = re.compile(r"^\s*[(（]([^()（）]{1,40})[)）]")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9.&'’-]*(?:\s+[A-Z0-9][A-Za-z0-9.&'’-]*)*")
_HANGUL_WORD = re.compile(r"[가-힣]+")
_LAST_NUMBER = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*$")
# Running text after a table with no source line: a name marked as the topic ("A는 B와 협력하여";
# cells end in nouns, and many nouns end like the other particles: "평가", "결과"), or a
# sentence's end.
_PROSE = re.compile(r"^\S+(?:\s\S+){0,3}?(?<=[A-Za-z0-9가-힣)])(?:은|는)\s|다\.?\s*$")
_MAX_ROW = 80
_MAX_ROWS = 40


def participant_tables(blocks: list[Block], ctx: TableContext, known: Iterable[Actor], facts: list[Fact]) -> list[Fact]:
    """PARTICIPATES_IN (and FUNDS) facts of every captioned participant table whose programme the
    document names elsewhere (``known``); ``facts`` read so far tell who launched it."""
    lines = ctx.prose_lines(blocks)
    programmes = _programmes_by_name(known)
    found: list[Fact] = []
    for i, (_number, text) in enumerate(lines):
        caption = participant_caption(text)
        if caption is None:
            if ANNEX_CAPTION.match(text):
                found += _numbered_lead_rows(lines, i, programmes, facts, ctx)
            continue
        programme = _captioned_programme(caption.group("title"), programmes)
        if programme is not None and i + 1 < len(lines) and _LEAD_AND_MEMBERS_HEAD.match(lines[i + 1][1]):
            found += _lead_rows(lines, i, programme, facts, ctx)
            continue
        if programme is not None and i + 1 < len(lines) and not _NAME_HEAD.match(lines[i + 1][1]):
            found += _grid_participants(lines, i + 1, programme, facts, ctx)
            continue
        if programme is None or i + 1 >= len(lines):
            continue
        support = _SUPPORT_HEAD.search(lines[i + 1][1])
        unit = bracketed_unit(support.group()) if support else None
        funder = _launcher(programme, facts) if unit else None
        for row in _rows(lines, i + 2):
            found += _row_facts(row, programme, funder, unit, ctx)
    return found


def _programmes_by_name(known: Iterable[Actor]) -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    for actor in known:
        if actor.type == "Program":
            for name in (actor.name, *(actor.aliases or [])):
                out.setdefault(_key(name), actor)
    return out


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


def _captioned_programme(title: str, programmes: dict[str, Actor]) -> Actor | None:
    """The programme a caption quotes, if the document names it elsewhere; else the one a selection
    caption names ("AI 물류 선도 사업 선정 컨소시엄 현황"); else the one whose name or short name
    opens the caption ("<표> 에이전트K 선정 컨소시엄 현황")."""
    selected = selection_caption_programme(title)
    if selected is not None:
        return programmes.get(_key(selected.name), selected)
    quoted = _QUOTED_TITLE.search(title)
    if quoted:
        return programmes.get(_key(quoted.group(1)))
    first = title.split(" ", 1)[0]
    return programmes.get(_key(first)) if first else None


def _grid_participants(lines: list[Line], start: int, programme: Actor, facts: list[Fact],
                       ctx: TableContext) -> list[Fact]:
    """A participant table flattened one cell per line ("컨소시엄 / 주관기관 / 주요 참여기관 /
    정부 지원(3년)", then each row's cells): every organisation of the lead and member columns
    takes part in the programme; the programme's launcher funds each lead with the support
    column's figure."""
    header, rows = cell_grid(lines, start, ctx)
    lead = next((c for c, h in enumerate(header) if _LEAD_HEAD.search(h)), None)
    members = next((c for c, h in enumerate(header) if PARTICIPANTS.search(h)), None)
    support = next((c for c, h in enumerate(header) if _GRID_SUPPORT_HEAD.search(h)), None)
    funder = _launcher(programme, facts) if support is not None else None
    found: list[Fact] = []
    for row in rows:
        for column in (c for c in (lead, members) if c is not None):
            text = row[column][1]
            for name in (company_name(n) for n in GRID_NAMES.split(text)):  # "㈜가람센서" is 가람센서
                member = cell_actor(name, ctx.gazetteer, "organisation") if name else None
                if member is None or member.type not in ORGANISATIONS_AND_GOVERNMENT or member.id == programme.id:
                    continue
                # the row quoted whole from its first cell's line (a flattened row spans several)
                evidence = Evidence(ctx.doc_id, row[0][0], " ".join(t.strip() for _, t in row))
                found.append(Fact(member, "PARTICIPATES_IN", programme, {"confidence": 0.7}, evidence))
                amounts = find_amounts(row[support][1]) if funder is not None and column == lead else []
                if amounts:
                    found.append(Fact(funder, "FUNDS", member, {**amounts[0].properties(), "confidence": 0.6}, evidence))
    return found


_LEAD_HEAD = re.compile(LEAD_HEADER, re.I)
_GRID_SUPPORT_HEAD = re.compile(r"(?:정부\s*)?지원(?:금|액)?|예산|Funding|Grant", re.I)


# "주관기관 참여기관 실증 분야 정부출연금": a header on one line, its lead column then its members
# column, each row "LG AI연구원 가람로보틱스, KAIST 협동로봇 조립 620".
# "참여기관", "공동연구기관": the header of a consortium's members column.
_MEMBERS_COLUMN = r"(?:참여\s*(?:기관|기업|사)|공동\s*(?:연구|수행)\s*기관)"
_LEAD_AND_MEMBERS_HEAD = re.compile(rf"^\s*(?:{LEAD_HEADER})\s+{_MEMBERS_COLUMN}\s+\S", re.I)
_ROW_SUPPORT_HEAD = re.compile(r"국비|출연금|지원\s*(?:금|액)|예산")
# The members listed after the lead, up to the token after the last comma: "A, B, C 협동로봇 ...".
_MEMBER_LIST = re.compile(r"^((?:[^,\d]+,\s*)+)")


def _lead_rows(lines: list[Line], caption_at: int, programme: Actor, facts: list[Fact], ctx: TableContext) -> list[Fact]:
    """A participant table with a row per line opening with the consortium's lead and its members
    listed after it: both take part in the programme; with a support column ("정부출연금", "국비")
    and the caption's unit, the programme's launcher funds the lead with the row's last number."""
    header = lines[caption_at + 1][1]
    unit = table_unit(lines[caption_at][1]) or bracketed_unit(header)
    funder = _launcher(programme, facts) if unit and _ROW_SUPPORT_HEAD.search(header) else None
    found: list[Fact] = []
    for row in _rows(lines, caption_at + 2):
        text = row[0][1].strip()
        lead, rest = _leading_organisation(text, ctx)
        found += _consortium_facts(lead, _listed_members(rest, ctx), programme, funder, unit,
                                   Evidence(ctx.doc_id, row[0][0], text))
    return found


def _consortium_facts(lead: Actor, members: list[Actor], programme: Actor, funder: Actor | None,
                      unit: tuple[float, str, str] | None,
                      evidence: Evidence) -> list[Fact]:
    """A consortium's row of a participant table: its lead and members take part in the
    programme, and the programme's launcher (``funder``, known only with a support column) funds
    the lead with the row's last number in the table's unit."""
    found = [Fact(member, "PARTICIPATES_IN", programme, {"confidence": 0.7}, evidence) for member in [lead, *members]
             if member.type in ORGANISATIONS_AND_GOVERNMENT and member.id != programme.id]
    amount = _LAST_NUMBER.search(evidence.text)
    if funder is not None and amount is not None and lead.type in ORGANISATIONS_AND_GOVERNMENT:
        found.append(Fact(funder, "FUNDS", lead, {**unit_amount(float(amount.group(1).replace(",", "")), unit),
                                                  "confidence": 0.6}, evidence))
    return found


# "연번 분야 과제명 주관기관 참여기관 정부출연금": numbered rows, a lead column, then its members column.
_NUMBERED_LEAD_HEAD = re.compile(rf"^\s*(?:연번|번호|순번|No\.?)\s.*?(?:{LEAD_HEADER})\s+{_MEMBERS_COLUMN}(?:\s|$)", re.I)
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}\s")
_TOTAL_ROW = re.compile(r"^\s*(?:합\s*계|소\s*계|총\s*계|계|Total)\b", re.I)


def _numbered_lead_rows(lines: list[Line], caption_at: int, programmes: dict[str, Actor], facts: list[Fact],
                        ctx: TableContext) -> list[Fact]:
    """An annex table of the consortia a programme selected, its rows numbered and its cells
    wrapped over lines ("1 자동차 차체 용접 품질 예측 / AI 에이전트 현대자동차 A, / B 48"): the
    first known organisation of a row is its lead (the columns before it describe the task), the
    names after it its members; all take part in the programme, and with a support column the
    programme's launcher funds the lead with the row's last number in the caption's unit."""
    selected = selection_caption_programme(lines[caption_at][1])
    programme = programmes.get(_key(selected.name), selected) if selected is not None else None
    header_at = caption_at + 2 if caption_at + 1 < len(lines) and UNIT_LINE.match(lines[caption_at + 1][1]) else caption_at + 1
    if programme is None or header_at >= len(lines) or not _NUMBERED_LEAD_HEAD.match(lines[header_at][1]):
        return []
    header = lines[header_at][1]
    unit = table_unit(lines[header_at - 1][1]) or bracketed_unit(header)
    funder = _launcher(programme, facts) if unit and _ROW_SUPPORT_HEAD.search(header) else None
    found: list[Fact] = []
    for number, text in _numbered_rows(lines, header_at + 1):
        mentions = [m for m in find_mentions(text, ctx.gazetteer) if m.actor.type in ORGANISATIONS_AND_GOVERNMENT]
        if not mentions:
            continue
        lead, rest = mentions[0].actor, text[mentions[0].end:].strip()
        members = _listed_members(rest, ctx) or ([_leading_organisation(rest, ctx)[0]] if _HAS_A_NAME.match(rest) else [])
        found += _consortium_facts(lead, members, programme, funder, unit, Evidence(ctx.doc_id, number, text))
    return found


# A members cell that names someone: a word that is no figure.
_HAS_A_NAME = re.compile(r"^\s*[^\d\s]")


def _numbered_rows(lines: list[Line], start: int) -> list[Line]:
    """The rows of a numbered table from ``start``, each one line with its wrapped lines joined
    (a wrapped line opens with no row number), up to the total row or the table's end."""
    rows: list[Line] = []
    for number, text in lines[start:start + _MAX_ROWS * 3]:
        if _TOTAL_ROW.match(text) or SOURCE_LINE.match(text) or ANNEX_CAPTION.match(text) or len(text) > _MAX_ROW \
                or _PROSE.search(text) or NOTE_LINE.match(text):
            break
        if _ROW_NUMBER.match(text):
            rows.append((number, text.strip()))
        elif rows:
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {text.strip()}")
        else:
            break
    return rows


def _leading_organisation(text: str, ctx: TableContext) -> tuple[Actor, str]:
    """The organisation a row opens with (a known name, else its first word: a name column by
    construction) and the rest of the row."""
    mentions = find_mentions(text, ctx.gazetteer)
    end = mentions[0].end if mentions and mentions[0].start == 0 else len(text.split(" ", 1)[0])
    actor = mentions[0].actor if mentions and mentions[0].start == 0 else cell_actor(text[:end], ctx.gazetteer, "organisation")
    return actor, text[end:].strip()


def _listed_members(text: str, ctx: TableContext) -> list[Actor]:
    """The members a row lists after its lead: every name before the last comma, and the one after
    it (a known name, else one word)."""
    listed = _MEMBER_LIST.match(text)
    if listed is None:
        return []
    names = [company_name(n.strip()) for n in listed.group(1).split(",") if n.strip()]
    last, _ = _leading_organisation(text[listed.end():], ctx)
    return [cell_actor(n, ctx.gazetteer, "organisation") for n in names if n] + [last]


def _launcher(programme: Actor, facts: list[Fact]) -> Actor | None:
    """The body the prose says launched ``programme``."""
    return next((f.subject for f in facts if f.type == "LAUNCHED" and f.object.id == programme.id
                 and f.subject.type in ("Government", "Investor")), None)


def _rows(lines: list[Line], start: int) -> list[list[Line]]:
    """The table's rows from ``start``, each one line or a name line and its gloss line."""
    rows: list[list[Line]] = []
    k = start
    while k < len(lines) and len(rows) < _MAX_ROWS:
        number, text = lines[k]
        if SOURCE_LINE.match(text) or TABLE_CAPTION.match(text) or _FIGURE_CAPTION.match(text) or len(text) > _MAX_ROW or _PROSE.search(text):
            break
        if rows and _GLOSS_LINE.match(text) and len(rows[-1]) == 1 and " " not in rows[-1][0][1].strip():
            rows[-1].append((number, text))
        else:
            rows.append([(number, text)])
        k += 1
    return rows


def _row_facts(row: list[Line], programme: Actor, funder: Actor | None, unit: tuple[float, str, str] | None,
               ctx: TableContext) -> list[Fact]:
    member = _row_member(row, ctx)
    if member is None or member.type not in ORGANISATIONS_AND_GOVERNMENT or member.id == programme.id:
        return []
    text = row[-1][1]
    # The row is quoted whole, from its first line: a name cell may have wrapped over two.
    evidence = Evidence(ctx.doc_id, row[0][0], " ".join(t.strip() for _, t in row))
    facts = [Fact(member, "PARTICIPATES_IN", programme, {"confidence": 0.7}, evidence)]
    amount = _LAST_NUMBER.search(text)
    if funder is not None and unit is not None and amount is not None:
        facts.append(Fact(funder, "FUNDS", member, {**unit_amount(float(amount.group(1).replace(",", "")), unit),
                                                     "confidence": 0.6}, evidence))
    return facts


def _row_member(row: list[Line], ctx: TableContext) -> Actor | None:
    """The organisation a row opens with: a known name, a Latin name, or a Korean name whose
    gloss opens the row's second line."""
    first = row[0][1].strip()
    gloss = _GLOSS_LINE.match(row[1][1]) if len(row) > 1 else None
    if gloss:
        actor = glossed_cell_actor(first, gloss.group(1).strip(), ctx.gazetteer, "organisation")
        if actor.discovered:
            actor.aliases = [gloss.group(1).strip()]
        return actor
    mentions = find_mentions(first, ctx.gazetteer)
    if mentions and mentions[0].start == 0:
        return mentions[0].actor
    latin = _LATIN_NAME.match(first)
    if latin and len(latin.group()) > 1:
        return cell_actor(latin.group().strip(), ctx.gazetteer, "organisation")
    return None
