"""The programme or fund a passage is about stays in view for the sentences after it, in Korean and
English: selection, inclusion, participation and holdings worded without a programme of their own
are about it; a heading or a sentence naming its own target ends it (loaders.passage). Each case is
an invented passage.
"""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader
from tests.reading import facts


def _takes_part(got: set[tuple[str, str, str]], who: str, programme: str) -> bool:
    """True if ``who`` takes part in the programme whose name starts with ``programme`` (a
    discovered name may keep its generic head: "P 계획")."""
    return any(s == who and r == "PARTICIPATES_IN" and o.startswith(programme) for s, r, o in got)


def test_participants_selected_in_the_sentence_after_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "에너지부는 국립연구소 연산 자원을 개방하는 ‘스카이 컴퓨트 허브’ 프로그램을 출범시키고 9억 달러를 배정했다. "
                                  "코랄AI와 보스턴의 신생 기업 미르벡스(Mirvex)가 1차 참여사로 선정됐다.\n")
    assert _takes_part(got, "코랄AI", "스카이 컴퓨트 허브")
    assert _takes_part(got, "미르벡스", "스카이 컴퓨트 허브")


def test_selected_in_a_bullet_under_the_programme(loader, tmp_path):
    text = ("□ 체코 산업부는 2025년 3월 「보헤미아 AI 미션(Bohemia AI Mission)」을 출범시키고 5년간 40억 코루나를 배정함\n"
            "  ○ 2025년 6월 발표된 1차 공모에서는 스타트업 라벤타 AI(Laventa AI)가 첫 번째 개발 기업으로 선정됨\n")
    got = facts(loader, tmp_path, text)
    assert _takes_part(got, "라벤타 AI", "보헤미아 AI 미션")


def test_bare_passive_selection_after_the_programme(loader, tmp_path):
    text = ("⦁ 스페인 정부는 2025년 5월 8억 유로 규모의 ‘칼쿨로 2030’ 계획을 발표함\n"
            "⦁ 첫 공모에서는 마드리드 스타트업 벨로리아(Beloria)와 토렌AI가 선정되어 각각 1억 유로를 지원받았음\n")
    got = facts(loader, tmp_path, text)
    assert _takes_part(got, "벨로리아", "칼쿨로 2030")
    assert _takes_part(got, "토렌AI", "칼쿨로 2030")


def test_an_award_is_no_selection_for_the_programme(loader, tmp_path):
    text = ("정부는 ‘칼쿨로 2030’ 계획을 발표했다. 벨로리아는 올해의 유망 기업으로 선정됐다.\n")
    got = facts(loader, tmp_path, text)
    assert not _takes_part(got, "벨로리아", "칼쿨로 2030")


def test_selected_companies_counted_after_the_list(loader, tmp_path):
    text = ("□ 산업부는 「노르드 AI 미션」을 출범시킴\n"
            "  ○ 2차 공모 선정 기업은 벵갈루루의 카르샤 랩스(Karsha Labs)와 푸네의 베단 AI(Vedan AI) 등 4개사이며, 정부는 바우처를 지원함\n")
    got = facts(loader, tmp_path, text)
    assert _takes_part(got, "카르샤 랩스", "노르드 AI 미션")
    assert _takes_part(got, "베단 AI", "노르드 AI 미션")


def test_selected_for_support_in_a_nominal_bullet(loader, tmp_path):
    text = ("- 로봇 모델 개발 지원사업 '로보넷(RoboNet)' 개시, 3년간 총 300억 엔 지원\n"
            "- 1차 지원 대상으로 오사카 소재 스타트업 미즈치 AI(Mizuchi AI)와 쿠로가네로보틱스 주도 컨소시엄 선정\n")
    got = facts(loader, tmp_path, text)
    assert _takes_part(got, "미즈치 AI", "로보넷")


def test_included_among_the_beneficiaries_a_few_bullets_later(loader, tmp_path):
    text = ("이탈리아 정부가 2025년 가을에 'Pass Potenza IA'라는 프로그램을 새로 내놨어요.\n"
            "- 운영은 공공은행이 맡고, 국립 계산센터가 호라이즌 유럽 연구 장비를 스타트업에 나눠 주는 방식이에요.\n"
            "- 재원은 국가 예산에서 1억 유로가 배정됐고요.\n"
            "- 첫 수혜 기업 8곳 중에 루멘타 랩스(Lumenta Labs)도 포함됐어요.\n")
    got = facts(loader, tmp_path, text)
    assert _takes_part(got, "Lumenta Labs", "Pass Potenza IA") or _takes_part(got, "루멘타 랩스", "Pass Potenza IA")
    # the research equipment a bare programme name qualifies does not take the passage's programme's place
    assert not any(r == "PARTICIPATES_IN" and o in ("Horizon Europe", "호라이즌 유럽") for _, r, o in got)


