"""Stand-in actors for a side of a fact that the text leaves unnamed.

Reports often state where money went without saying where it came from: a table row of
capital from "불특정" (unspecified) countries, a country's startups that "attracted 256억
달러" from no stated origin, a funding table that lists recipients but no investors. The
fact is still worth keeping, so the missing side becomes one shared placeholder node that
queries can recognise (and leave out) by its ``placeholder`` property.
"""

from __future__ import annotations

from graph.model import ALL_ORIGINS, UNNAMED, UNSPECIFIED, Actor


def unspecified_country() -> Actor:
    """The stand-in for capital whose country a table does not say (불특정)."""
    return Actor(id="unspecified", name="Unspecified", type="Country", aliases=["불특정"], placeholder=UNSPECIFIED)


def world() -> Actor:
    """All origins together: the source of a country's total inflow when no origin is stated."""
    return Actor(id="world", name="World", type="Country", aliases=["World (origin not stated)"],
                 placeholder=ALL_ORIGINS)


def unnamed_investors() -> Actor:
    """The investors of a funding round the text reports without naming them."""
    return Actor(id="unnamed-investors", name="Unnamed investors", type="Investor", placeholder=UNNAMED)

