"""A subsidiary named without its owner: the owner is who the clause is about.

"G42는 클라우드 자회사 C를 앞세워 ...", "- 자회사 B를 통해 스타트업 D의 시리즈C에도 참여" (in a
bullet under "■ A: ..."): Korean writes "자회사 X" with no possessor when the owner is the
subject of the clause, or the topic the paragraph or bullet carries, so C is G42's and B is A's.
A possessor or an adjacent name ("A의 자회사 B", "A 자회사인 B") is read by ``appositives``.

The other way round, a note about a company it does not name again says whose unit it is: "현재
삼성SDS 자회사로 운영", "KT그룹 계열 클라우드 전문기업." (a bullet under the company's entry): the
company the paragraph or bullet carries belongs to the owner named bare at the clause's head.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact

_BUSINESSES = {"Company", "Startup", "Investor"}
# "자회사 ", "클라우드 자회사 ", "북미 자회사 ": up to two words saying what or where the unit is,
# right before its name ("투자회사" is no 자회사).
_BARE_UNIT = re.compile(r"(?:^|(?<=[\s,(]))((?:[^\s,.()]+\s+){0,2}?)(?<!투)자회사\s*[‘'\"“「]?$")
_SUBJECT_MARKS = ("은", "는", "이", "가")
# After the owner: " 자회사로 운영", "의 100% 자회사로 편입", "그룹 계열 클라우드 전문기업.", "계열사인 AI 스타트업":
# the unsaid company is run as the owner's unit, or is a company of the owner's group.
_OWNER_OF_THE_UNSAID = re.compile(r"(?:의)?\s?(?:(?:100\s?%|완전)\s?)?(?:자회사|계열사)로\s?(?:운영|편입|있|소속)"
                                  r"|(?:\s?그룹)?\s?계열(?:사인|의)?\s(?:[^\s,.]+\s){0,3}?[^\s,.]*(?:기업|회사|스타트업|업체)(?:이다|임)?\s*(?:[.(]|$)")


def units_of_the_subject(text: str, mentions: list[Mention], carried: list[Mention], evidence) -> list[Fact]:
    """SUBSIDIARY_OF from each "자회사 X" without a possessor to the last organisation marked as
    subject before it, else to the topic carried from before (``carried``)."""
    if "자회사" not in text:
        return []
    facts = []
    for i, unit in enumerate(mentions):
        if unit.actor.type not in _BUSINESSES:
            continue
        lo = mentions[i - 1].end if i else 0
        bare = _BARE_UNIT.search(text, max(lo, unit.start - 30), unit.start)
        if bare is None or _owned_before(text, bare.start(), bare.group(1), lo):
            continue
        owner = next((m for m in reversed(mentions[:i]) if m.particle in _SUBJECT_MARKS), None)
        owner = owner or (carried[0] if carried else None)
        if owner is None or owner.actor.type not in _BUSINESSES or owner.actor.id == unit.actor.id:
            continue
        facts.append(Fact(unit.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.7},
                          evidence(bare.start(), unit.end)))
    return facts


def _owned_before(text: str, start: int, descriptors: str, lo: int) -> bool:
    """True if the words before the noun name an owner: a possessive ("KT의 클라우드 자회사",
    "그룹의 자회사") or a name right before them ("A 자회사"), which ``appositives`` reads."""
    before = text[lo:start].rstrip()
    return (any(word.endswith("의") for word in descriptors.split()) or before.endswith("의")
            or (lo > 0 and not before))


def owner_of_the_unsaid(text: str, mentions: list[Mention], carried: list[Mention], evidence) -> list[Fact]:
    """SUBSIDIARY_OF from the company carried from before to the owner a clause naming no subject
    calls it a unit of ("현재 B 자회사로 운영", "B그룹 계열 클라우드 전문기업.")."""
    if ("자회사" not in text and "계열" not in text) or not carried or carried[0].actor.type not in _BUSINESSES:
        return []
    if any(m.particle in _SUBJECT_MARKS for m in mentions):
        return []  # the clause names who it is about
    company = carried[0]
    for owner in mentions:
        unit = _OWNER_OF_THE_UNSAID.match(text, owner.end) if owner.particle in ("", "의") else None
        if unit is not None and owner.actor.type in _BUSINESSES and owner.actor.id != company.actor.id:
            return [Fact(company.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.6}, evidence(owner.start, unit.end()))]
    return []
