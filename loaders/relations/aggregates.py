"""Country-level venture flows stated in running text rather than in a table.

Two shapes, both Korean report prose:

* a country's total inflow, with no origin stated. A passage names the country once
  ("미국의 AI 스타트업 투자 금액은 ...", "한국 AI 스타트업에 대한 벤처 투자는 ...") and then
  gives a yearly series, often over several sentences that no longer name it ("2020년 256억
  달러에서 시작된 투자 금액은 2021년 601억 달러로 급증", "2022년과 2023년에는 각각 5,802억 원,
  5,536억 원으로"); or counts funded companies ("미국은 총 6,956개 기업이 투자를 유치",
  "3위인 영국(885개)"). Each (country, year) becomes ``World -VC_FLOW-> country``, World
  being the placeholder for all origins;
* a yearly bilateral series: "중국의 미국에 대한 투자 집행은 24억 달러('21), 12억 달러('22)",
  "미국의 대중국 투자 유치는 ...('21)". One fact per year; "대B" and "B에 대한" mark the
  country invested in, "B로부터(의)" the country the money came from.

A passage's country is kept across sentences (a report rarely repeats it), and dropped when
another passage starts or after a few sentences give no figure. Sentences about market
size, revenue, budgets, spending or valuations are never read as inflows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import Actor, Evidence
from loaders.amounts import Amount, find_amounts
from loaders.dates import find_dates
from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention
from loaders.patterns import first_char_lookahead
from loaders.relations.fact import Fact
from loaders.relations.placeholders import world

# Money that is not venture capital attracted by a country. Each term starts with a letter of
# its own; the lookahead on those letters spares the case-insensitive alternation the other
# positions of a sentence.
_NOT_INFLOW_TERMS = (
    r"시장\s*규모", "매출", r"자본\s*지출", r"설비\s*투자", "GDP", "예산", "부가가치", r"기업\s*가치", r"가치를?\s*평가",
    "밸류에이션", "보상", "연봉", "비용", "수출", "수입액", "무역", "R&D", r"정부\s*(?:지원|출자)", r"펀드를?\s*조성",
    "market size", "revenue", "budget", "capex",
)
_NOT_INFLOW = re.compile(first_char_lookahead(_NOT_INFLOW_TERMS) + f"(?:{'|'.join(_NOT_INFLOW_TERMS)})", re.I)
# "중동발 미국 AI 스타트업 VC 투자", "유럽에서 온 자금": money from one region, a part of a country's
# inflow and not its total from the world.
_FROM_A_REGION = re.compile(r"(?:중동|유럽|아시아|동남아|북미|남미|중남미|아프리카|걸프|중화권)\s?(?:발|에서\s온|으?로부터)(?![가-힣])")
# After a country: the startups' (venture) investment as the subject of a passage.
# "미국의 AI 스타트업 투자 금액과 건수는", "한국 AI 스타트업에 대한 벤처 투자는", "중국의 AI 스타트업 투자는"
_INFLOW_TOPIC = re.compile(
    r"(?:의|\s)\s*(?:AI\s*|인공지능\s*)?(?:스타트업|벤처\s*기업|기업)(?:들)?(?:에\s*대한|에의|의)?\s*"
    r"(?:벤처\s*|VC\s*|민간\s*)?(?:투자|펀딩)(?:\s*유치)?(?:\s*(?:금액|규모|건수|액)(?:과|와|및)?)*\s*(?:은|는|이|가)(?=\s)"
)
# After a country with its particle: a number of companies that raised money.
# "미국은 총 6,956개 기업이 투자를 유치해", "중국도 1,605개 기업이 자금을 유치하며"
_COUNT_FRAME = re.compile(
    r"\s*(?:총\s*)?(?P<n>\d[\d,]*)\s*개(?:\s*(?:기업|사|스타트업))?\s*(?:이|가)?\s*"
    r"(?:[^\s,.]+\s+){0,2}?(?:투자|자금|펀딩)(?:을|를)?\s*유치"
)
# "영국(885개)", "3위인 영국(885개)": a country and its count, under a count passage.
_COUNT_GLOSS = re.compile(r"\s*\(\s*(?P<n>\d[\d,]*)\s*개(?:\s*(?:기업|사))?\s*\)")
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*년?\s*(?:부터|~|∼|-|–)\s*((?:19|20)\d{2})\s*년?\s*(?:까지)?")
# Bilateral frames, read after the country B they name.
_TO_FRAME = re.compile(r"\s*(?:AI\s*)?(?:VC\s*)?투자\s*(?P<side>집행|유치)?")
_FROM_FRAME = re.compile(r"\s*(?:의\s*)?(?:AI\s*)?(?:VC\s*)?투자\s*유치")
# "싱가포르 투자자가 인도 AI 기업에 투자한 금액은 ...", "미국 VC가 한국 AI 반도체 스타트업에 투자한
# 금액은": A's investors put the money into B's companies. "미국계 벤처캐피털이", "미국 벤처캐피탈(VC)이":
# investors of A's origin, perhaps glossed; "UAE 투자자가 미국 AI 스타트업에 넣은 돈(벤처투자)은": the
# colloquial verb for putting money in.
_INVESTORS = (r"\s*(?:계\s*)?(?:(?:VC|벤처\s*)?투자자(?:들)?|VC|벤처\s*캐피(?:털|탈)|(?:벤처\s*)?자본)"
              r"(?:\s?\([^()]{1,12}\))?")
_INVESTORS_OF = re.compile(_INVESTORS + r"(?:이|가)\s")
_INTO_COMPANIES_OF = re.compile(r"\s*(?:[^\s,.]+\s){0,2}?(?:스타트업|기업)(?:들)?에\s*(?:투자한|넣은)\s*"
                                r"(?:금액|규모|액|자금|돈|벤처\s?투자)")
# "한국에서 미국으로 향한 AI 분야 VC 투자는", "미국에서 한국으로 들어온 건": money moving from A to B.
_MOVED_TO = re.compile(r"\s*(?:향한|들어온|유입된|흘러간|흘러든|건너간)\s(?:[^\s,.]+\s){0,3}?(?:[^\s,.]*투자|자금|돈|건)")
# "국내 AI 스타트업", "국내 VC의": in Korean news, the home country.
_DOMESTIC = re.compile(r"(?<![가-힣])국내(?=\s)")
# "싱가포르 VC의 한국 스타트업 투자는", "미국 자본의 중국 AI 투자는": A's investors' investment in B.
_INVESTORS_WHOSE = re.compile(_INVESTORS + r"의\s")
_INVESTMENT_IN_COUNTRY = re.compile(r"\s*(?:(?:AI|인공지능|스타트업|기업)\s*){0,2}투자(?:\s*(?:금액|규모|액))?(?:은|는|이|가)(?=\s)")
# "사우디아라비아발(發) 미국 AI 기업 대상 VC 투자는": money from A (발) into B's companies (대상).
_FROM_COUNTRY = re.compile(r"발\s*(?:\(發\))?\s")
_COMPANIES_TARGETED = re.compile(r"\s*(?:AI\s*|인공지능\s*)?(?:스타트업|기업)(?:들)?\s*대상\s*(?:AI\s*)?(?:VC\s*|벤처\s*)?투자")
_DAE = re.compile(r"대\s?(?P<name>[가-힣A-Za-z]{1,8}?)\s*(?:AI\s*)?(?:VC\s*)?투자\s*(?P<side>집행|유치)?")
_EACH = re.compile(r"각각")
# A year in parentheses right after an amount: "24억 달러('21)", "5억 달러(2022년)".
_YEAR_TAG = re.compile(r"\s*\(\s*[‘'’]?((?:19|20)?\d{2})\s*년?\s*\)")
# Years joined into one list ("2022년과 2023년", "2021, 2022년").
_YEAR_JOIN = re.compile(r"^\s*년?\s*(?:과|와|,|및)\s*$")
# How many sentences without a figure a passage's country is kept for.
_TOPIC_SPAN = 3


@dataclass
class _Topic:
    """The country a passage is about, and what it counts."""

    country: Actor
    metric: str  # "amount" or "companies"
    period: str | None = None
    idle: int = 0


@dataclass
class _Figure:
    """An amount with the year it is for, and where its statement starts."""

    year: int | None  # None: the text gives no absolute year ("지난해")
    amount: Amount
    start: int  # offset in the sentence where the statement of this figure starts


class AggregateFlows:
    """Reads one document's sentences in order and returns the country flows they state."""

    def __init__(self, doc_id: str, gazetteer: Gazetteer):
        self.doc_id = doc_id
        self.gazetteer = gazetteer
        self._topic: _Topic | None = None

    def read(self, text: str, line_at, mentions: list[Mention]) -> list[Fact]:
        """Facts of one sentence; ``line_at(offset)`` gives the original line of a character."""
        countries = [m for m in mentions if m.actor.type == "Country"]
        if not countries and self._topic is None:
            return []  # nothing to read a flow for, and no passage to carry on
        if _NOT_INFLOW.search(text):
            self._age()
            return []
        facts = self._bilateral(text, line_at, countries)
        if facts:
            return facts
        facts = self._counts(text, line_at, countries)
        if facts:
            return facts
        if _FROM_A_REGION.search(text):
            self._age()
            return []
        topic = self._inflow_topic(text, countries)
        if topic is not None:
            self._topic = topic
        if self._topic is not None and self._topic.metric == "amount":
            facts = self._series(text, line_at, countries)
        if facts or topic is not None:
            self._topic.idle = 0
        else:
            self._age()
        return facts

    def _age(self) -> None:
        if self._topic is not None:
            self._topic.idle += 1
            if self._topic.idle > _TOPIC_SPAN:
                self._topic = None

    # -- total inflows of one country -------------------------------------------------

    def _inflow_topic(self, text: str, countries: list[Mention]) -> _Topic | None:
        for m in countries:
            if _INFLOW_TOPIC.match(text, m.end):
                return _Topic(m.actor, "amount")
        return None

    def _series(self, text: str, line_at, countries: list[Mention]) -> list[Fact]:
        facts = []
        for figure in yearly_figures(text):
            target = self._topic.country
            owner = _country_glossed_by(text, figure.amount, countries)
            if owner is not None:
                target = owner.actor
            elif any(m.start < figure.amount.start and m.actor.id != target.id and m.particle in ("은", "는", "이", "가")
                     for m in countries):
                continue  # another country is the subject here
            facts.append(self._world_fact(target, figure, text, line_at))
        return facts

    def _counts(self, text: str, line_at, countries: list[Mention]) -> list[Fact]:
        """Funded-company counts: "미국은 총 6,956개 기업이 투자를 유치", then "영국(885개)"."""
        found: list[tuple[Mention, int]] = []
        for m in countries:
            frame = _COUNT_FRAME.match(text, m.after) if m.particle in ("은", "는", "도", "이", "가") else None
            if frame:
                found.append((m, int(frame.group("n").replace(",", ""))))
        if found:
            period = _PERIOD.search(text)  # read only where a count passage opens
            self._topic = _Topic(found[0][0].actor, "companies",
                                 f"{period.group(1)}~{period.group(2)}" if period else None)
        elif self._topic is not None and self._topic.metric == "companies":
            for m in countries:
                gloss = _COUNT_GLOSS.match(text, m.end)
                if gloss:
                    found.append((m, int(gloss.group("n").replace(",", ""))))
        facts = []
        for m, n in found:
            props = {"companies_funded": n, "metric": "number of companies that raised investment",
                     "direction": "inbound", "origin": "not stated", "confidence": 0.7}
            if self._topic.period:
                props["date"] = self._topic.period  # a cumulative count: no single year
            facts.append(Fact(world(), "VC_FLOW", m.actor, props,
                              Evidence(self.doc_id, line_at(m.start), _quote(text, m.start))))
        if facts:
            self._topic.idle = 0
        return facts

    def _world_fact(self, target: Actor, figure: _Figure, text: str, line_at) -> Fact:
        props = {**figure.amount.properties(), "year": figure.year, "date": str(figure.year),
                 "direction": "inbound", "origin": "not stated", "confidence": 0.7}
        return Fact(world(), "VC_FLOW", target, props,
                    Evidence(self.doc_id, line_at(figure.start), _quote(text, figure.start)))

    # -- yearly flows between two countries ---------------------------------------------

    def _bilateral(self, text: str, line_at, countries: list[Mention]) -> list[Fact]:
        frames = self._bilateral_frames(text, countries)
        facts = []
        for i, (source, target, side, end) in enumerate(frames):
            # "A가 B에 넣은 돈이 N인데, 반대로 B에서 A로 들어온 건 M": each frame's figures stop at the next frame.
            window = text[:frames[i + 1][3]] if i + 1 < len(frames) else text
            facts += self._frame_facts(window, line_at, source, target, side, end)
        return facts

    def _frame_facts(self, text: str, line_at, source: Actor, target: Actor, side: str | None, end: int) -> list[Fact]:
        facts = []
        # "2025년 A 투자자가 B 기업에 투자한 금액은 N달러": the year may come before the frame.
        figures = yearly_figures(text, end) or [f for f in yearly_figures(text) if f.amount.start >= end][:1]
        if not figures:
            # "지난해 A VC가 B 기업에 투자한 금액은 N달러": a relative year still states the flow.
            figures = [_Figure(None, a, a.start) for a in find_amounts(text) if a.start >= end][:1]
        for figure in figures:
            props = {**figure.amount.properties(), "confidence": 0.8}
            if figure.year is not None:
                props |= {"year": figure.year, "date": str(figure.year)}
            if side:
                props["direction"] = "outbound" if side == "집행" else "inbound"
            facts.append(Fact(source, "VC_FLOW", target, props,
                              Evidence(self.doc_id, line_at(figure.start), _quote(text, figure.start))))
        return facts

    def _bilateral_frames(self, text: str, countries: list[Mention]) -> list[tuple[Actor, Actor, str | None, int]]:
        """(source, target, 집행/유치 or None, end of the frame) of each "A의 B에 대한 투자 ..." of the
        sentence, in order."""
        countries = self._with_home(text, countries)
        frames = [frame for m in countries if (frame := _frame_at(text, countries, m)) is not None]
        if frames:
            return sorted(frames, key=lambda frame: frame[3])
        for dae in _DAE.finditer(text):
            entry = self.gazetteer.lookup(dae.group("name"))
            if entry is None or entry.type != "Country":
                continue
            before = [m for m in countries if m.end <= dae.start() and m.particle == "의"]
            if before and before[-1].actor.id != entry.id:
                return [(before[-1].actor, entry.to_actor(), dae.group("side"), dae.end())]
        return []

    def _with_home(self, text: str, countries: list[Mention]) -> list[Mention]:
        """The countries named, and Korea where Korean news says "국내" (domestic): "미국계 VC가 국내 AI
        스타트업에 투자한 금액", "국내 VC의 미국 AI 스타트업 투자"."""
        if "국내" not in text:
            return countries
        entry = self.gazetteer.lookup("한국")
        if entry is None:
            return countries
        home = entry.to_actor()
        domestic = [Mention(d.start(), d.end(), home, d.group()) for d in _DOMESTIC.finditer(text)]
        return sorted(countries + domestic, key=lambda m: m.start)


