"""Korean policy reports read from PDFs: list modifiers, flow and participant tables, fund investors."""

from tests.reading import facts, relationships


def test_a_country_before_a_list_is_said_of_the_first_name_when_another_is_known_from_elsewhere(loader, tmp_path):
    found = facts(loader, tmp_path, "일본의 소프트뱅크, 엔비디아, 삼성전자는 오사카 데이터센터 합작법인에 공동 참여하고 있다.\n",
                  locations=True)
    assert ("SoftBank", "BASED_IN", "Japan") in found
    assert not {f for f in found if f[1] == "BASED_IN" and f[0] in ("NVIDIA", "Samsung Electronics")}


def test_a_country_before_a_list_of_names_from_nowhere_else_describes_them_all(loader, tmp_path):
    found = facts(loader, tmp_path, "프랑스의 루미나 랩스, 벨로르 랩스는 공동 연구 협약을 체결하였다.\n", locations=True)
    assert {f for f in found if f[1] == "BASED_IN"} >= {("루미나 랩스", "BASED_IN", "France"),
                                                       ("벨로르 랩스", "BASED_IN", "France")}


def test_a_caption_saying_where_money_came_from_with_x_bal_makes_each_row_a_destination(loader, tmp_path):
    text = ("표 2-4. 일본발 AI VC 투자의 아시아 주요국 유입(2024년)\n\n(단위: 억 달러, %)\n\n"
            "투자 대상국 투자액 전년 대비\n\n인도 12.5 +30\n\n베트남 3.2 -4\n\n자료: 가상 통계(2025).\n")
    found = facts(loader, tmp_path, text)
    assert {("Japan", "VC_FLOW", "India"), ("Japan", "VC_FLOW", "Vietnam")} <= found
    assert not {f for f in found if f[1] == "VC_FLOW" and f[2] == "Japan"}


def test_a_fund_that_invests_in_a_company_takes_equity(loader, tmp_path):
    text = ("포르투갈 정부는 2024년 3월 3억 유로 규모의 ‘리스본 딥테크 펀드’를 조성하였다. "
            "동 펀드는 첫 투자로 마레아 로보틱스(Marea Robotics)에 1,500만 유로를 투자하였다.\n")
    found = facts(loader, tmp_path, text)
    assert ("리스본 딥테크 펀드", "INVESTED_IN", "마레아 로보틱스") in found
    assert ("리스본 딥테크 펀드", "FUNDS", "마레아 로보틱스") not in found


_PARTICIPANT_TABLE = (
    "스페인 디지털전환부(MTDFP)는 2025년 4월 「ALIA 2028」 프로그램을 출범시켰다. 1단계 참여 기관은 <표 2-1>과 같다.\n\n"
    " 표 2-1. 「ALIA 2028」 1단계 주요 참여 기관\n\n"
    "기관명 소재지 역할 지원액(백만 유로)\n\n"
    "Solenne Robotics 발렌시아 로봇 실증 42\n\n"
    "Corvalia AI 세비야 데이터 구축 17\n\n"
    "카탈루냐계산연구소\n\n"
    "(CCRI) 바르셀로나 공동연구 9\n\n"
    "자료: MTDFP(2025), 저자 재구성.\n")


def test_a_programmes_participant_table_flattened_one_row_a_line_lists_its_members(loader, tmp_path):
    found = facts(loader, tmp_path, _PARTICIPANT_TABLE)
    members = {f[0] for f in found if f[1] == "PARTICIPATES_IN" and "ALIA 2028" in f[2]}
    assert members == {"Solenne Robotics", "Corvalia AI", "카탈루냐계산연구소"}


def test_a_participant_tables_support_column_is_money_from_whoever_launched_the_programme(loader, tmp_path):
    found = relationships(loader, tmp_path, _PARTICIPANT_TABLE)
    funded = {k[2]: v for k, v in found.items() if k[1] == "FUNDS" and k[2] != "ALIA 2028 프로그램"}
    assert set(funded) == {"Solenne Robotics", "Corvalia AI", "카탈루냐계산연구소"}
    assert funded["Solenne Robotics"]["amount"] == 42 and funded["Solenne Robotics"]["currency"] == "EUR"


def test_a_known_programme_quoted_before_what_it_is_takes_the_particle_after_that_word(loader, tmp_path):
    found = facts(loader, tmp_path, "유럽 집행위원회는 2026년 5월 「GenAI4EU」 프로그램을 새로 출범시켰다.\n")
    assert ("European Commission", "LAUNCHED", "GenAI4EU") in found


