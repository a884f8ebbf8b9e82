"""A venture firm's own website flattened to text: its portfolio, exits and funds.

The site opens with the firm's name ("누리벤처스 | NURI VENTURES", "Acme Capital") and lists,
under a "포트폴리오 PORTFOLIO" heading, the companies it backs. An entry is a line with the
company's name (maybe with its Latin spelling, "메디온 Medion") and a row of cells split by " / "
under a header row ("회사명 / 분야 / 투자 단계 / 동반 투자사"), whose first column is the name
line. An "EXIT" list gives a row per company sold, its cells split by " | " ("A | 분야 | 2024년
B에 인수 | 최초 투자 2018 시드"). Under "펀드 FUNDS", a header "펀드명 / 결성 연도 / 결성 규모 / 주요
출자자(LP)" and a row per fund, its columns run together by spaces, the LPs last.

A reader of such a page knows, without any sentence saying so, that the site's owner invested
in every company of its portfolio and exits, that the co-investors column names others who did,
that the buyer an exit row names acquired the company, and that the firm set up each fund it
lists, its LPs putting money in (a state fund of funds or policy bank funds it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor, Evidence
from graph.schema import ORGANISATIONS
from loaders.discovery import discovered_actor
from loaders.mentions import Mention
from loaders.normalise import Block
from loaders.relations.fact import Fact, sentence_evidence
from loaders.relations.tables import TableContext

# The site's name on its first line, before its Latin spelling or a tagline: "누리벤처스 | NURI VENTURES".
_MASTHEAD = re.compile(r"^\s*(?P<name>[^|/—–]{2,40}?)\s*(?:[|—–]|$)")
# A page's heading: a short line naming a section, in Korean and/or capitals ("펀드 FUNDS", "EXIT").
_HEADING = re.compile(r"^\s*(?:[가-힣·]{1,8}\s+)?[A-Z][A-Z&·-]{2,}(?:\s[A-Z&·-]{2,})*\s*$|^\s*[가-힣·]{1,8}\s*$")
_PORTFOLIO = re.compile(r"포트폴리오|PORTFOLIO|Portfolio|투자\s?기업")
_EXITS = re.compile(r"^\s*(?:EXITS?|Exits?|엑시트|회수(?:\s?기업)?)(?:\s|$)|\s(?:EXITS?|Exits?)\s*$")
_FUNDS = re.compile(r"^\s*(?:펀드|조합|Funds?\b|FUNDS?\b)")
# A header row of cells split by " / ": its columns name what each row's cells are.
_SLASHES = re.compile(r"\s/\s")
# (a table row of such cells comes as tab-separated cells)
_PIPES = re.compile(r"\s\|\s|\t")
_COMPANY_COLUMN = re.compile(r"회사명|기업명|Company", re.I)
_CO_INVESTORS = re.compile(r"(?:동반|공동|참여)\s?투자(?:사|자)|co-?investors?", re.I)
_FUND_COLUMN = re.compile(r"펀드명|조합명|Fund(?:\s+name)?\b", re.I)
_LP_COLUMN = re.compile(r"출자자|\bLPs?\b|Limited\s+Partners", re.I)
# A company's name line: a name of one or two words, maybe followed by its Latin spelling.
_NAME_LINE = re.compile(r"^\s*(?P<name>[가-힣A-Za-z0-9][\w&.·-]*(?:\s[\w&.·-]+)?)\s*$")
_LATIN_SPELLING = re.compile(r"^(?P<name>[가-힣][가-힣0-9]*)\s+[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*$")
# A fund row's columns, run together by two or more spaces.
_WIDE_GAP = re.compile(r"\s{2,}")
# "한국벤처투자(모태펀드)", "스파크랩(SparkLabs)", "SBVA(구 소프트뱅크벤처스아시아)": a name and its gloss.
_GLOSSED = re.compile(r"^(?P<name>[^()（）]+?)\s*[(（](?P<gloss>[^()（）]*)[)）]\s*$")
# An exit cell naming the buyer: "2024년 B에 인수", "2023년 B 그룹이 지분 100% 인수", "acquired by B".
_SOLD_TO = re.compile(r"^(?:(?:19|20)\d{2}년?\s*(?:\d{1,2}월\s*)?)?(?P<buyer>.+?)(?:\s?그룹)?(?:에|이|가)\s"
                      r"(?:지분\s?[\d.]+\s?%\s?)?(?:인수|매각|피인수)|acquired\s+by\s+(?P<buyer_en>.+?)(?:\s+in\s+\d{4})?$")
_STATE_MONEY_KINDS = ("state-bank",)
# A description's notes: "'X' 개발", "X(영문) 개발·운영" (what the company makes), "'P' 참여기업" (a
# programme it is in), "공동창업자 P·Q", "창업자 P(전 ...)" (who founded it).
_MADE = re.compile(r"[)）]?['’]?\s?(?:[(（][^()（）]{1,30}[)）])?['’]?\s?(?:개발|출시)(?:[.·,\s]|$)")
_TAKES_PART = re.compile(r"['’]?\s?(?:참여\s?(?:기업|사|업체)?|선정\s?(?:기업|사)?)(?:[.·,\s]|$)")
_FOUNDER_ROLE = re.compile(r"(?:공동\s?)?(?:창업자|창업주|설립자)\s$")
_BETWEEN_FOUNDERS = re.compile(r"\s?(?:[(（][^()（）]{1,40}[)）])?\s?(?:·|,|와|과|및)\s?")


class SitePages:
    """What a venture firm's portfolio and fund pages say: the facts their lists give, and the
    company each line of a portfolio entry is about (its description names it no more:
    "흉부 CT 판독 소프트웨어 'X' 개발. 창업자 P.")."""

    def __init__(self, blocks: list[Block], ctx: TableContext, first_line: str):
        """``first_line`` is the document's first line, which names the site (the title, not a block)."""
        self.facts: list[Fact] = []
        self._entries: dict[int, Actor] = {}
        self._owner: Actor | None = None
        # an exit list's rows split by " | " are table rows, which prose_lines leaves out
        lines = [ln for block in blocks for ln in block.lines() if ln[1].strip()]
        if not lines or not any(_PORTFOLIO.search(text) or _FUNDS.match(text) for _, text in lines):
            return
        owner = _site_owner(first_line, ctx)
        if owner is None:
            return
        self._owner = owner
        reader = _SiteReader(owner, ctx)
        for i, (number, text) in enumerate(lines):
            following = lines[i + 1][1] if i + 1 < len(lines) else ""
            reader.read(number, text, following)
            if reader.entry is not None:
                self._entries[number] = reader.entry
        self.facts = reader.facts

    def describe(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """What an entry's description lines, noun-ended notes without a subject, say of the
        entry's company: "창업자 P", "공동창업자 P·Q" (its founders), "'X' 개발" (what it makes),
        "'프로그램' 참여기업" (a programme it takes part in)."""
        company = self._entries.get(line_at(0))
        if company is None:
            return []
        evidence = sentence_evidence(doc_id, line_at, text)
        facts = [Fact(person, "FOUNDED", company, {"confidence": 0.6}, evidence) for person in _founders(text, mentions)]
        for m in mentions:
            if _MADE.match(text, m.end) and m.actor.type not in ("Person", "Country", "Government"):
                product = replace(m.actor, type="Model", kind=None)
                facts.append(Fact(company, "DEVELOPS", product if m.discovered else m.actor, {"confidence": 0.6}, evidence))
            elif m.actor.type == "Program" and _TAKES_PART.match(text, m.end):
                facts.append(Fact(company, "PARTICIPATES_IN", m.actor, {"confidence": 0.6}, evidence))
        return facts

    @property
    def owner(self) -> list[Mention]:
        """The firm whose site this is, as what its pages' sentences without a subject are about."""
        return [Mention(0, 0, self._owner, self._owner.name, discovered=self._owner.discovered)] if self._owner else []

    def topic(self, line: int) -> list[Mention]:
        """The portfolio company the entry holding ``line`` is about, as the topic of its sentences."""
        company = self._entries.get(line)
        return [Mention(0, 0, company, company.name, discovered=company.discovered)] if company is not None else []


def _site_owner(first_line: str, ctx: TableContext) -> Actor | None:
    """The investor a site's first line names."""
    actor = masthead_actor(first_line, ctx)
    return actor if actor is not None and actor.type == "Investor" else None


def masthead_actor(first_line: str, ctx: TableContext) -> Actor | None:
    """The organisation a site's first line names, alone or before its Latin spelling
    ("라온랩스 RaonLabs") or tagline ("누리벤처스 | NURI VENTURES")."""
    masthead = _MASTHEAD.match(first_line)
    if masthead is None:
        return None
    name = masthead.group("name").strip()
    spelled = _LATIN_SPELLING.match(name)
    if spelled is not None and ctx.gazetteer.lookup(name) is None:
        name = spelled.group("name")
    return _actor(name, ctx)


def _actor(name: str, ctx: TableContext) -> Actor | None:
    """The actor a cell names: known by its name or its gloss, else discovered from its name."""
    name = name.strip()
    glossed = _GLOSSED.match(name)
    spellings = (glossed.group("name"), glossed.group("gloss")) if glossed else (name,)
    for spelling in spellings:
        entry = ctx.gazetteer.lookup(spelling.strip())
        if entry is not None:
            return entry.to_actor()
    name = spellings[0].strip()
    return discovered_actor(name) if name and not name.isdigit() else None


def _founders(text: str, mentions: list[Mention]) -> list[Actor]:
    """The people a founder role names before a name list: "공동창업자 P·Q" (Q may be a
    Latin name discovery took for a company)."""
    people: list[Actor] = []
    for i, m in enumerate(mentions):
        if people and _BETWEEN_FOUNDERS.fullmatch(text, mentions[i - 1].end, m.start):
            people.append(_as_person(m))
        elif people:
            break
        elif m.actor.type == "Person" and _FOUNDER_ROLE.search(text, max(0, m.start - 8), m.start):
            people.append(m.actor)
    return people


def _as_person(m: Mention) -> Actor:
    if m.actor.type == "Person" or not m.discovered:
        return m.actor
    return replace(m.actor, type="Person", kind=None)


class _SiteReader:
    """Reads a site's lines in order, knowing the section and the entry it is in."""

    def __init__(self, owner: Actor, ctx: TableContext):
        self.owner, self.ctx = owner, ctx
        self.facts: list[Fact] = []
        self.section = ""
        self.columns: list[str] = []
        self.company: Actor | None = None
        #: The company of the portfolio entry being read, until the next entry or heading.
        self.entry: Actor | None = None
        self.fund: Actor | None = None
        #: True after a fund row whose LP list ends with a comma: the next line goes on with it.
        self.wrapped = False

    def read(self, number: int, text: str, following: str) -> None:
        if _HEADING.match(text) and not _SLASHES.search(text):
            self._heading(text)
            return
        if self.section in ("portfolio", "exits"):
            self._portfolio_line(number, text, following)
        elif self.section == "funds":
            self._fund_line(number, text)

    def _heading(self, text: str) -> None:
        if _EXITS.search(text):
            self.section = "exits"
        elif _PORTFOLIO.search(text):
            self.section = "portfolio"
        elif _FUNDS.match(text):
            self.section = "funds"
        elif text.strip() != text.strip().upper() or len(text.split()) > 1:
            self.section = ""  # "뉴스 NEWS", "채용": another page
        self.columns, self.company, self.fund, self.entry = [], None, None, None

    # -- portfolio -------------------------------------------------------------------------

    def _portfolio_line(self, number: int, text: str, following: str) -> None:
        if _SLASHES.search(text) and _COMPANY_COLUMN.search(text):
            self.columns = _SLASHES.split(text.strip())
            return
        if _PIPES.search(text):
            self.entry = None
            self._exit_row(number, text)
            return
        if self.columns and _SLASHES.search(following) and (name := _NAME_LINE.match(text)):
            self.company = self.entry = self._company(name.group("name"))
            if self.company is not None:
                self._add(self.owner, "INVESTED_IN", self.company, number, text)
            return
        if self.company is not None and _SLASHES.search(text):
            self._co_investors(number, text)
            self.company = None

    def _company(self, name: str) -> Actor | None:
        spelled = _LATIN_SPELLING.match(name)
        actor = _actor(spelled.group("name") if spelled else name, self.ctx)
        if actor is None or actor.id == self.owner.id:
            return None
        if actor.type not in ORGANISATIONS:
            actor = replace(actor, type="Startup", kind=None)  # a gazetteer's actor is shared: never changed in place
        return actor if actor.type in ("Startup", "Company") else None

    def _co_investors(self, number: int, text: str) -> None:
        """The names the co-investors column lists for the entry: a row's cells align with the
        header's last columns, its first column being the name line above."""
        cells = _SLASHES.split(text.strip())
        columns = self.columns[len(self.columns) - len(cells):]
        for column, cell in zip(columns, cells, strict=False):
            if _CO_INVESTORS.search(column):
                for investor in self._listed(cell, ("Investor", "Company"), column_types=True):
                    self._add(investor, "INVESTED_IN", self.company, number, text)

    def _exit_row(self, number: int, text: str) -> None:
        cells = [c.strip() for c in _PIPES.split(text.strip())]
        company = self._company(cells[0])
        if company is None:
            return
        self._add(self.owner, "INVESTED_IN", company, number, text)
        for cell in cells[1:]:
            sold = _SOLD_TO.match(cell)
            buyer = _actor(sold.group("buyer") or sold.group("buyer_en"), self.ctx) if sold else None
            if buyer is not None and not buyer.discovered and buyer.type in ("Company", "Investor", "Startup"):
                self._add(buyer, "ACQUIRED", company, number, text)

    # -- funds -----------------------------------------------------------------------------

    def _fund_line(self, number: int, text: str) -> None:
        if _SLASHES.search(text) and _FUND_COLUMN.search(text):
            self.columns = _SLASHES.split(text.strip())
            return
        if not self.columns or not _LP_COLUMN.search(self.columns[-1]):
            return
        cells = _WIDE_GAP.split(text.strip())
        if len(cells) == len(self.columns):
            self.fund = self._fund(cells[0])
            if self.fund is None:
                return
            self._add(self.owner, "LAUNCHED", self.fund, number, text)
            self._limited_partners(cells[-1], number, text)
        elif len(cells) == 1 and self.fund is not None and self.wrapped:
            self._limited_partners(cells[0], number, text)  # the LP list wrapped onto the next line
        else:
            self.fund = None
        self.wrapped = text.rstrip().endswith(",")

    def _fund(self, cell: str) -> Actor | None:
        glossed = _GLOSSED.match(cell)
        name = (glossed.group("name") if glossed else cell).strip()
        if not name or name[0] in "*※":
            return None
        fund = discovered_actor(name, "programme")
        fund.type, fund.kind = "Program", "fund"
        return fund

    def _limited_partners(self, cell: str, number: int, text: str) -> None:
        for lp in self._listed(cell, ("Investor", "Company", "Government")):
            relation = ("FUNDS" if lp.type == "Government" or lp.kind in _STATE_MONEY_KINDS else "INVESTED_IN")
            self._add(lp, relation, self.fund, number, text)

    # -- shared ----------------------------------------------------------------------------

    def _listed(self, cell: str, types: tuple[str, ...], column_types: bool = False) -> list[Actor]:
        """The known actors a comma-separated cell lists ("A, B(구 C)", "A(GP 출자)"); with
        ``column_types``, a name nothing knows too, as an investor: the column says what it is."""
        found = []
        for name in (n.strip() for n in cell.split(",")):
            actor = _actor(name, self.ctx) if name else None
            if actor is not None and actor.discovered and column_types and actor.type not in types:
                actor.type, actor.kind = "Investor", None
            if actor is not None and actor.type in types and (not actor.discovered or column_types or actor.id == self.owner.id):
                found.append(actor)
        return found

    def _add(self, subject: Actor, relation: str, obj: Actor | None, number: int, text: str) -> None:
        if obj is not None and subject.id != obj.id:
            self.facts.append(Fact(subject, relation, obj, {"confidence": 0.6}, Evidence(self.ctx.doc_id, number, text.strip())))
