"""A noun of an act owned by a name ("Commerce's launch of P"): the owner acted, not the subject of
the clause nor the company named in the sentence before.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts


def test_the_possessor_of_a_launch_launched(loader: DocumentLoader) -> None:
    got = english_facts(loader, "In May the Department of Commerce awarded a $90 million grant to Halvane Optics, a U.S. "
                                "maker of lasers. It followed Commerce's launch in March of the Edge Compute Readiness "
                                "Programme, which pairs grants with purchase commitments.")
    assert not any(s == "Halvane Optics" and t == "LAUNCHED" for s, t, _ in got)
    assert any(t == "LAUNCHED" and o == "Edge Compute Readiness Programme" for _, t, o in got)


def test_a_launch_owned_by_an_unknown_name_is_no_act_of_the_subject(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Halvane Optics welcomed Brussels's launch of the Edge Compute Readiness Programme.")
    assert not any(s == "Halvane Optics" and t == "LAUNCHED" for s, t, _ in got)
