"""Directory entries (exhibitor guides, member directories): a coded heading names the organisation,
the field bullets under it describe it without naming it again, each habit on an invented text."""

from __future__ import annotations

from tests.reading import facts

_ENTRY = """참가기업 안내

▶ K-12 | (주)하늘비전 (Haneul Vision)
 - 전시품목: 딥러닝 검사 솔루션 'SkyCheck 2.0'
 - 회사소개: LG전자와 검사 장비를 공동 개발하여 2025년 출시.
"""


def test_the_fields_under_a_coded_heading_are_its_organisations(loader, tmp_path):
    got = facts(loader, tmp_path, _ENTRY)
    assert ("하늘비전", "DEVELOPS", "SkyCheck 2.0") in got
    assert {("하늘비전", "PARTNERS_WITH", "LG Electronics"), ("LG Electronics", "PARTNERS_WITH", "하늘비전")} & got


def test_an_unknown_name_after_the_code_with_its_country(loader, tmp_path):
    text = "참가기업 안내\n\n▶ D-07 | Brightwave Robotics (영국)\n - 전시품목: 창고용 로봇 'Wave One'\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Brightwave Robotics", "BASED_IN", "United Kingdom") in got
    assert ("Brightwave Robotics", "DEVELOPS", "Wave One") in got
    assert not any(f[0] == "D-07" for f in got)


def test_a_known_model_inside_a_quoted_product_is_not_the_product(loader, tmp_path):
    text = "참가기업 안내\n\n▶ D-08 | (주)가람오토\n - 전시품목: 공정 모듈 'GR Optimus'\n"
    got = facts(loader, tmp_path, text)
    assert ("가람오토", "DEVELOPS", "GR Optimus") in got
    assert not any(f[2] == "Optimus" for f in got)


def test_a_programme_selection_in_note_grammar(loader, tmp_path):
    text = "참가기업 안내\n\n▶ B-30 | 로보누리(주)\n - 회사소개: 2024년 중소벤처기업부 TIPS 선정(R&D 5억원 지원)\n"
    got = facts(loader, tmp_path, text)
    assert ("로보누리", "PARTICIPATES_IN", "TIPS") in got
    assert ("Ministry of SMEs and Startups", "FUNDS", "로보누리") in got
    assert ("로보누리", "LAUNCHED", "TIPS") not in got
    assert ("로보누리", "FUNDS", "TIPS") not in got
