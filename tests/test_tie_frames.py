"""Partnerships and participation, each pattern on an invented sentence or table (not from the corpus).

Every case runs the whole document loader, as on a report.
"""

from __future__ import annotations

import pytest

from loaders.pipeline import DocumentLoader
from tests.test_sentence_frames import relationships


@pytest.fixture(scope="module")
def loader() -> DocumentLoader:
    return DocumentLoader()


def test_a_roster_row_may_open_with_a_label_column(loader, tmp_path):
    text = ("표 3-2. 제네시스 미션 참여 주체 및 역할\n\n구분 참여 기관 역할\n\n"
            "총괄 기관 오라클 연산 자원 배분\n\n기타 협력사 무명사, 마이크로소프트, 엔비디아 모델 공동 연구\n\n"
            "자료: 오라클(2026) 저자 작성.\n")
    got = relationships(loader, tmp_path, text)
    assert {("Oracle", "PARTICIPATES_IN", "Genesis Mission"), ("Microsoft", "PARTICIPATES_IN", "Genesis Mission"),
            ("NVIDIA", "PARTICIPATES_IN", "Genesis Mission")} <= set(got)
    assert got[("Oracle", "PARTICIPATES_IN", "Genesis Mission")]["role"].startswith("총괄 기관")
