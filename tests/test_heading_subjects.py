"""Subjects a child line takes from the heading, label or parent bullet it stands under.

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts


def test_a_label_with_its_glosses_is_the_subject_of_its_items(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 중국\n\n ○ 샤오미(小米, Xiaomi)\n"
                "  - 차세대 음성 모델 '보이스링크 3' 발표\n")
    assert ("Xiaomi", "DEVELOPS", "보이스링크 3") in got


def test_a_label_known_only_by_its_gloss_is_that_body(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 일본\n\n ○ 경산성(METI)\n"
                "  - 'AI 로봇 실증' 사업 착수, 5개 도시 지정\n")
    assert ("Ministry of Economy, Trade and Industry", "LAUNCHED", "AI 로봇 실증") in got


def test_a_label_saying_more_than_a_glossed_name_labels_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, " ○ 샤오미(小米) 관련 소식\n  - 차세대 음성 모델 '보이스링크 3' 발표\n")
    assert ("Xiaomi", "DEVELOPS", "보이스링크 3") not in got


def test_a_model_released_as_open_source_is_developed_by_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, " ○ 카카오\n  - 경량 언어모델 '카나나 나노' 오픈소스 공개\n")
    assert ("Kakao", "DEVELOPS", "카나나 나노") in got


def test_backers_under_a_fund_heading_pay_into_that_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 미래반도체펀드는 총 3,000억 원 규모로 조성된다.\n"
                " ㅇ 국내에서는 한국산업은행이 정책자금 재원으로 900억 원을, 가온벤처스가 300억 원을 출자한다.\n")
    assert ("Korea Development Bank", "FUNDS", "미래반도체펀드") in got
    assert ("가온벤처스", "INVESTED_IN", "미래반도체펀드") in got


def test_money_paid_to_a_named_recipient_is_not_the_passage_funds(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 미래반도체펀드는 총 3,000억 원 규모로 조성된다.\n"
                " ㅇ 한편 한국산업은행은 가온칩스에 200억 원을 출자했다.\n")
    assert ("Korea Development Bank", "FUNDS", "미래반도체펀드") not in got


def test_investors_a_note_names_by_role_join_the_items_round(loader, tmp_path):
    got = facts(loader, tmp_path, " ○ 업스테이지(Upstage)\n  - 시리즈D 900억원 유치. 한국투자파트너스 주도, 한국산업은행 참여\n")
    assert ("Korea Investment Partners", "INVESTED_IN", "Upstage") in got
    assert ("Korea Development Bank", "INVESTED_IN", "Upstage") in got


def test_existing_backers_named_in_a_note_invest_again(loader, tmp_path):
    got = facts(loader, tmp_path, " ○ 업스테이지(Upstage)\n  - 3억 달러 규모 신규 투자 유치. 기존 주주 네이버·카카오 후속 투자\n")
    assert ("Naver", "INVESTED_IN", "Upstage") in got
    assert ("Kakao", "INVESTED_IN", "Upstage") in got



def test_a_new_shareholder_joining_invests_in_the_items_company(loader, tmp_path):
    got = facts(loader, tmp_path, " ○ 업스테이지(Upstage)\n  - 미래에셋벤처투자가 신규 주주로 참여, 투자 규모는 약 500억 원\n")
    assert ("Mirae Asset Venture Investment", "INVESTED_IN", "Upstage") in got