def test_included_in_the_beneficiary_list_of_the_programme_just_started(loader, tmp_path):
    got = facts(loader, tmp_path, "산업정보화부는 5억 위안 규모의 '연산 쿠폰' 사업을 시작해 GPU 임차료를 보전해 주고 있으며, "
                                  "스타트업 쉬안모즈넝도 수혜 기업 명단에 포함됐다.\n")
    assert _takes_part(got, "쉬안모즈넝", "연산 쿠폰")


def test_a_task_named_in_passing_does_not_take_the_programmes_place(loader, tmp_path):
    text = ("○ 2026년 1월 「하늘 AI 실증사업」을 출범시키고 4년간 총 2,000억 원을 투입하기로 함\n"
            " - 1차년도 예산은 500억 원으로, 국가 GPU 클러스터 임차, 국산 NPU 실증을 하나의 과제로 지원\n"
            " - 미르테크 주관 컨소시엄: 가온비전(Gaon Vision), 한국과학기술원(KAIST) 참여\n")
    got = facts(loader, tmp_path, text)
    assert _takes_part(got, "KAIST", "하늘 AI 실증사업")
    # the first participant is found in its gloss; its Korean spelling opens the list
    assert _takes_part(got, "Gaon Vision", "하늘 AI 실증사업") or _takes_part(got, "가온비전", "하늘 AI 실증사업")


def test_those_chosen_are_paid_by_the_programmes_owner(loader, tmp_path):
    text = ("⦁ 스페인 정부는 2025년 5월 8억 유로 규모의 ‘칼쿨로 2030’ 계획을 발표함\n"
            "⦁ 첫 공모에서는 마드리드 스타트업 벨로리아(Beloria)와 토렌AI가 선정되어 각각 1억 유로를 지원받았음\n")
    got = facts(loader, tmp_path, text)
    assert ("Spanish government", "FUNDS", "벨로리아") in got
    assert ("Spanish government", "FUNDS", "토렌AI") in got


def test_no_owner_pays_when_the_sentence_names_its_payer(loader, tmp_path):
    text = ("⦁ 스페인 정부는 2025년 5월 ‘칼쿨로 2030’ 계획을 발표함\n"
            "⦁ 첫 공모에서는 토렌AI가 선정되어 카탈루냐 자치정부로부터 1억 유로를 지원받았음\n")
    got = facts(loader, tmp_path, text)
    assert ("Spanish government", "FUNDS", "토렌AI") not in got


def test_a_fund_named_as_the_money_source_is_not_the_one_run(loader, tmp_path):
    got = facts(loader, tmp_path, "○ 중소벤처기업부는 2026년 3월 '딥테크 공동투자 펀드'를 출범시키고 모태펀드 재원 1,000억원을 "
                                  "출자하였으며, 운용은 한국벤처투자가 맡음\n")
    assert _takes_part(got, "Korea Venture Investment Corp.", "딥테크 공동투자 펀드")
    assert not _takes_part(got, "Korea Venture Investment Corp.", "Korea Fund of Funds")


def test_a_programmes_management_shared_by_two_agencies(loader, tmp_path):
    got = facts(loader, tmp_path, "정부는 'AI 물류 실증 프로젝트'에 4년간 2천억원을 투입한다. 사업 관리는 정보통신산업진흥원(NIPA)과 "
                                  "한국지능정보사회진흥원(NIA)이 전담기관으로서 나눠 맡는다.\n")
    assert _takes_part(got, "National IT Industry Promotion Agency", "AI 물류 실증 프로젝트")
    assert _takes_part(got, "National Information Society Agency", "AI 물류 실증 프로젝트")


def korean_facts_without_places(loader: DocumentLoader, text: str) -> set[tuple[str, str, str]]:
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    names = {a.id: a.name for a in batch.actors.values()}
    return {(names[r.subject], r.type, names[r.object]) for r in batch.relationships if r.type != "BASED_IN"}


def short_names(loader: DocumentLoader, text: str) -> dict[str, list[str]]:
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    return {a.name: a.aliases for a in batch.actors.values() if a.type == "Program"}


MESH = ("과학기술정보통신부는 '국가 연산 공유망(National Compute Mesh, 이하 NCM)' 사업을 시작한다고 밝혔다.\n\n"
        "네이버클라우드와 KT클라우드는 각각 대전과 광주에 GPU 클러스터를 꾸리고, 연산 자원을 선정 기업에 나눠준다. "
        "참여기관으로는 KAIST와 서울대가 참여한다.\n")


