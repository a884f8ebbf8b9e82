"""A unit whose owner sells its whole stake in the sentence naming it a unit ("A는 설립한 자회사
B의 보유 지분 전량을 C에 넘겼다") is no longer the owner's subsidiary.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import korean_facts


def test_unit_sold_outright_is_no_subsidiary_of_the_seller(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "한솔바이오지주는 2020년 설립한 자회사 셀비전의 보유 지분 전량을 카카오헬스케어에 넘겼다.")
    assert ("셀비전", "SUBSIDIARY_OF", "한솔바이오지주") not in got


def test_unit_kept_stays_a_subsidiary(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "한솔바이오지주는 2020년 설립한 자회사 셀비전을 통해 병원용 AI를 공급한다.")
    assert ("셀비전", "SUBSIDIARY_OF", "한솔바이오지주") in got
