""""동사" (the said company) after a sentence opened on another company as its topic ("주3) B는
... 스타트업으로, 당사는 동사와 계약을 체결") is that company, not the one the note before was about.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import korean_facts


def test_said_company_is_the_sentences_own_topic(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "주식회사 라온비전(이하 \"당사\")은 산업용 AI 기업입니다.\n"
                               "주1) (주)솔담에이아이는 당사와 (주)케이티가 함께 설립한 합작법인입니다.\n"
                               "주2) (주)비전로그는 물류용 AI 스타트업으로, 당사는 동사와 라벨 인식 솔루션 공급 계약을 체결하고 있습니다.")
    assert ("라온비전", "PARTNERS_WITH", "비전로그") in got
    assert ("라온비전", "PARTNERS_WITH", "솔담에이아이") not in got
