"""A contract whose counterparty is named inside the clause that describes it, as Korean writes it.

"A는 B에 GPU를 공급하는 계약을 체결했다", "A는 B의 솔루션을 쓰기로 하는 공급 계약도 맺었다",
"A는 B의 시리즈B에 참여해 실증을 조건으로 하는 제휴도 함께 체결": the topic signs, and the
counterparty is not marked 와/과 (which the symmetric cue frames read) but sits in the clause
before the contract noun, marked 의, 에 or 을. A contract to buy, invest in or sell to the other
side is that deal, read by its own frames, not a partnership.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "... 하는 공급 계약을 체결", "... 쓰기로 하는 계약도 함께 맺었다", "... 조건으로 하는 전략적 제휴도 체결":
# a clause ending in an attributive verb, a word or two of what kind of contract, the contract and the signing.
_SIGNED_CONTRACT = re.compile(r"(?:는|한|할)\s(?:[^\s,.]+\s){0,2}?(?:계약|협약|제휴|파트너십|MOU)(?:을|를|도)?\s"
                              r"(?:함께\s|추가로\s|별도로\s|새로\s)?(?:체결|맺)")
# The deals other frames read: buying, investing, merging, selling.
_OTHER_DEAL = re.compile(r"인수|투자|출자|합병|매각|매수")
# "B와 맺은 전략적협력계약", "B와 체결한 업무협약": a contract described by its counterparty alone.
_CONTRACT_MADE_WITH = re.compile(r"\s?(?:맺은|체결한|맺었던|체결했던|맺고\s있는)\s(?:[^\s,.]+\s){0,2}?[^\s,.]*(?:계약|협약|제휴|파트너십|MOU)")
_TOPIC_MARKS = ("은", "는")
_SUBJECT_MARKS = ("이", "가")
_COUNTERPARTY_MARKS = ("의", "에", "에게", "을", "를")


def _signed_after(text: str, topic: Mention) -> re.Match[str] | None:
    """The signing of a described contract in the clause after the topic, unless a word of another
    deal (인수, 투자 ...) stands just before it; whether another subject comes between is the caller's check."""
    signed = _SIGNED_CONTRACT.search(text, topic.after)
    if signed is None or _OTHER_DEAL.search(text, max(topic.after, signed.start() - 6), signed.start()):
        return None
    return signed


def contracted_partners(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """PARTNERS_WITH from the topic to each organisation named, marked 의/에/을, before the contract it signs."""
    if "체결" not in text and "맺" not in text:
        return []
    facts: list[Fact] = []
    for i, topic in enumerate(mentions):
        if topic.particle not in _TOPIC_MARKS or topic.actor.type not in ORGANISATIONS:
            continue
        signed = _signed_after(text, topic)
        if signed is None:
            continue
        between = [m for m in mentions[i + 1:] if m.end <= signed.start()]
        if any(m.particle in _SUBJECT_MARKS + _TOPIC_MARKS for m in between):
            continue  # another subject signs, or the clause is another's
        facts += [Fact(topic.actor, "PARTNERS_WITH", m.actor, {"confidence": 0.6}, evidence(topic.start, signed.end()))
                  for m in between if m.particle in _COUNTERPARTY_MARKS and m.actor.type in ORGANISATIONS
                  and m.actor.id != topic.actor.id]
    return facts


def contracts_of_the_topic(text: str, mentions: list[Mention], carried: list[Mention],
                           evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """"(C는 ...) 인프라는 B와 맺은 계약을 바탕으로 확보했다": a contract made with B that no
    organisation in the sentence is said to have signed is the company the passage is about's."""
    company = carried[0] if carried and carried[0].actor.type in ORGANISATIONS else None
    if company is None or ("맺" not in text and "체결" not in text):
        return []
    if any(m.particle in _TOPIC_MARKS + _SUBJECT_MARKS and m.actor.type in ORGANISATIONS for m in mentions):
        return []  # "A는 B와 맺은 계약": A's, read by the symmetric frames
    return [Fact(company.actor, "PARTNERS_WITH", m.actor, {"confidence": 0.6}, evidence(m.start, made.end()))
            for m in mentions if m.particle in ("와", "과") and m.actor.type in ORGANISATIONS
            and m.actor.id != company.actor.id and (made := _CONTRACT_MADE_WITH.match(text, m.after))]
