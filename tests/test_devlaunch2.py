"""Launch constructions found missing on the dev documents, each tested on invented text.

A quoted name a relative clause modifies, broken off at a line end before its head noun
("… 발표된 ‘X’" + "행정명령 …").
"""

from __future__ import annotations

from loaders.normalise import split_blocks
from tests.reading import facts


def test_a_line_ending_on_a_quoted_name_a_clause_modifies_goes_on():
    text = ("2024년 3월 2일 공포된 ‘해양 데이터 개방과 활용 촉진을 위한 조치’\n\n"
            "행정명령에 따라 해양부는 새로운 자료 공개 지침을 내놓았다.\n")
    blocks = [b.text for b in split_blocks(text)]
    assert any("조치’ 행정명령에 따라" in b for b in blocks)


def test_a_quoted_title_on_a_line_of_its_own_still_ends_there():
    text = "‘해양 데이터 개방과 활용 촉진을 위한 조치와 그 배경에 관한 검토’\n\n행정명령의 내용을 살펴본다.\n"
    assert len(split_blocks(text)) == 2


def test_ways_a_government_suggests_are_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 정부는 지방 소멸 대응을 위한 교통망 재편 방안을 제시했다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_a_plan_a_government_announces_is_still_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 정부는 지방 소멸 대응을 위한 교통망 재편 방안을 발표했다.\n")
    assert any(s == "Japanese government" and t == "LAUNCHED" for s, t, _ in got)
