"""Ties English states with a possessive and no verb of its own.

"A signed on as B's first enterprise customer", "A is B's largest client": A buys from B, so the
two work together. "Geely's Zeekr brand", "Alphabet's Waymo unit": the name between the owner's
possessive and the word for a unit belongs to the owner (the opposite order, "Xiaomi's venture arm
Shunwei", is read by english.py ``_units``).
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact

_POSSESSIVE = re.compile(r"['’]s\s+")
# "... as B's", "... is B's", "... became B's": the customer's clause reaching the supplier's name.
_AS_OR_IS = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:as|is|was|became|become|becomes|remains)\s+(?:now\s+|also\s+)?$")
# "first enterprise customer", "largest cloud client", "anchor customer".
_CUSTOMER_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:customer|client)\b")
# "Zeekr brand", "Waymo unit", "DeepMind division": the name, then the word for a part of a group.
_UNIT_AFTER = re.compile(r"\s+(?:brand|unit|subsidiary|division|arm|affiliate)\b")
# "SAP's Business AI unit", "X's Cloud Services division": a unit named by the line of business it
# serves (only words for a market or a field, and the field's tail) is a department, no company.
_BUSINESS_AREA = re.compile(r"(?:(?:Business|Enterprise|Consumer|Commercial|Industrial|Cloud|Research|Retail|Mobile|"
                            r"Digital|Data|Services?|Solutions|Products?|Devices|Applied|Advanced|Global|Corporate|"
                            r"Public|Sector|Health|Healthcare|Automotive|Financial|AI|Robotics|Software|Hardware)(?:\s|$))+")


def possessive_ties(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """PARTNERS_WITH for a customer named as a supplier's, SUBSIDIARY_OF for a unit named as an owner's."""
    if "'s" not in text and "’s" not in text:
        return []
    facts = []
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.actor.id == second.actor.id or first.actor.type not in ORGANISATIONS \
                or second.actor.type not in ORGANISATIONS:
            continue
        if _AS_OR_IS.fullmatch(text, first.end, second.start) and _CUSTOMER_AFTER.match(text, second.end):
            facts.append(Fact(first.actor, "PARTNERS_WITH", second.actor, {"confidence": 0.6},
                              evidence(first.start, _CUSTOMER_AFTER.match(text, second.end).end())))
        elif _POSSESSIVE.fullmatch(text, first.end, second.start) and _UNIT_AFTER.match(text, second.end) \
                and not (second.discovered and _BUSINESS_AREA.fullmatch(second.actor.name)):
            facts.append(Fact(second.actor, "SUBSIDIARY_OF", first.actor, {"confidence": 0.6},
                              evidence(first.start, _UNIT_AFTER.match(text, second.end).end())))
    return facts
