"""A filing's section heading in capitals ("2. INFORMATION ON THE BUYER") is no company's name:
the sentences of its section must not give their "It" to it.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, facts

_FILING = """Corbel Harbour Holdings Limited

1. THE PLACING
The Company has agreed to allot new shares to a strategic investor.

2. INFORMATION ON THE PURCHASER
Quarry Lane Investment Limited is a company incorporated in the British Virgin Islands and is principally engaged
in investment holding. It is wholly owned by Tencent Holdings Limited, whose shares are listed on the Stock Exchange.
"""


def test_heading_in_capitals_is_no_actor(loader: DocumentLoader, tmp_path: Path) -> None:
    assert "INFORMATION ON THE PURCHASER" not in actor_names(loader, tmp_path, _FILING)
    assert ("Quarry Lane Investment Limited", "SUBSIDIARY_OF", "Tencent") in facts(loader, tmp_path, _FILING)
