"""Export controls that name the countries the goods may not freely go to.

English reports write an export control as a verb of limiting whose object is the trade and
whose destination closes it: "the Commerce Department restricted exports of advanced processors
to China", "the department still caps how many chips can be shipped to the UAE and Saudi Arabia",
"the Department of Commerce, which has required case-by-case approval for sales of accelerators to
Kuwait". The government limiting the trade regulates each destination country (REGULATES); a
maker whose goods are named by a possessive ("exports of Nvidia's and AMD's processors") is
regulated too. The government is the clause's subject, or the antecedent of "which".
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact

_RULERS = ("Government", "Country")
_MAKERS = ("Company", "Startup")
# The verb of limiting, then the trade, then "to": "restricted exports of ... to", "caps how many
# chips can be shipped to", "required case-by-case approval for sales of ... to".
_CONTROLLED_TRADE = re.compile(
    r"\b(?:restrict(?:ed|s|ing)?|curb(?:ed|s|ing)?|cap(?:ped|s|ping)?|limit(?:ed|s|ing)?|ban(?:ned|s|ning)?|"
    r"(?:require[ds]?|requiring|impose[ds]?|imposing)\s+(?:[\w-]+\s+){0,2}?(?:approval|licen[cs]es?|permits?)\s+(?:for|on))\s+"
    r"(?P<trade>(?:[^.;:,]{0,80}?\s)?(?:exports?|sales|shipments|shipped|exported|sold)\b[^.;:,]{0,100}?)\s+to\s+(?:the\s+)?(?=[A-Z])")
# Between the government and its verb: a time, an adverb, an auxiliary, ", which".
_SUBJECT_GAP = re.compile(r"(?:,\s+which)?(?:\s+(?:has|have|had|will|would|also|still|now|since\s+\w+(?:\s+\d{4})?|"
                          r"in\s+\w+(?:\s+\d{4})?|last\s+\w+|this\s+\w+))*\s+")
# Between two destinations: " and ", ", ".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_POSSESSIVE = re.compile(r"['’]s\b")


def export_destinations(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """REGULATES from the government limiting a trade to the countries it goes to, and to the
    makers whose goods the trade names by a possessive."""
    if " to " not in text or not any(m.actor.type == "Country" for m in mentions):
        return []
    facts = []
    for control in _CONTROLLED_TRADE.finditer(text):
        ruler = next((m for m in reversed(mentions) if m.end <= control.start()
                      and _SUBJECT_GAP.fullmatch(text, m.end, control.start())), None)
        if ruler is None or ruler.actor.type not in _RULERS:
            continue
        trade_start, trade_end = control.span("trade")
        makers = [m for m in mentions if trade_start <= m.start and m.end <= trade_end
                  and m.actor.type in _MAKERS and _POSSESSIVE.match(text, m.end)]
        for target in makers + _destinations(text, mentions, control.end()):
            if target.actor.id != ruler.actor.id:
                facts.append(Fact(ruler.actor, "REGULATES", target.actor, {"confidence": 0.7},
                                  evidence(ruler.start, target.end)))
    return facts


def _destinations(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The countries listed from ``pos`` on: "China", "the UAE and Saudi Arabia"."""
    first = next((m for m in mentions if m.start == pos and m.actor.type == "Country"), None)
    if first is None:
        return []
    listed = [first]
    for m in mentions[mentions.index(first) + 1:]:
        if m.actor.type != "Country" or not _LIST_GAP.fullmatch(text, listed[-1].end, m.start):
            break
        listed.append(m)
    return listed
