"""A company chosen for a ministry's programme is paid by that ministry (each case an invented
sentence, not from any document), whichever way the press says it was chosen and paid: "P
수행기관으로 뽑혀 ... 지원받고 있다", "P 수행기업으로도 선정돼 국비 N원을 지원받는다", the owner's
clause "A가 2025년 시작한 'P'"; a bare "N원을 받는다" is the grant only where it is named as one
("정부출연금 N원을 받는다"), not an investment received.
"""

from __future__ import annotations

from tests.reading import relationships

COMPANY = "물류 AI 스타트업 하늬로직은 지난해 가람벤처스로부터 50억원을 투자받았다. "


def test_picked_as_the_performing_body(loader, tmp_path):
    got = relationships(loader, tmp_path, COMPANY + "또 과학기술정보통신부가 추진하는 '물류 AI 실증 사업' 수행기관으로 뽑혀 "
                        "2년간 정부 출연금 30억원을 지원받고 있다.\n")
    assert got[("Ministry of Science and ICT", "FUNDS", "하늬로직")]["amount"] == 30


def test_chosen_too_for_a_programme_whose_name_is_quoted(loader, tmp_path):
    got = relationships(loader, tmp_path, COMPANY + "중소벤처기업부가 올해 시작한 '딥테크 물류 육성사업' 수행기업으로도 "
                        "선정돼 2027년까지 국비 50억원을 지원받는다.\n")
    assert got[("Ministry of SMEs and Startups", "FUNDS", "하늬로직")]["amount"] == 50


def test_a_grant_named_as_one(loader, tmp_path):
    got = relationships(loader, tmp_path, COMPANY + "과학기술정보통신부가 추진하는 '물류 AI 실증 사업'에 선정돼 "
                        "3년간 정부출연금 24억원을 받는다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "하늬로직") in got


def test_money_received_after_a_selection_is_not_always_a_grant(loader, tmp_path):
    got = relationships(loader, tmp_path, COMPANY + "과학기술정보통신부가 추진하는 '물류 AI 실증 사업'에 선정돼 "
                        "이후 가람벤처스에서 30억원을 받았다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "하늬로직") not in got