PROJECT_AND_FUND = (
    "과학기술정보통신부는 '국가 연산 공유망(이하 NCM)' 사업을 시작한다고 밝혔다. GPU는 엔비디아가 공급한다. "
    "데이터센터 구축은 삼성SDS와 LG CNS가 나눠 맡는다.\n\n"
    "민간 자본을 끌어들일 펀드도 만들었다. 과기정통부는 500억원 규모의 '연산 공유 펀드'를 결성했다. "
    "펀드는 첫 투자처로 퓨리오사AI를 택했다. 서버 공급은 KT클라우드가 맡는다. 선정 기업은 ▲리벨리온 ▲업스테이지다.\n")


def test_an_unquoted_phrase_named_in_passing_does_not_replace_the_titled_programme(loader):
    found = korean_facts_without_places(loader, MESH)
    assert ("KAIST", "PARTICIPATES_IN", "국가 연산 공유망") in found
    assert ("Seoul National University", "PARTICIPATES_IN", "국가 연산 공유망") in found
    assert not any(o == "GPU 클러스터" for _, _, o in found)


def test_a_short_name_defined_inside_a_spelled_title_before_its_head(loader):
    assert "NCM" in short_names(loader, MESH)["국가 연산 공유망"]


def test_an_unquoted_phrase_made_the_topic_still_becomes_the_programme(loader):
    text = ("과학기술정보통신부는 '국가 연산 공유망' 사업을 시작한다고 밝혔다. 별도의 반도체 설계 지원 센터는 "
            "다른 부처가 맡는다. 참여기관으로는 KAIST와 서울대가 참여한다.\n")
    found = korean_facts_without_places(loader, text)
    assert ("KAIST", "PARTICIPATES_IN", "반도체 설계 지원 센터") in found
    assert ("KAIST", "PARTICIPATES_IN", "국가 연산 공유망") not in found


def test_a_fund_of_funds_paying_in_keeps_the_call_in_focus(loader):
    text = ("중기부는 '2027년 모태펀드 1차 정시 출자사업' 중 로봇 분야 운용사를 선정했다고 밝혔다. 모태펀드는 이 분야에 "
            "총 1,200억 원을 출자한다. 운용사로는 한국투자파트너스와 에이티넘인베스트먼트가 뽑혔다.\n")
    found = korean_facts_without_places(loader, text)
    assert ("Korea Investment Partners", "PARTICIPATES_IN", "2027년 모태펀드 1차 정시 출자사업") in found
    assert ("Atinum Investment", "PARTICIPATES_IN", "2027년 모태펀드 1차 정시 출자사업") in found
    assert ("Korea Investment Partners", "PARTICIPATES_IN", "Korea Fund of Funds") not in found


def test_the_firm_supplying_a_resource_takes_part_in_the_programme(loader):
    found = korean_facts_without_places(loader, PROJECT_AND_FUND)
    assert ("NVIDIA", "PARTICIPATES_IN", "국가 연산 공유망") in found
    assert {("Samsung SDS", "PARTICIPATES_IN", "국가 연산 공유망"), ("LG CNS", "PARTICIPATES_IN", "국가 연산 공유망")} <= found


def test_suppliers_and_members_after_a_fund_are_the_projects(loader):
    found = korean_facts_without_places(loader, PROJECT_AND_FUND)
    assert ("KT Cloud", "PARTICIPATES_IN", "국가 연산 공유망") in found
    assert {("Rebellions", "PARTICIPATES_IN", "국가 연산 공유망"), ("Upstage", "PARTICIPATES_IN", "국가 연산 공유망")} <= found
    assert not any(o == "연산 공유 펀드" for _, t, o in found if t == "PARTICIPATES_IN")


def test_a_supplier_without_a_programme_in_play_takes_part_in_nothing(loader):
    assert korean_facts_without_places(loader, "엔비디아는 올해 매출이 크게 늘었다. GPU는 엔비디아가 공급한다.\n") == set()


_LAUNCH = "The Ministry of Digital Affairs launched the Bright Founders Programme in March."


def test_selected_for_a_named_accelerator_is_not_the_programme_in_view(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_LAUNCH} Quillon AI and Pedrix Labs were selected for the Norrow Accelerator.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") not in got
    assert ("Pedrix Labs", "PARTICIPATES_IN", "Bright Founders Programme") not in got
    assert ("Quillon AI", "PARTICIPATES_IN", "Norrow Accelerator") in got  # an accelerator is a programme


def test_selected_without_a_target_joins_the_programme_in_view(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_LAUNCH} Quillon AI and Pedrix Labs were also selected.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") in got
    assert ("Pedrix Labs", "PARTICIPATES_IN", "Bright Founders Programme") in got


