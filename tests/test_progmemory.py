"""A programme stays in view for the rest of its passage: selection, inclusion and participation
worded without a programme of their own are about it (each case on an invented passage).

Reports name a programme or fund once ("'P'를 출범시키고 N원을 배정했다") and then say, in the
following sentences, bullets or rows, who was picked for it ("A와 B가 1차 참여사로 선정됐다",
"첫 공모에서는 C가 선정되어", "선정 기업은 D와 E 등 4개사이며", "F도 수혜 기업 명단에 포함됐다").
"""

from __future__ import annotations

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
