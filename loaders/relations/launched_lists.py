"""Programmes a government's factsheet lists under a lead-in saying who launched them.

"The Government of Canada launched the following programmes, administered by ...:" opens a
bulleted list: each top-level item is a programme's name ("- Northern Grid Fund (NGF)"), its
sub-items say what it is: its budget ("$850 million over five years to ..."), who delivers it
("Delivered with the X", "Administered by Y", "led by Z") and whom it paid ("Recipients to date
include:" over nested items "A: $120 million toward ...", or "Named recipients: A ($6.2
million), B ($4.5 million)"). The subject of the lead-in launched and funds every programme and
funds each recipient, though no sentence under it names the subject again.

Only items named like a programme (each word capitalised: "Applied AI Adoption Grants") are
programmes: "- Venture capital" is a heading over the investors' deals, left to the frames.
"""

from __future__ import annotations

import re

from graph.model import Actor, Evidence
from loaders.discovery import discovered_actor
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.tables import TableContext

# "The Government of Canada launched the following programmes", "X has introduced the following measures".
_LEAD_IN = re.compile(r"^(?:The\s+)?(?P<subject>[A-Z][\w&.,' -]{2,80}?)\s+(?:has\s+|have\s+)?(?:launched|introduced|"
                      r"established|set\s+up|created|rolled\s+out)\s+the\s+following\s+(?:programmes|programs|"
                      r"initiatives|schemes|funds|measures)\b")
_ITEM = re.compile(r"^(?P<indent>\s*)[-•*▪◦–]\s+(?P<text>.+)$")
# A programme's name: capitalised words, small words between them, maybe its abbreviation after.
_PROGRAMME_NAME = re.compile(r"^(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|the|in|on|to)\s+)?[A-Z0-9][\w&'’-]*)+)"
                             r"(?:\s+\((?P<short>[A-Z][A-Za-z&-]{1,10})\))?\s*$")
_BUDGET = re.compile(r"^(?:(?:C|CA|US)?\$|€|£)\s?\d[\d,.]*\s*(?:million|billion|M|B|bn)\b")
_DELIVERER = re.compile(r"\b(?:[Dd]elivered\s+(?:with|by)|[Aa]dministered\s+by|[Ll]ed\s+by|[Rr]un\s+by|[Mm]anaged\s+by|"
                        r"[Ii]mplemented\s+by)\s+(?:the\s+)?(?P<name>[A-Z][^;:()]{2,120}?)\s*(?:\((?P<gloss>[^()]{1,40})\))?"
                        r"\s*(?:[;.]|$)")
_RECIPIENTS_HEAD = re.compile(r"\b[Rr]ecipients\b[^:]*:\s*(?P<rest>.*)$")
# "Cohere: $120 million toward ...", "Kestrel AI (Montréal): $48 million": a recipient and its money.
_RECIPIENT_ITEM = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4})(?:\s+\([^()]{1,30}\))?:\s*"
                             r"(?:(?:C|CA|US)?\$|€|£)\s?\d")
# "Tundra Analytics ($6.2 million)": a recipient in a list, its money in brackets.
_RECIPIENT_IN_LIST = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4})\s+\((?:(?:C|CA|US)?\$|€|£)\s?\d[^()]*\)")
_RECIPIENTS = ("Startup", "Company", "University", "Investor")


def extract_launched_lists(lines: list[str], ctx: TableContext) -> list[Fact]:
    """LAUNCHED, FUNDS and PARTICIPATES_IN from each list a lead-in gives to the one who launched it."""
    facts: list[Fact] = []
    for i, line in enumerate(lines):
        lead = _LEAD_IN.match(line.strip()) if "following" in line else None
        if lead is None:
            continue
        entry = ctx.gazetteer.lookup(lead.group("subject").strip())
        if entry is not None and entry.type == "Government":
            facts += _ListReader(entry.to_actor(), ctx).read(lines, i + 1)
    return facts


