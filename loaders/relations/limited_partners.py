"""Who backed a fund, in the lines a manager's close announcement gives its limited partners.

A fund's close is followed by its backers, told without naming the fund again: listed ("Other
limited partners include A and B", "New to the partnership this time are A and B", "we welcomed
..., among them our first LP from the UAE, A") or each with a verb of coming in ("A and B came
back as well", "A joined for the first time", "A came back as our anchor"). The fund is the one the
text reported closed or launched last; a verb of coming in names a backer only right after a
sentence about limited partners (a bare "A came back" says nothing elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor, Evidence
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.fund_shares import is_a_fund

# "limited partners", "LPs", "our largest LP" (not "the partnership": companies have them too).
LP_WORDS = re.compile(r"\b(?:limited\s+partners?|LPs?)\b")
# "Other limited partners include ", "New to the partnership this time are ", "among them our first LP
# from the UAE, ": the words before a list of the fund's backers.
_LIST_OPENS = re.compile(r"\b(?:(?:limited\s+partners|LPs)\s+(?:also\s+)?(?:include|included|including)\s+"
                         r"|[Nn]ew\s+to\s+the\s+(?:partnership|fund)\s+(?:this\s+time\s+)?(?:are|is|were|was)\s+"
                         r"|\bfirst\s+LP\s+from\s+(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s+)")
# Words one of the list openings holds, checked before any pattern.
_LIST_WORDS = ("LP", "limited partners", "ew to the")
# "came back as well", "re-upped", "joined for the first time": a backer coming (again) into the fund
# ("returned" is left out: companies return to profit, to markets, money to shareholders).
_COMES_IN = re.compile(r"\s+(?:also\s+|again\s+)?(?:came\s+back|re-?upped|joined\s+(?:us\s+)?(?:for\s+the\s+first\s+time|again|as\s+well))\b")
# Between two names of one list: a comma, "and", a possessor ("Norway's"), a descriptor with "the".
_LIST_GAP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)?")
# A name's gloss inside a list: " (KIC), Korea's sovereign wealth fund," "(PRINCO)".
_GLOSS = re.compile(r"\s*\([^()]{1,40}\)|,\s+(?:a|an|the|[A-Z][\w]*['’]s)\s+[^,;.]{1,60}(?=,)")
# "Startup" among them: an endowment or foundation the gazetteer does not know is typed so by default.
_BACKER_TYPES = ORGANISATIONS_AND_GOVERNMENT
# "closed", "the final close of", "launched": a fund's close or launch reported.
_CLOSED = re.compile(r"\b(?:closed|closes|close\s+of|launched|launches|launch\s+of)\b")
# "Fund III", "Fund 2": a fund numbered in its manager's series.
_NUMBERED_FUND = re.compile(r"\bFund\s+(?:[IVX]{1,5}|\d{1,2})\b")
# What may stand before a list's first name: nothing, "And", "the", "Norway's".
_BEFORE_FIRST = re.compile(r"\s*(?:And\s+)?(?:the\s+|The\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)?")


def limited_partners(text: str, mentions: list[Mention], fund: Actor | None, lp_context: bool,
                     evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """The backers of ``fund`` (the fund reported closed or launched last) a sentence lists or has come
    in; ``lp_context``: this sentence or one of the two before speaks of limited partners."""
    if fund is None or not (lp_context or any(word in text for word in _LIST_WORDS)):
        return []  # most sentences: no list opening to look for
    mentions = [m for m in mentions if m.actor.type != "Country"]  # "Norway's Investinor": a possessor, no backer
    listed = _after_a_list_opening(text, mentions)
    if not listed and lp_context:
        listed = _coming_in(text, mentions)
    return [Fact(m.actor, "FUNDS" if m.actor.type == "Government" else "INVESTED_IN", fund, {"confidence": 0.6},
                 evidence(m.start, m.end))
            for m in listed if m.actor.type in _BACKER_TYPES and m.actor.id != fund.id]


def fund_closed(text: str, mentions: list[Mention]) -> Actor | None:
    """The fund a sentence reports closed or launched ("we held the final close of A Fund IV, ... 1.6x
    the size of Fund III": Fund IV, the first named after the verb; the fund compared with is none)."""
    verb = _CLOSED.search(text)
    if verb is None:
        return None
    return next((m.actor for m in mentions if m.start >= verb.end() and _is_a_fund(m.actor)), None)


def _is_a_fund(actor: Actor) -> bool:
    """True for a fund whose partners a text may list: a programme that is a fund ("Northfield AI Fund
    I"), or a numbered fund however typed ("Fund III"); not an investor merely named "... Fund"."""
    return is_a_fund(actor) if actor.type == "Program" else bool(_NUMBERED_FUND.search(actor.name))


def _after_a_list_opening(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Other limited partners include A and B": the names of the list after the opening words."""
    opening = _LIST_OPENS.search(text)
    if opening is None:
        return []
    first = next((m for m in mentions if m.start >= opening.end()), None)
    if first is None or not _only_a_possessor_or_article(text[opening.end():first.start]):
        return []
    return _list_from(text, mentions, first)


def _coming_in(text: str, mentions: list[Mention]) -> list[Mention]:
    """"A and B came back as well", "A joined for the first time": the list opening the sentence, when
    its verb of coming in follows it."""
    first = next(iter(mentions), None)
    if first is None or not _only_a_possessor_or_article(text[:first.start]):
        return []
    listed = _list_from(text, mentions, first)
    return listed if _COMES_IN.match(text, _end_of_gloss(text, listed[-1].end)) else []


def _list_from(text: str, mentions: list[Mention], first: Mention) -> list[Mention]:
    """``first`` and the names joined to it as one list (glosses between them skipped)."""
    listed = [first]
    for nxt in mentions[mentions.index(first) + 1:]:
        if not _LIST_GAP.fullmatch(text, _end_of_gloss(text, listed[-1].end), nxt.start):
            break
        listed.append(nxt)
    return listed


def _end_of_gloss(text: str, end: int) -> int:
    """Where a name's glosses end: "Korea Investment Corporation (KIC), Korea's sovereign wealth fund"."""
    gloss = _GLOSS.match(text, end)
    while gloss is not None:
        end = gloss.end()
        gloss = _GLOSS.match(text, end)
    return end


def _only_a_possessor_or_article(words: str) -> bool:
    """True for the words allowed before a list's first name: nothing, "And", "the", "Norway's"."""
    return _BEFORE_FIRST.fullmatch(words) is not None
