"""Holdings a financial story lists after "its portfolio companies".

"BIS added Z and two of its portfolio companies, the Shenzhen-based chip designer A and the Hefei
server maker B, to its Entity List": the names listed after the phrase are companies the owner
invested in; "its" is the organisation named right before it. Each listed name may be described
first ("the Hefei server maker"); a name standing in that description ("Hefei") is no holding.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "and two of its portfolio companies, ", "its portfolio company ", "their portfolio firms, ".
_ITS_PORTFOLIO = re.compile(r"\b(?:its|their)\s+portfolio\s+(?:compan(?:y|ies)|firms?|startups?)(?:,\s+|\s+)")
# Words describing the next listed name: "the Shenzhen-based AI chip designer ".
_DESCRIBED = r"(?:the\s+|an?\s+)?(?:[\w.-]+\s+){0,6}?"
_FIRST = re.compile(_DESCRIBED)
_NEXT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)" + _DESCRIBED)
_HOLDER_REACH = 40


def portfolio_lists(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """INVESTED_IN facts from the owner of "its portfolio companies" to each company listed after it."""
    if "portfolio" not in text:
        return []
    facts: list[Fact] = []
    for phrase in _ITS_PORTFOLIO.finditer(text):
        owners = [m for m in mentions if m.end <= phrase.start() and phrase.start() - m.end <= _HOLDER_REACH
                  and m.actor.type in ORGANISATIONS]
        if not owners:
            continue
        owner = owners[-1]
        for held in _listed(text, [m for m in mentions if m.start >= phrase.end()], phrase.end()):
            if held.actor.id != owner.actor.id and held.actor.type in ("Startup", "Company"):
                facts.append(Fact(owner.actor, "INVESTED_IN", held.actor, {"confidence": 0.6}, evidence(owner.start, held.end)))
    return facts


def _listed(text: str, after: list[Mention], start: int) -> list[Mention]:
    """The names listed from ``start``: each after a description, the next after "," or "and"; a
    name followed by more description words only ("the Hefei server maker B") was part of B's."""
    listed: list[Mention] = []
    pos, gap = start, _FIRST
    for m in after:
        if gap.fullmatch(text, pos, m.start):
            listed.append(m)
            pos, gap = m.end, _NEXT
        elif listed and listed[-1].end == pos and _FIRST.fullmatch(text, pos, m.start) and not re.search(r"[,;]", text[pos:m.start]):
            listed[-1] = m  # the name before was a word of this one's description
            pos = m.end
        else:
            break
    return listed
