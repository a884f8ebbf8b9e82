"""A spin-off glossed by the name of the body it came out of.

"Tarnby AI, the Halden University spin-off,", "Tarnby AI, a 2019 Halden Group spinout,": the name
inside the appositive, before "spin-off", is where the company came from, and a spin-off is
founded by the body it is spun out of (as "spun out of A" in cues.yaml says). The English
grouping already tells such an appositive from a list (english._THE_BETWEEN, _MODIFIES_NOUN: the
origin is no second member); this reader adds the relation the appositive states.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact

# Between the company and its origin: ", the ", ", a 2019 ".
_APPOSITIVE_OPENS = re.compile(r",\s+(?:the|an?)\s+(?:(?:19|20)\d\d\s+)?")
# After the origin: " spin-off", " spinout", " spin-out".
_SPIN_OFF_AFTER = re.compile(r"\s+spin-?(?:off|out)\b")


def glossed_spin_offs(text: str, mentions: list[Mention], fits, evidence) -> list[Fact]:
    """FOUNDED from the body named in "X, the A spin-off" to X."""
    if "spin" not in text:
        return []
    facts = []
    for company, origin in zip(mentions, mentions[1:], strict=False):
        after = _SPIN_OFF_AFTER.match(text, origin.end)
        if (after and _APPOSITIVE_OPENS.fullmatch(text, company.end, origin.start)
                and company.actor.id != origin.actor.id and fits("FOUNDED", origin.actor.type, company.actor.type)):
            facts.append(Fact(origin.actor, "FOUNDED", company.actor, {"confidence": 0.7},
                              evidence(company.start, after.end())))
    return facts
