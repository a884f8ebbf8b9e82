"""Ownership, partnership and participation ties, each on an invented sentence or table (not from the corpus).

Every case runs the whole document loader, as on a report.
"""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_parent_named_by_its_subsidiarys_other_name_is_its_own_actor(loader, tmp_path):
    text = ("유튜브를 거느린 구글의 모회사 알파벳은 올해 배당을 두 배로 늘렸다.\n\n"
            "알파벳(구글 모회사)이 2분기에 클라우드 매출 신기록을 세웠다.\n")
    got = facts(loader, tmp_path, text)
    assert ("Google", "SUBSIDIARY_OF", "Alphabet") in got


def test_a_gloss_without_an_ownership_noun_keeps_one_actor(loader, tmp_path):
    text = "알파벳(구글)은 새 텐서 칩을 공개했다.\n"
    got = facts(loader, tmp_path, text)
    assert not any("Alphabet" in (s, o) for s, _, o in got)


def test_an_english_parent_named_by_its_subsidiarys_alias_is_its_own_actor(loader, tmp_path):
    text = "Alphabet, the parent company of Google, said on Monday it would build two more campuses.\n"
    assert ("Google", "SUBSIDIARY_OF", "Alphabet") in facts(loader, tmp_path, text)


COOPERATION_TABLE = ("표 4-1. 일본의 해외 AI 협력 사업 현황\n\n사업 내용\n\n"
                     "반도체 인재 교류\n⦁베트남과는 공동 연구소를 세워 설계 인력을 양성\n\n"
                     "남미 파트너십\n⦁칠레, 페루 등과 농업 AI 도입 방안을 협의\n\n"
                     "비교\n⦁인도와는 달리 자체 칩 생산 계획은 없음\n\n자료: 저자 정리.\n")


def test_rows_of_a_countrys_cooperation_table_name_its_partners(loader, tmp_path):
    got = facts(loader, tmp_path, COOPERATION_TABLE)
    pairs = {frozenset({a, b}) for a, rel, b in got if rel == "PARTNERS_WITH"}
    assert {frozenset({"Japan", "Vietnam"}), frozenset({"Japan", "Chile"}), frozenset({"Japan", "Peru"})} <= pairs
    assert not any("India" in pair for pair in pairs)


def test_the_same_rows_under_a_caption_about_something_else_name_no_partner(loader, tmp_path):
    text = COOPERATION_TABLE.replace("해외 AI 협력 사업 현황", "AI 반도체 수출 현황")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in facts(loader, tmp_path, text))


def test_a_new_company_spelled_from_a_known_ones_name_is_its_own_actor(loader, tmp_path):
    text = ("릴라이언스(Reliance Industries)의 AI 자회사 릴라이언스 퓨처 랩스(Reliance Future Labs)는 "
            "올해 힌디어 음성 모델을 공개했다.\n")
    assert ("릴라이언스 퓨처 랩스", "SUBSIDIARY_OF", "Reliance Industries") in facts(loader, tmp_path, text)


def test_an_unknown_partner_taking_a_role_in_the_programme_takes_part(loader, tmp_path):
    text = ("중소벤처기업부는 2026년 ‘스마트 물류 실증 프로젝트’를 시작하였다. "
            "물류 로봇 부문에는 카카오와 누리하역이 공급 사업자로 참여한다.\n")
    got = facts(loader, tmp_path, text)
    assert {("Kakao", "PARTICIPATES_IN", "스마트 물류 실증 프로젝트"),
            ("누리하역", "PARTICIPATES_IN", "스마트 물류 실증 프로젝트")} <= got
    assert not any(o == "물류 로봇" for _, _, o in got)


def test_two_unknown_names_in_a_subsidiary_predicate_are_companies(loader, tmp_path):
    text = "올해 보조금을 받은 누리클라우드센터는 다솜전자의 자회사로, 남부 지역에 시설을 짓고 있다.\n"
    got = facts(loader, tmp_path, text)
    assert ("누리클라우드센터", "SUBSIDIARY_OF", "다솜전자") in got
    assert not any(rel == "LAUNCHED" for _, rel, _ in got)


def test_an_owner_left_unnamed_is_no_actor(loader, tmp_path):
    text = "누리클라우드센터는 대기업의 자회사로, 남부 지역에 시설을 짓고 있다.\n"
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in facts(loader, tmp_path, text))


