"""Newsletter quick hits that open with the company's place ("Kigali's X: $2.1m seed from A",
"Tunis-based X: $3m bridge, led by A") or name the round before the money ("X: seed from A").

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts

_HITS = """**Quick hits**
- Kigali's Tarnwick Robotics: $2.1m seed from Pellow Capital.
- Tunis-based Quenby Vision: $3m bridge, led by Norland Ventures.
- Brindle Data: seed round from Ottery Partners.
"""


def test_a_place_before_the_item_name_leaves_the_company_first(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _HITS)
    assert ("Pellow Capital", "INVESTED_IN", "Tarnwick Robotics") in got
    assert ("Norland Ventures", "INVESTED_IN", "Quenby Vision") in got
    assert ("Ottery Partners", "INVESTED_IN", "Brindle Data") in got
    assert not any(s == "Kigali" or o == "Kigali" for s, _, o in got)
