"""A programme written as its owner's: "엔비디아의 스타트업 육성 프로그램 ‘인셉션’", "경제산업성의 GENIAC 프로그램".

Korean news introduces a programme by whose it is: the owner with 의, maybe a description
("스타트업 육성 프로그램", "AI 개발 지원사업"), then the programme's name. The owner runs the
programme: it launched it, whatever the sentence goes on to say of the programme (a company
being chosen for it, money coming from it). English has the same habit ("the Canadian
government's Robotics Compute Access Program"), read by english.py.

Only an owner that runs programmes (a company, a government, an investor, a university): "딥브릭스의
‘K-스타트업’ 선정" is a startup's selection, not its programme; a country stands for its
government only where a ministry is not named, which this habit does not need.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.mentions import Mention
from loaders.relations.fact import Fact

_OWNERS = ("Company", "Government", "Investor", "University")
# What may stand between the owner, a description and the name: spaces and an opening quote.
_NOTHING_BETWEEN = re.compile(r"[\s‘'“\"「『]*")
# "경제산업성이 운영하는 ‘P’": a government running a programme states it as plainly as 의 does.
_RUN_BY = re.compile(r"\s*(?:직접\s)?운영하는\s")


def programmes_of_their_owner(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """"A의 [description] ‘P’", "(government) A가 운영하는 [description] ‘P’": A LAUNCHED P. The
    description, if any, is a programme mention with no particle of its own ("스타트업 육성 프로그램"),
    and nothing else stands between."""
    facts = []
    for i, owner in enumerate(mentions):
        start = _owned_from(text, owner)
        rest = mentions[i + 1:i + 3]
        if start is None or not rest or not _NOTHING_BETWEEN.fullmatch(text, start, rest[0].start):
            continue
        programme = rest[0]
        if len(rest) == 2 and programme.actor.type == "Program" and not programme.particle \
                and _NOTHING_BETWEEN.fullmatch(text, programme.end, rest[1].start):
            programme = rest[1]  # "A의 스타트업 육성 프로그램 ‘P’": the description, then the name
        if programme.actor.type == "Program":
            facts.append(Fact(owner.actor, "LAUNCHED", programme.actor, {"confidence": 0.6},
                              evidence(owner.start, programme.end)))
    return facts


def _owned_from(text: str, owner: Mention) -> int | None:
    """Where the noun ``owner`` is written as owning starts: after 의, or after the relative
    clause 운영하는 of a government; None if it owns nothing."""
    if owner.actor.type not in _OWNERS:
        return None
    if owner.particle == "의":
        return owner.after
    run = _RUN_BY.match(text, owner.after) if owner.particle in ("이", "가") and owner.actor.type == "Government" else None
    return run.end() if run else None
