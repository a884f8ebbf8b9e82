"""Who holds the rest of a company whose stake the sentence before told of.

Deal news gives the buyer's stake and then the other holders in a sentence of their own, the
company left unstated: "A는 합작사 B에 40억 달러를 출자해 지분 45%를 확보했다. 나머지 지분은 C가
갖고 있다". The rest of B is C's, so C has a stake in B (the company the sentence before gave money
to, see ``Passage.invested_company``).
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "나머지 지분은", "나머지 55%는", "잔여 지분은": the rest of the company's shares, as the topic.
_THE_REST = re.compile(r"(?:나머지|잔여|남은)\s?(?:지분|주식|\d{1,2}(?:\.\d+)?\s?%)(?:\s?\d{1,2}(?:\.\d+)?\s?%)?(?:은|는)\s")
# "C가 갖고 있다", "C가 보유하고 있다", "C와 D가 나눠 가졌다": holding it.
_HOLDS = re.compile(r"\s(?:[^\s,.]+\s)?(?:나눠\s?)?(?:갖고|갖는|가지고|가졌|보유)")
_HOLDERS = ("Investor", "Company", "Government")


def remaining_stake_holders(text: str, mentions: list[Mention], company: Mention | None, doc_id: str, line_at) -> list[Fact]:
    """The holders a sentence says own the rest of ``company``, the one the sentence before put
    money into: each INVESTED_IN it."""
    rest = _the_rest(text) if company is not None else None
    if rest is None:
        return []
    holders = [m for m in mentions if m.start >= rest.end() and m.actor.type in _HOLDERS and m.actor.id != company.actor.id]
    subject = next((m for m in holders if m.particle in ("이", "가")), None)
    if subject is None or not _HOLDS.match(text, subject.after):
        return []
    return [Fact(m.actor, "INVESTED_IN", company.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))
            for m in holders if m.end <= subject.end and m.particle in ("이", "가", "와", "과")]


def names_the_rest_of_a_stake(text: str) -> bool:
    """True if ``text`` says who holds the rest of a company: its unknown names are worth discovering."""
    return _the_rest(text) is not None


def _the_rest(text: str) -> re.Match | None:
    """Where ``text`` names the rest of a stake as its topic; the regex runs only when one of its words is there."""
    return _THE_REST.search(text) if "나머지" in text or "잔여" in text or "남은" in text else None
