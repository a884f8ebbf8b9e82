"""Tables of corporate venture arms: a "CVC" column of investors beside their parent ("모회사")
and the company each invested in ("피투자사"), flattened one cell per line.

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts

_GRID = """<표 3> 주요 CVC의 투자 사례

CVC
모회사
피투자사
분야
투자금액
시기
가온벤처스
가온홀딩스
누리랩
물류 AI
40억원
2025.10
다온인베스트먼트
다온지주
별빛소프트
영상 AI
50억원
2025.07
라온기술투자
라온지주
새봄로보틱스
로봇 AI
80억원
2025.06

자료: 각 사 공시
"""


def test_each_venture_arm_invests_in_its_row_and_belongs_to_its_parent(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _GRID)
    assert {("가온벤처스", "INVESTED_IN", "누리랩"), ("다온인베스트먼트", "INVESTED_IN", "별빛소프트"),
            ("라온기술투자", "INVESTED_IN", "새봄로보틱스")} <= got
    assert {("가온벤처스", "SUBSIDIARY_OF", "가온홀딩스"), ("다온인베스트먼트", "SUBSIDIARY_OF", "다온지주"),
            ("라온기술투자", "SUBSIDIARY_OF", "라온지주")} <= got


def test_the_investee_column_is_not_read_as_the_investors(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _GRID)
    assert not any(s in ("누리랩", "별빛소프트", "새봄로보틱스") for s, r, o in got if r == "INVESTED_IN")
