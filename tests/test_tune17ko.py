"""Korean habits of event reports, card news and TV news scripts (round s11, tune17ko).

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from loaders.normalise import split_blocks
from tests.reading import facts


def test_an_overview_blocks_role_labels_list_who_takes_part_in_the_named_event(loader, tmp_path):
    got = facts(loader, tmp_path, "Ⅰ. 행사 개요\n\n"
                "□ 행 사 명 : 2025 대전 로봇 AI 주간(이하 DRAW 2025)\n"
                "□ 일 시 : 2025. 9. 3.(수) ~ 9. 4.(목)\n"
                "□ 주 최 : 대전광역시, 산업통상자원부\n"
                "□ 후 원 : 한빛로봇협회, 주한독일대사관\n")
    assert {(taker, "PARTICIPATES_IN", "2025 대전 로봇 AI 주간") for taker in (
        "Daejeon", "Ministry of Trade, Industry and Energy", "한빛로봇협회", "주한독일대사관")} <= got


def test_a_role_label_without_a_named_event_says_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 일 시 : 2025. 9. 3.(수)\n□ 주 최 : 대전광역시, 한빛로봇협회\n")
    assert not [f for f in got if f[1] == "PARTICIPATES_IN"]


def test_a_known_name_inside_a_quoted_title_is_not_the_programme_a_card_lists_for(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n'AI 바이오 팁스' 신설\n운영: 한빛진흥원\n\n[3/3]\n끝\n")
    assert not [f for f in got if f[1] == "PARTICIPATES_IN" and f[2] == "TIPS"]


def test_a_slide_decks_short_lines_are_never_joined():
    text = "[1/3]\n표지\n\n[2/3]\n참여: 한빛벤처스, 누리인베스트먼트, 가온파트너스\n누적 투자 3,000억 돌파\n\n[3/3]\n끝\n"
    assert "참여: 한빛벤처스, 누리인베스트먼트, 가온파트너스" in [b.text for b in split_blocks(text)]


def test_short_lines_of_a_page_without_slide_numbers_still_join():
    text = "이 보고서는 한빛벤처스와 누리인베스트먼트가 함께 만든 투자 현황\n자료를 바탕으로 작성되었다.\n"
    assert len(split_blocks(text)) == 1
