"""Acqui-hires: a firm takes over another's people and technology without buying its shares.

"A는 N달러를 투자해 B의 핵심 인력과 기술 라이선스를 확보했다", "A가 B의 연구진과 기술을 흡수":
the deal is an acquisition in all but form (the target's team moves, its technology is
licensed), and analysts record it as one. Hiring people alone ("B 출신 인재를 영입") takes over
no firm, so the technology must be part of what is taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact

_FIRMS = ("Startup", "Company")
_SUBJECT = ("은", "는", "이", "가")
# "B의 핵심 인력과 기술 라이선스를 확보", "B의 연구진 및 기술을 흡수", "B의 기술과 인력을 영입".
_TEAM = r"(?:핵심\s)?(?:인력|인재|연구진|개발진|엔지니어|팀|경영진)"
_TECH = r"(?:핵심\s)?(?:기술|IP|지식재산)(?:\s라이선스|\s사용권)?"
_TAKEN_OVER = re.compile(rf"\s?(?:{_TEAM}(?:과|와|\s및)\s{_TECH}|{_TECH}(?:과|와|\s및)\s{_TEAM})(?:을|를)\s"
                         r"(?:모두\s|함께\s)?(?:확보|영입|흡수|인수|데려)")


def takes_over_a_team(text: str) -> bool:
    """Whether ``text`` states an acqui-hire: names in it are worth discovering, though no
    relation cue word is in the sentence ("A는 B의 연구진과 기술을 흡수했다")."""
    return ("기술" in text or "IP" in text) and bool(_TAKEN_OVER.search(text))


def acqui_hires(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """ACQUIRED from the subject of the sentence to the firm whose people and technology it took."""
    if "의 " not in text:
        return []
    facts: list[Fact] = []
    for target in mentions:
        if target.particle != "의" or target.actor.type not in _FIRMS:
            continue
        taken = _TAKEN_OVER.match(text, target.after or target.end)
        if taken is None:
            continue
        buyer = next((m for m in reversed(mentions) if m.end <= target.start and m.particle in _SUBJECT
                      and m.actor.type in _FIRMS and m.actor.id != target.actor.id), None)
        if buyer is None:
            continue
        paid = find_amounts(text[buyer.end:target.start])
        props = {**(paid[0].properties() if paid else {}), "confidence": 0.7}
        facts.append(Fact(buyer.actor, "ACQUIRED", target.actor, props, evidence(buyer.start, taken.end())))
    return facts
