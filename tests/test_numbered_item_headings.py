"""A digest's numbered item heading ("6. Orrin Health AI — Series B", "3) Acme Robotics: seed")
opens a new item about the company it names: the investors the item's sentences name back that
company's round, not the round of the item before.

Every text here is invented.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts

_DIGEST = """Deals of the quarter, as reported by the parties.

1. Brindle Motors — Series C
US$40 million Series C for Brindle Motors, a Leeds-based drone maker. Led by Arbor Ventures.

2. Quell AI — Series A
US$12 million Series A. Halden Capital, the Teller Group investment vehicle, led; Nordvik Partners participated as a strategic investor.

3) Sorrel Bio: seed
US$3 million seed. Mossfield Ventures led the round.
"""


def test_short_item_heading_names_the_next_items_company(loader: DocumentLoader) -> None:
    got = english_facts(loader, _DIGEST)
    assert ("Halden Capital", "INVESTED_IN", "Quell AI") in got
    assert ("Nordvik Partners", "INVESTED_IN", "Quell AI") in got
    assert ("Mossfield Ventures", "INVESTED_IN", "Sorrel Bio") in got
    assert not any(o == "Brindle Motors" for s, _, o in got if s != "Arbor Ventures")


def test_owner_named_before_the_vehicle_noun_is_no_co_investor(loader: DocumentLoader) -> None:
    """"Halden Capital, the Teller Group investment vehicle, led": the group owns the vehicle."""
    got = english_facts(loader, _DIGEST)
    assert not any(s == "Teller Group" and t == "INVESTED_IN" for s, t, _ in got)
    assert ("Halden Capital", "SUBSIDIARY_OF", "Teller Group") in got
