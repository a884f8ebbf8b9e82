""""its" is never said of people: when the appositive holding "its" hangs on a list of founders,
the pronoun means the company, not the last founder.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts


def test_its_after_founders_is_the_company(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Panama's Andevia Labs has raised $8 million. Founded in 2021 by former Meta engineer "
                                "Lucía Paredes and Mateo Quispe, the Panama City company says its flagship model, "
                                "Andes-1, now serves two of the country's largest banks.")
    assert ("Andevia Labs", "DEVELOPS", "Andes-1") in got
    assert not any(s in ("Lucía Paredes", "Mateo Quispe") and t == "DEVELOPS" for s, t, _ in got)
