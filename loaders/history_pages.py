"""The company a history page (회사 연혁, "HISTORY") is about, the unstated actor of its items.

A company's website lists its milestones under a year heading, one dated item a line, in
headline grammar without a subject, since the site's own name heads the page::

    라온랩스 RaonLabs
    연혁 HISTORY
    2024
    05  KT와 AI 콜센터 공급 계약 체결
        · 리드: 가온벤처스 / 참여: 한빛인베스트
    03  시리즈A 투자 유치 (120억원)

Every item, the lines indented under it and its sub-bullets, is the company's own act: it
signed with KT, it raised the round. A reader takes the site's owner, named on its first
line, as the subject none of these lines gives. Its units abroad ("일본 자회사 'X' 설립") are read
by loaders.relations.local_units, which takes the page's company (``topic``) as their owner.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor
from graph.schema import ORGANISATIONS
from loaders.amounts import find_amounts
from loaders.mentions import GLOSS, Mention
from loaders.normalise import DATED_MARKER
from loaders.relations.fact import Fact, discovered_programme, sentence_evidence
from loaders.relations.round_items import SUB_BULLET
from loaders.relations.site_pages import masthead_actor
from loaders.relations.tables import TableContext

# "연혁 HISTORY", "HOME > 회사소개 > 연혁", "History", "沿革": a history page's heading or crumb.
_HISTORY_HEADING = re.compile(r"(?:^|[\s>])(?:연혁|沿革|HISTORY|History|Milestones|MILESTONES)(?:\s|$)")
# "2026", "2019년": a year heading alone on its line.
_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d{2}년?\s*$")
_COMPANIES = ("Company", "Startup")
_BACKERS = ("Investor", "Company")
#: Dated items a page must list to be a timeline, not one dated line.
_MIN_ITEMS = 3
# "시드 투자 유치 (A)", "시리즈B 투자 유치 (350억원)": the company raised a round.
_ROUND_RAISED = re.compile(r"투자\s?유치")
# "'P' 공급기업 선정", "TIPS 프로그램 선정", "'P' 2단계 진입", "'P' 합류": taken into a programme,
# the act closing the item (before a bracketed note).
_TAKEN_IN = re.compile(r"(?:[가-힣0-9]{1,8}\s)?(?:선정|선발|합류|진입|참여)\s*(?:\([^()]*\))?\s*$")
# "'K-AI 고도화 사업'": a programme's title in quotes, which no name list may know yet.
_QUOTED_PROGRAMME = re.compile(r"['‘](?P<name>[^'’]{2,40}?(?:사업|프로젝트|프로그램|과제))['’]")
# "(A 주관 컨소시엄 참여기관, ...)": the consortium's leader takes part in the programme too.
_CONSORTIUM_LED = re.compile(r"\s?주관\s?컨소시엄")
# "지원금 9.8억원", "정부출연금 24억원", "R&D 자금 5억원 지원": money a programme gave.
_GRANT = re.compile(r"출연금|보조금|자금|지원")
# "(공동창업자: 대표이사 P, CTO Q / ...)": who founded the company.
_FOUNDERS_LABEL = re.compile(r"(?:공동\s?)?(?:창업자|창업주|설립자|창업멤버)\s?[:：]")
_FOUNDERS_END = re.compile(r"[/)]")
# "B 인수 — 지분 100% 취득, 자회사 편입": the company bought is kept as its subsidiary.
_BOUGHT = re.compile(r"\s?인수")
_MADE_A_SUBSIDIARY = re.compile(r"자회사\s?(?:로\s?)?편입")
# "B 전략적 지분투자 (지분 35%, 30억원)": the company put money into B.
_STAKE_TAKEN = re.compile(r"\s(?:전략적\s?)?(?:지분\s?)?투자\s*(?:\([^()]*\))?\s*$")
# "B AI 상담사 도입 사업 수주": the company won B's contract.
_ORDER_WON = re.compile(r"\s(?:[^\s()]+\s){0,4}?(?:사업|계약|프로젝트)?\s?수주\s*(?:\([^()]*\))?\s*$")
# "서비스 'X' 출시", "엔진 'X' 공개", "모델 'X' 개발 완료": a product the company released, in quotes.
_QUOTED_PRODUCT = re.compile(r"['‘]?[^'’]{2,30}['’]\s?(?:정식\s)?(?:출시|공개|개발|선보)")
# "프로그램 'P' 출범": a programme the company started.
_STARTED = re.compile(r"['‘]?[^'’]{2,40}['’]\s?(?:출범|개시|시작|론칭|런칭)")
_PRODUCTS = ("Model", *_COMPANIES)


class CompanyHistory:
    """The lines of a company's history timeline, and the company they are about."""

    def __init__(self, lines: list[str], first_line: str, ctx: TableContext) -> None:
        self._owner: Actor | None = None
        self._lines: range = range(0)
        self._raw = lines
        self._item = _Item("", [])
        if not any(_HISTORY_HEADING.search(line) for line in lines):
            return
        span = _timeline_span(lines)
        if span is None:
            return
        owner = masthead_actor(first_line, ctx)
        if owner is not None and owner.type in _COMPANIES:
            self._owner, self._lines = owner, span

    def read(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """Facts of a timeline line about the page's company: an item, or a detail line under one."""
        line = line_at(0)
        if self._owner is None or line not in self._lines:
            return []
        evidence = sentence_evidence(doc_id, line_at, text)
        if not _is_detail_line(self._raw[line - 1]):
            self._item = _Item(text, mentions)
            return [Fact(s, r, o, props, evidence) for s, r, o, props in self._item.facts(self._owner)]
        return [Fact(s, r, o, props, evidence) for s, r, o, props in self._item.details(text, mentions, self._owner)]

    def topic(self, line: int) -> list[Mention]:
        """The page's company, as the topic of the timeline's line ``line`` (1-based)."""
        if self._owner is None or line not in self._lines:
            return []
        return [Mention(0, 0, self._owner, self._owner.name, discovered=self._owner.discovered)]


def _is_detail_line(line: str) -> bool:
    """Whether ``line`` sits under an item, giving its details: a sub-bullet ("· 참여: ...",
    "- 리드: ...") or a bracketed note ("(공동창업자: ...)")."""
    return bool(SUB_BULLET.match(line)) or line.lstrip().startswith("(")


def _timeline_span(lines: list[str]) -> range | None:
    """The 1-based lines from the first year heading to the end of the last dated item (the
    lines set under it with no blank line between), if they hold a timeline's items."""
    first = next((i for i, line in enumerate(lines) if _YEAR_LINE.match(line)), None)
    if first is None:
        return None
    dated = [i for i in range(first, len(lines)) if DATED_MARKER.match(lines[i])]
    if len(dated) < _MIN_ITEMS:
        return None
    last = dated[-1]
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return range(first + 1, last + 2)


_Said = tuple[Actor, str, Actor, dict]


class _Item:
    """A dated item of the timeline: what it says the company did, and what its detail lines add."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.raised = _ROUND_RAISED.search(text)
        self.programme = _programme_taken_in(text, mentions)
        self.payer = next((m.actor for m in mentions if m.actor.type == "Government"), None) if self.programme else None
        self._mentions = mentions

    def facts(self, owner: Actor) -> list[_Said]:
        """What the item says its unstated subject, the page's company, did."""
        said: list[_Said] = []
        if self.raised:
            said += self._backers(self.text, self._mentions, owner, self.raised.end())
        if self.programme is not None:
            said.append((owner, "PARTICIPATES_IN", self.programme, {}))
        said += _companies_dealt_with(self.text, self._mentions, owner)
        said += [(owner, "DEVELOPS", replace(m.actor, type="Model", kind=None), {}) for m in self._mentions
                 if m.actor.type in _PRODUCTS and _QUOTED_PRODUCT.match(self.text, _quote_start(self.text, m))]
        said += [(owner, "LAUNCHED", m.actor, {}) for m in self._mentions
                 if m.actor.type == "Program" and _STARTED.match(self.text, _quote_start(self.text, m))]
        return said + _founders(self.text, self._mentions, owner)

    def details(self, text: str, mentions: list[Mention], owner: Actor) -> list[_Said]:
        """What a detail line adds to the item: the round's backers, the programme's grant, the founders."""
        said: list[_Said] = _founders(text, mentions, owner)
        if self.raised:
            said += self._backers(text, mentions, owner, 0)
        if self.programme is not None:
            said += [(m.actor, "PARTICIPATES_IN", self.programme, {}) for m in mentions
                     if m.actor.type in ORGANISATIONS and _CONSORTIUM_LED.match(text, m.end)]
        if self.programme is not None and _GRANT.search(text):
            payer = next((m.actor for m in mentions if m.actor.type == "Government"), self.payer)
            amount = next(iter(find_amounts(text)), None)
            if payer is not None and amount is not None:
                said.append((payer, "FUNDS", owner, amount.properties()))
        return said

    @staticmethod
    def _backers(text: str, mentions: list[Mention], owner: Actor, start: int) -> list[_Said]:
        """The backers a round's line names from ``start`` on, not the affiliates a gloss adds
        ("A(Pavilion, B 계열)")."""
        glossed = _inside_glosses(text, mentions)
        return [(m.actor, "INVESTED_IN", owner, {}) for m in mentions
                if m.start >= start and m.actor.type in _BACKERS and m.actor.id != owner.id and m not in glossed]


def _programme_taken_in(text: str, mentions: list[Mention]) -> Actor | None:
    """The programme an item says the company was taken into: the last one named before the act."""
    taken = _TAKEN_IN.search(text)
    if taken is None:
        return None
    named = [m for m in mentions if m.actor.type == "Program" and m.end <= taken.start() + 1]
    if named:
        return named[-1].actor
    quoted = [q for q in _QUOTED_PROGRAMME.finditer(text, 0, taken.start() + 1)]
    return discovered_programme(quoted[-1].group("name")) if quoted else None


def _quote_start(text: str, m: Mention) -> int:
    """Where the quoted name ``m`` starts, its opening quote included when the mention left it out."""
    return m.start - 1 if m.start and text[m.start - 1] in "'‘" else m.start


def _inside_glosses(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions inside the brackets right after another name: its spelling or its group."""
    glosses = [g.span() for m in mentions if (g := GLOSS.match(text, m.end))]
    return [m for m in mentions if any(start < m.start < end for start, end in glosses)]


def _founders(text: str, mentions: list[Mention], owner: Actor) -> list[_Said]:
    """The people a founders' label lists ("공동창업자: 대표이사 P, CTO Q / ...")."""
    label = _FOUNDERS_LABEL.search(text)
    if label is None:
        return []
    end = _FOUNDERS_END.search(text, label.end())
    stop = end.start() if end else len(text)
    return [(m.actor, "FOUNDED", owner, {}) for m in mentions if m.actor.type == "Person" and label.end() <= m.start < stop]


def _companies_dealt_with(text: str, mentions: list[Mention], owner: Actor) -> list[_Said]:
    """The company bought and kept as a subsidiary, the one invested in, the one whose order was won."""
    said: list[_Said] = []
    for m in mentions:
        if m.actor.type not in _COMPANIES or m.actor.id == owner.id:
            continue
        if _BOUGHT.match(text, m.end):
            said.append((owner, "ACQUIRED", m.actor, {}))
            if _MADE_A_SUBSIDIARY.search(text, m.end):
                said.append((m.actor, "SUBSIDIARY_OF", owner, {}))
        elif _STAKE_TAKEN.match(text, m.end):
            amount = next(iter(find_amounts(text)), None)
            said.append((owner, "INVESTED_IN", m.actor, amount.properties() if amount else {}))
        elif _ORDER_WON.match(text, m.end):
            said.append((owner, "PARTNERS_WITH", m.actor, {}))
    return said