def _frame_at(text: str, countries: list[Mention], m: Mention) -> tuple[Actor, Actor, str | None, int] | None:
    """The bilateral frame a country opens, if any."""
    if m.particle in ("에 대한", "에대한"):
        frame = _TO_FRAME.match(text, m.after)
        giver = _holder_before(countries, m) if frame else None
        if giver is not None:
            return giver.actor, m.actor, frame.group("side"), frame.end()
    if m.particle in ("로부터", "으로부터"):
        frame = _FROM_FRAME.match(text, m.after)
        receiver = _holder_before(countries, m) if frame else None
        if receiver is not None:
            return m.actor, receiver.actor, "유치", frame.end()
    if m.particle == "에서":
        into = next((n for n in countries if n.start >= m.after), None)
        moved = _MOVED_TO.match(text, into.after) if into is not None and into.particle in ("로", "으로") \
            and not text[m.after:into.start].strip() else None
        if moved and into.actor.id != m.actor.id:
            return m.actor, into.actor, "집행", moved.end()
    # "A 투자자들이 B 기업에 투자한 금액", "A발 B 기업 대상 투자": from A into B's companies
    for source_mark, target_frame in ((_INVESTORS_OF, _INTO_COMPANIES_OF), (_FROM_COUNTRY, _COMPANIES_TARGETED),
                                      (_INVESTORS_WHOSE, _INVESTMENT_IN_COUNTRY)):
        if not m.particle and source_mark.match(text, m.end):
            into, frame = next(((n, frame) for n in countries
                                if n.start > m.end and (frame := target_frame.match(text, n.end))), (None, None))
            if into is not None and into.actor.id != m.actor.id:
                return m.actor, into.actor, "집행", frame.end()
    return None


