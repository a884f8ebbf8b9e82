"""A programme written as its owner's: "엔비디아의 스타트업 육성 프로그램 ‘인셉션’", "경제산업성의 GENIAC 프로그램",
"과기정통부가 올해 처음 만든 ‘P’", "농림축산식품부 ‘P’ 참여기업".

Korean news introduces a programme by whose it is: the owner with 의, maybe a description
("스타트업 육성 프로그램", "AI 개발 지원사업"), then the programme's name. The owner runs the
programme: it launched it, whatever the sentence goes on to say of the programme (a company
being chosen for it, money coming from it). English has the same habit ("the Canadian
government's Robotics Compute Access Program"), read by english.py.

Only an owner that runs programmes (a company, a government, an investor, a university): "딥브릭스의
‘K-스타트업’ 선정" is a startup's selection, not its programme; a country stands for its
government only where a ministry is not named, which this habit does not need.

A relative clause of setting up says the same of any owner ("A가 조성한 ‘P 펀드’", "A가 출범시킨
P"); one of running or pushing ("운영하는", "추진하는") only of a government, whose programmes
those are (as the cue 운영하 in cues.yaml has it). A ministry written right before a
quoted programme name, with no particle, is that programme's owner as with 의 ("과학기술정보통신부
‘P’ 공모에 선정"): official names are prefixed with the ministry that runs them.

An investor's fund of funds ("한국벤처투자의 모태펀드") is the state's, which the investor manages: no launch.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.mentions import Mention
from loaders.programme_heads import is_fund_of_funds
from loaders.relations.fact import Fact

_OWNERS = ("Company", "Government", "Investor", "University")
# What may stand between the owner, a description and the name: spaces and an opening quote.
_NOTHING_BETWEEN = re.compile(r"[\s‘'“\"「『]*")
# Words that may stand between the owner and the verb of its relative clause ("올해 처음", "지난해
# 3월"): none ending in an object or comitative particle, which would bring in another party or thing.
_ADVERBS = r"(?:[^\s,.‘'“\"「『]*[^\s,.‘'“\"「『을를와과]\s){0,3}?"
# "경제산업성이 운영하는 ‘P’", "과기정통부가 추진하는 P 사업": a government running a programme
# states it as plainly as 의 does.
_RUN_BY = re.compile(rf"\s*{_ADVERBS}(?:직접\s)?(?:운영|추진|주관|시행)하는\s")
# "A가 올해 처음 만든 ‘P’", "A가 조성한 P 펀드", "A가 출범시킨 P": any owner setting a programme up.
_SET_UP_BY = re.compile(rf"\s*{_ADVERBS}(?:새로\s)?(?:만든|조성한|출범시킨|출범한|신설한|결성한|마련한|설립한)\s")
# "과학기술정보통신부 ‘": a ministry right before a quoted name.
_QUOTED_NEXT = re.compile(r"\s?[‘'“\"「『]")


def programmes_of_their_owner(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """"A의 [description] ‘P’", "(government) A가 운영하는 [description] ‘P’": A LAUNCHED P. The
    description, if any, is a programme mention with no particle of its own ("스타트업 육성 프로그램"),
    and nothing else stands between."""
    facts = []
    for i, owner in enumerate(mentions):
        start = _owned_from(text, owner)
        rest = mentions[i + 1:i + 3]
        if start is None and _joint_owner(text, owner, rest):
            start, rest = _owned_from(text, rest[0]), mentions[i + 2:i + 4]
        if start is None or not rest or not _NOTHING_BETWEEN.fullmatch(text, start, rest[0].start):
            continue
        programme = rest[0]
        if len(rest) == 2 and programme.actor.type == "Program" and not programme.particle \
                and _NOTHING_BETWEEN.fullmatch(text, programme.end, rest[1].start):
            programme = rest[1]  # "A의 스타트업 육성 프로그램 ‘P’": the description, then the name
        if programme.actor.type == "Program" and not _managed_fund_of_funds(owner, programme):
            facts.append(Fact(owner.actor, "LAUNCHED", programme.actor, {"confidence": 0.6},
                              evidence(owner.start, programme.end)))
    return facts


def _managed_fund_of_funds(owner: Mention, programme: Mention) -> bool:
    """True if an investor owns a fund of funds with 의 ("한국벤처투자의 모태펀드가 출자"): a state
    sets a fund of funds up and the investor manages it, so 의 names its manager, not who launched it."""
    return owner.actor.type == "Investor" and owner.particle == "의" and is_fund_of_funds(programme)


def _joint_owner(text: str, owner: Mention, rest: list[Mention]) -> bool:
    """True if ``owner`` is the first of two governments running a programme together ("과기정통부와
    정보통신산업진흥원(NIPA)이 주관하는 'P'"): the second owns it by a relative clause, the first
    is joined to it by 와/과 and nothing else."""
    return (owner.actor.type == "Government" and owner.particle in ("와", "과") and bool(rest)
            and rest[0].actor.type == "Government" and not text[owner.after:rest[0].start].strip()
            and _owned_from(text, rest[0]) is not None and rest[0].particle in ("이", "가"))


def _owned_from(text: str, owner: Mention) -> int | None:
    """Where the noun ``owner`` is written as owning starts: after 의, after a relative clause of
    setting up (or, of a government, of running), or right after a government before a quoted
    name; None if it owns nothing."""
    if owner.actor.type not in _OWNERS:
        return None
    if owner.particle == "의":
        return owner.after
    government = owner.actor.type == "Government"
    if not owner.particle and government and _QUOTED_NEXT.match(text, owner.end):
        return owner.end
    if owner.particle not in ("이", "가"):
        return None
    clause = _SET_UP_BY.match(text, owner.after) or (_RUN_BY.match(text, owner.after) if government else None)
    return clause.end() if clause else None
