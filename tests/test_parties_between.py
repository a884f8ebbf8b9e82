"""An agreement "A와 B 간" names both its parties, B even as a plain word ("정부"): the company the
passage was about before is not one of them.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import korean_facts


def test_unsaid_subject_is_no_party_of_an_agreement_between_two(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "국내 반도체 기업 누리칩도 공급사로 참여하고 있습니다.\n"
                               "지난 5월에 AMD와 정부 간 GPU 공급 협약을 체결했고 현재까지 2,000장이 들어왔습니다.")
    assert not any(t == "PARTNERS_WITH" and "누리칩" in (s, o) for s, t, o in got)
