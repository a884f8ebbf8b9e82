"""The defined terms of an English filing's definitions section: "Company", "Group", "Subscriber".

A stock exchange announcement or a prospectus calls its parties by capitalised terms ("the
Company and the Subscriber entered into ...", "The Group develops ...") and says whom each
means in a list of definitions, often at the end::

    "Company"     Acme Holdings Limited, whose Shares are listed on the Main Board
    "Group"       the Company and its subsidiaries
    "Subscriber"  Brightwater Investment Limited, a company incorporated in ...

A term defined as a registered company (its name ends in a legal form) stands for that company
wherever the text uses it; "Group" defined as the Company with its subsidiaries stands for the
Company, as the group acts through it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor
from loaders.gazetteer import Gazetteer
from loaders.patterns import LATIN_LEGAL_FORM
from loaders.relations.tables import cell_actor

# '"Company"     Acme Holdings Limited, whose ...': a quoted term, a wide gap, its meaning.
_DEFINITION = re.compile(r'^\s*[“"](?P<term>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)[”"]\s{2,}(?P<meaning>\S.*)$')
# "Acme Holdings Limited": a registered company's name, up to its legal form.
_REGISTERED_NAME = re.compile(r"^(?P<name>[A-Z][\w&'.-]*(?:\s+[\w&'().-]+){0,8}?\s+(?:Limited|" + LATIN_LEGAL_FORM + r"))(?=[,;\s]|$)")
# "the Company and its subsidiaries": a group defined through another term.
_GROUP_OF = re.compile(r"^the\s+(?P<term>[A-Z][A-Za-z]+)\s+and\s+its\s+subsidiaries\b")
# The terms a filing calls its issuer by.
_ISSUER_TERMS = ("Company", "Issuer")
#: Definitions a list needs to be a definitions section, not one quoted line.
_MIN_DEFINITIONS = 3


def defined_parties(lines: list[str], gazetteer: Gazetteer) -> dict[str, Actor]:
    """Each term of the document's definitions section that stands for a company, with the company."""
    definitions = [d for d in map(_DEFINITION.match, lines) if d is not None]
    if len(definitions) < _MIN_DEFINITIONS:
        return {}
    parties: dict[str, Actor] = {}
    for d in definitions:
        name = _REGISTERED_NAME.match(d.group("meaning"))
        if name is not None:
            party = cell_actor(name.group("name"), gazetteer, "company")
            # the issuer is a company, whatever its name's words suggest ("... Holdings Limited")
            parties[d.group("term")] = replace(party, type="Company", kind=None) \
                if d.group("term") in _ISSUER_TERMS and party.discovered else party
    for d in definitions:
        group = _GROUP_OF.match(d.group("meaning"))
        if group is not None and group.group("term") in parties:
            parties.setdefault(d.group("term"), parties[group.group("term")])
    return parties
