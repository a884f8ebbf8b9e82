"""A name ending a fronted subordinate clause ("Since the US curbed chip exports to China, the
Group has ...") is not described by what follows its comma: that is the main clause.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts


def test_main_clause_after_a_fronted_clause_is_no_appositive(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Since the United States restricted exports of memory chips to China, the Group has "
                                "bought wafers under a supply agreement with Samsung Electronics.")
    assert not any(t == "PARTNERS_WITH" and "China" in (s, o) for s, t, o in got)
