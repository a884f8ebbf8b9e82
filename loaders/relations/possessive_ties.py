"""Ties English states with a possessive and no verb of its own.

"A signed on as B's first enterprise customer", "A is B's largest client", "B, whose customers
include A and C", "B's clients include A": A buys from B, so the two work together (not when A only
could or would become one). "A remains B's most important model partner", "B's partner A", and in
a quoted executive's words "our partner A" ("our" read as the speaker's company): the two are partners
(not a fund's limited partners, nor a firm's general or managing partners, who are people). "Geely's Zeekr brand", "Alphabet's Waymo unit": the name between the owner's
possessive (or a "through its" after it) and the word for a unit belongs to the owner (the opposite order, "Xiaomi's venture arm
Shunwei", is read by english.py ``_units``).
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.hedges import MAY

_POSSESSIVE = re.compile(r"['’]s\s+")
# "the state bank KfW through its KfW Capital arm", "Acme, via its Acme Labs unit": the name just before
# "through its" is the owner "its" means, the name between "its" and the unit's word its unit.
_THROUGH_ITS = re.compile(r",?\s+(?:through|via)\s+its\s+(?:own\s+)?")
# "... as B's", "... is B's", "... became B's", "also put money in and signed on as B's": the
# customer's clause reaching the supplier's name.
_AS_OR_IS = re.compile(r"\s+(?:[a-z]+\s+){0,8}?(?:as|is|was|became|become|becomes|remains)\s+(?:now\s+|also\s+)?$")
# "could become", "is in talks to become", "hopes to sign on as": a customer not (yet) won.
_NOT_YET = re.compile(rf"\b(?:{MAY}|talks|hopes?|plans?|aims?|wants?|seeks?|expects?|considering|negotiating|not|never)\b")
# "B, whose customers include ", "B's clients include ": the supplier, then its customers.
_CUSTOMERS_INCLUDE = re.compile(r"(?:,\s+whose|['’]s)\s+(?:[\w-]+\s+){0,2}?(?:customers|clients)\s+"
                                r"(?:include|includes|included|are|were)\s+(?:the\s+)?")
# ", C", ", and C", " and C": the list of customers going on.
_LIST_ON = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# "first enterprise customer", "largest cloud client", "anchor customer".
_CUSTOMER_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:customer|client)\b")
# "most important model partner", "launch partners": a partner company (not a limited partner of a fund).
_PARTNER = r"(?:[\w-]+\s+){0,3}?(?<!limited\s)(?<!general\s)(?<!managing\s)(?<!founding\s)(?<!venture\s)partners?\b"
_PARTNER_AFTER = re.compile(_PARTNER)
# "B's partner A", "our partners at A", "our long-time partner, A": the partner named after the word.
_PARTNER_BEFORE = re.compile(_PARTNER + r"(?:,\s+|\s+(?:at\s+|in\s+)?)(?:the\s+)?")
# "Zeekr brand", "Waymo unit", "DeepMind division": the name, then the word for a part of a group.
_UNIT_AFTER = re.compile(r"\s+(?:brand|unit|subsidiary|division|arm|affiliate)\b")
# "Amazon's own X": the possessive before an arm's name.
_POSSESSIVE_OWN = re.compile(r"['’]s\s+(?:own\s+)?")
_ARM_OWNERS = ("Company", "Investor")
# The last word of an investment firm's name: "Vertex Holdings", "Global Infrastructure Partners".
_ARM_NAME = re.compile(r"\s(?:Holdings|Partners|Capital|Ventures|Investments|Fund)$")
# "SAP's Business AI unit", "X's Cloud Services division": a unit named by the line of business it
# serves (only words for a market or a field, and the field's tail) is a department, no company.
_BUSINESS_AREA = re.compile(r"(?:(?:Business|Enterprise|Consumer|Commercial|Industrial|Cloud|Research|Retail|Mobile|"
                            r"Digital|Data|Services?|Solutions|Products?|Devices|Applied|Advanced|Global|Corporate|"
                            r"Public|Sector|Health|Healthcare|Automotive|Financial|AI|Robotics|Software|Hardware)(?:\s|$))+")

# The speaker's "our" as a word ("four", "your", "source" hold the letters, not the word).
_OUR = re.compile(r"\bour\b", re.I)


def possessive_ties(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """PARTNERS_WITH for a customer named as a supplier's, SUBSIDIARY_OF for a unit named as an owner's."""
    if "'s" not in text and "’s" not in text and "whose" not in text and " its " not in text and not _OUR.search(text):
        return []
    facts = _customers_listed(text, mentions, evidence) + _partners(text, mentions, evidence)
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.actor.id == second.actor.id or first.actor.type not in ORGANISATIONS \
                or second.actor.type not in ORGANISATIONS:
            continue
        if _AS_OR_IS.fullmatch(text, first.end, second.start) and _CUSTOMER_AFTER.match(text, second.end) \
                and not _NOT_YET.search(text, first.end, second.start):
            facts.append(Fact(first.actor, "PARTNERS_WITH", second.actor, {"confidence": 0.6},
                              evidence(first.start, _CUSTOMER_AFTER.match(text, second.end).end())))
        elif (_POSSESSIVE.fullmatch(text, first.end, second.start) or _THROUGH_ITS.fullmatch(text, first.end, second.start)) \
                and _UNIT_AFTER.match(text, second.end) \
                and not (second.discovered and _BUSINESS_AREA.fullmatch(second.actor.name)):
            facts.append(Fact(second.actor, "SUBSIDIARY_OF", first.actor, {"confidence": 0.6},
                              evidence(first.start, _UNIT_AFTER.match(text, second.end).end())))
        elif _owned_investment_arm(text, first, second):
            facts.append(Fact(second.actor, "SUBSIDIARY_OF", first.actor, {"confidence": 0.6}, evidence(first.start, second.end)))
    return facts


def _owned_investment_arm(text: str, owner: Mention, arm: Mention) -> bool:
    """"Temasek's Vertex Holdings", "BlackRock's Global Infrastructure Partners": a known group's
    possessive on an investment firm's name is its arm. A place before "'s" ("Singapore's GIC",
    "Abu Dhabi's MGX", often read as an unknown name) only says where the firm is."""
    return (_POSSESSIVE_OWN.fullmatch(text, owner.end, arm.start) is not None and not owner.discovered
            and owner.actor.type in _ARM_OWNERS and arm.actor.type == "Investor"
            and _ARM_NAME.search(arm.actor.name) is not None)


def _possessed(text: str, owner: Mention) -> int:
    """Where the thing an owner has is named: after "Acme's ", or after "our " (the speaker's); -1 if nowhere."""
    if owner.surface.lower() == "our":
        return owner.end + 1 if text[owner.end:owner.end + 1] == " " else -1
    possessive = _POSSESSIVE.match(text, owner.end)
    return possessive.end() if possessive is not None else -1


def _partners(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """"A remains B's most important partner", "B's partner A", "our partners at A": A and B are partners."""
    if "partner" not in text:
        return []
    facts = []
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.actor.id == second.actor.id or first.actor.type not in ORGANISATIONS or second.actor.type not in ORGANISATIONS:
            continue
        owned = _possessed(text, second)
        if owned >= 0 and _AS_OR_IS.fullmatch(text, first.end, second.start) and _PARTNER_AFTER.match(text, owned) \
                and not _NOT_YET.search(text, first.end, second.start):
            facts.append(Fact(first.actor, "PARTNERS_WITH", second.actor, {"confidence": 0.6}, evidence(first.start, second.end)))
        owned = _possessed(text, first)
        if owned >= 0 and _PARTNER_BEFORE.fullmatch(text, owned, second.start):
            facts.append(Fact(first.actor, "PARTNERS_WITH", second.actor, {"confidence": 0.6}, evidence(first.start, second.end)))
    return facts


def _customers_listed(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """"B, whose customers include A and C": B works with each customer of the list."""
    facts = []
    for n, supplier in enumerate(mentions[:-1]):
        at = _CUSTOMERS_INCLUDE.match(text, supplier.end)
        if at is None or supplier.actor.type not in ORGANISATIONS:
            continue
        end = at.end()
        for customer in mentions[n + 1:]:
            if customer.start != end:
                break
            if customer.actor.type in ORGANISATIONS and customer.actor.id != supplier.actor.id:
                facts.append(Fact(supplier.actor, "PARTNERS_WITH", customer.actor, {"confidence": 0.6},
                                  evidence(supplier.start, customer.end)))
            going_on = _LIST_ON.match(text, customer.end)
            if going_on is None:
                break
            end = going_on.end()
    return facts
