"""A subsidiary named without its owner: the owner is who the clause is about.

"G42는 클라우드 자회사 C를 앞세워 ...", "- 자회사 B를 통해 스타트업 D의 시리즈C에도 참여" (in a
bullet under "■ A: ..."): Korean writes "자회사 X" with no possessor when the owner is the
subject of the clause, or the topic the paragraph or bullet carries, so C is G42's and B is A's.
A possessor or an adjacent name ("A의 자회사 B", "A 자회사인 B") is read by ``appositives``.
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
