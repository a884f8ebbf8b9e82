"""Money paid by public bodies (FUNDS) into programmes, funds and companies, in Korean and English, and
the wordings that name no payer. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader
from tests.reading import english_facts, facts, korean_batch, relationships
from tests.reading import relationships as relationships_of


def test_a_federal_government_in_its_countrys_numbered_section_funds_the_programme_just_launched(loader, tmp_path):
    text = ("3.2 독일: 「하펜 AI 2030」 프로그램\n\n"
            "독일 연방교육연구부(BMBF)는 2025년 3월 「하펜 AI 2030」 프로그램을 출범시켰다. "
            "연방정부는 2026~2029년 4년간 총 9억 유로를 투입한다.\n")
    got = facts(loader, tmp_path, text)
    assert any(f[0] == "German government" and f[1] == "FUNDS" and f[2].startswith("하펜 AI 2030") for f in got)


def test_a_federal_government_outside_a_foreign_section_is_nobodys(loader, tmp_path):
    got = facts(loader, tmp_path, "연방정부는 2026~2029년 4년간 총 9억 유로를 투입한다.\n")
    assert not any(f[0] in ("German government", "Korean government") for f in got)


def test_a_fund_of_funds_paying_into_the_new_fund_funds_it(loader, tmp_path):
    got = facts(loader, tmp_path, "중기부는 총 2천억원 규모의 '스마트 제조 펀드'를 조성한다고 밝혔다. "
                "모태펀드와 기업은행이 각각 500억원을 출자하고 나머지는 민간에서 모은다.\n")
    assert ("Korea Fund of Funds", "FUNDS", "스마트 제조 펀드") in got
    assert ("Industrial Bank of Korea", "FUNDS", "스마트 제조 펀드") in got


def test_a_governments_money_poured_into_a_programme_stays_funding(loader, tmp_path):
    got = facts(loader, tmp_path, "과기정통부는 'AI 반도체 실증 사업'에 500억원을 투입한다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "AI 반도체 실증 사업") in got


def test_a_card_without_a_government_title_launches_nothing_for_it(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n이번 주 소식\n'AI 로봇 실증단' 착수\n→ 올해 300억\n\n[3/3]\n끝\n")
    assert not [f for f in got if f[1] in ("LAUNCHED", "FUNDS") and f[0] == "Ministry of Science and ICT"]


def test_a_sentence_saying_what_the_programme_is_gives_its_cost_to_its_launcher(loader, tmp_path):
    got = relationships_of(loader, tmp_path, "중소벤처기업부는 오늘 'K-로봇 도약' 사업을 새로 시작한다고 밝혔습니다.\n"
                           "내년부터 2년 동안 모두 600억 원을 들여 로봇 기업 20곳을 키우는 사업입니다.\n")
    assert got[("Ministry of SMEs and Startups", "FUNDS", "K-로봇 도약")]["amount"] == 600


def test_a_described_body_glossed_in_brackets_is_that_body_not_the_last_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Norrvik AI, a Stockholm startup, raised a €20m Series A led by Vesper Ventures. "
                                  "It was picked last year for the Nordic Compute scheme, launched by Denmark's "
                                  "Ministry of Industry.\n\nSeparately, the federal research ministry (BMFTR) has "
                                  "awarded Norrvik AI a €3m grant.\n")
    assert ("Federal Ministry of Research, Technology and Space", "FUNDS", "Norrvik AI") in got
    assert ("Ministry of Industry", "FUNDS", "Norrvik AI") not in got


def test_a_loan_from_a_bank_is_funding_not_a_stake(loader, tmp_path):
    text = "Halvard Compute, a Danish data-centre operator, has secured a €90 million loan from the Nordic Investment Bank.\n"
    got = facts(loader, tmp_path, text)
    assert ("Nordic Investment Bank", "FUNDS", "Halvard Compute") in got
    assert ("Nordic Investment Bank", "INVESTED_IN", "Halvard Compute") not in got


_SPLIT_FUND = ("The deal was the first of the Blue Harbor Growth Fund, a 300 billion won fund-of-funds that the "
               "Ministry of Science and ICT launched last year. The ministry put in 120 billion won, with the "
               "remainder coming from the Korea Development Bank and private limited partners.\n")


def test_a_ministry_putting_in_part_of_a_fund_funds_it(loader):
    got = english_facts(loader, _SPLIT_FUND)
    assert ("Ministry of Science and ICT", "FUNDS", "Blue Harbor Growth Fund") in got
    assert ("Ministry of Science and ICT", "INVESTED_IN", "Blue Harbor Growth Fund") not in got


def test_a_state_bank_the_remainder_comes_from_funds_the_fund(loader):
    assert ("Korea Development Bank", "FUNDS", "Blue Harbor Growth Fund") in english_facts(loader, _SPLIT_FUND)


def test_it_after_a_programme_with_no_other_party_is_the_programme(loader):
    text = ("Korvane Robotics, a Doha startup, raised $20 million in a Series A round. "
            "Korvane Robotics was founded in 2023 and builds warehouse robots.\n\n"
            "The Ministry of Communications and Information Technology launched the Desert Robotics "
            "Programme last year and has allocated $90 million to it for pilot sites.\n")
    got = english_facts(loader, text)
    assert ("Ministry of Communications and Information Technology", "FUNDS", "Korvane Robotics") not in got


def test_an_active_award_funds_the_name_after_to(loader, tmp_path):
    got = facts(loader, tmp_path, "The Varenne Programme awarded €3 million to Paris-based Lumiq Labs to build a "
                                  "speech model.\n")
    assert ("Varenne Programme", "FUNDS", "Lumiq Labs") in got


def test_a_passive_award_keeps_its_receiver(loader, tmp_path):
    got = facts(loader, tmp_path, "Lumiq Labs was awarded €3 million by the Varenne Programme.\n")
    assert ("Lumiq Labs", "FUNDS", "Varenne Programme") not in got


def test_an_award_with_two_objects_funds_the_first(loader, tmp_path):
    got = facts(loader, tmp_path, "In 2024 the Ministry of Digital Affairs awarded Pelloran Robotics a €3 million grant "
                                  "for warehouse trials.\n")
    assert ("Ministry of Digital Affairs", "FUNDS", "Pelloran Robotics") in got


def funds(loader: DocumentLoader, text: str) -> set[tuple[str, str]]:
    batch = korean_batch(loader, text)
    return {(batch.actors[r.subject].name, batch.actors[r.object].name)
            for r in batch.relationships if r.type == "FUNDS"}


def test_state_money_spent_on_the_programme_is_its_ministrys(loader):
    text = ("과학기술정보통신부는 '바다 AI 실증사업'을 새로 시작한다고 밝혔다. "
            "올해부터 2028년까지 정부 출연금 300억원이 들어가며, 수행기관은 다음 달 뽑는다.\n")
    assert ("Ministry of Science and ICT", "바다 AI 실증사업") in funds(loader, text)


def test_state_money_of_an_agency_run_programme_names_no_payer(loader):
    text = ("정보통신산업진흥원(NIPA)은 '바다 AI 실증사업'을 새로 시작한다고 밝혔다. "
            "올해 국비 300억원이 투입된다.\n")
    assert not any(p == "바다 AI 실증사업" for _, p in funds(loader, text))


def test_state_money_states_the_amount(loader):
    text = ("과학기술정보통신부는 '바다 AI 실증사업'을 새로 시작한다고 밝혔다. "
            "올해 국비 300억원이 투입되며, 수행기관은 다음 달 뽑는다.\n")
    batch = korean_batch(loader, text)
    amounts = [r.props.get("amount_usd") for r in batch.relationships if r.type == "FUNDS"
               and batch.actors[r.object].name == "바다 AI 실증사업"]
    assert amounts and all(a and 2e7 < a < 2.4e7 for a in amounts)


def edges(loader: DocumentLoader, text: str) -> dict[tuple[str, str, str], float | None]:
    """(subject, type, object) -> amount as written, of every non-location fact read from ``text``."""
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    names = {a.id: a.name for a in batch.actors.values()}
    return {(names[r.subject], r.type, names[r.object]): r.props.get("amount")
            for r in batch.relationships if r.type != "BASED_IN"}


def test_each_payer_of_a_fund_gets_its_own_kind_of_money(loader):
    text = ("'한누리 AI 펀드'가 결성됐다. 이 펀드에는 산업은행이 600억원, 미래에셋캐피탈이 400억원을 "
            "각각 출자한다.\n")
    found = edges(loader, text)
    assert found[("Korea Development Bank", "FUNDS", "한누리 AI 펀드")] == 600
    assert ("Korea Development Bank", "INVESTED_IN", "한누리 AI 펀드") not in found
    assert found[("Mirae Asset Capital", "INVESTED_IN", "한누리 AI 펀드")] == 400


def test_listed_lps_of_a_fund_by_kind_of_money(loader):
    text = "'다온 AI 펀드'가 2,000억원 규모로 결성됐다. 주요 LP: 산업은행, 미래에셋캐피탈\n"
    found = edges(loader, text)
    assert ("Korea Development Bank", "FUNDS", "다온 AI 펀드") in found
    assert ("Korea Development Bank", "INVESTED_IN", "다온 AI 펀드") not in found
    assert ("Mirae Asset Capital", "INVESTED_IN", "다온 AI 펀드") in found


def test_payers_with_their_amounts_before_the_fund(loader):
    text = "산업은행이 600억원, 미래에셋캐피탈이 400억원을 '가람 AI 펀드'에 각각 출자했다.\n"
    found = edges(loader, text)
    assert found[("Korea Development Bank", "FUNDS", "가람 AI 펀드")] == 600
    assert found[("Mirae Asset Capital", "INVESTED_IN", "가람 AI 펀드")] == 400


def test_money_without_a_recipient_after_a_causative_launch_funds_the_fund(loader: DocumentLoader,
                                                                             tmp_path: Path):
    text = "과학기술정보통신부는 2026년 3월 '국제 AI 협력 펀드'를 출범시키고 모태펀드 재원 1,000억원을 출자하였다."
    assert ("Ministry of Science and ICT", "FUNDS", "국제 AI 협력 펀드") in facts(loader, tmp_path, text)


def test_a_programme_financed_by_another_is_not_funded_by_its_launcher(loader: DocumentLoader, tmp_path: Path):
    text = ("In Saudi Arabia, the Ministry of Communications and IT announced the Nawa Compute Initiative, "
            "financed by the Public Investment Fund (PIF) with $2.5 billion over five years.")
    found = facts(loader, tmp_path, text)
    assert ("Public Investment Fund", "FUNDS", "Nawa Compute Initiative") in found
    assert not [f for f in found if f[1] == "FUNDS" and f[0] != "Public Investment Fund"]


def test_a_launcher_with_a_sum_still_funds_its_programme(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "The Chilean government launched Andes Compute, a $200 million programme for local start-ups.")
    assert ("Chile government", "FUNDS", "Andes Compute") in found


def test_a_programme_one_acts_through_may_still_be_supported(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "한강인베스트먼트는 '딥테크 성장 프로그램'을 통해 스타트업을 지원했다.")
    assert ("한강인베스트먼트", "FUNDS", "딥테크 성장 프로그램") in found


def test_this_fund_in_the_next_sentence_is_the_passages(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "정부는 'AI 혁신 펀드'를 조성한다. 이 펀드에는 한국산업은행이 출자한다.")
    # a bank's paid-in capital is money for the fund (FUNDS), as news samples annotate it
    assert ("Korea Development Bank", "FUNDS", "AI 혁신 펀드") in found


def test_restricting_investment_through_a_rule_funds_nothing(loader: DocumentLoader, tmp_path: Path):
    text = ("한편 미국 상무부는 2025년부터 시행한 '첨단기술 수출 규칙(Advanced Tech Export Rule)'을 통해 자국 "
            "기업의 중국 AI 기업 투자를 제한하고 있다.")
    assert not any(r == "FUNDS" for _, r, _ in facts(loader, tmp_path, text))


def test_a_region_or_a_headline_word_before_a_country_makes_no_agency(loader, tmp_path):
    got = facts(loader, tmp_path, "Why Ireland's government backed the Quillon Programme. Northern Ireland has a new "
                                  "fund, and Norway's government launched the Kestrel Programme.\n")
    assert ("Ireland government", "LAUNCHED", "Quillon Programme") in got or (
        "Ireland government", "FUNDS", "Quillon Programme") in got
    assert not [f for f in got if f[0].startswith(("Why", "Northern"))]


def test_a_time_topic_is_no_subject_of_support_received(loader, tmp_path):
    text = ("카렌로보틱스, 물류 AI로 시장 공략\n\n카렌로보틱스는 2021년 설립된 물류 자동화 스타트업이다. "
            "올해부터는 정보통신산업진흥원으로부터 연구개발비 10억원을 지원받는다.\n")
    assert ("National IT Industry Promotion Agency", "FUNDS", "카렌로보틱스") in facts(loader, tmp_path, text)


def test_support_provided_under_an_announced_plan_is_funded_and_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "중국은 2030년까지 5천억 위안(약 100조 원)의 특별 산업 지원을 제공해 반도체를 "
                                  "육성하겠다는 계획을 내놓았다.\n")
    assert ("Chinese government", "FUNDS", "5천억 위안의 특별 산업 지원") in got
    assert ("Chinese government", "LAUNCHED", "5천억 위안의 특별 산업 지원") in got


def test_a_budget_drawn_up_is_funding(loader, tmp_path):
    got = facts(loader, tmp_path, "정부는 올해 역대 최대 규모인 12조 원의 우주 예산 편성을 공표하였다.\n")
    assert ("Government of Korea", "FUNDS", "12조 원의 우주 예산") in got
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_no_placeholder_for_a_budget_a_government_secures(loader, tmp_path):
    got = relationships(loader, tmp_path, "정부는 올해 2조 원의 자금을 확보했다.\n")
    assert not any(s == "Unnamed investors" for s, _, _ in got)


def test_money_a_government_puts_into_described_purposes(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "캐나다 정부는 북극 기상 모델을 개선하기 위해 2억 달러를 투입하고, 위성 관측 등 기후 데이터 "
                        "구축에는 5억 달러를 투자하고 있다.\n")
    assert got[("Canadian government", "FUNDS", "북극 기상 모델을 개선")]["amount_usd"] == 200_000_000
    assert got[("Canadian government", "FUNDS", "위성 관측 등 기후 데이터")]["amount_usd"] == 500_000_000


def test_a_firms_own_spending_funds_no_programme(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "국내 반도체 기업 한빛전자(Hanbit Electronics)는 차세대 메모리 생산 설비 구축에 3억 달러를 투자했다.\n")
    assert not any(t == "FUNDS" for _, t, _ in got)


def test_development_a_government_supports(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "캐나다 정부는 농업, 어업 등 1차 산업에 특화된 소형 언어모델(도메인 특화 모델) 개발도 지원하고 있다.\n")
    funded = [o for s, t, o in got if s == "Canadian government" and t == "FUNDS"]
    assert funded == ["소형 언어모델 개발"]


def test_a_firm_supporting_development_funds_no_programme(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "국내 반도체 기업 한빛전자(Hanbit Electronics)는 협력사의 차세대 전력 반도체 개발을 지원하고 있다.\n")
    assert not any(t == "FUNDS" for _, t, _ in got)


FUND = "서울시는 이날 300억원 규모의 '서울 AI 혁신펀드' 결성식을 열었다. "


SEOUL, HANA, NEW_FUND = "Seoul Metropolitan Government", "Hana Bank", "서울 AI 혁신펀드"


def test_respective_amounts_go_one_to_each_backer_in_order(loader, tmp_path):
    # A city's share is public money (FUNDS); a commercial bank's is a limited partner's stake (INVESTED_IN).
    got = relationships(loader, tmp_path, FUND + "서울시와 하나은행이 각각 100억원, 50억원을 보탰다.\n")
    assert got[(SEOUL, "FUNDS", NEW_FUND)]["amount"] == 100
    assert got[(HANA, "INVESTED_IN", NEW_FUND)]["amount"] == 50


def test_one_amount_of_two_backers_without_each_is_no_ones_share(loader, tmp_path):
    got = relationships(loader, tmp_path, FUND + "서울시와 하나은행이 150억원을 보탰다.\n")
    assert "amount" not in got[(HANA, "INVESTED_IN", NEW_FUND)]


def test_a_share_put_into_the_fund_just_set_up_funds_it_when_the_sentence_names_only_that_fund(loader, tmp_path):
    text = ("유럽 집행위원회는 2026년 3월 ‘북해 AI 공동 투자 기구(North Sea AI Co-Investment Facility, 이하 NSAF)’를 "
            "설치하였다. NSAF의 총 규모는 20억 유로로, 유럽투자은행(EIB)이 8억 유로를 출자하고 나머지는 민간 LP가 분담하였다.\n")
    found = relationships(loader, tmp_path, text)
    share = found[("European Investment Bank", "FUNDS", "North Sea AI Co-Investment Facility")]
    assert share["amount"] == 8 and share["currency"] == "EUR"
