"""Restrictions aimed at a country, read from the noun phrase that names them.

Reports on export controls rarely write "A가 B를 규제"; they write the measure as a noun
phrase whose target is a prefix or a list: "미국의 대중(국) 수출 통제" (대중 = against China),
"네덜란드, 일본의 대중 반도체 장비 수출 통제 동참", "수출 금지 대상 기업 리스트에 140개 중국
기업 추가". The government imposing the measure is the name marked as its agent before the
phrase (의, 가/이, 은/는, or a headline's "A, ..."), else the government the passage is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from graph.model import Actor, Evidence
from loaders.mentions import Mention
from loaders.relations.appositives import office_of
from loaders.relations.fact import Fact

# What a restriction is called. "견제" (holding in check) only counts with a target prefix.
_MEASURE = r"(?:수출\s?(?:통제|규제|제한|금지)|판매\s?(?:제한|금지)|접근\s?제한|기술\s?(?:제재|제한|봉쇄)|제재|규제|견제|봉쇄망?)"
# "대중(국)", "대미", "대러", "대북": against that country, then up to four describing words.
_AGAINST = re.compile(r"(?<![가-힣])대(중국|중|미국|미|러시아|러|북한|북|일본|일)\s?((?:[^\s,.]+\s){0,4}?)" + _MEASURE)
_TARGET_CODE = {"중": "CN", "중국": "CN", "미": "US", "미국": "US", "러": "RU", "러시아": "RU",
                "북": "KP", "북한": "KP", "일": "JP", "일본": "JP"}
# "수출 금지 대상 기업 리스트에 140개 중국 기업 추가", "제재 명단에 X를 올려": who was listed.
_LISTED = re.compile(_MEASURE + r"\s?대상\s?(?:기업\s?|기관\s?)?(?:리스트|목록|명단)?에\s")
_ADDED = re.compile(r"\s?(?:추가|포함|등재|지정|올[리렸려])")
# "UAE向 첨단 AI 가속기 수출에 대해 건별 허가 요건을 부과", "중국행 반도체 수출에 허가제를 도입": a
# licence required for exports bound for the country named before 向/행.
_BOUND_FOR = re.compile(r"\s?(?:向|행)\s(?:[^\s,.]+\s){0,4}?수출(?:에\s?대해|에\s?대한|에|을|시)?\s(?:[^\s,.]+\s){0,3}?"
                        r"(?:허가|승인|라이선스)\s?(?:요건|의무|제|절차)")
# "중국을 겨냥한 AI 반도체 수출 통제", "중국향 추론 칩 규제", "미국에 대한 갈륨 수출을 사실상 금지",
# "UAE로 가는 칩을 건별 허가제로", "중국으로 향하는 메모리, HBM 수출 규제", "중국을 대상으로 한 칩 수출 통제":
# a measure whose target country is named, then marked as aimed at (the goods may be a short list).
_AIMED_AT = re.compile(r"(?:(?:을|를)\s?(?:겨냥한|대상으로\s?한)|향|에\s?대한|(?:으로|로)\s?(?:가는|향하는))\s(?:[^\s,.]+,?\s){0,4}?"
                       r"(?:" + _MEASURE + r"|수출(?:을|를)\s(?:[^\s,.]+\s)?(?:금지|통제|제한|차단)|(?:건별\s?)?허가제)"
                       r"(?!\s?(?:완화|해제|철회|폐지))")
_AGENT_PARTICLES = {"의", "가", "이", "은", "는", "께서"}
_LIST_GAP = re.compile(r"\s*(?:,|및)?\s*")
_RULERS = {"Government", "Country"}
_LISTABLE = {"Company", "Startup", "University", "Country"}


def restriction_facts(text: str, mentions: Sequence[Mention], topic: Sequence[Mention],
                      government_of: Callable[[str | None], Actor | None],
                      country_of: Callable[[str | None], Actor | None],
                      evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """REGULATES facts of restrictions named by a country prefix or by a listing."""
    if "대" not in text and "수출" not in text and "규제" not in text and "허가" not in text:
        return []
    facts = []
    for n in mentions:
        if n.actor.type != "Country":
            continue
        # "중국향 수출", "중국을 겨냥한 수출 통제": a measure bound for, or aimed at, the country
        named = (_BOUND_FOR.match(text, n.end) if "수출" in text else None) or _AIMED_AT.match(text, n.end)
        if named is not None:
            target = country_of(n.actor.country)
            facts += _imposed(text, mentions, topic, n.start, [target] if target else [], government_of, evidence, named.end())
    for m in _AGAINST.finditer(text):
        if "견제" in m.group(0) and m.group(2).strip():
            continue  # "대중 AI 견제" is not a phrase; only "대중 견제"
        target = country_of(_TARGET_CODE[m.group(1)])
        facts += _imposed(text, mentions, topic, m.start(), [target] if target else [], government_of, evidence, m.end())
    for m in _LISTED.finditer(text):
        added = _ADDED.search(text, m.end(), m.end() + 40)
        if added is None:
            continue
        listed = [n for n in mentions if m.end() <= n.start < added.start() and n.actor.type in _LISTABLE]
        targets = [country_of(n.actor.country) if n.actor.type == "Country" else n.actor for n in listed]
        facts += _imposed(text, mentions, topic, m.start(), [t for t in targets if t], government_of, evidence, added.end())
    return facts


def _imposed(text, mentions, topic, start, targets, government_of, evidence, end) -> list[Fact]:
    """One fact per agent and target; agents are the rulers marked before ``start``."""
    agents = _agents(text, mentions, start)
    quote_from = agents[0].start if agents else start
    facts = []
    for agent in agents or [m for m in topic if m.actor.type in _RULERS]:
        ruler = _ruler(agent.actor, government_of)
        for target in targets:
            if ruler is not None and ruler.country != target.country:
                facts.append(Fact(ruler, "REGULATES", target, {"confidence": 0.7}, evidence(quote_from, end)))
    return facts


def _ruler(agent: Actor, government_of: Callable[[str | None], Actor | None]) -> Actor | None:
    """The actor that imposes a measure an agent is named for: a country's government, else the agent."""
    return government_of(agent.country) if agent.type == "Country" else agent


