"""Deal items of English newsletters and releases: a name, a colon or dash, and the deal as a noun.

Roundups and press releases list small deals in headline grammar, without a verb:
"- Brightwell Labs (Leeds): $4M seed from Foundry North and Halden", "* Orrin AI - €2 million
grant", "Kestrel Robotics: $12 million Series A led by Arbor Ventures", "Kigali's Acme: seed from
X". The item's first name (after its place) is the company that took the money; the names after
"from" or "led by" are its backers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from graph.schema import ORGANISATIONS
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "- ", "* ", "• " before the item's name, and the name's place in parentheses after it.
_BULLET = re.compile(r"\s*(?:[-*•–]\s+)?")
# "Kigali's ", "Tunis-based ": where the item's company is, before its name.
_PLACE_BEFORE = re.compile(r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s|[A-Z][\w.]*-based)\s+")
_PLACE = re.compile(r"\s*\([^()]{1,40}\)")
# The name ends where the deal begins: a colon or a dash, then the money.
_DEAL_OPENS = re.compile(r"\s*[:–—-]\s+(?:an?\s+)?(?=[$€£¥₹]|[A-Z]{2,3}\$?\s?\d|\d|(?:pre-seed|seed|Series\s+[A-Z]|bridge)\b)")
_ITEM_ENDS = re.compile(r";|\.(?:\s|$)")
_BACKERS_OPEN = re.compile(r"\b(?:from|led\s+by|co-led\s+by|backed\s+by)\s+(?:the\s+)?(?:[A-Z][\w.]*-based\s+)?")
# One more backer of the list: ", X", " and X", ", and the Y-based X".
_NEXT_BACKER = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?(?:[A-Z][\w.]*-based\s+)?")
_BACKER_TYPES = (*ORGANISATIONS, "Person")
_TAKERS = ("Startup", "Company")


def deal_item_facts(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """INVESTED_IN facts of a verbless deal item; none unless the sentence is one."""
    taker = _item_name(text, mentions)
    if taker is None:
        return []
    deal = _DEAL_OPENS.match(text, _after_place(text, taker.end))
    if deal is None:
        return []
    end = _ITEM_ENDS.search(text, deal.end())
    item_end = end.start() if end else len(text)
    opens = _BACKERS_OPEN.search(text, deal.end(), item_end)
    if opens is None:
        return []
    amounts = [a for a in find_amounts(text[:item_end]) if a.start >= deal.start()]
    props = amounts[0].properties() if amounts and not _another_round(text, opens) else {}
    props["confidence"] = 0.6
    return [Fact(backer.actor, "INVESTED_IN", taker.actor, dict(props), evidence(taker.start, backer.end))
            for backer in _listed(text, mentions, opens.end(), item_end)
            if backer.actor.type in _BACKER_TYPES and backer.actor.id != taker.actor.id]


def _another_round(text: str, opens: re.Match) -> bool:
    """"€4 million equity investment, alongside a $25 million Series B led by X": the first sum is
    not the led round's, so the lead's fact takes none."""
    return "led" in opens.group(0) and text.count("$") + text.count("€") + text.count("£") > 1


def _item_name(text: str, mentions: list[Mention]) -> Mention | None:
    """The name that opens the item, if a business one."""
    opening = _BULLET.match(text).end()
    place = _PLACE_BEFORE.match(text, opening)
    opening = place.end() if place else opening
    first = min((m for m in mentions if m.start >= opening), key=lambda m: m.start, default=None)
    if first is None or first.start != opening or first.actor.type not in _TAKERS:
        return None
    return first


def _after_place(text: str, end: int) -> int:
    place = _PLACE.match(text, end)
    return place.end() if place else end


def _listed(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The names listed from ``start``: each joined to the one before by a comma or "and"."""
    out: list[Mention] = []
    at = start
    for m in sorted(mentions, key=lambda k: k.start):
        if m.start < at or m.start >= end:
            continue
        if m.start != at:
            joined = _NEXT_BACKER.match(text, at)
            if not out or joined is None or joined.end() != m.start:
                break
        out.append(m)
        at = m.end
    return out
