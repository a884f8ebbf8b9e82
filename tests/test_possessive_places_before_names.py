"""English news places a company by a country's possessive before its name, with a kind noun
("Senegal's telco X") or its backer glossed as a hyphenated modifier ("South Africa's
Naspers-backed X").

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts


def test_a_country_possessive_and_a_kind_noun_place_the_name(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Tarnwick Cloud was spun out of Ghana's telco Pellow Networks last year.\n"
    assert ("Pellow Networks", "BASED_IN", "Ghana") in facts(loader, tmp_path, text, locations=True)


def test_a_country_possessive_and_a_backer_gloss_place_the_name(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Separately, Kenya's Norland-backed Quenby Retail bought Brindle Vision.\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Quenby Retail", "BASED_IN", "Kenya") in got
