"""An encyclopedia article's infobox: "Label<TAB>value" lines under the article's name.

A startup database's profile page sets the same box with its columns aligned by spaces
("Founders          A, B, C"), under a section word ("ABOUT") instead of the name: the page
names its company last in its breadcrumb trail ("Companies > AI > Acme").

Encyclopedia pages about a company open with a box of labelled facts, copied as text one label
per line, a value of several names wrapped onto the lines after it with no label::

    Acme Robotics Ltd.
    Founders<TAB>Jane Roe
    John Doe
    Headquarters<TAB>Leeds, England, United Kingdom
    Subsidiaries<TAB>Acme GmbH
    Acme Data Ltd

The box is about the name on the line above its first label. Each label says how its names
stand to that company: founders founded it, subsidiaries belong to it, a parent owns it, its
products are its own, its headquarters place it in the country the address ends with.
"""

from __future__ import annotations

import re

from graph.model import Actor, Evidence
from loaders.patterns import LATIN_LEGAL_TAIL
from loaders.person_names import PersonName
from loaders.relations.fact import Fact
from loaders.relations.tables import TableContext, cell_actor, table_country

# The labels of an infobox and what each says: (relation, the company is its subject, role of the names).
_LABELS: dict[str, tuple[str, bool, str]] = {
    "founder": ("FOUNDED", False, "person"),
    "founders": ("FOUNDED", False, "person"),
    "founded by": ("FOUNDED", False, "person"),
    "subsidiaries": ("SUBSIDIARY_OF", False, "company"),
    "divisions": ("SUBSIDIARY_OF", False, "company"),
    "parent": ("SUBSIDIARY_OF", True, "company"),
    "parent company": ("SUBSIDIARY_OF", True, "company"),
    "products": ("DEVELOPS", True, "model"),
    "headquarters": ("BASED_IN", True, ""),
    "owner": ("INVESTED_IN", False, "investor"),
    "owners": ("INVESTED_IN", False, "investor"),
}
# Labels that only show the lines are an infobox (they state no relation read here).
_OTHER_LABELS = frozenset(("type", "industry", "founded", "key people", "number of employees",
                           "funding", "website", "revenue", "area served", "traded as", "formerly", "predecessor",
                           "founded date", "operating status", "last funding type", "company type", "also known as",
                           "industries", "legal name", "ipo status", "stock symbol"))
# "Founders<TAB>A", or a profile page's "Founders          A, B, C", its value aligned by spaces.
_ROW = re.compile(r"^(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}) *(?:\t+| {3,})(?P<value>\S.*)$")
# "ABOUT", "Overview", "Company Details": a section word over a box, which names no company.
_SECTION_WORD = re.compile(r"^\s*(?:ABOUT|About|OVERVIEW|Overview|DETAILS|Details|Company\s(?:Details|Profile|Info)|PROFILE|Profile)\s*$")
# "Companies > Artificial Intelligence (AI) > Acme": a breadcrumb trail, the page's company last.
_BREADCRUMB = re.compile(r"^\s*\S[^>]*(?:\s>\s[^>]+){2,}$")
#: How far down a page its breadcrumb trail may be.
_BREADCRUMB_LINES = 5
# Fewer labelled rows are some other tab-separated line.
_MIN_ROWS = 3
# "Imogen Roe (CEO)", "Acme (c. 12%)", "[1]": what a value adds after a name.
_GLOSS = re.compile(r"\s*(?:\([^)]*\)|\[\d+\])")
# Labels whose value is a comma list on one line ("Products<TAB>A, B, C").
_COMMA_LISTS = ("products", "founders", "founded by")
# Rows naming the company's people: an owner among them holds a person's stake.
_PEOPLE_LABELS = ("founder", "founders", "founded by", "key people")
# A person's name as an infobox writes it: two or three capitalised words.
_PERSON = re.compile(r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}")


def extract_infoboxes(lines: list[str], ctx: TableContext) -> list[Fact]:
    """Facts of every infobox in a document's original ``lines``."""
    facts: list[Fact] = []
    n = 0
    while n < len(lines):
        if "\t" not in lines[n] and not _ROW.match(lines[n]):
            n += 1  # every row of a box has its tab or its aligned gap, the first one too
            continue
        rows, end = _box(lines, n)
        title = _box_title(lines, n)
        if len(rows) >= _MIN_ROWS and title:
            facts += _box_facts(title, rows, lines, ctx)
        n = max(end, n + 1)
    return facts


