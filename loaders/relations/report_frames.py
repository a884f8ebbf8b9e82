"""Korean report and news constructions whose participants the cue frames do not find.

Each states a relation with a noun phrase the frames of sentences.py read no actor from:
the round is the object ("B의 자금 조달에 참여"), the giver is a possessor ("X의 지원을
받음"), the target stands far before the cue ("X에 대한 ... 수출 통제를 유지"), the money is the
subject ("이 가운데 N원이 B에 배정됐다") or the parent is named with its unit ("X 전산학부
연구실에서 분사한").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.patterns import PROGRAMME_ROLE, RELATIVE_VERB
from loaders.relations.fact import Fact

Evidencer = Callable[[int, int], Evidence]

# Narrower than passage.TOPIC_PARTICLES: "X도" (X too) adds X to what was said of another actor,
# so it does not make X the doer of a report construction or the parent named before a spin-off.
_TOPIC = ("은", "는")
# Narrower than sentences.SUBJECT: the copulas 이며/이자/인 close an apposition ("A이자 B인"),
# and 께서 marks a person, never the organisation these constructions look for.
_SUBJECT = ("은", "는", "이", "가", "도")
_BUSINESSES = {"Company", "Startup", "Investor"}
_GIVERS = {"Government", "Investor", "Company", "Program"}
_RECIPIENTS = {"Startup", "Company", "University"}
_REGULATORS = {"Government", "Country"}
_CLAUSE_BREAK = re.compile(r"[,;:]|[가-힣](?:으며|하며|이며|했고|하고|지만|으나)\s")

# "B의 대규모 자금 조달에 참여": joining a company's round is investing in it.
_FINANCING_JOINED = re.compile(r"\s?(?:[^\s,.]+\s){0,2}?(?:자금\s?조달|투자\s?유치|펀딩|(?:투자\s?)?라운드|증자)"
                               r"(?:에|에도)\s?(?:[^\s,.]+\s)?(?:참여|참가|동참)")
# "X의 지원을 받아", "X의 ... 과제에 선정되어 N원을 지원받음": the possessor gives the money.
_SUPPORT_RECEIVED = re.compile(r"\s?(?:[^\s,.]+\s){0,12}?[^\s,.]*?(?:지원|지원금|보조금)(?:을|를)?\s?받")
# "GPU 인프라와 기술 지원을 받고", "멘토링 지원을 받아": help in kind, no money given.
_SUPPORT_IN_KIND = re.compile(r"(?:기술|인프라|멘토링|컨설팅|교육|마케팅|자문|홍보|네트워킹|판로|보육)\s?지원(?:을|를)?\s?받")
# "X에 대한 첨단 GPU 수출에 ... 수출 통제를 유지": a control kept, widened or tightened on X.
_CONTROL_KEPT = re.compile(r"[^.;]{0,60}?(?:수출\s?통제|제재|규제)(?:를|을)?\s?(?:[^\s,.]+\s)?"
                           r"(?:유지|확대|강화|부과|도입|시행|적용|연장)")
# "통제를 강화하도록 압박", "규제를 강화할 필요가": urged or advised, not done.
_NOT_DONE = re.compile(r"\s?(?:하|되)?(?:도록|지\s?않|지\s?못|할\s?필요|해야)")
# "이 가운데 N원이 B에 배정됐다": the share of a budget allocated to B.
_SHARE_OF = re.compile(r"(?:이|그)\s?(?:가운데|중)\s")
_ALLOCATED = re.compile(r"\s?(?:[^\s,.]+\s)?(?:배정|배분|지원)(?:됐|되었|된다|되며|되고|됨|돼)")
# "X 전산학부 연구실에서 분사한", "X 교수 연구실에서 스핀오프한 팀": a spin-off from a unit of X is X's.
# A date may come between ("연구실에서 2024년 스핀오프했다").
_UNIT_SPUN_OFF = re.compile(r"\s(?:[^\s,.]+\s){0,2}?[^\s,.]+에서\s?(?:[^\s,.]*(?:년|월)\s)?(?:분사|스핀오프)"
                            r"(?P<verb>한|했|해|하여|된|돼|됐)")
_SPIN_OFF_NOUN = re.compile(r"\s?(?:[^\s,.]+\s)?(?:회사|기업|스타트업|업체|팀)")
# "A는 AI 전담 자회사 B를 출범시켰다": starting up an organisation is founding it.
_ORGANISATION_STARTED = re.compile(r"\s?(?:[^\s,.]+\s)?출범(?:시키|시켰|시킨|시켜|했|하였|함|한\s)")
_FOUNDERS = {"Person", "University", "Company", "Government", "Startup", "Investor"}


def report_facts(text: str, mentions: list[Mention], previous_topic: list[Mention], evidence: Evidencer) -> list[Fact]:
    """The facts of the constructions above in one Korean sentence."""
    facts: list[Fact] = []
    if "참" in text:  # 참여, 참가, 동참
        facts += _financing_joined(text, mentions, previous_topic, evidence)
    if "받" in text:
        facts += _support_received(text, mentions, previous_topic, evidence)
    if "대한" in text:
        facts += _controls_kept(text, mentions, previous_topic, evidence)
    if _SHARE_OF.search(text):
        facts += _share_allocated(text, mentions, previous_topic, evidence)
    if "출범" in text:
        facts += _organisation_started(text, mentions, previous_topic, evidence)
    if "분사" in text or "스핀오프" in text:
        facts += _unit_spun_off(text, mentions, previous_topic, evidence)
    return facts


def _doer_before(text: str, mentions: list[Mention], pos: int, previous_topic: list[Mention]) -> list[Mention]:
    """Who does the act at ``pos``: the sentence's topic (은/는) before it, else its subject
    not closed by a relative clause's verb, else the passage's topic (Korean drops it)."""
    before = [m for m in mentions if m.end <= pos and m.particle in _SUBJECT]
    topics = [m for m in before if m.particle in _TOPIC]
    subjects = [m for m in before if not RELATIVE_VERB.search(text, m.after, pos)]
    return topics[-1:] or subjects[-1:] or list(previous_topic)


def _amount_props(text: str, start: int, end: int) -> dict:
    """The first amount between ``start`` and ``end``, as fact properties."""
    amount = next((a for a in find_amounts(text) if start <= a.start < end), None)
    return amount.properties() if amount is not None else {}


def _fact(subject: Mention, relation: str, obj: Mention, props: dict, evidence: Evidencer, end: int) -> Fact:
    return Fact(subject.actor, relation, obj.actor, {**props, "confidence": 0.6},
                evidence(min(subject.start, obj.start), max(obj.end, end)))


def _financing_joined(text, mentions, previous_topic, evidence) -> list[Fact]:
    """"A는 B의 대규모 자금 조달에 참여": A invests in B."""
    facts = []
    for b in mentions:
        joined = _FINANCING_JOINED.match(text, b.after) if b.particle == "의" else None
        if joined is None or b.actor.type not in _BUSINESSES:
            continue
        facts += [_fact(a, "INVESTED_IN", b, {}, evidence, joined.end())
                  for a in _doer_before(text, mentions, b.start, previous_topic)
                  if a.actor.id != b.actor.id and a.actor.type in _BUSINESSES | {"Government"}]
    return facts


def _support_received(text, mentions, previous_topic, evidence) -> list[Fact]:
    """"B는 X의 지원을 받아", "B는 X의 과제에 선정되어 N원을 지원받음", "B는 X의 지원사업 'P'에
    참여해 N원을 지원받았다": X funds B; not "B는 P의 주관기관으로 선정돼 N원을 지원받는다", where
    the 의 marks B's role in P, not P's money. Nothing but X's programme may be named between X and
    the verb (another name would be what X owns, not who gives)."""
    facts = []
    for x in mentions:
        received = _SUPPORT_RECEIVED.match(text, x.after) if x.particle == "의" else None
        if (received is None or x.actor.type not in _GIVERS or _CLAUSE_BREAK.search(text, x.after, received.end())
                or (x.actor.type == "Program" and PROGRAMME_ROLE.match(text, x.after))
                or any(x.after <= m.start < received.end() and m.actor.type != "Program" for m in mentions)):
            continue
        props = _amount_props(text, x.after, received.end())
        if not props and _SUPPORT_IN_KIND.search(text, x.after, received.end()):
            continue
        giver = _programme_owner(text, mentions, x) or x
        facts += [_fact(giver, "FUNDS", b, props, evidence, received.end())
                  for b in _doer_before(text, mentions, x.start, previous_topic)
                  if b.actor.id != x.actor.id and b.actor.type in _RECIPIENTS]
    return facts


def _programme_owner(text: str, mentions: list[Mention], programme: Mention) -> Mention | None:
    """"산업통상자원부 「X사업」의 지원을 받아": the government named right before a programme,
    with no particle between, owns it and gives its money."""
    if programme.actor.type != "Program":
        return None
    before = [m for m in mentions if m.end <= programme.start]
    owner = before[-1] if before else None
    if owner is None or owner.particle or owner.actor.type != "Government" or text[owner.end:programme.start].strip():
        return None
    return owner


def _controls_kept(text, mentions, previous_topic, evidence) -> list[Fact]:
    """"미국 상무부는 X에 대한 첨단 GPU 수출에 ... 수출 통제를 유지": the regulator controls X."""
    facts = []
    for x in mentions:
        kept = _CONTROL_KEPT.match(text, x.after) if x.particle in ("에 대한", "에대한") else None
        if (kept is None or x.actor.type not in _BUSINESSES | {"University"} or _CLAUSE_BREAK.search(kept.group(0))
                or _NOT_DONE.match(text, kept.end())):
            continue
        facts += [_fact(r, "REGULATES", x, {}, evidence, kept.end())
                  for r in _doer_before(text, mentions, x.start, previous_topic) if r.actor.type in _REGULATORS]
    return facts


def _share_allocated(text, mentions, previous_topic, evidence) -> list[Fact]:
    """"과기정통부는 이 사업에 480억 원을 투입하며, 이 가운데 95억 원이 B에 배정됐다": whoever
    put in the money funds B with the share."""
    facts = []
    for share in _SHARE_OF.finditer(text):
        amounts = [a for a in find_amounts(text) if share.start() < a.start < share.end() + 20]
        if not amounts:
            continue
        b = next((m for m in mentions if m.start >= amounts[0].end and m.particle in ("에", "에게")), None)
        allocated = _ALLOCATED.match(text, b.after) if b is not None else None
        if allocated is None or b.actor.type not in _RECIPIENTS | {"Program"}:
            continue
        givers = _doer_before(text, mentions, share.start(), previous_topic)
        facts += [_fact(g, "FUNDS", b, amounts[0].properties(), evidence, allocated.end())
                  for g in givers if g.actor.type in _GIVERS and g.actor.id != b.actor.id]
    return facts


def _unit_spun_off(text, mentions, previous_topic, evidence) -> list[Fact]:
    """"B는 X 전산학부 연구실에서 분사한 회사로", "X 연구소에서 분사한 B": X founded B; "X 연구실에서
    2024년 스핀오프했다", with no B, is said of the company the passage is about."""
    facts = []
    for x in mentions:
        spun = _UNIT_SPUN_OFF.match(text, x.end) if not x.particle else None
        if spun is None or x.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
            continue
        topic = [m for m in mentions if m.end <= x.start and m.particle in _TOPIC]
        named_after = _SPIN_OFF_NOUN.match(text, spun.end())
        after = [m for m in mentions if m.start >= spun.end() and not text[spun.end():m.start].strip()]
        offspring = topic[-1:] if named_after else after[:1]
        if not offspring and not topic and spun.group("verb") in ("했", "됐"):
            offspring = list(previous_topic[:1])
        facts += [_fact(x, "FOUNDED", b, {}, evidence, spun.end()) for b in offspring
                  if b.actor.id != x.actor.id and b.actor.type in _BUSINESSES]
    return facts


def _organisation_started(text, mentions, previous_topic, evidence) -> list[Fact]:
    """"A는 AI 전담 자회사 B를 출범시켰다": A founded B (a programme started is launched, by the cues)."""
    facts = []
    for b in mentions:
        started = _ORGANISATION_STARTED.match(text, b.after) if b.particle in ("을", "를") else None
        if started is None or b.actor.type not in _BUSINESSES:
            continue
        facts += [_fact(a, "FOUNDED", b, {}, evidence, started.end())
                  for a in _doer_before(text, mentions, b.start, previous_topic)
                  if a.actor.id != b.actor.id and a.actor.type in _FOUNDERS]
    return facts
