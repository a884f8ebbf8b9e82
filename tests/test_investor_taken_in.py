"""Korean deal news told from the raiser's side: "B가 시리즈C를 유치하면서 A를 주요 투자자로
맞았다" (B took A in as its main investor): A invested in B.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts


def test_the_investor_taken_in_invested_in_the_raiser(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "물류 AI 스타트업 가온랩이 300억원 규모 시리즈B를 유치하면서 누리벤처스를 주요 투자자로 맞았다.\n"
    got = facts(loader, tmp_path, text)
    assert ("누리벤처스", "INVESTED_IN", "가온랩") in got


def test_a_customer_taken_on_gave_no_money(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "물류 AI 스타트업 가온랩이 300억원 규모 시리즈B를 유치하면서 누리전자를 첫 고객사로 맞았다.\n"
    got = facts(loader, tmp_path, text)
    assert ("누리전자", "INVESTED_IN", "가온랩") not in got