def _agents(text: str, mentions: Sequence[Mention], start: int) -> list[Mention]:
    """The rulers marked as agents before ``start``, with the names listed before them
    ("네덜란드, 일본의": both); a headline's "미국 상무부, ..." counts as marked."""
    before = [m for m in mentions if m.end <= start]
    for i in range(len(before) - 1, -1, -1):
        m = before[i]
        headline = not m.particle and i == 0 and text[m.end:m.end + 1] == ","
        if m.particle not in _AGENT_PARTICLES and not headline:
            continue
        if m.actor.type not in _RULERS:
            return []
        group = [m]
        for prev in reversed(before[:i]):
            if prev.particle not in ("", "와", "과") or not _LIST_GAP.fullmatch(text[prev.after:group[0].start]):
                break
            if office_of(text, prev, group[0]):
                break  # "미 상무부 산업안보국은": the bureau acts, the ministry only names whose it is
            if prev.actor.type in _RULERS:
                group.insert(0, prev)
        return group
    return []


# "A가 추진한 B 지분 취득에 대해 ... 심사를 개시하고 이를 불허", "A의 B 인수를 차단": a state
# reviewing or blocking a deal regulates the bidder (the deal itself never happened).
_DEAL = re.compile(r"(?:지분\s?)?(?:인수|취득|합병)\s?(?:을|를|에\s?대해|에\s?대한|건을)\s")
_BLOCKED = re.compile(r"불허|차단|제동|금지(?:했|함|하였|시켰)|승인하지\s?않|(?:안보|국가안보|반독점|독점)\s?심사")
_BIDDING = re.compile(r"\s?(?:추진한|시도한|추진하던|추진 중인|제안한)\s")
_BIDDERS = {"Company", "Startup", "Investor"}