class _ListReader:
    """Reads the items under one lead-in, each item with its wrapped lines joined."""

    def __init__(self, launcher: Actor, ctx: TableContext):
        self.launcher, self.ctx = launcher, ctx
        self.facts: list[Fact] = []
        self.programme: Actor | None = None
        self.receiving = False

    def read(self, lines: list[str], start: int) -> list[Fact]:
        items = _items(lines, start)
        top = min((indent for indent, _, _ in items), default=0)
        for indent, number, text in items:
            evidence = Evidence(self.ctx.doc_id, number, text)
            if indent == top:
                self._heading(text, evidence)
            elif self.programme is not None:
                self._detail(text, evidence)
        return self.facts

    def _heading(self, text: str, evidence: Evidence) -> None:
        named = _PROGRAMME_NAME.match(text)
        self.receiving = False
        self.programme = None
        if named is None:
            return
        short = named.group("short")
        self.programme = discovered_programme(named.group("name"), self.launcher.country, [short] if short else None)
        self._add(self.launcher, "LAUNCHED", self.programme, evidence)

    def _detail(self, text: str, evidence: Evidence) -> None:
        if _BUDGET.match(text):
            self._add(self.launcher, "FUNDS", self.programme, evidence)
        deliverer = _DELIVERER.search(text)
        if deliverer is not None:
            body = self._named(deliverer.group("name"), deliverer.group("gloss"))
            if body.discovered and body.type == "Program":
                body.type, body.kind = "Government", None  # "the ... Assistance Program (IRAP)" delivers as a public body
            if body.type not in ("Person", "Country", "Program"):
                self._add(body, "PARTICIPATES_IN", self.programme, evidence)
        heading = _RECIPIENTS_HEAD.search(text)
        if heading is not None:
            self.receiving = not heading.group("rest").strip()  # nested items follow
            for m in _RECIPIENT_IN_LIST.finditer(heading.group("rest")):
                self._fund(m.group("name"), evidence)
            return
        item = _RECIPIENT_ITEM.match(text) if self.receiving else None
        if item is not None:
            self._fund(item.group("name"), evidence)

    def _fund(self, name: str, evidence: Evidence) -> None:
        recipient = self._named(name, None)
        if recipient.discovered and recipient.type not in _RECIPIENTS:
            recipient.type, recipient.kind = "Startup", None  # a gazetteer's actor is shared: never changed
        self._add(self.launcher, "FUNDS", recipient, evidence)

    def _named(self, name: str, gloss: str | None) -> Actor:
        """A name known to the gazetteer, else discovered; its abbreviation only if the full name is unknown
        ("CAISI" may stand for several institutes)."""
        name = " ".join(name.split())
        for spelling in (name, gloss):
            entry = self.ctx.gazetteer.lookup(spelling) if spelling else None
            if entry is not None:
                return entry.to_actor()
        actor = discovered_actor(name)
        if gloss and gloss.isupper():
            actor.aliases = [gloss]  # "(NRC IRAP)": the short name the text goes on with
        return actor

    def _add(self, subject: Actor, relation: str, obj: Actor | None, evidence: Evidence) -> None:
        if obj is not None and subject.id != obj.id:
            self.facts.append(Fact(subject, relation, obj, {"confidence": 0.6}, evidence))


def _items(lines: list[str], start: int) -> list[tuple[int, int, str]]:
    """(indent, line number, text) of each item of the list from ``start``, a wrapped line joined to
    its item; the list ends at the first line neither an item nor a continuation."""
    items: list[tuple[int, int, str]] = []
    for number in range(start, len(lines)):
        line = lines[number]
        if not line.strip():
            continue
        item = _ITEM.match(line)
        if item is not None:
            items.append((len(item.group("indent")), number + 1, item.group("text").strip()))
        elif items and line[:1].isspace():
            indent, first, text = items[-1]
            items[-1] = (indent, first, f"{text} {line.strip()}")
        elif items or not line.strip().endswith(":"):
            break  # a heading ends the list; the lead-in's own wrapped end comes before the first item
    return items
