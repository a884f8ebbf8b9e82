"""Money for those chosen for the programme a passage is about, from the government that runs it.

A report names the programme and its owner once ("스페인 정부는 'P' 계획을 발표함") and then says who
was chosen and that they were paid, without naming the payer again: "첫 공모에서는 A와 B가
선정되어 각각 1억 유로를 지원받았음", "기업당 최대 15억 원을 지원하고, 이번 기수에는 C와 D가
포함됐다". Those chosen take part in the programme (see programme_roles and _included_members);
the support they get is its owner's.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "지원받았음", "지원을 받는다", "(기업당 N원을) 지원하고": support given or received.
_SUPPORTED = re.compile(r"지원(?:받|을\s받|하고|하며|한다|했다|함|됨|된다|되며|돼)")
_RECIPIENTS = ("Startup", "Company", "University")


def paid_by_the_owner(text: str, mentions: list[Mention], facts: list[Fact], programme: Mention | None,
                      owner: Mention | None) -> list[Fact]:
    """FUNDS from the programme's owner to each organisation the sentence has taking part in the
    passage's programme, when the sentence speaks of support and names no payer (no government,
    nothing the money comes from: "B로부터 지원받았음")."""
    if (owner is None or programme is None or "지원" not in text or not _SUPPORTED.search(text)
            or "로부터" in text or any(m.actor.type == "Government" for m in mentions)):
        return []
    return [Fact(owner.actor, "FUNDS", f.subject, {"confidence": 0.6}, f.evidence) for f in facts
            if f.type == "PARTICIPATES_IN" and f.object.id == programme.actor.id and f.subject.type in _RECIPIENTS]