def test_a_unit_said_to_be_an_owners_kind_of_subsidiary_belongs_to_it(loader, tmp_path):
    text = ("누리랩은 지난해 카카오의 AI 연구 자회사로 편입됐다.\n\n"
            "카카오는 올해 네이버의 클라우드 자회사 다솜랩을 인수했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("누리랩", "SUBSIDIARY_OF", "Kakao") in got
    assert ("Kakao", "SUBSIDIARY_OF", "Naver") not in got


def test_showing_something_at_a_named_event_is_taking_part_in_it(loader, tmp_path):
    text = "LG전자는 올해 CES 2026 등 국제 전시회에서 가정용 로봇을 선보였다.\n"
    assert ("LG Electronics", "PARTICIPATES_IN", "CES 2026") in facts(loader, tmp_path, text)


def test_a_known_company_before_an_event_word_is_no_event(loader, tmp_path):
    text = "LG전자는 올해 Microsoft 등 글로벌 포럼에서 가정용 로봇을 선보였다.\n"
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in facts(loader, tmp_path, text))


def test_leading_a_named_programme_is_taking_part_in_it(loader, tmp_path):
    text = ("일본이 주도하는 다자 협의체—‘히로시마 AI 프로세스’를 활용해 규범을 확산하고 있다.\n\n"
            "한편 미국 주도의 ‘칩4 동맹’에는 대만도 참여했다.\n")
    got = relationships(loader, tmp_path, text)
    assert got[("United States", "PARTICIPATES_IN", "Chip 4 Alliance")]["role"] == "lead"
    assert got[("Japan", "PARTICIPATES_IN", "Hiroshima AI Process")]["role"] == "lead"


def test_leading_in_investment_names_no_programme(loader, tmp_path):
    text = "세계 AI 투자는 미국이 주도하는 가운데 유럽의 비중은 줄었다.\n"
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in facts(loader, tmp_path, text))


def test_the_first_conjunct_of_a_gapped_role_takes_part_too(loader, tmp_path):
    text = ("두 나라는 2026년 ‘한·베 AI 반도체 공동연구 사업’을 출범하였다. 한국 측에서는 카카오와 KAIST가, "
            "베트남 측에서는 FPT가 주관 기관으로 참여한다.\n")
    got = facts(loader, tmp_path, text)
    assert {(name, "PARTICIPATES_IN", "한·베 AI 반도체 공동연구 사업") for name in ("Kakao", "KAIST", "FPT")} <= got


def test_a_new_product_a_company_supplies_is_its_own(loader, tmp_path):
    text = "보안 스타트업 누리보안은 딥페이크 음성을 걸러내는 'VoiceShield'를 국내 은행 10여 곳에 공급하고 있다.\n"
    assert ("누리보안", "DEVELOPS", "VoiceShield") in facts(loader, tmp_path, text)


def test_a_known_chip_a_reseller_supplies_is_not_its_own(loader, tmp_path):
    text = "스타트업 누리시스템은 엔비디아의 H100을 국내 연구소 10여 곳에 공급하고 있다.\n"
    assert not any(rel == "DEVELOPS" and s == "누리시스템" for s, rel, _ in facts(loader, tmp_path, text))


def test_the_pair_owning_a_joint_venture_are_partners_not_the_passages_topic(loader, tmp_path):
    text = ("SK텔레콤은 글로벌 기업과 협력 관계를 넓히고 있다.\n\n"
            "한편 KT와 마이크로소프트의 합작법인은 올해 서울에서 문을 열었다.\n")
    pairs = {frozenset({a, b}) for a, rel, b in facts(loader, tmp_path, text) if rel == "PARTNERS_WITH"}
    assert frozenset({"KT", "Microsoft"}) in pairs
    assert frozenset({"KT", "SK Telecom"}) not in pairs


def test_an_owner_holding_a_unit_as_its_subsidiary_owns_it(loader, tmp_path):
    text = ("카카오는 카카오브레인을 자회사로 두고 있다.\n\n"
            "누리전자는 지난달 다솜칩을 완전 자회사로 편입했다.\n")
    got = facts(loader, tmp_path, text)
    assert {("Kakao Brain", "SUBSIDIARY_OF", "Kakao"), ("다솜칩", "SUBSIDIARY_OF", "누리전자")} <= got
