"""Company filings and newsletter roundups, each on an invented text (not from any document).

A listed company's disclosure writes facts as "항목: 값" fields and calls itself 당사; a
newsletter item states a deal in a verbless headline and then names more investors of the
same round without naming the company again.
"""

from __future__ import annotations

from tests.reading import facts, relationships

FILING = """주식회사 한빛소재 (유가증권시장 상장법인)
타법인 주식 및 출자증권 취득결정

1. 발행회사
회사명: 주식회사 누리센싱 (Nuri Sensing Inc.)
국적: 대한민국
2. 취득내역
취득금액(원): 3,000,000,000
3. 취득후 소유주식수 및 지분비율
지분비율(%): 60.00
4. 취득목적: 경영권 확보

가. 발행회사는 열화상 센서 모델 'NS-Thermo'를 개발하여 공급하고 있습니다.
"""


def test_a_share_acquisition_form_names_the_buyer_only_at_the_top(loader, tmp_path):
    got = relationships(loader, tmp_path, FILING, locations=True)
    deal = got[("한빛소재", "ACQUIRED", "누리센싱")]
    assert deal["share_pct"] == 60.0
    assert deal["currency"] == "KRW" and deal["amount"] == 3e9
    assert ("누리센싱", "BASED_IN", "South Korea") in got
    # "발행회사" stands for the company the form named.
    assert ("누리센싱", "DEVELOPS", "NS-Thermo") in got


def test_a_minority_stake_without_control_is_an_investment(loader, tmp_path):
    text = FILING.replace("지분비율(%): 60.00", "지분비율(%): 12.50").replace("4. 취득목적: 경영권 확보", "4. 취득목적: 전략적 제휴")
    got = facts(loader, tmp_path, text)
    assert ("한빛소재", "INVESTED_IN", "누리센싱") in got
    assert ("한빛소재", "ACQUIRED", "누리센싱") not in got


def test_the_subsidiary_table_of_a_filer(loader, tmp_path):
    text = ("주식회사 한빛소재\n\n당사는 소재 전문기업입니다.\n\n종속회사 현황\n"
            "회사명\t소재지\t주요사업\t지분율(%)\n"
            "한빛머티리얼즈㈜\t대한민국\t소재 생산\t100.0\n"
            "Hanbit Materials GmbH\t독일\t판매\t100.0\n")
    got = facts(loader, tmp_path, text, locations=True)
    assert ("한빛머티리얼즈", "SUBSIDIARY_OF", "한빛소재") in got
    assert ("Hanbit Materials GmbH", "SUBSIDIARY_OF", "한빛소재") in got
    assert ("Hanbit Materials GmbH", "BASED_IN", "Germany") in got


def test_the_filer_calls_itself_dangsa(loader, tmp_path):
    text = ("주식회사 한빛소재 (코스닥시장 상장법인)\n\n"
            "당사와 파랑테크㈜(Parang Tech Co., Ltd.)는 2025년 5월 합작법인 누리반도체㈜를 설립하였습니다.\n")
    got = facts(loader, tmp_path, text)
    assert {("한빛소재", "FOUNDED", "누리반도체"), ("파랑테크", "FOUNDED", "누리반도체")} <= got
    # A Latin gloss with a legal form stays with its company: no actor named "Ltd".
    assert not any("Ltd" == name for fact in got for name in (fact[0], fact[2]))


def test_a_party_is_no_self_reference(loader, tmp_path):
    text = "주식회사 한빛소재\n\n계약 당사자는 파랑테크와 협약을 체결하였습니다.\n"
    got = facts(loader, tmp_path, text)
    assert not any("한빛소재" in (fact[0], fact[2]) for fact in got)


def test_a_short_name_defined_with_hereafter(loader, tmp_path):
    text = ("주식회사 한빛소재\n\n일본 소니(Sony Group Corporation, 이하 \"소니\")는 2025년 4월 당사에 200억 원을 투자하였습니다. "
            "당사와 소니는 센서 공동개발 계약을 체결하였습니다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Sony", "INVESTED_IN", "한빛소재") in got
    assert ("Sony", "PARTNERS_WITH", "한빛소재") in got or ("한빛소재", "PARTNERS_WITH", "Sony") in got


