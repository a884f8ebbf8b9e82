""""trained on X", "fine-tuned on the X system": after a verb of making a model, the name after
"on" is the machine it was made on, not what was made.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import english_facts


def test_the_system_a_model_was_fine_tuned_on_is_not_developed(loader) -> None:
    got = english_facts(loader, "Lumenfold-3 was pre-trained on the Leonardo system in Bologna, and fine-tuned on the "
                                "Alps system at the Swiss National Supercomputing Centre.")
    assert not any(t == "DEVELOPS" and o == "Alps" for _, t, o in got)


def test_a_model_made_is_still_developed(loader) -> None:
    got = english_facts(loader, "Corvane Robotics developed Lumenfold-3, a small model for warehouse robots.")
    assert ("Corvane Robotics", "DEVELOPS", "Lumenfold-3") in got
