"""Unknown Korean company names that a bracket vouches for: the head's post in brackets after the
name ("X(대표 홍길동)은"), and a bracketed list of companies closed by its bracket
("세 곳(A, B, C)은").

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import korean_facts


def test_name_before_its_heads_post_is_a_company(loader: DocumentLoader) -> None:
    got = korean_facts(loader, "라온비트(대표 최아무, 전자공학과 석사과정)는 가람캐피탈과 누리벤처스로부터 "
                               "시드 8억원을 투자받았다.")
    assert ("가람캐피탈", "INVESTED_IN", "라온비트") in got
    assert ("누리벤처스", "INVESTED_IN", "라온비트") in got


def test_bracketed_list_ends_at_its_bracket(loader: DocumentLoader) -> None:
    """"세 곳(A, B, C)은 …에 합류": C, unknown, closes the list its bracket ends, and the particle
    after the bracket makes the three the subject."""
    got = korean_facts(loader, "하늬랩스는 AI 반도체 스타트업이다. 가온로직도 같은 분야다. "
                               "교내 창업기업 세 곳(하늬랩스, 가온로직, 무지개온)은 삼성전자가 운영하는 "
                               "스타트업 지원 프로그램 'C-랩 아웃사이드'에 합류했다.")
    members = {s for s, t, _ in got if t == "PARTICIPATES_IN"}
    assert {"하늬랩스", "가온로직", "무지개온"} <= members
