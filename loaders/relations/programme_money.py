"""Korean constructions that say who funds or launches a programme the cue frames do not link.

The frames of sentences.py join a subject to the name its verb governs. Policy reports often
name the programme elsewhere in the sentence: as the channel the giver acts through ("EU는 P
이니셔티브를 통해 ... 약 7억 유로의 투자를 추진"), as the topic whose backers the sentence lists
("이 펀드는 정부와 민간이 공동으로 출자하는 구조"), or as what is set up under another's lead
("A 주도로 ‘P’가 출범하였다", "A 주도로 추진된 P"), where the leader is no subject at all, or
as what a subject shared with a common noun announces ("정부와 산업계는 ... P를 발표").
English writes the channel with a preposition ("Canada will invest C$2 billion through the P Fund").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor, Evidence
from loaders.amounts import find_amounts
from loaders.mentions import COUNTED_PARTICLE, Mention
from loaders.programme_heads import is_fund_programme, names_a_fund
from loaders.relations.fact import Fact

Evidencer = Callable[[int, int], Evidence]

_TOPIC = ("은", "는")
_STATES = ("Government", "Country")
_GIVERS = (*_STATES, "Investor", "Company")
# "P를 통해", "P을 통하여": the programme is the means of what the sentence goes on to do.
_THROUGH = re.compile(r"\s?통(?:해|하여)\s")
# "약 7억 유로의 투자를 추진", "1조 원을 투입하고": the money of the act, right after its amount.
_MONEY_ACT = re.compile(r"\s?(?:의\s|을\s|를\s|규모의\s)?(?:[^\s,.]+\s)?(?:투자|투입|지원|출자|예산)")
# "A에 N원을 투자": a named recipient takes the money, not the programme.
_RECIPIENT = ("에", "에게")
_RECIPIENT_TYPES = ("Startup", "Company", "University", "Program", "Investor")
# "공동으로 출자하는", "함께 출연한": the backers put money in; "출자를 받", "출자한 기업" do not say so
# of the fund the sentence is about.
_PAYS_IN = re.compile(r"\s?(?:공동으로\s|함께\s|각각\s)?(?:출자|출연)(?:하|한|해|했|하여)")
#: ", ", "…하며 ", "…했고 ": where a clause ends, so that what follows is another clause's.
CLAUSE_BREAK = re.compile(r"[,;]|[가-힣](?:으며|하며|이며|했고|하고|지만|으나)\s")
# "A 주도로", "A의 주도로", "A 주도 하에": A leads what the clause goes on to set up.
_LED_BY = re.compile(r"(?:의\s?)?주도\s?(?:로|하에|아래)\s")
# "A, B 등 민간 주도로": a word saying what the listed leaders are may stand before 주도.
_LEADERS_KIND = re.compile(r"\s?(?:등\s?)?(?:[가-힣]{1,4}\s)?$")
_LEADERS = ("Government", "Country", "Company", "Startup", "Investor", "University")
# Launch verbs: "P가 출범하였다", "P를 발표", "추진된 P"; a few words may stand between.
_SET_UP = r"(?:출범|발표|추진|조성|시행|수립|설립|착수|개시|공개|결성|발족|도입|마련)"
_SET_UP_AFTER = re.compile(r"[’'」』\"”]?\s?(?:이|가|은|는|을|를)?\s?(?:[^\s,.]+\s){0,3}?" + _SET_UP)
_SET_UP_BEFORE = re.compile(_SET_UP + r"(?:된|한|하는|되는)\s[‘'「『\"“]?$")
# "will invest C$2 billion through the P Fund", "spent $300 million under the P": a state's money
# paid out by way of a programme; the preposition comes right after the amount.
_EN_MONEY_VERB = re.compile(r"\b(?:invest(?:s|ed|ing)?|spen(?:d|ds|t|ding)|provid(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|"
                            r"commit(?:s|ted|ting)?|channel(?:s|led|ed)?|disburs(?:e|es|ed|ing))\s")
_EN_THROUGH = re.compile(r"\s(?:through|via|under)\s(?:the\s|its\s|their\s)?")
# "Under the P, Canada will spend ...", "As part of its P, the government will invest ...": the
# programme opens the sentence, before the state that pays.
_EN_OPENING_FRAME = re.compile(r"(?:Under|As part of|Through)\s(?:the\s|its\s|their\s)?")
# "정부와 산업계는", "정부와 민간이": a name joined to a common noun (no name) makes one subject.
_JOINED_TO_A_NOUN = re.compile(r"[가-힣]{1,5}(?:은|는|이|가)\s")
_LIST_JOIN = re.compile(r"\s?(?:,|·|와|과|및)\s?$")


def programme_money_facts(text: str, mentions: list[Mention], government_of: Callable[[str], Actor | None],
                          evidence: Evidencer, lang: str = "ko") -> list[Fact]:
    """The facts of the constructions above in one sentence."""
    if lang == "en":
        return _funded_by_way_of(text, mentions, government_of, evidence)
    facts: list[Fact] = []
    if "통" in text:
        facts += _funded_through(text, mentions, government_of, evidence)
    if "출자" in text or "출연" in text:
        facts += _backers_of_the_topic_fund(text, mentions, government_of, evidence)
        facts += _backers_before_the_fund(text, mentions, government_of, evidence)
    if "주도" in text:
        facts += _set_up_under_the_lead_of(text, mentions, government_of, evidence)
    if "와 " in text or "과 " in text:
        facts += _set_up_with_others(text, mentions, government_of, evidence)
    return facts


def _giver(actor: Actor, government_of: Callable[[str], Actor | None]) -> Actor:
    """A country that gives money acts as a state: its government gives it."""
    if actor.type == "Country" and actor.country:
        return government_of(actor.country) or actor
    return actor


def _money_relation(actor: Actor) -> str:
    """A state's money is funding; a firm's or an investor's is an investment."""
    return "FUNDS" if actor.type in _STATES else "INVESTED_IN"


