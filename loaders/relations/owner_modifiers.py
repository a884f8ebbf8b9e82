"""Units whose owner English names as a modifier of the word "subsidiary".

English news says whose unit a company is by putting the owner's name before the noun, with no
"of": "Humain is a wholly owned PIF subsidiary", "Acme, a majority-owned Contoso unit, ...". The
name between the article and the noun is the owner (SUBSIDIARY_OF); the "subsidiary of" cue
reads only the other order.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# Between the unit and its owner: "is a wholly owned ", ", a majority-owned ", " is now an ".
_BEFORE_OWNER = re.compile(r"(?:\s+is\s+(?:now\s+|still\s+)?|,\s+)an?\s+(?:(?:wholly|majority|fully)[- ]owned\s+)?$")
# After the owner: the noun for a unit ("subsidiary", "unit", "affiliate"), maybe one word first ("AI unit").
_UNIT_AFTER = re.compile(r"(?:'s)?\s+(?:[a-z][\w-]*\s+)?(?:subsidiary|unit|affiliate|division)\b")
_UNITS = ("Startup", "Company", "Investor")


def read(text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
    """SUBSIDIARY_OF for "U is a (wholly owned) O subsidiary" and "U, a (wholly owned) O unit"."""
    if "subsidiary" not in text and " unit" not in text and "affiliate" not in text and "division" not in text:
        return []
    facts = []
    for unit, owner in zip(mentions, mentions[1:], strict=False):
        if unit.actor.type in _UNITS and owner.actor.type in ORGANISATIONS_AND_GOVERNMENT \
                and unit.actor.id != owner.actor.id and _BEFORE_OWNER.fullmatch(text, unit.end, owner.start) \
                and _UNIT_AFTER.match(text, owner.end):
            facts.append(Fact(unit.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.7},
                              sentence_evidence(doc_id, line_at, text)))
    return facts