def _box_title(lines: list[str], start: int) -> str:
    """The name the box at ``start`` is about: the line above it, or, above a section word, the
    last step of the page's breadcrumb trail."""
    above = lines[start - 1].strip() if start > 0 else ""
    if not _SECTION_WORD.match(above):
        return above
    return breadcrumb_subject(lines)


def breadcrumb_subject(lines: list[str]) -> str:
    """The last step of the page's breadcrumb trail ("Companies > AI > Acme"): what the page is about."""
    trail = next((line for line in lines[:_BREADCRUMB_LINES] if _BREADCRUMB.match(line)), None)
    return trail.rsplit(" > ", 1)[-1].strip() if trail else ""


def _box(lines: list[str], start: int) -> tuple[list[tuple[str, list[int]]], int]:
    """The labelled rows starting at ``start`` (each label with the line numbers of its value,
    unlabelled lines right after it included) and the index after them."""
    rows: list[tuple[str, list[int]]] = []
    n = start
    while n < len(lines) and lines[n].strip():
        row = _ROW.match(lines[n].strip())
        label = row.group("label").strip().lower() if row else None
        if label is not None and (label in _LABELS or label in _OTHER_LABELS):
            rows.append((label, [n]))
        elif rows and row is None and "\t" not in lines[n]:
            rows[-1][1].append(n)  # a value wrapped onto a line of its own; a row of an unknown label ends the box
        else:
            break
        n += 1
    return rows, n


def _value_names(label: str, value_lines: list[str]) -> list[str]:
    """The names a value lists: one per line, or comma-separated for a product list."""
    names = []
    for line in value_lines:
        parts = line.split(",") if label in _COMMA_LISTS else [line]
        names += [_GLOSS.sub("", part).strip(" ;") for part in parts]
    return [name for name in names if len(name) > 1 and not name[0].isdigit()]


def _values(numbers: list[int], lines: list[str]) -> list[str]:
    """The value of a row: the text after its label, then its wrapped lines."""
    row = _ROW.match(lines[numbers[0]].strip())
    return [row.group("value"), *(lines[k].strip() for k in numbers[1:])]


def _box_facts(title: str, rows: list[tuple[str, list[int]]], lines: list[str], ctx: TableContext) -> list[Fact]:
    """The relations each labelled row states between the box's company and its names."""
    company = cell_actor(LATIN_LEGAL_TAIL.sub("", title.strip()), ctx.gazetteer, "")
    facts: list[Fact] = []
    people = {name for label, numbers in rows if label in _PEOPLE_LABELS
              for name in _value_names(label, _values(numbers, lines))}
    for label, numbers in rows:
        if label not in _LABELS:
            continue
        relation, company_first, role = _LABELS[label]
        values = _values(numbers, lines)
        evidence = Evidence(ctx.doc_id, numbers[0] + 1, " ".join(" ".join(values).split())[:220])
        if relation == "BASED_IN":
            country = table_country(values[0].split(",")[-1], ctx)
            facts += [Fact(company, relation, country, {"confidence": 0.7}, evidence)] if country is not None else []
            continue
        for name in _value_names(label, values):
            # "Acme Data Ltd": the name without its legal form, unless that is the box's own ("Acme GmbH")
            bare = LATIN_LEGAL_TAIL.sub("", name)
            other = _person(name, ctx) if role == "person" else cell_actor(bare, ctx.gazetteer, role)
            if other is not None and other.id == company.id:
                other = cell_actor(name, ctx.gazetteer, role)
            if other is None or other.id == company.id or (relation == "INVESTED_IN" and (other.type == "Person" or name in people)):
                continue
            pair = (company, other) if company_first else (other, company)
            facts.append(Fact(pair[0], relation, pair[1], {"confidence": 0.7}, evidence))
    return facts


def _person(name: str, ctx: TableContext) -> Actor | None:
    """The person a founders row names: one the gazetteer knows, or a name of a person's shape."""
    known = ctx.gazetteer.lookup(name)
    if known is not None:
        return known.to_actor() if known.type == "Person" else None
    return PersonName(0, len(name), name, len(name)).actor() if _PERSON.fullmatch(name) else None