def _funded_through(text: str, mentions: list[Mention], government_of, evidence: Evidencer) -> list[Fact]:
    """"EU는 GenAI4EU 이니셔티브를 통해 ... 약 7억 유로의 투자를 추진": the topic funds the
    programme it acts through with the money the sentence states after it, unless the money
    goes to a recipient named with 에 ("A는 P를 통해 B에 N원을 지원": B's, read by the frames)."""
    for i, channel in enumerate(mentions):
        if channel.actor.type != "Program" or channel.particle not in ("을", "를") \
                or not _THROUGH.match(text, channel.after):
            continue
        topic = next((m for m in reversed(mentions[:i]) if m.particle in _TOPIC), None)
        if topic is None or topic.actor.type not in _STATES:
            return []
        if any(m.particle in _RECIPIENT and m.actor.type in _RECIPIENT_TYPES for m in mentions[i + 1:]):
            return []
        amount = next((a for a in find_amounts(text) if a.start > channel.end and _MONEY_ACT.match(text, a.end)), None)
        if amount is None:
            return []
        giver = _giver(topic.actor, government_of)
        props = {**amount.properties(), "confidence": 0.6}
        return [Fact(giver, "FUNDS", channel.actor, props, evidence(topic.start, amount.end))]
    return []


def _backers_of_the_topic_fund(text: str, mentions: list[Mention], government_of, evidence: Evidencer) -> list[Fact]:
    """"이 펀드는 정부와 민간이 공동으로 출자하는 구조로": the backers the sentence names before
    the pay-in verb put money into the fund it is about, in the same clause."""
    fund = next((m for m in mentions if m.particle in _TOPIC and m.actor.type == "Program"), None)
    if fund is None or not names_a_fund(fund.actor.name, fund.surface):
        return []
    paid = _PAYS_IN.search(text, fund.after)
    if paid is None or CLAUSE_BREAK.search(text, fund.after, paid.start()):
        return []
    backers = [m for m in mentions if fund.after <= m.start and m.end <= paid.start() and m.actor.type in _GIVERS
               and m.particle in ("와", "과", "이", "가") and not _joined_to_a_recipient(text, m, mentions)]
    facts = []
    for m in backers:
        giver = _giver(m.actor, government_of)
        facts.append(Fact(giver, _money_relation(giver), fund.actor, {"confidence": 0.6},
                          evidence(fund.start, paid.end())))
    return facts


