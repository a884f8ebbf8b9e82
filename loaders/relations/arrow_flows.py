"""Country-to-country flows written with an arrow: "UAE→미국이 61억 달러로 가장 컸고".

Reports break a total down by corridor in a compact notation: the origin, an arrow, the
destination and the amount right after it. The year is the one the passage's figures are for
("2025년 중동발 미국 AI 스타트업 VC 투자는 약 92억 달러"), named in the sentence or shortly before.
"""

from __future__ import annotations

import re

from graph.model import Evidence
from loaders.amounts import Amount, find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# The arrows a corridor is written with, also in table rows (:mod:`loaders.relations.captioned_flows`).
ARROW = r"(?:→|->|⇒|➝|➡)"
_ARROW = re.compile(r"\s?" + ARROW + r"\s?")
# What may stand between the destination and its amount: a particle, a colon, and the words
# that say what the figure counts ("한국→미국 AI VC 투자 38억 달러").
_TO_AMOUNT = re.compile(r"(?:이|가|은|는|의|로|으로)?\s?[:：]?\s?"
                        r"(?:(?:AI|VC|벤처|스타트업|투자|자금|유입|유출|총)(?:는|은|액|이|가)?\s?){0,4}[:：]?\s?")
# "- UAE -> US: Emirati investors committed $2.3 billion to ...": a corridor heading a list item or
# a line, and the sentence after its colon giving the corridor's figure in its own words.
_HEADING_COLON = re.compile(r"\s?[:：]\s")
_YEAR = re.compile(r"(?=2)(?<!\d)(20\d\d)년")
# "... into UK AI startups in Q4 2025": the period an English figure is for.
_PERIOD = re.compile(r"\b(?:in|during|for)\s+(?:(?:Q[1-4]|H[12]|FY)\s?)?(20\d\d)\b")
# A sentence about money moving: what a year it names is the year of the corridor figures after it.
_ABOUT_MONEY = re.compile(r"투자|자금|VC|벤처")
# Sentences a year stays in force for.
_SPAN = 3


class ArrowFlows:
    """Reads one document's sentences in order and returns the flows written with arrows."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self._year: str | None = None
        self._idle = 0

    def read(self, text: str, line_at, mentions: list[Mention]) -> list[Fact]:
        year = _YEAR.search(text)
        if year and _ABOUT_MONEY.search(text):
            self._year, self._idle = year.group(1), 0
        else:
            self._idle += 1
            if self._idle > _SPAN:
                self._year = None
        if "→" not in text and "->" not in text and "⇒" not in text and "➝" not in text and "➡" not in text:
            return []
        countries = [m for m in mentions if m.actor.type == "Country"]
        amounts = find_amounts(text)
        facts = []
        for origin, destination in zip(countries, countries[1:], strict=False):
            if not _ARROW.fullmatch(text, origin.end, destination.start) or origin.actor.id == destination.actor.id:
                continue
            amount = _corridor_amount(text, destination.end, amounts)
            if amount is None:
                continue
            props = {**amount.properties(), "confidence": 0.7}
            period = _PERIOD.search(text, amount.end)
            year = period.group(1) if period else self._year
            if year:
                props["year"], props["date"] = int(year), year
            facts.append(Fact(origin.actor, "VC_FLOW", destination.actor, props,
                              Evidence(self.doc_id, line_at(origin.start), text[origin.start:amount.end])))
        return facts


def _corridor_amount(text: str, end: int, amounts: list[Amount]) -> Amount | None:
    """The amount a corridor ending at ``end`` is given: right after it ("한국→미국 38억 달러"), or
    the first one of the sentence its heading's colon opens ("UAE -> US: ... committed $2.3 billion").
    ``amounts`` are the sentence's, found once for all its corridors."""
    heading = _HEADING_COLON.match(text, end)
    if heading is not None:
        return next((a for a in amounts if a.start >= heading.end()), None)
    after = _TO_AMOUNT.match(text, end).end()
    return next((a for a in amounts if abs(a.start - after) <= 1), None)
