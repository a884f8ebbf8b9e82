"""A fronted founding participle whose subject is a description of the company the story is about:
"Founded in 2022 by P and Q, the Panama City company says ...". The description is the main clause's
subject (and so what P and Q founded), not a reporting tag or an appositive on Q.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts


def test_founders_of_the_described_company(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Panama's Andevia Labs has raised $8 million. Founded in 2021 by former Meta engineer "
                                "Lucía Paredes and Mateo Quispe, the Panama City company says its flagship model, Andes-1, now serves "
                                "two of the country's largest banks.")
    assert ("Lucía Paredes", "FOUNDED", "Andevia Labs") in got
    assert ("Mateo Quispe", "FOUNDED", "Andevia Labs") in got