def test_a_short_name_defined_after_a_glossed_spelling_is_that_names(loader, tmp_path):
    text = ("유럽 집행위원회는 2026년 3월 ‘북해 AI 공동 투자 기구(North Sea AI Co-Investment Facility, 이하 NSAF)’를 "
            "설치하였다. NSAF는 출범 이후 발트 로보틱스(Balt Robotics)에 3,000만 유로를 공동투자하였다.\n")
    found = facts(loader, tmp_path, text)
    assert ("European Commission", "LAUNCHED", "North Sea AI Co-Investment Facility") in found
    assert ("North Sea AI Co-Investment Facility", "INVESTED_IN", "발트 로보틱스") in found
    assert not {f for f in found if "NSAF" in (f[0], f[2])}


def test_a_state_opening_an_inquiry_into_a_companys_conduct_regulates_it(loader, tmp_path):
    text = ("영국 경쟁시장청(CMA)은 2026년 2월 노르디아 클라우드(Nordia Cloud)의 GPU 임대 관행에 대한 조사를 개시하였다.\n\n"
            "영국 경쟁시장청(CMA)은 2026년 4월 GPU 임대 시장에 대한 조사를 개시하였다.\n")
    found = facts(loader, tmp_path, text)
    regulated = {f[2] for f in found if f[1] == "REGULATES"}
    assert regulated == {"노르디아 클라우드"}


def test_the_subject_of_a_relative_clause_before_a_raise_is_not_who_raised(loader, tmp_path):
    text = "한편 루멘 AI(Lumen AI)는 2024년 서울대학교 연구진이 창업한 기업으로, 노르딕 벤처스(Nordic Ventures)로부터 시드 투자를 받았다.\n"
    found = facts(loader, tmp_path, text)
    assert ("노르딕 벤처스", "INVESTED_IN", "루멘 AI") in found


def test_a_share_put_into_the_fund_just_set_up_funds_it_when_the_sentence_names_only_that_fund(loader, tmp_path):
    text = ("유럽 집행위원회는 2026년 3월 ‘북해 AI 공동 투자 기구(North Sea AI Co-Investment Facility, 이하 NSAF)’를 "
            "설치하였다. NSAF의 총 규모는 20억 유로로, 유럽투자은행(EIB)이 8억 유로를 출자하고 나머지는 민간 LP가 분담하였다.\n")
    found = relationships(loader, tmp_path, text)
    share = found[("European Investment Bank", "FUNDS", "North Sea AI Co-Investment Facility")]
    assert share["amount"] == 8 and share["currency"] == "EUR"


def test_a_full_width_line_ending_in_a_bracket_and_a_space_goes_on_in_a_pdf_with_blank_lines(tmp_path):
    from loaders.normalise import split_blocks

    lines = ["제2장 주요국 정책 동향 12", "",
             "2.1 EU의 규제 체계", "",
             "규제 측면에서 위원회는 2025년 8월부터 「데이터법」(Data Act)의 범용 AI(GPAI) ", "",
             "모델 의무를 시행하고 있으며, 데이터 사무국(Data Office)이 이를 감독하고 있다. 아울러 위원회", "",
             "는 2026년 1월 조사를 개시하였다.", "",
             "2.2 미국의 규제 체계(2025) ", "",
             "미국 상무부는 2025년 1월 수출 통제 규정을 개정하였으며, 이에 따라 고성능 반도체의 수출이 제한되", "",
             "었다."]
    texts = [b.text for b in split_blocks("\n".join(lines) + "\n")]
    assert any(t.startswith("규제 측면에서") and "모델 의무를" in t for t in texts)
    assert "2.2 미국의 규제 체계(2025)" in texts  # a heading stops short of the margin


def test_a_programme_named_before_its_investment_plan_is_not_funded_by_the_sentence(loader, tmp_path):
    text = ("유럽 집행위원회는 「GenAI4EU」 투자계획의 AI 부문 2단계로 2025년 5월 10억 유로 규모의 "
            "‘리스본 연산 펀드(Lisbon Compute Fund)’를 조성하였다.\n")
    found = facts(loader, tmp_path, text)
    assert not {f for f in found if f[1] == "FUNDS" and f[2] == "GenAI4EU"}
    assert any(f[1] == "LAUNCHED" and "리스본 연산 펀드" in f[2] for f in found)


def test_a_participant_table_ends_where_running_text_starts_though_no_source_line_closes_it(loader, tmp_path):
    text = _PARTICIPANT_TABLE.replace("자료: MTDFP(2025), 저자 재구성.\n",
                                      "Velmora AI는 현지 통신사와 협력하여 주권형 LLM을\n\n운영하고 있다.\n")
    members = {f[0] for f in facts(loader, tmp_path, text) if f[1] == "PARTICIPATES_IN"}
    assert "카탈루냐계산연구소" in members and not any("Velmora" in m for m in members)
