"""The data model users write Cypher against, defined once.

Extraction, stores, exports, reports and views all read the node and relationship types
from here, so that adding a type is a one-line change (FollowTheMoney keeps its schema as
data for the same reason).
"""

from __future__ import annotations

ACTOR_LABEL = "Actor"
DOCUMENT_LABEL = "Document"

#: Actor type label -> human description. Every actor carries ``Actor`` plus exactly one of these.
NODE_TYPES: dict[str, str] = {
    "Startup": "young AI company, including the large ones (OpenAI, Moonshot AI)",
    "Company": "established corporation (Microsoft, Tencent, Samsung Electronics)",
    "Investor": "organisation whose business is investing: VC, PE, sovereign fund, corporate VC",
    "Government": "national or local government, ministry, agency, state bank acting as policy",
    "Program": "programme, project, public fund, law or policy, joint initiative",
    "University": "university or research institute",
    "Person": "founder, executive, researcher",
    "Country": "country, as an actor of capital flows or a location",
    "Model": "AI model or product",
}

#: Actor types that are organisations able to invest, partner, develop or be located (not people,
#: countries, programmes or models); extraction rules share this set instead of spelling it out.
ORGANISATIONS: frozenset[str] = frozenset(("Startup", "Company", "Investor", "University"))
#: The organisations plus governments: the actors that can also develop, partner or run a programme.
ORGANISATIONS_AND_GOVERNMENT: frozenset[str] = ORGANISATIONS | {"Government"}

#: ``kind`` values allowed per type (others carry no kind).
KINDS: dict[str, tuple[str, ...]] = {
    "Program": ("project", "fund", "law", "policy", "initiative"),
    "Investor": ("vc", "pe", "sovereign", "corporate", "state-bank"),
}

#: Relationship type -> (description, undirected?).
REL_TYPES: dict[str, tuple[str, bool]] = {
    "INVESTED_IN": ("equity or financial investment, investor -> investee", False),
    "FUNDS": ("grant, budget or policy finance, funder -> recipient", False),
    "ACQUIRED": ("A bought B", False),
    "LAUNCHED": ("government or organisation -> programme it set up or announced", False),
    "PARTICIPATES_IN": ("organisation -> programme it takes part in (role)", False),
    "PARTNERS_WITH": ("stated partnership, alliance or contract (symmetric)", True),
    "FOUNDED": ("founder -> organisation", False),
    "SUBSIDIARY_OF": ("A belongs to B", False),
    "DEVELOPS": ("organisation -> model or product", False),
    "BASED_IN": ("organisation -> country", False),
    "REGULATES": ("government -> actor or country it restricts", False),
    "VC_FLOW": ("country -> country aggregate venture capital", False),
}
MENTIONED_IN = "MENTIONED_IN"

#: Relationship types whose extraction is scored (recall and precision) by `aigraph eval`.
CORE_REL_TYPES: tuple[str, ...] = (
    "INVESTED_IN", "ACQUIRED", "FUNDS", "LAUNCHED", "PARTICIPATES_IN", "PARTNERS_WITH",
    "FOUNDED", "SUBSIDIARY_OF", "DEVELOPS", "VC_FLOW", "REGULATES",
)

def check_node_type(name: str) -> str:
    """Return ``name`` if it is a known actor type, else raise ``ValueError``."""
    if name not in NODE_TYPES:
        raise ValueError(f"unknown actor type {name!r}; expected one of {', '.join(NODE_TYPES)}")
    return name


def check_rel_type(name: str) -> str:
    """Return ``name`` if it is a known relationship type, else raise ``ValueError``."""
    if name not in REL_TYPES and name != MENTIONED_IN:
        raise ValueError(f"unknown relationship type {name!r}; expected one of {', '.join(REL_TYPES)}")
    return name
