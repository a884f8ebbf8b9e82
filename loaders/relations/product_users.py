"""Customers named as the users of a company's product.

Business English names a company's customers through its product: "Its flagship product, Sentinel,
is used by A and steelmaker B", "Its latest model, M-3, was released in May and is used by C under a
contract", "Its model family, Fjord, ... is licensed by drugmakers including D and E". The product's
maker (already read from the same sentence, "Its ... M") and each user work together: PARTNERS_WITH.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "is used by", "are now licensed by", "has been deployed by": the product's users follow.
_USED_BY = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|already\s+|also\s+|widely\s+)?"
                      r"(?:used|licensed|deployed|adopted)\s+by\s+")
# Before the first user: "drugmakers including ", "steelmaker ", "the carrier ".
_BEFORE_FIRST = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:(?:including|such\s+as)\s+)?")
# Between users: ", ", " and ", ", and steelmaker ".
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?")
# What a name may carry that its mention leaves out: "Novartis AG", "Sumitomo Mitsui Banking Corporation (SMBC)".
_NAME_TAIL = re.compile(r"(?:\s+(?:AG|SE|Co\.?|Corp\.?|Inc\.?|Ltd\.?|plc|SA|NV))?(?:\s*\([A-Z][\w&]*\))?")
# How far before "used by" the product may be named ("Its latest model, M-3, was released in May and ").
_PRODUCT_REACH = 120


def product_users(text: str, mentions: list[Mention], facts: list[Fact], evidence) -> list[Fact]:
    """PARTNERS_WITH between a product's maker (a DEVELOPS fact of the sentence) and its users."""
    if " by " not in text:
        return []
    used = _USED_BY.search(text)
    if used is None:
        return []
    products = [m for m in mentions if m.actor.type == "Model" and used.start() - _PRODUCT_REACH <= m.end <= used.start()]
    if not products:
        return []
    product = products[-1].actor
    makers = [f.subject for f in facts if f.type == "DEVELOPS" and f.object.id == product.id]
    if not makers:
        return []
    users = _users(text, mentions, used.end())
    return [Fact(makers[0], "PARTNERS_WITH", u.actor, {"confidence": 0.6}, evidence(u.start, u.end))
            for u in users if u.actor.id != makers[0].id]


def _users(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The organisations listed from ``pos`` on: "A and steelmaker B", "drugmakers including A and B"."""
    users: list[Mention] = []
    at, gap = pos, _BEFORE_FIRST
    for m in mentions:
        if m.start < at:
            continue
        if not gap.fullmatch(text, at, m.start) or m.actor.type not in ORGANISATIONS:
            break
        users.append(m)
        at, gap = m.end, _BETWEEN
        tail = _NAME_TAIL.match(text, at)
        at = tail.end() if tail else at
    return users
