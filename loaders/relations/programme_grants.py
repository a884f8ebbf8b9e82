"""The grant that comes with a place on a programme.

English reports of a selection gloss the programme with what it pays: "X was selected for the
EIC Accelerator last year, which came with a €2.5 million grant", "X joined the ministry's TIPS
program, which comes with a ₩500M R&D grant from the ministry". The grant goes to the member
the sentence takes in; it is the money of the body named after "from", else of the programme's
owner (the body the sentence says launched it, "the ministry's TIPS program"). A grant buys no
stake: the giver FUNDS the member.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# ", which came with a €2.5 million grant": the gloss right after the programme, past a time
# phrase ("the EIC Accelerator earlier this year, which ...").
_COMES_WITH = re.compile(r"(?:\s+[a-z]+){0,3},?\s+which\s+(?:comes|came|come)\s+with\s+(?:an?\s+)?"
                         r"[^,;]{0,40}?\b(?:grant|award|subsidy|subsidies|funding)\b")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
_GIVERS = ("Government", "Investor", "Program", "Company")


def grants_with_a_place(text: str, mentions: list[Mention], facts: list[Fact],
                        evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """FUNDS from the giver of a programme's grant to each member the sentence puts in it."""
    if "which c" not in text:
        return []
    out = []
    for programme in (m for m in mentions if m.actor.type == "Program"):
        gloss = _COMES_WITH.match(text, programme.end)
        members = [f.subject for f in facts if f.type == "PARTICIPATES_IN" and f.object.id == programme.actor.id]
        if gloss is None or not members:
            continue
        giver = _giver(text, mentions, facts, programme, gloss.end())
        amount = next((a for a in find_amounts(text) if gloss.start() <= a.start < gloss.end()), None)
        if giver is None or amount is None:
            continue
        out += [Fact(giver, "FUNDS", member, {**amount.properties(), "confidence": 0.6},
                     evidence(programme.start, gloss.end())) for member in members if member.id != giver.id]
    return out


def _giver(text: str, mentions: list[Mention], facts: list[Fact], programme: Mention, pos: int):
    """The body named right after "from", else the one the sentence says launched ``programme``."""
    source = _FROM.match(text, pos)
    named = next((m for m in mentions if source is not None and m.start == source.end()), None)
    if named is not None:
        return named.actor if named.actor.type in _GIVERS else None
    return next((f.subject for f in facts if f.type == "LAUNCHED" and f.object.id == programme.actor.id
                 and f.subject.type in _GIVERS), None)