def blocked_deals(text: str, mentions: Sequence[Mention], government_of: Callable[[str | None], Actor | None],
                  evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """REGULATES facts of a state that reviews or blocks a company's acquisition."""
    if "인수" not in text and "취득" not in text and "합병" not in text:
        return []
    facts = []
    for deal in _DEAL.finditer(text):
        blocked = _BLOCKED.search(text, deal.end())
        if blocked is None:
            continue
        bidder = _bidder(text, [m for m in mentions if m.end <= deal.start()], deal.start())
        agents = _agents(text, [m for m in mentions if bidder is None or m.end <= bidder.start], deal.start())
        for agent in agents if bidder is not None else []:
            ruler = _ruler(agent.actor, government_of)
            if ruler is not None and ruler.id != bidder.actor.id:
                facts.append(Fact(ruler, "REGULATES", bidder.actor, {"confidence": 0.6}, evidence(agent.start, blocked.end())))
    return facts


def _bidder(text: str, before: Sequence[Mention], deal_start: int) -> Mention | None:
    """The company making the deal: "A가 추진한 (B) 인수", "A의 B 인수"."""
    for m in reversed(before):
        if m.actor.type not in _BIDDERS:
            continue
        if m.particle in ("이", "가") and _BIDDING.match(text, m.after):
            return m
        if m.particle == "의" and len(text[m.after:deal_start]) <= 16 and "," not in text[m.after:deal_start]:
            return m
    return None


# "A가 B H20의 대중국 수출에 허가 요건을 부과", "B의 수출을 제한": a state restricting the
# exports of a company (or of its product, maybe a name no list knows) regulates the company.
_EXPORTS_RESTRICTED = re.compile(r"(?:\s?[‘'][^’'\s]{1,20}[’']|\s[A-Z0-9][A-Za-z0-9-]{1,15})?(?:의\s?)?(?:\s?대[가-힣]{1,3}\s?)?수출(?:에|을|를)\s(?:[^\s,.]+\s)?"
                                 r"(?:허가\s?요건|허가제|제한|통제|규제|금지)(?:을|를)?\s?(?:부과|도입|적용|강화|확대|시행|걸|하)")
_EXPORTERS = {"Company", "Startup"}


def restricted_exporters(text: str, mentions: Sequence[Mention], government_of: Callable[[str | None], Actor | None],
                         evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """REGULATES facts of a state restricting what a company exports."""
    if "수출" not in text:
        return []
    facts: list[Fact] = []
    for i, m in enumerate(mentions):
        restricted = _EXPORTS_RESTRICTED.match(text, m.end)
        if restricted is None:
            continue
        # "엔비디아 H20의": the maker named right before its product
        maker = mentions[i - 1] if (m.actor.type == "Model" and i and not mentions[i - 1].particle
                                    and not text[mentions[i - 1].end:m.start].strip()) else m
        if maker.actor.type not in _EXPORTERS or any(f.object.id == maker.actor.id for f in facts):
            continue  # "엔비디아 H20의": read from the maker and from its product alike
        for agent in _agents(text, mentions, maker.start):
            ruler = _ruler(agent.actor, government_of)
            if ruler is not None and ruler.id != maker.actor.id:
                facts.append(Fact(ruler, "REGULATES", maker.actor, {"confidence": 0.6}, evidence(agent.start, restricted.end())))
    return facts


# "건별 허가 요건을 추가로 부과", "수출 허가 대상에 묶었다/넣었다", "허가제로 돌렸다", "수출허가 조건으로 부과": a
# licence a state imposes, its object a noun phrase that names whose goods or services it covers.
_LICENCE_IMPOSED = re.compile(r"(?:수출\s?)?허가\s?(?:요건|제|대상|조건|의무)(?:을|를|에|으로|로)?\s(?:[^\s,.]+\s)?"
                              r"(?:부과|묶|넣|돌[리렸려]|도입|적용)")
# Within that noun phrase the company is the possessor ("엔비디아의 ... 칩 판매에도") or the
# subject of a relative clause ("엔비디아가 ... 내놓은 H25 칩마저", "A가 도입하는 GPU에 대해서는").
_WHOSE = ("의", "이", "가")
_SENTENCE_SUBJECT = ("은", "는", "이", "가", "께서")


def licensed_companies(text: str, mentions: Sequence[Mention], topic: Sequence[Mention],
                       government_of: Callable[[str | None], Actor | None],
                       evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """REGULATES facts of a state putting a company's goods or services under licence: "상무부는
    엔비디아가 내놓은 H25 칩마저 수출 허가 대상에 묶었다", "(BIS는 ...) 엔비디아의 AI 칩 판매에도 건별 허가
    요건을 부과했다". The state is the sentence's marked ruler, else the one the passage is about."""
    if "허가" not in text:
        return []
    imposed = _LICENCE_IMPOSED.search(text)
    if imposed is None:
        return []
    before = [m for m in mentions if m.end <= imposed.start()]
    companies = [m for m in before if m.actor.type in _EXPORTERS and m.particle in _WHOSE]
    rulers = [m for m in mentions if m.actor.type in _RULERS and m.particle in _SENTENCE_SUBJECT] \
        or [m for m in topic if m.actor.type in _RULERS]
    facts = []
    for agent in rulers[:1]:
        ruler = _ruler(agent.actor, government_of)
        for company in companies:
            if ruler is not None and ruler.id != company.actor.id:
                facts.append(Fact(ruler, "REGULATES", company.actor, {"confidence": 0.6},
                                  evidence(min(agent.start, company.start), imposed.end())))
    return facts


# "X의 ... 관행에 대한 조사를 개시", "X에 대한 반독점 조사에 착수": a state opening an inquiry
# into a company's conduct regulates the company.
_PROBE = re.compile(r"에\s?대한\s(?:[가-힣]+\s){0,2}?(?:조사|심사|수사)(?:를|에)\s?(?:개시|착수|시작|돌입|나섰|나서)")


def investigated_companies(text: str, mentions: Sequence[Mention], government_of: Callable[[str | None], Actor | None],
                           evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """REGULATES facts of a state that opens an inquiry into a company."""
    if "대한" not in text:
        return []
    facts = []
    for probe in _PROBE.finditer(text):
        target = _investigated(text, mentions, probe.start())
        if target is None:
            continue
        for agent in _agents(text, [m for m in mentions if m.end <= target.start], target.start):
            ruler = _ruler(agent.actor, government_of)
            if ruler is not None:
                facts.append(Fact(ruler, "REGULATES", target.actor, {"confidence": 0.6}, evidence(agent.start, probe.end())))
    return facts


def _investigated(text: str, mentions: Sequence[Mention], probe_start: int) -> Mention | None:
    """The company an inquiry is into: named right before "에 대한", or as the owner ("X의") of
    the conduct named there, in the same clause."""
    for m in reversed([m for m in mentions if m.end <= probe_start]):
        if "," in text[m.end:probe_start]:
            return None
        if m.actor.type in ("Program", "Model"):
            continue  # "X의 DMA 위반에 대한": the law or the product, not who is looked into
        if m.actor.type not in _BIDDERS:
            return None
        if m.after == probe_start + 1 or m.particle == "의":
            return m
    return None
