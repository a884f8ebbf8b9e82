"""An English roundup item's closing "Investors:" line.

Funding newsletters end each deal item with a line listing the round's backers, the lead
marked in brackets, and no verb::

    ** Acme Robotics raises $20M Series A for warehouse arms **
    Acme Robotics, which ..., closed a $20M Series A. ...
    Investors: Northwind Capital (lead), Blue Harbor Ventures, angels

The line names the investors of the company the item's headline is about: the first business
its headline names, or, when the headline names none anything knows ("** Acme: EUR 8M for
speech **"), the first business the item's first sentence names. Every organisation on the
line invested in it; "(lead)" marks the lead.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "Investors:", "Backers:", "Lead investor:", "Other investors:", "Investors in the round:".
_LABEL = re.compile(r"^\s*(?:Lead\s+|Other\s+|New\s+|Existing\s+)?(?:[Ii]nvestors?|[Bb]ackers)(?:\s+in\s+the\s+round)?\s*:\s+")
# A headline: a short line with no sentence end ("** Acme raises $20M **", "Acme: EUR 8M for speech").
_HEADLINE_END = re.compile(r"[.!?:;,]\s*$")
_MAX_HEADLINE = 110
_BUSINESSES = ("Startup", "Company")
_LEAD = re.compile(r"\s*\((?:co-?)?leads?\b[^)]*\)|\s*\(led\)")


class InvestorLines:
    """The company of the roundup item being read, until its "Investors:" line."""

    def __init__(self) -> None:
        self._company: Mention | None = None
        #: True after a headline that named no business: the item's first sentence names it.
        self._pending = False

    def read(self, text: str, mentions: list[Mention], single_line: bool, doc_id: str, line_at) -> list[Fact]:
        """Facts of an "Investors:" line; other sentences only update the item's company."""
        label = _LABEL.match(text)
        if label is not None:
            return self._investors(text, label.end(), mentions, doc_id, line_at)
        if single_line and len(text) <= _MAX_HEADLINE and not _HEADLINE_END.search(text) and mentions:
            self._company = _first_business(mentions)
            self._pending = self._company is None
        elif self._pending:
            self._company, self._pending = _first_business(mentions), False
        return []

    def _investors(self, text: str, start: int, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        company = self._company
        if company is None:
            return []
        facts = []
        for m in mentions:
            if m.start < start or m.actor.type not in ORGANISATIONS_AND_GOVERNMENT or m.actor.id == company.actor.id:
                continue
            props = {"confidence": 0.7} | ({"role": "lead"} if _LEAD.match(text, m.end) else {})
            facts.append(Fact(m.actor, "INVESTED_IN", company.actor, props, sentence_evidence(doc_id, line_at, text)))
        return facts


def _first_business(mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.actor.type in _BUSINESSES), None)
