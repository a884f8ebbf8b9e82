"""A fund's close, and the limited partners named right after it.

Fund managers announce a new fund by its close: "Redwood Capital closed Fund III at $400M",
"we held the final close of Acme Fund IV at $640 million", "we closed Acme Opportunity I, a
$210 million vehicle". The manager launched the fund. The next sentences name who put money in
it: "LPs include A and B", "A and B anchored the fund": each invested in the fund.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# The verb right before the fund's name.
_CLOSED = re.compile(r"\b(?:closed|closes|has closed|(?:held|holds|completed|completes|reached|announced)\s+(?:the|a|its)\s+"
                     r"(?:first\s+|final\s+|second\s+|last\s+)?close\s+(?:of|on|for))\s+$")
# What shows the name is a fund's: its own words, or an appositive or a size after it.
_FUND_NAME = re.compile(r"\b(?:Fund|Vehicle|Opportunit(?:y|ies))\b")
_FUND_AFTER = re.compile(r"\s*(?:,\s+(?:a|an|its|our)\s+[^,.;]{0,40}?\b(?:vehicle|fund)\b|\s+(?:at|with)\s+[$€£¥]|\s+at\s+(?:US)?\$)")
_MANAGERS = ("Investor", "Company")
_LIMITED_PARTNERS = ("Investor", "Company", "Government", "University", "Startup", "Program")  # "X Pension Fund": a Program by its name
# "LPs include A and B", "Its limited partners are A and B".
_LPS_ARE = re.compile(r"\b(?:LPs|limited partners|anchor investors)\s+(?:include|included|are|were|comprise)\b")
# "A and B anchored the fund".
_ANCHORED = re.compile(r"\b(?:anchored|anchor|anchors|backed|seeded)\s+(?:the|this|that)\s+(?:fund|vehicle)\b")
# Sentences after the close that may still name its partners.
_SENTENCES_IN_VIEW = 3


class FundCloses:
    """The fund closed last, while the next sentences may name its limited partners."""

    def __init__(self) -> None:
        self._fund: Mention | None = None
        self._left = 0

    def read(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """The launch a close states, or the investments in the fund closed just before."""
        closed = self._close(text, mentions, doc_id, line_at)
        if closed:
            return closed
        self._left -= 1
        if self._fund is None or self._left < 0:
            return []
        fund = self._fund.actor
        return [Fact(partner.actor, "INVESTED_IN", fund, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))
                for partner in _partners(text, mentions) if partner.actor.id != fund.id]

    def _close(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        for i, fund in enumerate(mentions):
            verb = _CLOSED.search(text, max(0, fund.start - 60), fund.start)
            if verb is None or not (_FUND_NAME.search(fund.surface) or _FUND_AFTER.match(text, fund.end)):
                continue
            manager = next((m for m in reversed(mentions[:i]) if m.end <= verb.start() and m.actor.type in _MANAGERS), None)
            if manager is None or manager.actor.id == fund.actor.id:
                continue
            self._fund, self._left = fund, _SENTENCES_IN_VIEW
            return [Fact(manager.actor, "LAUNCHED", fund.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))]
        return []


def _partners(text: str, mentions: list[Mention]) -> list[Mention]:
    """The organisations a sentence names as the fund's limited partners."""
    listed = _LPS_ARE.search(text)
    if listed is not None:
        return [m for m in mentions if m.start >= listed.end() and m.actor.type in _LIMITED_PARTNERS]
    anchored = _ANCHORED.search(text)
    if anchored is not None:
        return [m for m in mentions if m.end <= anchored.start() and m.actor.type in _LIMITED_PARTNERS]
    return []
