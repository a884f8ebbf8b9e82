"""The lists of a startup database's company profile: its investors, buys and sub-organisations.

A profile page (Crunchbase, PitchBook and their like) sets its lists as space-aligned tables,
each headed by the kind of name it lists, and leaves the company unsaid; the page is about it,
as its breadcrumb trail says ("Companies > AI > Acme")::

    Investor Name        Lead Investor   Funding Round
    North Capital        Yes             Series B - Acme
    Organization Name    Type            Location
    Acme GmbH            Subsidiary      Munich, Bavaria, Germany

Each investor listed invested in the company, each acquiree was bought by it, and a
sub-organisation of the type "Subsidiary" belongs to it, based where its location ends.
"""

from __future__ import annotations

from graph.model import Actor, Evidence
from loaders.aligned_tables import NAME_COLUMN
from loaders.normalise import Block
from loaders.relations.fact import Fact
from loaders.relations.infoboxes import breadcrumb_subject
from loaders.relations.tables import TableContext, cell_actor, table_country

# The first column's name, and what each listed name is to the page's company.
_LISTS = {"investor name": ("INVESTED_IN", "investor"), "acquiree name": ("ACQUIRED", "company"),
          "organization name": ("SUBSIDIARY_OF", "company"), "organisation name": ("SUBSIDIARY_OF", "company")}
_SUBSIDIARY = frozenset(("subsidiary", "division", "subsidiaries"))


def extract_profile_tables(blocks: list[Block], lines: list[str], ctx: TableContext) -> list[Fact]:
    """Facts of the profile lists of a page whose breadcrumb names its company."""
    if not any(b.is_table_row and NAME_COLUMN.match(b.text.split("\t", 1)[0]) for b in blocks):
        return []
    subject = breadcrumb_subject(lines)
    if not subject:
        return []
    company = cell_actor(subject, ctx.gazetteer, "company")
    facts: list[Fact] = []
    header: list[str] = []
    for block in blocks:
        if not block.is_table_row:
            header = []
            continue
        cells = [cell.strip() for cell in block.text.split("\t")]
        if NAME_COLUMN.match(cells[0]):
            header = [cell.lower() for cell in cells]
        elif header and header[0] in _LISTS and cells[0]:
            facts += _row_facts(company, header, cells, Evidence(ctx.doc_id, block.first_line, " ".join(cells)[:220]), ctx)
    return facts


def _row_facts(company: Actor, header: list[str], cells: list[str], evidence: Evidence, ctx: TableContext) -> list[Fact]:
    """What one row says of its name and the page's company."""
    relation, role = _LISTS[header[0]]
    listed = cell_actor(cells[0], ctx.gazetteer, role)
    if listed.id == company.id:
        return []
    if relation == "INVESTED_IN":
        return [Fact(listed, relation, company, {"confidence": 0.7}, evidence)]
    if relation == "ACQUIRED":
        return [Fact(company, relation, listed, {"confidence": 0.7}, evidence)]
    kind = _cell(header, cells, "type")
    if kind.lower() not in _SUBSIDIARY:
        return []
    facts = [Fact(listed, relation, company, {"confidence": 0.7}, evidence)]
    location = _cell(header, cells, "location")
    country = table_country(location.split(",")[-1], ctx) if location else None
    return facts + ([Fact(listed, "BASED_IN", country, {"confidence": 0.7}, evidence)] if country is not None else [])


def _cell(header: list[str], cells: list[str], column: str) -> str:
    """The row's cell under ``column``, empty if the list has no such column."""
    return cells[header.index(column)] if column in header and header.index(column) < len(cells) else ""
