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
The Company has agreed to allot shares to the Purchaser.

2. INFORMATION ON THE PURCHASER
The Purchaser is an investment holding company. It is wholly owned by Tencent Holdings Limited.
"""


def test_heading_in_capitals_is_no_actor(loader: DocumentLoader, tmp_path: Path) -> None:
    assert "INFORMATION ON THE PURCHASER" not in actor_names(loader, tmp_path, _FILING)
    assert not any(s == "INFORMATION ON THE PURCHASER" for s, _, _ in facts(loader, tmp_path, _FILING))
