"""Contract award notices: blocks of "Label:   value" fields under the buying agency's heading.

Procurement digests and tender portals copy each award as a block of labelled fields, the
buyer named in the section heading above it (or in a field of its own)::

    1. UNITED STATES — Department of Veterans Affairs (VA)
    ------------------------------------------------------
    Awardee (prime):  Acme Analytics, Inc., Reston, VA
    Parent company:   Acme Holdings LLC
    Value:            $12 million
    Subcontractors:   Beta Labs (fine-tuning); Gamma Consulting (training)

Each label says how its names stand to the award's winner: the buyer contracts with it
(PARTNERS_WITH), a parent owns it, subcontractors work with it; under a named programme the
winner and its team take part in the programme; a consortium's lead and members take part in
the consortium. An awardee written with its town, under a country's heading, is based there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import Actor, Evidence
from loaders.patterns import LATIN_LEGAL_FORM, LATIN_LEGAL_TAIL
from loaders.relations.fact import Fact
from loaders.relations.tables import TableContext, cell_actor, table_country

# "Awardee (prime):  X", "Members:          A; B": a label, its colon, and the value after spaces.
_FIELD = re.compile(r"^(?P<label>[A-Z][A-Za-z -]{1,28}?)\s*(?:\([a-z -]{1,20}\))?:\s+(?P<value>\S.*)$")
_AWARDEE = re.compile(r"^(?:awardee|awarded to|supplier|contractor|prime contractor|successful (?:bidder|tenderer)|winner|vendor)$")
_BUYER = re.compile(r"^(?:buyer|contracting (?:authority|agency|entity)|purchaser|agency)$")
_PARENT = re.compile(r"^(?:parent|parent company|ultimate parent)$")
_SUBCONTRACTORS = re.compile(r"^(?:subcontractors?|sub-contractors?)$")
_PROGRAMME = re.compile(r"^(?:programme|program)$")
_TEAM = re.compile(r"^(?:team|team members|partners)$")
_LEAD = re.compile(r"^(?:consortium lead|lead member|lead partner)$")
_MEMBERS = re.compile(r"^(?:members|consortium members)$")
# Fewer labelled lines are some other "Label: value" prose.
_MIN_FIELDS = 3
# "consortium led by X, with A and B": a winner that is an unnamed consortium of its lead and partners.
_LED_CONSORTIUM = re.compile(r"^(?:an?\s+)?consortium\s+led\s+by\s+(?P<lead>.+?)(?:,?\s+with\s+(?P<partners>.+))?$", re.I)
# "X Ltd (a subsidiary of Y plc)": a listed name glossed with its owner.
_SUBSIDIARY_GLOSS = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*(?:a\s+)?(?:wholly[- ]owned\s+)?subsidiary\s+of\s+(?P<parent>[^()]+)\)\s*$", re.I)
_GLOSS = re.compile(r"\s*\([^)]*\)")
_LEGAL_PART = re.compile(r"^" + LATIN_LEGAL_FORM + r"$")
_LIST = re.compile(r"\s*;\s*|\s*,?\s+and\s+|\s*,\s*")
# "A Ltd (a subsidiary of Y); B": the items of a list field, each maybe glossed with its owner.
_ITEMS = re.compile(r"\s*;\s*")
# "------" or "======": the rule lines framing a section heading.
_RULE = re.compile(r"^\s*[-=_─━*]{5,}\s*$")
# "1. UNITED STATES — Department of Veterans Affairs (VA)": the country, then the buying agency.
_HEADING = re.compile(r"^\s*(?:\d+[.)]\s*)?(?P<place>[A-Z][A-Z .'&-]+?)\s+[—–-]\s+(?P<buyer>\S.+)$")
_HEADING_LOOKBACK = 4


@dataclass
class _Notice:
    """One award's fields (label -> (line number, value)) and the heading above them."""

    fields: dict[str, tuple[int, str]]
    heading: re.Match[str] | None


def extract_award_notices(lines: list[str], ctx: TableContext) -> list[Fact]:
    """Facts of every block of award fields in a document's original ``lines``."""
    facts: list[Fact] = []
    n = 0
    while n < len(lines):
        fields, end = _fields(lines, n)
        if len(fields) >= _MIN_FIELDS and any(_AWARDEE.match(label) for label in fields):
            facts += _notice_facts(_Notice(fields, _heading_above(lines, n)), ctx)
        n = max(end, n + 1)
    return facts


def _fields(lines: list[str], start: int) -> tuple[dict[str, tuple[int, str]], int]:
    """The labelled lines from ``start`` on (label lower-cased) and the index after them."""
    fields: dict[str, tuple[int, str]] = {}
    n = start
    while n < len(lines):
        field = _FIELD.match(lines[n].strip())
        if field is None:
            break
        fields.setdefault(field.group("label").strip().lower(), (n + 1, field.group("value").strip()))
        n += 1
    return fields, n


def _heading_above(lines: list[str], start: int) -> re.Match[str] | None:
    """The section heading a few lines above a block, past blank and rule lines."""
    for k in range(start - 1, max(start - 1 - _HEADING_LOOKBACK, -1), -1):
        text = lines[k].strip()
        if text and not _RULE.match(text):
            return _HEADING.match(text)
    return None


