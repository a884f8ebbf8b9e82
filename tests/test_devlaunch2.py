"""Launch constructions found missing on the dev documents, each tested on invented text.

A quoted name a relative clause modifies, broken off at a line end before its head noun
("… 발표된 ‘X’" + "행정명령 …"); ways someone suggests ("X 방안을 제시") are no programme; a public
body marked 에서 announces when no subject does; a quoted vision a state announces ("‘X’으로의
도약을 비전으로 발표") names its strategy; a programme turned into a new one ("A를 B로 전환"); the
head of a public body announces for it ("A위원회 주임은 … 발표"); a programme a sentence defines
("P는 … 전략이다") is the government's that the next sentence opens on ("정부는 … 계획이다"); a
ministry and its 「document」 written alone together (a flattened table's cell) is a launch.
"""

from __future__ import annotations

from loaders.normalise import split_blocks
from tests.reading import facts, relationships


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


def test_a_public_body_marked_eseo_announces_when_no_subject_does(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부에서 ‘해양 디지털 전환 전략’을 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "해양 디지털 전환 전략") in got


def test_a_subject_outranks_the_body_marked_eseo(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부에서 지원한 가람로직(Garam Logic)이 ‘해양 데이터 전략’을 발표했다.\n")
    assert not any(s == "Ministry of Science and ICT" and t == "LAUNCHED" for s, t, _ in got)


def test_a_quoted_vision_a_body_announces_names_its_strategy(loader, tmp_path):
    got = relationships(loader, tmp_path, "총리가 주재한 회의 직후 과학기술정보통신부에서 ‘해양 3대 강국(OCEAN K3)’으로의 "
                                          "도약을 비전으로 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "해양 3대 강국") in got


def test_a_firms_vision_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "가람로직(Garam Logic)은 ‘모두를 위한 해양 데이터’를 비전으로 제시했다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_a_programme_the_passages_state_turns_into_a_new_one(loader, tmp_path):
    got = relationships(loader, tmp_path, "EU는 해양 데이터 전략을 추진하고 있다. 이를 위해 유럽디지털혁신허브(EDIHs)를 "
                                          "해양 실험센터(Ocean Test Centres)로 전환하여 기업을 돕는다.\n")
    assert ("European Union", "LAUNCHED", "해양 실험센터") in got


def test_a_firm_turning_a_programme_into_another_launches_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "가람로직(Garam Logic)은 유럽디지털혁신허브(EDIHs)를 해양 실험센터로 전환했다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_turning_figures_around_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 정부는 무역수지를 흑자로 전환했다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_the_head_of_a_public_body_announces_for_it(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부 장관은 해양 분야에 투자하는 1조 원 규모의 ‘해양 혁신 펀드’를 "
                                  "조성할 것을 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "해양 혁신 펀드") in got


def test_the_head_of_a_firm_is_no_public_body(loader, tmp_path):
    got = facts(loader, tmp_path, "가람로직(Garam Logic) 원장은 ‘해양 혁신 펀드’를 조성할 것을 발표했다.\n")
    assert not any(s == "가람로직" and t == "LAUNCHED" for s, t, _ in got)


DEFINED = "해양 하이웨이 이니셔티브는 해양 관측망과 데이터센터를 전국적으로 구축하는 전략이다. "


def test_a_defined_programme_the_next_sentences_government_carries_out(loader, tmp_path):
    got = facts(loader, tmp_path, DEFINED + "정부는 2028년까지 관측 부이 3천 개를 확보할 계획이다.\n")
    assert ("Government of Korea", "LAUNCHED", "해양 하이웨이 이니셔티브") in got


def test_a_defined_programme_followed_by_a_firm_is_no_governments(loader, tmp_path):
    got = facts(loader, tmp_path, DEFINED + "가람로직(Garam Logic)은 2028년까지 관측 부이 3천 개를 확보할 계획이다.\n")
    assert not any(o == "해양 하이웨이 이니셔티브" and t == "LAUNCHED" for _, t, o in got)


def test_the_government_acting_on_another_named_programme_launches_that_one(loader, tmp_path):
    got = facts(loader, tmp_path, DEFINED + "정부는 별도로 ‘해양 인재 양성 계획’을 추진할 예정이다.\n")
    assert not any(o == "해양 하이웨이 이니셔티브" and t == "LAUNCHED" for _, t, o in got)


def test_a_document_title_broken_over_lines_stays_one_element():
    text = "방위성\n\n「해양 감시 무인체계\n\n운용 지침」\n\n⦁3대 중점 분야 설정\n"
    assert "「해양 감시 무인체계 운용 지침」" in [b.text for b in split_blocks(text)]


def test_a_ministry_and_its_documents_title_in_a_flattened_cell(loader, tmp_path):
    text = ("표 3. 주요국 해양 AI 정책\n\n국가\n\n기관·정책\n\n주요 내용\n\n일본\n\n경제산업성\n\n"
            "「해양 로봇 실증\n\n추진 지침」\n\n⦁항만 자동화 실증 지원\n")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Economy, Trade and Industry", "LAUNCHED", "해양 로봇 실증 추진 지침") in got


def test_a_firm_and_a_quoted_title_are_no_launch(loader, tmp_path):
    text = "가람로직\n\n「해양 로봇 실증 보고서」\n"
    got = facts(loader, tmp_path, text)
    assert not any(t == "LAUNCHED" for _, t, _ in got)
