"""Korean habits that drew wrong edges: a cohort item's team, numbered items read as footnotes,
a Latin code cut from a Korean name, a company's role in a programme read as a name, a start-up
platform read as a product, and the raiser of a round read as its lead investor.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.discovery import find_candidates
from loaders.normalise import split_blocks
from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, facts, korean_facts, subjects_and_objects


def test_a_cohort_item_is_its_teams_not_the_last_company_named(loader: DocumentLoader, tmp_path: Path) -> None:
    """"- 4기 B: ... 클로징! C가 리드했고": C backed B, the item's team, not the company before."""
    text = ("우승은 AI 스타트업 가온랩스가 차지했습니다. 가온랩스는 물류 로봇을 만듭니다.\n\n"
            "✔ 졸업팀 소식\n"
            "- 4기 솔바람헬스: 30억원 규모 시리즈A 클로징! 카카오벤처스가 리드했고 스트롱벤처스가 참여했어요.\n")
    got = facts(loader, tmp_path, text)
    assert ("Kakao Ventures", "INVESTED_IN", "솔바람헬스") in got
    assert not any(o == "가온랩스" for _, t, o in got if t == "INVESTED_IN")


def test_numbered_items_are_no_footnotes() -> None:
    """"1) A — ... 3억", "2) B — ...": the second item does not break off the first, which stays
    a block of its own instead of running on into the line after the list."""
    text = ("1) 가온랩스 — 물류 로봇 개발 / 시드 3억\n2) 다솜AI — 음성 비서 개발\n\n"
            "👉 모든 팀이 시드 투자를 받았어요.\n")
    blocks = split_blocks(text)
    assert [b.text for b in blocks][0] == "1) 가온랩스 — 물류 로봇 개발 / 시드 3억"


def test_a_latin_code_ending_a_korean_title_is_no_company(loader: DocumentLoader, tmp_path: Path) -> None:
    """"주력 제품인 '한울칩 K3'", "‘스마트 AX 특별보증’": the code is part of the title."""
    text = ("AI 반도체 스타트업 한울세미는 주력 제품인 '한울칩 K3'를 양산했고, 카카오와 공급 계약을 맺었다. "
            "신용보증기금은 참여 기업에 ‘스마트 AX 특별보증’을 공급한다.")
    assert not {"K3", "AX"} & actor_names(loader, tmp_path, text)


def test_a_latin_code_the_gloss_spells_belongs_to_the_korean_name(loader: DocumentLoader, tmp_path: Path) -> None:
    """"누리파트너스 JP(Nuri Partners JP)": one unit, not a company called "JP"."""
    text = "벤처캐피털 한솔인베스트먼트는 작년에 일본 법인 한솔인베스트먼트 JP(Hansol Investment JP)를 세웠다."
    assert "JP" not in actor_names(loader, tmp_path, text)


def test_a_companys_role_in_a_programme_is_no_name(loader: DocumentLoader) -> None:
    """"대기업 수요기업이 주관하고": the demand-side companies, not a company called 수요기업."""
    got = korean_facts(loader, "선정된 컨소시엄은 대기업 수요기업이 주관하고 AI 스타트업과 대학이 공급기업으로 참여한다.")
    assert not {"수요기업", "공급기업"} & subjects_and_objects(got)


def test_an_open_innovation_platform_is_a_programme(loader: DocumentLoader) -> None:
    """"한빛금융의 오픈이노베이션 플랫폼 '한빛 스타트랩'": a programme the company runs, not a model."""
    text = "올해 3기는 한빛금융의 오픈이노베이션 플랫폼 '한빛 스타트랩'과 공동 운영했습니다."
    assert {m.actor.name: m.actor.type for m in find_candidates(text, [])}.get("한빛 스타트랩") == "Program"
    assert not any(t == "DEVELOPS" for _, t, _ in korean_facts(loader, text))


def test_the_raiser_of_a_round_is_not_its_lead(loader: DocumentLoader) -> None:
    """"A는 B가 최근 마무리한 N 규모 시리즈A 라운드를 주도했다": A led the round B closed."""
    got = korean_facts(loader, "한빛벤처스는 업스테이지가 최근 마무리한 40억원 규모 시리즈A 라운드를 주도했다.")
    assert ("한빛벤처스", "INVESTED_IN", "Upstage") in got
    assert not any(s == "Upstage" and t == "INVESTED_IN" for s, t, _ in got)


def test_an_abbreviation_glossed_inside_a_word_keeps_the_programmes_first_word(loader: DocumentLoader) -> None:
    """"인공지능(AI)·바이오 융합 클러스터": the name is not cut to "융합 클러스터"."""
    got = korean_facts(loader, "전남도가 나주를 거점으로 한 인공지능(AI)·에너지 융합 클러스터 조성에 착수했다.")
    assert "융합 클러스터" not in subjects_and_objects(got)
    assert ("Jeollanam-do", "LAUNCHED", "인공지능(AI)·에너지 융합 클러스터") in got


def test_an_institute_named_by_its_field_keeps_its_owners_name(loader: DocumentLoader) -> None:
    """"카이스트 AI연구소가": the institute is "카이스트 AI연구소", not a bare "AI연구소"."""
    got = korean_facts(loader, "한빛로봇이 실증을 맡고, 카이스트 AI연구소가 공동연구기관으로 'AI 로봇 선도사업'에 참여한다.")
    assert "AI연구소" not in subjects_and_objects(got)
    assert any("카이스트 AI연구소" in (s, o) for s, _, o in got)