ROUNDUP = """[투자] 가람로직, 150억 원 시리즈A… 리드는 한결벤처스

데이터 분석 에이전트를 만드는 스타트업 가람로직이 150억 원 규모 시리즈A를 마무리했습니다.
리드 투자자는 한결벤처스이고, 기존 투자사인 푸른인베스트먼트가 후속 투자로 참여했어요.
새솔파트너스는 이번 라운드에 처음 이름을 올렸습니다.

[M&A] 온바다, 물류 AI 스타트업 파도랩스 인수

온바다가 창고 자동화 모델을 만드는 파도랩스를 인수했습니다. 거래 금액은 공개되지 않았습니다.
"""


def test_a_roundup_item_names_its_round_in_the_headline(loader, tmp_path):
    got = facts(loader, tmp_path, ROUNDUP)
    assert {("한결벤처스", "INVESTED_IN", "가람로직"), ("푸른인베스트먼트", "INVESTED_IN", "가람로직"),
            ("새솔파트너스", "INVESTED_IN", "가람로직")} <= got
    assert ("온바다", "ACQUIRED", "파도랩스") in got
    # The next item's company takes no part in the first item's round.
    assert ("온바다", "INVESTED_IN", "가람로직") not in got


def test_an_investor_leading_in_a_headline(loader, tmp_path):
    got = facts(loader, tmp_path, "[글로벌] 한결벤처스, 국내 보안 스타트업 파도랩스 시드 리드\n\n"
                                  "미국 투자사 한결벤처스가 파도랩스의 시드 라운드를 이끌었습니다. 새솔파트너스와 "
                                  "푸른인베스트먼트도 함께 들어갔고요.\n")
    assert {("한결벤처스", "INVESTED_IN", "파도랩스"), ("새솔파트너스", "INVESTED_IN", "파도랩스"),
            ("푸른인베스트먼트", "INVESTED_IN", "파도랩스")} <= got


def test_a_headline_without_a_deal_names_no_round(loader, tmp_path):
    got = facts(loader, tmp_path, "[파트너십] 가람로직, 새 데이터센터 공개\n\n푸른인베스트먼트가 후속 투자로 참여했어요.\n")
    assert not any(fact[1] == "INVESTED_IN" and fact[2] == "가람로직" for fact in got)


def test_taking_up_new_shares_a_company_issued_invests_in_it(loader, tmp_path):
    text = ("주식회사 한빛소재\n\n파랑테크㈜(Parang Tech Co., Ltd., 이하 \"파랑\")는 당사가 발행한 제3자배정 신주 10,000주를 "
            "인수하였습니다.\n")
    got = facts(loader, tmp_path, text)
    assert ("파랑테크", "INVESTED_IN", "한빛소재") in got
    assert not any(fact[1] == "ACQUIRED" for fact in got)


def test_the_fields_under_a_joint_venture_set_up(loader, tmp_path):
    text = ("주식회사 한빛소재 (코스닥시장 상장법인)\n\n"
            "당사와 소니는 2025년 6월 합작법인 누리반도체㈜를 설립하였습니다.\n"
            "- 출자비율: 당사 55%(55억 원) / 소니 45%(45억 원)\n"
            "- 첫 제품: 열화상 센서 'NR-1'(2026년 양산 목표)\n\n"
            "당사의 주력 제품은 산업용 센서 'HB-Sense'입니다.\n")
    got = relationships(loader, tmp_path, text, locations=True)
    assert got[("한빛소재", "INVESTED_IN", "누리반도체")]["share_pct"] == 55.0
    assert ("Sony", "INVESTED_IN", "누리반도체") in got
    assert ("누리반도체", "DEVELOPS", "NR-1") in got
    assert ("한빛소재", "DEVELOPS", "HB-Sense") in got
    # Listed on a Korean exchange: a Korean company.
    assert ("한빛소재", "BASED_IN", "South Korea") in got


