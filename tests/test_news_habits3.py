"""News habits of round s13a (tune23): how Korean IT news reports who took part in a government
programme once it has named it, and how English funding and wire stories list backers.

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from loaders.document import read_document
from tests.reading import facts, relationships

# A programme named with the short name the article uses from then on.
_PROGRAMME = ("정보통신부(이하 정통부)가 물류 현장에 로봇을 투입하는 '스마트 물류로봇 개발·실증사업'(이하 로봇 챌린지)을 "
              "수행할 컨소시엄 3곳을 확정했다.")
_NAME = "스마트 물류로봇 개발·실증사업"


def test_a_short_name_defined_for_a_new_programme_is_its_alias(loader, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(_PROGRAMME + "\n\n창고 분야는 한빛로보틱스가 주관한다.\n", encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    programme = next(a for a in batch.actors.values() if a.name.endswith("실증사업"))
    assert "로봇 챌린지" in programme.aliases


def test_a_bare_lead_verb_takes_part_in_the_programme_in_play(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지는 내년까지 이어진다. 창고 분야는 한빛로보틱스가 주관한다. "
                                  "누리대학교와 서해대학교가 참여한다.\n")
    assert ("한빛로보틱스", "PARTICIPATES_IN", _NAME) in got
    assert ("누리대학교", "PARTICIPATES_IN", _NAME) in got


def test_a_sentence_about_its_consortia_keeps_the_programme_in_play(loader, tmp_path):
    got = relationships(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지는 내년까지 이어진다. 경쟁률은 5대 1이었다. "
                                  "심사는 두 달 걸렸다. 발표는 오후에 있었다. 항만 분야는 삼성SDS 컨소시엄에 돌아갔다. "
                                  "결과는 다음 달 공개된다. 공항 분야는 KT 컨소시엄이 따냈다. 연구기관 누리랩이 참여한다.\n")
    assert got[("Samsung SDS", "PARTICIPATES_IN", _NAME)].get("role") == "lead"
    assert got[("KT", "PARTICIPATES_IN", _NAME)].get("role") == "lead"
    assert ("누리랩", "PARTICIPATES_IN", _NAME) in got


def test_joining_in_a_role_and_the_gapped_first_conjunct_take_part(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지 창고 분야는 한빛로보틱스가 주관한다. "
                                  "서해은행이 수요기관으로, 물류 스타트업 누리로지스가 참여기관으로 합류했다.\n")
    assert ("누리로지스", "PARTICIPATES_IN", _NAME) in got
    assert ("서해은행", "PARTICIPATES_IN", _NAME) in got
    assert not any(s.startswith("합류") for s, _, _ in got)  # the verb is no name


def test_a_bare_join_verb_in_a_sentence_about_investing_is_no_programme_role(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_PROGRAMME}\n\n로봇 챌린지 창고 분야는 한빛로보틱스가 주관한다. "
                                  "이 회사의 시리즈A 투자에는 누리벤처스가 참여했다.\n")
    assert ("누리벤처스", "PARTICIPATES_IN", _NAME) not in got


def test_the_ones_passively_selected_for_a_programme_did_not_set_it_up(loader, tmp_path):
    got = facts(loader, tmp_path, "정보통신부가 올해 신설한 '로봇 수출 지원 프로그램'에는 한빛로보틱스와 "
                                  "누리로지스가 1호 참여 기업으로 선정됐다.\n")
    assert ("한빛로보틱스", "LAUNCHED", "로봇 수출 지원 프로그램") not in got
    assert ("누리로지스", "LAUNCHED", "로봇 수출 지원 프로그램") not in got


def test_a_wire_storys_ticker_is_no_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "Japan's Kuroshio Ltd (6789.T) has agreed to buy Munich-based robotics "
                                  "maker Feldmark GmbH for about 300 million euros, two people said.\n")
    assert not any(s == "6789.T" for s, _, _ in got)
    assert ("Kuroshio", "ACQUIRED", "Feldmark") in got


def test_the_backers_a_story_lists_invested_and_a_gloss_backer_only_in_the_last(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark raised money last year. The startup's backers include Moorfield Capital, "
                                  "which led its 30 million euro Series A in 2024, as well as Alder Ventures and Brightpeak, "
                                  "the venture fund backed by Siemens.\n")
    for investor in ("Moorfield Capital", "Alder Ventures", "Brightpeak"):
        assert (investor, "INVESTED_IN", "Feldmark") in got
    assert ("Siemens", "INVESTED_IN", "Alder Ventures") not in got
    assert ("Siemens", "INVESTED_IN", "Feldmark") not in got


def test_a_list_with_an_appositive_joined_the_round(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark said it has raised a $40 million Series B led by Moorfield Capital. "
                                  "Kestrel Labs, Nvidia's venture arm, and the Amazon Robotics Growth Fund joined the round.\n")
    assert ("Kestrel Labs", "INVESTED_IN", "Feldmark") in got
    assert ("Amazon Robotics Growth Fund", "INVESTED_IN", "Feldmark") in got


def test_where_the_founder_worked_before_did_not_found_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, "2021년 설립된 누리랩은 한빛전자에서 음성인식 조직을 이끌던 김 대표가 "
                                  "서울대 연구실 출신 박서준 최고기술책임자(CTO)와 함께 세운 회사다.\n")
    assert ("한빛전자", "FOUNDED", "누리랩") not in got
    assert ("박서준", "FOUNDED", "누리랩") in got


def test_money_received_from_named_backers_is_their_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "법률 AI 스타트업 누리랩은 한빛벤처스와 서해인베스트먼트로부터 80억원을 받았다. "
                                  "누리로보틱스는 대회에서 상금 1억원을 받았다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리랩") in got
    assert ("서해인베스트먼트", "INVESTED_IN", "누리랩") in got
    assert not any(o == "누리로보틱스" for _, _, o in got)


def test_a_glossed_kind_of_unit_before_the_affiliate_noun(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛금융그룹의 벤처캐피털(VC) 계열사인 한빛인베스트먼트는 누리랩에 30억원을 투자했다.\n")
    assert ("한빛인베스트먼트", "SUBSIDIARY_OF", "한빛금융그룹") in got


def test_investors_who_went_along_with_a_closed_round(loader, tmp_path):
    got = facts(loader, tmp_path, "의료 AI 기업 누리랩은 지난달 한빛벤처스가 주도한 200억원 규모 시리즈B를 마무리했다. "
                                  "서해인베스트먼트와 바다파트너스가 함께했다.\n")
    assert ("서해인베스트먼트", "INVESTED_IN", "누리랩") in got
    assert ("바다파트너스", "INVESTED_IN", "누리랩") in got


def test_the_round_after_a_description_holding_the_word_investment_is_the_investees(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛전자의 투자 자회사인 한빛벤처스는 이달 초 누리랩에 50억원을 넣었다. "
                                  "이번 라운드엔 서해인베스트먼트도 함께했다.\n")
    assert ("서해인베스트먼트", "INVESTED_IN", "누리랩") in got
    assert ("서해인베스트먼트", "INVESTED_IN", "한빛벤처스") not in got


def test_its_core_product_named_by_a_copula_is_the_companys(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark raised $20 million last week. Its core product is Vanta-2, "
                                  "a model that plans warehouse picking.\n")
    assert ("Feldmark", "DEVELOPS", "Vanta-2") in got


def test_the_researchers_who_spun_a_company_out_founded_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark, spun out of the University of Stuttgart in 2020 by researchers "
                                  "Jonas Albrecht and Mira Kessel, sells planning software.\n")
    assert ("Jonas Albrecht", "FOUNDED", "Feldmark") in got
    assert ("Mira Kessel", "FOUNDED", "Feldmark") in got


def test_a_unit_glossed_as_its_arm_belongs_to_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "Kuroshio Holdings makes rail equipment. Last year it launched the Kuroshio Robotics Fund, "
                                  "managed by Kuroshio Capital Partners, its Berlin-based corporate venture arm.\n")
    assert ("Kuroshio Capital Partners", "SUBSIDIARY_OF", "Kuroshio Holdings") in got


def test_the_partner_who_led_the_deal_is_not_the_investor_the_firm_is(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark said it has raised a $40 million Series B led by Moorfield Capital. "
                                  "Anna Roth, the Moorfield partner who led the deal, will join the board.\n")
    assert ("Anna Roth", "INVESTED_IN", "Feldmark") not in got