def _joined_to_a_recipient(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """"이 펀드는 A과 B 두 곳 모두에 출자했다": A joined by 과 to a name the money goes to (에) is
    a recipient too, not a backer."""
    after = [n for n in mentions if n.start >= m.after][:1]
    if m.particle not in ("와", "과") or not after:
        return False
    counted = COUNTED_PARTICLE.match(text, after[0].after) if not after[0].particle else None
    return (counted.group(1) if counted else after[0].particle) in ("에", "에게")


# "A와 B가 공동 출자한 ‘P’", "A가 출연하는 P": a relative clause of paying in, right before the fund.
_PAID_IN_BEFORE = re.compile(r"(?:공동\s?(?:으로\s)?|함께\s|각각\s)?(?:출자|출연)(?:한|하는|해\s온)\s[‘'「『\"“]?$")


def _backers_before_the_fund(text: str, mentions: list[Mention], government_of, evidence: Evidencer) -> list[Fact]:
    """"중국 재정부와 공업정보화부가 공동 출자한 ‘P 기금’은": the subjects of the relative clause
    (the last one marked 이/가, those listed before it) put money into the fund it describes."""
    facts: list[Fact] = []
    for fund in mentions:
        if not is_fund_programme(fund):
            continue
        paid = _PAID_IN_BEFORE.search(text, max(0, fund.start - 16), fund.start)
        backers = _leaders_before(text, mentions, paid.start()) if paid else []
        if not backers or backers[-1].particle not in ("이", "가"):
            continue
        for m in backers:
            giver = _giver(m.actor, government_of)
            facts.append(Fact(giver, _money_relation(giver), fund.actor, {"confidence": 0.6},
                              evidence(m.start, fund.end)))
    return facts


def _set_up_under_the_lead_of(text: str, mentions: list[Mention], government_of, evidence: Evidencer) -> list[Fact]:
    """"A, B 등 민간 주도로 ... P 발표", "A 주도로 ‘P’가 출범하였다", "A 주도로 추진된 P": the
    leaders launch the first programme of the clause after 주도, if a launch verb governs it."""
    facts: list[Fact] = []
    for led in _LED_BY.finditer(text):
        leaders = _leaders_before(text, mentions, led.start())
        hi = next((m.start() for m in CLAUSE_BREAK.finditer(text, led.end())), len(text))
        programme = next((m for m in mentions if led.end() <= m.start < hi and m.actor.type == "Program"), None)
        if not leaders or programme is None:
            continue
        if not (_SET_UP_AFTER.match(text, programme.end) or _SET_UP_BEFORE.search(text, led.end(), programme.start)):
            continue
        for m in leaders:
            leader = _giver(m.actor, government_of)
            if leader.id != programme.actor.id:
                facts.append(Fact(leader, "LAUNCHED", programme.actor, {"confidence": 0.6},
                                  evidence(m.start, programme.end)))
    return facts


def _leaders_before(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The names listed right before ``pos`` ("OpenAI, NVIDIA, Microsoft 등 민간 주도로")."""
    before = [m for m in mentions if m.end <= pos]
    if not before or before[-1].actor.type not in _LEADERS or not _LEADERS_KIND.fullmatch(text, before[-1].end, pos):
        return []
    leaders = [before[-1]]
    for m in reversed(before[:-1]):
        if m.actor.type not in _LEADERS or not _LIST_JOIN.fullmatch(text, m.end, leaders[0].start):
            break
        leaders.insert(0, m)
    return leaders


def _funded_by_way_of(text: str, mentions: list[Mention], government_of, evidence: Evidencer) -> list[Fact]:
    """"The Canadian government will invest C$2 billion through the Northern AI Fund", "Under the
    P, Canada will spend $2 billion on ...": the state named last before the verb funds the
    programme the money goes through, with that amount."""
    facts: list[Fact] = []
    verbs = list(_EN_MONEY_VERB.finditer(text))
    amounts = find_amounts(text) if verbs else []
    for verb in verbs:
        amount = next((a for a in amounts if verb.end() - 1 <= a.start <= verb.end() + 12), None)
        through = _EN_THROUGH.match(text, amount.end) if amount else None
        opening = _EN_OPENING_FRAME.match(text)
        programme = next((m for m in mentions if (through and m.start == through.end())
                          or (amount and opening and m.start == opening.end())), None)
        givers = [m for m in mentions if m.end <= verb.start() and m is not programme]
        if programme is None or programme.actor.type != "Program" or not givers or givers[-1].actor.type not in _STATES:
            continue
        giver = _giver(givers[-1].actor, government_of)
        facts.append(Fact(giver, "FUNDS", programme.actor, {**amount.properties(), "confidence": 0.6},
                          evidence(givers[-1].start, programme.end)))
    return facts


def _set_up_with_others(text: str, mentions: list[Mention], government_of, evidence: Evidencer) -> list[Fact]:
    """"정부와 산업계는 ... GPU를 도입한다는 P를 발표하였다": the named half of a subject joined to a
    common noun launches the programme the clause's launch verb governs."""
    for i, m in enumerate(mentions):
        if m.particle not in ("와", "과") or m.actor.type not in _LEADERS:
            continue
        joined = _JOINED_TO_A_NOUN.match(text, m.after + (text[m.after:m.after + 1] == " "))
        if joined is None or any(k.start < joined.end() and joined.start() < k.end for k in mentions):
            continue
        hi = next((b.start() for b in CLAUSE_BREAK.finditer(text, joined.end())), len(text))
        programme = next((k for k in mentions[i + 1:] if k.start < hi and k.actor.type == "Program"
                          and k.particle in ("을", "를")), None)
        if programme is None or not _SET_UP_AFTER.match(text, programme.end):
            return []
        leader = _giver(m.actor, government_of)
        return [Fact(leader, "LAUNCHED", programme.actor, {"confidence": 0.6}, evidence(m.start, programme.end))]
    return []
