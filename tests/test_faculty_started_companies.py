"""A Korean start-up described as set up out of a university by its staff or students ("B는 A
교원창업으로 설립된 기업이다"): A founded B, though B is the sentence's topic. Invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_company_set_up_as_a_faculty_startup_of_a_university(loader, tmp_path):
    got = facts(loader, tmp_path, "누리칩스는 2023년 KAIST 교원창업으로 설립된 기업이다.\n")
    assert ("KAIST", "FOUNDED", "누리칩스") in got
    assert ("누리칩스", "FOUNDED", "KAIST") not in got