def _holder_before(countries: list[Mention], m: Mention) -> Mention | None:
    """The country whose investment it is: the nearest one before ``m`` marked 의/은/는."""
    before = [c for c in countries if c.end <= m.start and c.actor.id != m.actor.id
              and c.particle in ("의", "은", "는")]
    return before[-1] if before else None


def _country_glossed_by(text: str, amount: Amount, countries: list[Mention]) -> Mention | None:
    """The country an amount glosses in parentheses: "미국(763억 달러)"."""
    for m in countries:
        if re.fullmatch(r"\s*\(\s*", text[m.start:amount.start][len(m.surface):]) is not None:
            return m
    return None


def _quote(text: str, start: int) -> str:
    return " ".join(text[start:].split())[:200]


def yearly_figures(text: str, start: int = 0) -> list[_Figure]:
    """Amounts of ``text`` (from ``start``) paired with the year each is for.

    "2020년 256억 달러에서 ... 2021년 601억 달러로": a year governs the first amount after it;
    "2022~2023년에는 각각 364억 달러, 392억 달러" and "2022년과 2023년에는 각각 ...": a list of
    years with 각각 spreads over as many amounts; "24억 달러('21), 12억 달러('22)": a year in
    parentheses after an amount is its year; "52억 달러로 감소하여 미국(763억 달러)": an amount
    glossing a country shares the year before it. Amounts with no year are left out.
    """
    amounts = [a for a in find_amounts(text) if a.start >= start]
    figures: list[_Figure] = []
    tagged: set[int] = set()  # amounts with their own year in parentheses
    tags: list[tuple[int, int]] = []
    for a in amounts:
        tag = _YEAR_TAG.match(text, a.end)
        if tag:
            year = int(tag.group(1)) if len(tag.group(1)) == 4 else 2000 + int(tag.group(1))
            figures.append(_Figure(year, _at_year(text, a, year), a.start))
            tagged.add(a.start)
            tags.append(tag.span())
    dates = [d for d in find_dates(text) if d.start >= start and not any(s <= d.start < e for s, e in tags)]
    groups = _year_groups(text, dates)
    for i, (years, g_start, g_end) in enumerate(groups):
        limit = groups[i + 1][1] if i + 1 < len(groups) else len(text)
        mine = [a for a in amounts if g_end <= a.start < limit and a.start not in tagged]
        if not mine:
            continue
        if len(years) > 1:
            if _EACH.search(text, g_end, mine[0].start) and len(mine) >= len(years):
                figures += [_Figure(y, _at_year(text, a, y), g_start) for y, a in zip(years, mine, strict=False)]
            continue
        year = years[0]
        first, rest = mine[0], mine[1:]
        figures.append(_Figure(year, _at_year(text, first, year), g_start))
        for a in rest:
            if re.search(r"[가-힣A-Za-z]\s*\(\s*$", text[:a.start]):
                figures.append(_Figure(year, _at_year(text, a, year), a.start))
    figures.sort(key=lambda f: f.amount.start)
    return figures


def _year_groups(text: str, dates) -> list[tuple[list[int], int, int]]:
    """Consecutive years as one list: (years, start, end). A range "2022~2023" is both years."""
    groups: list[tuple[list[int], int, int]] = []
    for d in dates:
        if not re.fullmatch(r"\d{4}(?:~\d{4})?", d.date):
            continue  # a month or a day: not a yearly figure
        years = list(range(int(d.date[:4]), d.year + 1)) if "~" in d.date else [d.year]
        if groups and _YEAR_JOIN.match(text[groups[-1][2]:d.start]):
            groups[-1] = (groups[-1][0] + years, groups[-1][1], d.end)
        else:
            groups.append((years, d.start, d.end))
    return groups


def _at_year(text: str, amount: Amount, year: int) -> Amount:
    """The amount with its USD value converted at that year's rate."""
    return next((a for a in find_amounts(text, year) if a.start == amount.start), amount)
