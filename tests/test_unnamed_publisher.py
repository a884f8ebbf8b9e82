"""The word a bank's or a company's own publication calls its publisher by ("당행", "당사"): the
clause it opens is the publisher's act, never the act of the company named in the clause before;
a publisher the document does not name acts for no one.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import korean_facts

_NOTE = ("\n\n신한은행은 업스테이지와 신용평가 모형 공급 계약을 체결하였으며, 당행도 뤼튼과 대출 수요 예측 모델을 "
         "공동 개발 중이다.\n")


def test_this_bank_of_an_unnamed_publisher_is_not_the_bank_named_before(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "가람금융연구소 산업 이슈 브리프" + _NOTE)
    assert ("Shinhan Bank", "PARTNERS_WITH", "Upstage") in got
    assert not any("Wrtn Technologies" in (s, o) for s, _, o in got)


def test_this_bank_of_a_named_publisher_is_the_publisher(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "하나은행 리서치 리포트" + _NOTE)
    assert ("Hana Bank", "PARTNERS_WITH", "Wrtn Technologies") in got
    assert ("Shinhan Bank", "PARTNERS_WITH", "Wrtn Technologies") not in got
