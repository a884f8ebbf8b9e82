"""A fund's close, and the limited partners named after it.

Fund managers announce a new fund by its close: "Redwood Capital closed Fund III at $400M",
"we held the final close of Acme Fund IV at $640 million", "we closed Acme Opportunity I, a
$210 million vehicle". The manager launched the fund. The sentences after it name who put money in
it without naming the fund again: listed ("LPs include A and B", "Other limited partners include A
and B", "New to the partnership this time are A and B", "we welcomed ..., among them our first LP
from the UAE, A"), said to anchor it ("A and B anchored the fund") or each with a verb of coming
in ("A and B came back as well", "A joined for the first time"). A bare "A came back" says nothing
of a fund: a verb of coming in names a backer only while the text speaks of limited partners.
"""

from __future__ import annotations

import re

from graph.model import Actor
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence
from loaders.relations.fund_shares import is_a_fund

# "first close", "an interim close": which close of a fund's (a bare "close" is mostly other words).
_WHICH_CLOSE = r"(?:first|final|initial|interim|second|third|last)\s+close\b"
_A_CLOSE = re.compile(r"\b" + _WHICH_CLOSE)
# The verb right before the fund's name.
_CLOSED = re.compile(r"\b(?:closed|closes|has closed|(?:held|holds|completed|completes|reached|announced)\s+(?:the|an?|its)\s+"
                     r"(?:" + _WHICH_CLOSE + r"|close)\s+(?:of|on|for))\s+$")
# "closed", "the final close of", "launched" anywhere before a fund's name: a close or launch reported
# even when no manager is named ("Today we closed Quorra Ventures Fund IV").
_CLOSED_OR_LAUNCHED = re.compile(r"\b(?:closed|closes|close\s+of|launched|launches|launch\s+of)\b")
# What shows the name is a fund's: its own words, or an appositive or a size after it.
_FUND_NAME = re.compile(r"\b(?:Fund|Vehicle|Opportunit(?:y|ies))\b")
_FUND_AFTER = re.compile(r"\s*(?:,\s+(?:a|an|its|our)\s+[^,.;]{0,40}?\b(?:vehicle|fund)\b|\s+(?:at|with)\s+[$€£¥]|\s+at\s+(?:US)?\$)")
# "Fund III", "Vehicle 2": a fund numbered in its manager's series.
NUMBERED_FUND = r"(?:Fund|Programme|Program|Vehicle)\s+(?:[IVX]{1,5}|\d{1,2})\b"
_NUMBERED_FUND = re.compile(r"\b" + NUMBERED_FUND)
_MANAGERS = ("Investor", "Company")
_LIMITED_PARTNERS = ("Investor", "Company", "Government", "University", "Startup", "Program")  # "X Pension Fund": a Program by its name
# "limited partners", "LPs", "our largest LP" (not "the partnership": companies have them too).
_LP_WORDS = re.compile(r"\b(?:limited\s+partners?|LPs?)\b")
# "LPs include ", "Other limited partners include ", "anchor investors are ", "New to the partnership
# this time are ", "among them our first LP from the UAE, ": the words before a list of the fund's backers.
_LIST_OPENS = re.compile(r"\b(?:(?:limited\s+partners|LPs|anchor\s+investors)\s+(?:also\s+)?"
                         r"(?:include|included|including|are|were|comprise)\s+"
                         r"|[Nn]ew\s+to\s+the\s+(?:partnership|fund)\s+(?:this\s+time\s+)?(?:are|is|were|was)\s+"
                         r"|\bfirst\s+LP\s+from\s+(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s+)")
# Words one of the list openings or "anchored the fund" holds, checked before any pattern.
_PARTNER_WORDS = ("LP", "limited partners", "anchor investors", "ew to the", " fund", " vehicle")
# "A and B anchored the fund".
_ANCHORED = re.compile(r"\b(?:anchored|anchor|anchors|backed|seeded)\s+(?:the|this|that)\s+(?:fund|vehicle)\b")
# "came back as well", "re-upped", "joined for the first time": a backer coming (again) into the fund
# ("returned" is left out: companies return to profit, to markets, money to shareholders).
_COMES_IN = re.compile(r"\s+(?:also\s+|again\s+)?(?:came\s+back|re-?upped|joined\s+(?:us\s+)?(?:for\s+the\s+first\s+time|again|as\s+well))\b")
# Between two names of one list: a comma, "and", a possessor ("Norway's"), a descriptor with "the".
_POSSESSOR = r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)"
_LIST_GAP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _POSSESSOR + "?")
# A name's gloss inside a list: " (KIC), Korea's sovereign wealth fund," "(PRINCO)".
_GLOSS = re.compile(r"\s*\([^()]{1,40}\)|,\s+(?:a|an|the|[A-Z][\w]*['’]s)\s+[^,;.]{1,60}(?=,)")
# What may stand before a list's first name: nothing, "And", "the", "Norway's".
_BEFORE_FIRST = re.compile(r"\s*(?:And\s+)?(?:the\s+|The\s+)?" + _POSSESSOR + "?")
# How many sentences the fund stays in view after its close, or after the last sentence in view that
# spoke of its limited partners: a manager's letter gives its LPs over a paragraph ("Our largest LP is
# again A. B and C came back as well. New to the partnership this time are D and E."), and a sentence
# about LPs shows the talk is still of the fund; three sentences of other talk close the subject.
_SENTENCES_IN_VIEW = 3


