""""Brindle Labs, whose Quarrow-OCR model reads receipts": the name a "whose" clause glosses
develops the product named before the word "model" (DEVELOPS), even with a description between.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import english_facts


def test_a_whose_clause_names_the_owner_of_the_model(loader) -> None:
    got = english_facts(loader, "Lisbon-based Brindle Labs, whose Quarrow-OCR model reads handwritten receipts, "
                                "raised $5 million.")
    assert ("Brindle Labs", "DEVELOPS", "Quarrow-OCR") in got


def test_the_place_in_the_description_owns_nothing(loader) -> None:
    got = english_facts(loader, "Tallow Systems agreed to buy Brindle Labs, a 40-person Lisbon startup whose Quarrow "
                                "model drafts contracts for banks.")
    assert ("Brindle Labs", "DEVELOPS", "Quarrow") in got
    assert not any(t == "DEVELOPS" and s in ("Lisbon", "Tallow Systems") for s, t, _ in got)
