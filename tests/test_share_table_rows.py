"""Rows of a Korean filing's investment table, flattened into one run of text: the cells beside an
investor's name (its legal form, the share class, a footnote mark, the round's date) are no
companies and give no deal.

Every row here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

import pytest

from loaders.pipeline import DocumentLoader
from loaders.relations.round_items import ROUND_AND_SUM
from tests.reading import korean_facts, subjects_and_objects

_ROWS = ("당사는 설립 이후 아래와 같이 외부 투자를 유치하였습니다.\n"
         "구분 일자 투자자 주식의 종류 발행주식수 투자금액\n"
         "시드 2021.03.02 (주)가람캐피탈 보통주 10,000 100,000,000\n"
         "시리즈A 2022.07.15 다온벤처투자(주)주1) 전환우선주 50,000 2,500,000,000\n"
         "누리텔레콤(주) 전환우선주 40,000 2,000,000,000\n"
         "시리즈B 2023.11.08 한솔벤처투자(주) 전환우선주 30,000 3,000,000,000\n"
         "미래온인베스트먼트(주) 보통주 20,000 2,000,000,000\n"
         "주1) 다온벤처투자(주)가 운용하는 조합 명의로 투자하였습니다.\n")


def test_share_classes_and_footnote_marks_are_no_companies(loader: DocumentLoader) -> None:
    """"누리인베스트먼트(주) 전환우선주": the form closes the investor's name, it opens no company
    called 전환우선주; "(주)주1)" is a form then a footnote mark."""
    names = subjects_and_objects(korean_facts(loader, _ROWS))
    assert not names & {"보통주", "전환우선주", "주1", "2021"}


@pytest.mark.parametrize(("text", "hinge"), [
    ("시리즈A 2022.07.15 다온벤처투자(주) 전환우선주", False),  # a table row: the round, then its date
    ("▲ 하늬랩스, 시리즈A 120억원 … 다온벤처투자 주도", True),  # a round item: the round, then its sum
])
def test_a_round_and_its_date_are_no_round_item(text: str, hinge: bool) -> None:
    """The date after a round in a table's row is no sum, so the row is no verbless round item whose
    backers invested in the last company named before it."""
    assert bool(ROUND_AND_SUM.search(text)) is hinge


def test_legal_form_glued_to_the_name_after_it(loader: DocumentLoader) -> None:
    """Where the form is spaced from the word before it and glued to the word after, it is the
    second word's: "2021.03.02 (주)가람캐피탈" makes no company of the date."""
    got = korean_facts(loader, "2021.03.02 (주)가람캐피탈이 하늬랩스에 10억원을 투자했다.")
    assert ("가람캐피탈", "INVESTED_IN", "하늬랩스") in got