def _field(notice: _Notice, label: re.Pattern[str]) -> tuple[int, str] | None:
    return next((v for k, v in notice.fields.items() if label.match(k)), None)


def _name_and_place(value: str) -> tuple[str, str]:
    """"Acme Analytics, Inc., Reston, VA" -> ("Acme Analytics", "Reston, VA"): the comma parts
    after the name and its legal form are the winner's town."""
    parts = [p.strip() for p in _GLOSS.sub("", value).split(",")]
    rest = parts[1:]
    while rest and _LEGAL_PART.match(rest[0]):
        rest = rest[1:]
    return LATIN_LEGAL_TAIL.sub("", parts[0]).strip(), ", ".join(rest)


def _actors(value: str, ctx: TableContext, role: str) -> list[Actor]:
    """The organisations a field lists ("A (role); B Ltd", "A and B"), glosses and legal forms dropped."""
    actors = []
    for part in _LIST.split(_GLOSS.sub("", value)):
        name = LATIN_LEGAL_TAIL.sub("", part.strip(" .")).strip()
        if len(name) > 1 and not _LEGAL_PART.match(name) and name[0].isupper():
            actors.append(cell_actor(name, ctx.gazetteer, role))
    return actors


def _tie(subject: Actor, relation: str, obj: Actor, evidence: Evidence) -> list[Fact]:
    return [Fact(subject, relation, obj, {"confidence": 0.7}, evidence)] if subject.id != obj.id else []


def _notice_facts(notice: _Notice, ctx: TableContext) -> list[Fact]:
    """The winner's ties to its buyer or programme, its country, and the names the other fields list."""
    line, value = _field(notice, _AWARDEE)
    evidence = Evidence(ctx.doc_id, line, value[:220])
    led = _LED_CONSORTIUM.match(value)
    name, place = _name_and_place(led.group("lead") if led else value)
    awardee = cell_actor(name, ctx.gazetteer, "company")
    facts: list[Fact] = []
    if led and led.group("partners"):
        for partner in _actors(led.group("partners"), ctx, "company"):
            facts += _tie(partner, "PARTNERS_WITH", awardee, evidence)
    programme_field = _field(notice, _PROGRAMME)
    programme = cell_actor(_GLOSS.sub("", programme_field[1]).strip(), ctx.gazetteer, "programme") if programme_field else None
    buyer = _buyer(notice, ctx)
    if programme is not None:
        facts += _tie(awardee, "PARTICIPATES_IN", programme, evidence)
    elif buyer is not None:
        facts += _tie(buyer, "PARTNERS_WITH", awardee, evidence)
    if place and notice.heading is not None:
        country = table_country(notice.heading.group("place").title(), ctx)
        if country is not None and country.type == "Country":
            facts += _tie(awardee, "BASED_IN", country, evidence)
    return facts + _listed_facts(notice, awardee, programme, ctx)


# The fields listing names, the relation each name has, and whether it is to the programme.
_LISTS = ((_SUBCONTRACTORS, "PARTNERS_WITH", False), (_TEAM, "PARTICIPATES_IN", True),
          (_LEAD, "PARTICIPATES_IN", False), (_MEMBERS, "PARTICIPATES_IN", False))


def _listed_facts(notice: _Notice, awardee: Actor, programme: Actor | None, ctx: TableContext) -> list[Fact]:
    """The relations of the names the other fields list to the winner (or its programme): a
    team without a programme works with the winner."""
    facts: list[Fact] = []
    parent = _field(notice, _PARENT)
    if parent is not None:
        for owner in _actors(parent[1], ctx, "company")[:1]:
            facts += _tie(awardee, "SUBSIDIARY_OF", owner, Evidence(ctx.doc_id, parent[0], parent[1][:220]))
    for label, relation, to_programme in _LISTS:
        listed = _field(notice, label)
        if listed is None:
            continue
        evidence = Evidence(ctx.doc_id, listed[0], listed[1][:220])
        target, tie = (programme, relation) if to_programme and programme else (awardee, relation if not to_programme else "PARTNERS_WITH")
        for item in _ITEMS.split(listed[1]):
            owned = _SUBSIDIARY_GLOSS.match(item)
            owners = _actors(owned.group("parent"), ctx, "company")[:1] if owned else []
            for member in _actors(owned.group("name") if owned else item, ctx, "company"):
                facts += _tie(member, tie, target, evidence)
                facts += [f for owner in owners for f in _tie(member, "SUBSIDIARY_OF", owner, evidence)]
    return facts


def _buyer(notice: _Notice, ctx: TableContext) -> Actor | None:
    """The agency awarding the contract: its own field, else the section heading's agency
    ("European Commission, DG DIGIT" is the Commission)."""
    field = _field(notice, _BUYER)
    text = field[1] if field else notice.heading.group("buyer") if notice.heading else None
    if text is None:
        return None
    name = _GLOSS.sub("", text).split(",")[0].strip()
    return cell_actor(name, ctx.gazetteer, "government") if name else None
