"""A grant, loan or tranche a body gives, named as the object of an act that settles it.

English policy writing seldom says "A funded B": the money is the object of a verb that settles
it and the recipient comes after "to" or "for": "the Department of Commerce finalised a $640
million grant to B", "METI approved a further ¥200 billion tranche for B", "the bank signed a
€50 million loan to B". The subject that settles the grant pays it; a grant buys no stake, so
the giver FUNDS the recipient.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from graph.schema import ORGANISATIONS
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# " finalised a $640 million grant to ", " approved a further ¥200 billion tranche for ": between
# the giver and the recipient, the settling verb, the money and its preposition, no clause break.
_SETTLED_GRANT = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+)*(?:finali[sz]ed|approved|announced|made|confirmed|issued|extended|committed"
    r"|pledged|gave|offered|signed|disbursed|released)\s+(?:an?|the|its)\s+(?:further\s+|new\s+|additional\s+|second\s+|first\s+)?"
    r"[^,;.()]{0,40}?\b(?:grant|loan|subsidy|tranche|award)s?\s+(?:to|for)\s+(?:the\s+)?$")
_GIVERS = ("Government", "Investor", "Program")
# Words that say the text may hold such a grant: most sentences have none.
_MONEY_WORDS = ("grant", "loan", "subsid", "tranche", "award")


def settled_grants(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """FUNDS from the body that settles a grant to the organisation it goes to."""
    if not any(word in text for word in _MONEY_WORDS):
        return []
    facts, amounts = [], None
    for giver, recipient in zip(mentions, mentions[1:], strict=False):
        if giver.actor.type not in _GIVERS or recipient.actor.type not in ORGANISATIONS:
            continue
        grant = _SETTLED_GRANT.fullmatch(text, giver.end, recipient.start)
        if grant is None:
            continue
        amounts = find_amounts(text) if amounts is None else amounts  # once a sentence, and only for a grant
        amount = next((a for a in amounts if grant.start() <= a.start < grant.end()), None)
        props = {"confidence": 0.6, **(amount.properties() if amount else {})}
        facts.append(Fact(giver.actor, "FUNDS", recipient.actor, props, evidence(giver.start, recipient.end)))
    return facts
