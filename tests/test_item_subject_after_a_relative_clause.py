"""A bullet's subject is the topic its item describes, not the subject of a relative clause before
that topic ("○ A가 미국에 설립한 B는 ..." then "- C 시드 라운드에 참여": B invested in C).

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_sub_bullet_acts_for_the_topic_its_parent_describes(loader, tmp_path) -> None:
    got = facts(loader, tmp_path, "2. 한빛그룹\n"
                                  "○ 한빛전자가 미국 현지에 설립한 한빛벤처스는 올해 AI 분야에만 9건을 집행\n"
                                  "- 물류 로봇을 개발하는 캐나다의 Corvane Robotics 시드 라운드(총 500만 달러)에 참여\n")
    investors = {s for s, t, o in got if t == "INVESTED_IN" and o == "Corvane Robotics"}
    assert "한빛전자" not in investors
    assert "한빛벤처스" in investors