def test_a_heading_forgets_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_LAUNCH}\n\n## Other news\n\n"
                                  "Quillon AI was also selected, receiving €2 million under the programme.\n")
    assert not any(o == "Bright Founders Programme" for s, _, o in got if s == "Quillon AI")
    assert ("Bright Founders Programme", "FUNDS", "Quillon AI") not in got


def test_under_the_programme_in_the_same_passage(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_LAUNCH} Quillon AI was also selected, receiving €2 million under the programme.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") in got
    assert ("Bright Founders Programme", "FUNDS", "Quillon AI") in got


def test_a_programme_named_in_the_sentence_wins(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_LAUNCH} Quillon AI was also selected for the Harbour Compute Programme.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Harbour Compute Programme") in got
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") not in got


def test_selected_for_a_named_target_of_another_kind(loader, tmp_path):
    got = facts(loader, tmp_path, f"{_LAUNCH} Quillon AI and Pedrix Labs were selected for the Tarrow Summit.\n")
    assert not any(r == "PARTICIPATES_IN" and o == "Bright Founders Programme" for _, r, o in got)


def test_named_sites_of_a_network_a_government_set_up(loader, tmp_path):
    got = facts(loader, tmp_path, "Austria chose a regional route. The Federal Ministry of Culture set up the Alpine "
                                  "Compute Network, a network of regional computing centres, and committed €300 million "
                                  "to it. The Graz Institute of Technology and the Linz Data Centre were named anchor sites.\n")
    assert ("Graz Institute of Technology", "PARTICIPATES_IN", "Alpine Compute Network") in got
    assert ("Linz Data Centre", "PARTICIPATES_IN", "Alpine Compute Network") in got


def test_first_cohort_listed_after_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Bright Founders Programme in March. "
                                  "The first cohort includes Quillon AI and Pedrix Labs.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") in got
    assert ("Pedrix Labs", "PARTICIPATES_IN", "Bright Founders Programme") in got


def test_grantees_after_a_colon(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Kestrel Compute Grant in May.\n\n"
                                  "Grantees: Vorlin Robotics, Tessary AI and Marrow Labs.\n")
    assert {("Vorlin Robotics", "PARTICIPATES_IN", "Kestrel Compute Grant"),
            ("Tessary AI", "PARTICIPATES_IN", "Kestrel Compute Grant"),
            ("Marrow Labs", "PARTICIPATES_IN", "Kestrel Compute Grant")} <= got


def test_quoted_programme_glossed_as_one(loader, tmp_path):
    got = facts(loader, tmp_path, 'The state fund is also bankrolling "Project Salvar", a 2GW national data-centre '
                                  "programme. Orlen Digital and Kappa Grid Systems are named co-developers.\n")
    assert ("Orlen Digital", "PARTICIPATES_IN", "Project Salvar") in got
    assert ("Kappa Grid Systems", "PARTICIPATES_IN", "Project Salvar") in got


def test_a_facility_named_after_at_is_not_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched its Cloud Credit scheme: £80 million letting "
                                  "startups redeem credits on the national Compute Resource at Halvard-AI. "
                                  "Brennic Robotics and Ostra Labs are in the first cohort.\n")
    assert ("Brennic Robotics", "PARTICIPATES_IN", "Cloud Credit scheme") in got
    assert not any(o == "Halvard-AI" for _, r, o in got if r == "PARTICIPATES_IN")


def test_a_funds_first_investments(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmont Capital launched the Harbour AI Fund in 2024. "
                                  "The fund's first investments were Sorrel Robotics and Tamber Health.\n")
    assert ("Harbour AI Fund", "INVESTED_IN", "Sorrel Robotics") in got
    assert ("Harbour AI Fund", "INVESTED_IN", "Tamber Health") in got


def test_a_list_with_its_own_programme_is_left_to_the_frames(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Bright Founders Programme in March. "
                                  "Quillon AI and Pedrix Labs were named anchor sites of the Norrow Grid instead.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") not in got


def test_no_programme_in_view_no_participation(loader, tmp_path):
    got = facts(loader, tmp_path, "Sorrel Robotics had a strong year. Quillon AI and Pedrix Labs were named finalists.\n")
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in got)


def test_a_funds_first_commitment_in_the_sentence_that_launched_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The Brevik Investment Authority launched the Nordfjell Compute Fund in May with $2 "
                                  "billion; its first commitment was a $90 million stake in Ossel Data, a GPU cloud operator.\n")
    assert ("Nordfjell Compute Fund", "INVESTED_IN", "Ossel Data") in got


def test_a_title_named_is_no_role_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Bright Founders Programme in March. "
                                  "Quillon AI was named the most promising startup of the year by a magazine.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") not in got