class FundCloses:
    """The fund closed last, while the next sentences may name its limited partners."""

    def __init__(self) -> None:
        self._fund: Actor | None = None
        self._left = 0
        #: A sentence in view spoke of limited partners: a verb of coming in names one of them.
        self._partners_spoken = False

    def read(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """The launch a close states, and the investments in the fund in view."""
        launched = self._close(text, mentions, doc_id, line_at)
        fund = launched[0].object if launched else _fund_closed(text, mentions)
        spoke_of_partners = _LP_WORDS.search(text) is not None
        if fund is not None:
            self._fund, self._left, self._partners_spoken = fund, _SENTENCES_IN_VIEW, spoke_of_partners
        elif self._fund is not None:
            self._left = _SENTENCES_IN_VIEW if spoke_of_partners and self._left > 0 else self._left - 1
            self._partners_spoken = self._partners_spoken or spoke_of_partners
        if self._fund is None or self._left < 0:
            return launched
        fund = self._fund
        return launched + [Fact(partner.actor, _paid_in(partner.actor), fund, {"confidence": 0.6},
                                sentence_evidence(doc_id, line_at, text))
                           for partner in _partners(text, mentions, self._partners_spoken) if partner.actor.id != fund.id]

    def _close(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """The manager's launch of the fund its close names. Stricter on place than ``_fund_closed``
        (the close right before the name, the manager before it) and so looser on the name: its words
        or an appositive after it make it a fund however typed ("closed A Opportunity I, a $210
        million vehicle"), which the typed test of a manager-less close must not accept."""
        for i, fund in enumerate(mentions):
            verb = _CLOSED.search(text, max(0, fund.start - 60), fund.start)
            if verb is None or not (_FUND_NAME.search(fund.surface) or _FUND_AFTER.match(text, fund.end)):
                continue
            manager = next((m for m in reversed(mentions[:i]) if m.end <= verb.start() and m.actor.type in _MANAGERS), None)
            if manager is None or manager.actor.id == fund.actor.id:
                continue
            return [Fact(manager.actor, "LAUNCHED", fund.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))]
        return []


def reports_a_close(text: str) -> bool:
    """Whether a sentence reports a fund's close ("hit first close at RM320M", "held a final close")."""
    return _A_CLOSE.search(text) is not None


def _paid_in(partner: Actor) -> str:
    """A government's money funds the fund; any other limited partner's, a sovereign or public
    pension's too, is an investment in it (an English close names its LPs as investors)."""
    return "FUNDS" if partner.type == "Government" else "INVESTED_IN"


def _fund_closed(text: str, mentions: list[Mention]) -> Actor | None:
    """The fund a sentence reports closed or launched without its manager ("we held the final close
    of A Fund IV, ... 1.6x the size of Fund III": Fund IV, the first named after the verb; the fund
    compared with is none)."""
    verb = _CLOSED_OR_LAUNCHED.search(text)
    if verb is None:
        return None
    return next((m.actor for m in mentions if m.start >= verb.end() and _is_a_fund(m.actor)), None)


def _is_a_fund(actor: Actor) -> bool:
    """True for a fund whose partners a text may list: a programme that is a fund ("Northfield AI Fund
    I"), or a numbered fund however typed ("Fund III"); not an investor merely named "... Fund"."""
    return is_a_fund(actor) if actor.type == "Program" else bool(_NUMBERED_FUND.search(actor.name))


def _partners(text: str, mentions: list[Mention], partners_spoken: bool) -> list[Mention]:
    """The organisations a sentence names as the fund's limited partners: listed, anchoring it, or
    (``partners_spoken``: while the text speaks of limited partners) coming in."""
    if not (partners_spoken or any(word in text for word in _PARTNER_WORDS)):
        return []  # most sentences: no list opening to look for
    mentions = [m for m in mentions if m.actor.type != "Country"]  # "Norway's Investinor": a possessor, no backer
    listed = _after_a_list_opening(text, mentions) or _anchoring(text, mentions)
    if not listed and partners_spoken:
        listed = _coming_in(text, mentions)
    return [m for m in listed if m.actor.type in _LIMITED_PARTNERS]


def _after_a_list_opening(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Other limited partners include A and B": the names of the list after the opening words."""
    opening = _LIST_OPENS.search(text)
    if opening is None:
        return []
    first = next((m for m in mentions if m.start >= opening.end()), None)
    if first is None or not _only_a_possessor_or_article(text[opening.end():first.start]):
        return []
    return _list_from(text, mentions, first)


def _anchoring(text: str, mentions: list[Mention]) -> list[Mention]:
    """"A and B anchored the fund": the names before the verb."""
    anchored = _ANCHORED.search(text)
    return [] if anchored is None else [m for m in mentions if m.end <= anchored.start()]


def _coming_in(text: str, mentions: list[Mention]) -> list[Mention]:
    """"A and B came back as well", "A joined for the first time": the list opening the sentence, when
    its verb of coming in follows it."""
    first = next(iter(mentions), None)
    if first is None or not _only_a_possessor_or_article(text[:first.start]):
        return []
    listed = _list_from(text, mentions, first)
    return listed if _COMES_IN.match(text, _end_of_gloss(text, listed[-1].end)) else []


def _list_from(text: str, mentions: list[Mention], first: Mention) -> list[Mention]:
    """``first`` and the names joined to it as one list (glosses between them skipped, with the names
    inside them: "Tallis Partners, a Boston pension manager, and ...")."""
    listed = [first]
    for nxt in mentions[mentions.index(first) + 1:]:
        end = _end_of_gloss(text, listed[-1].end)
        if nxt.start < end:
            continue
        if not _LIST_GAP.fullmatch(text, end, nxt.start):
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
