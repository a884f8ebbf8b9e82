"""First person outside quotes: the voice of a company's own post, letter or release.

Every text here is invented (invented organisations and people). The voice is the organisation
the text states as its author (tests/test_first_person.py covers how it is found); these tests
cover how first-person words read once it is known.
"""

from __future__ import annotations

from tests.reading import facts

PERFECT = """Halvorsen Dynamics — Company Blog

Halvorsen Dynamics makes inspection drones for wind farms.

Our drones now fly on three continents, and we've joined Pendrake's Lighthouse program for
growth-stage startups.

This spring we’ve also acquired Osterlund Vision, a small computer-vision startup from Malmö.
"""


def test_a_perfect_contracted_with_we_keeps_we_as_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, PERFECT)
    assert ("Halvorsen Dynamics", "PARTICIPATES_IN", "Lighthouse program") in got
    assert ("Halvorsen Dynamics", "ACQUIRED", "Osterlund Vision") in got


UNSIGNED_PERFECT = """Our drones now fly on three continents, and we've joined Pendrake's Lighthouse program for
growth-stage startups.
"""


def test_a_perfect_with_no_author_stated_gives_no_first_person_fact(loader, tmp_path):
    got = facts(loader, tmp_path, UNSIGNED_PERFECT)
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in got)


INTERVIEW = """[VC 인터뷰] "초기 투자는 결국 사람을 보는 일"
윤가람 다솔벤처스 파트너 "데이터를 가진 팀이 이긴다"

다솔벤처스는 2018년 설립된 초기 전문 벤처캐피털이다. 윤 파트너를 서울 사무실에서 만났다.

— 올해 첫 투자처는 어디였나.

"지난 2월에 부산 스타트업 해솔로보틱스에 30억원을 넣었어요. 물류 로봇을 만드는 회사입니다."
"""


def test_an_interviewee_in_the_subtitle_under_a_tagged_headline_answers_for_their_firm(loader, tmp_path):
    got = facts(loader, tmp_path, INTERVIEW)
    assert ("다솔벤처스", "INVESTED_IN", "해솔로보틱스") in got
