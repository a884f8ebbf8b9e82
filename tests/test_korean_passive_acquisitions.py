"""A Korean passive of buying names the bought company as its subject, however unknown the name:
"X가 (작년 7월) Y에 인수됐다", "X는 Y에 피인수됐다", "X는 B 자회사인 Y에 인수됐다" — Y bought X.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from loaders.pipeline import DocumentLoader
from tests.reading import korean_facts


@pytest.mark.parametrize(("text", "fact"), [
    ("뷰테일이 카카오에 인수됐습니다.", ("Kakao", "ACQUIRED", "뷰테일")),
    ("2호 펀드에서는 픽셀로어가 작년 7월 네이버클라우드에 인수됐다.", ("Naver Cloud", "ACQUIRED", "픽셀로어")),
    ("코다스택은 지난해 삼성전자에 피인수됐다.", ("Samsung Electronics", "ACQUIRED", "코다스택")),
    # what the buyer is, between: "X는 ... 카카오 자회사인 Y에 인수됐다"
    ("배송 AI를 만드는 루트웨이브는 지난해 3월 카카오 자회사인 카카오모빌리티에 인수됐다.", ("Kakao Mobility", "ACQUIRED", "루트웨이브")),
])
def test_unknown_subject_of_a_passive_acquisition_is_the_bought_company(loader: DocumentLoader, text: str,
                                                                          fact: tuple[str, str, str]) -> None:
    assert fact in korean_facts(loader, text)


@pytest.mark.parametrize("text", [
    "회사가 카카오에 인수됐다.",  # a word for a kind of body
    "AI사업부가 카카오에 인수됐다.",  # a unit of a company, not a company of its own
])
def test_words_for_what_is_bought_are_no_names(loader: DocumentLoader, text: str) -> None:
    assert not korean_facts(loader, text)
