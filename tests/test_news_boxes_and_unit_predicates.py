"""A Korean news box drawn with box-drawing characters reads as the story's own headings and
bullets; "X: B 100% 자회사" (or "X는 B의 100% 자회사다") says X is B's, the share before the noun.

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.normalise import without_box_borders
from loaders.pipeline import DocumentLoader
from tests.reading import facts

_BOX = """가온그룹은 올해 AI 사업을 키운다.

┌─────────────────
│ [박스] 한눈에 보는 가온그룹
│
│ ■ 계열사
│  - 가온랩: 가온홀딩스 100% 자회사. 로봇 개발
└─────────────────
"""


def test_a_box_frame_is_blanked_keeping_lines_and_offsets() -> None:
    plain = without_box_borders(_BOX)
    assert len(plain) == len(_BOX) and plain.count("\n") == _BOX.count("\n")
    assert not any(c in plain for c in "│┌└─")


def test_a_bullet_inside_a_box_states_its_owner(loader: DocumentLoader, tmp_path: Path) -> None:
    assert ("가온랩", "SUBSIDIARY_OF", "가온홀딩스") in facts(loader, tmp_path, _BOX)


def test_a_share_before_the_unit_noun_keeps_the_predicate(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, "다온로보틱스는 누리홀딩스의 100% 자회사다.\n")
    assert ("다온로보틱스", "SUBSIDIARY_OF", "누리홀딩스") in got