def test_another_companys_main_product_is_not_the_filers(loader, tmp_path):
    text = "주식회사 한빛소재\n\n당사는 센서 기업입니다. 소니의 주력 제품은 이미지 센서 'IMX-9'입니다.\n"
    got = facts(loader, tmp_path, text)
    assert ("한빛소재", "DEVELOPS", "IMX-9") not in got


def test_a_quoted_company_set_up_abroad(loader, tmp_path):
    got = facts(loader, tmp_path, "- 가람로직(Garam Logic)이 일본 법인 'Garam Logic Japan'을 도쿄에 설립했습니다.\n",
                locations=True)
    assert ("Garam Logic", "FOUNDED", "Garam Logic Japan") in got or ("가람로직", "FOUNDED", "Garam Logic Japan") in got
    assert any(f[0] == "Garam Logic Japan" and f[1] == "SUBSIDIARY_OF" for f in got)
    assert ("Garam Logic Japan", "BASED_IN", "Japan") in got


def test_a_joint_venture_is_no_subsidiary_of_one_parent(loader, tmp_path):
    got = facts(loader, tmp_path, "- 가람로직(Garam Logic)이 합작 법인 'Garam Nuri'를 서울에 설립했습니다.\n")
    assert not any(f[1] == "SUBSIDIARY_OF" for f in got)


def test_the_founder_and_product_of_a_roundup_items_company(loader, tmp_path):
    text = ROUNDUP.replace("새솔파트너스는 이번 라운드에 처음 이름을 올렸습니다.\n",
                           "새솔파트너스는 이번 라운드에 처음 이름을 올렸습니다.\n2021년 카이스트 출신 한도윤 대표가 "
                           "세운 회사로, 분석 에이전트 'Garam Insight'가 주력 제품입니다.\n")
    got = facts(loader, tmp_path, text)
    assert ("한도윤", "FOUNDED", "가람로직") in got
    assert ("가람로직", "DEVELOPS", "Garam Insight") in got


def test_a_bought_company_kept_as_a_separate_entity(loader, tmp_path):
    text = ("[M&A] 온바다, 음성 AI 스타트업 Velto Speech 인수\n\n"
            "온바다가 미국 보스턴의 음성 AI 스타트업 Velto Speech를 사들였다고 이번 주 화요일 발표했습니다.\n"
            "인수 후에도 독립 법인으로 운영하되 연구 조직은 일부 통합한다는 설명입니다. 금액은 비공개입니다.\n")
    got = facts(loader, tmp_path, text)
    assert ("온바다", "ACQUIRED", "Velto Speech") in got
    assert ("Velto Speech", "SUBSIDIARY_OF", "온바다") in got


def test_a_team_spun_off_from_a_university_lab(loader, tmp_path):
    got = facts(loader, tmp_path, "의료 AI 스타트업 가람로직이 50억 원 규모의 투자를 유치했다. "
                                  "가람로직은 2020년 KAIST 한도윤 교수 연구실에서 스핀오프한 팀으로 알려져 있습니다.\n")
    assert ("KAIST", "FOUNDED", "가람로직") in got


def test_support_received_from_a_ministrys_programme(loader, tmp_path):
    text = ("주식회사 한빛소재\n\n당사는 과학기술정보통신부 「차세대 센서 기술개발사업」의 주관기관으로 선정되어 "
            "2026년부터 3년간 정부출연금 40억 원을 지원받습니다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Science and ICT", "FUNDS", "한빛소재") in got
    # Money received: the filer funds nothing, and the programme is no giver of its own.
    assert not any(f[0] == "한빛소재" and f[1] == "FUNDS" for f in got)
    assert not any(f[1] == "FUNDS" and f[0] == "차세대 센서 기술개발사업" for f in got)


def test_the_sellers_of_existing_shares_had_invested_in_the_target(loader, tmp_path):
    text = FILING + "나. 구주 매도인은 카카오벤처스 및 기타 개인주주 2인입니다.\n"
    got = facts(loader, tmp_path, text)
    assert ("Kakao Ventures", "INVESTED_IN", "누리센싱") in got
