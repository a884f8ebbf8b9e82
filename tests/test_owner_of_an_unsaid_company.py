"""A note about a company it does not name again, saying whose unit the company is, on invented text."""

from __future__ import annotations

from tests.reading import facts

_HEAD = "참가기업 안내\n\n▶ A-20 | (주)누리봇\n"


def test_run_as_the_owners_subsidiary(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + " - 회사소개: 2025년 LG전자에 인수되어 현재 LG전자 자회사로 운영.\n")
    assert ("누리봇", "SUBSIDIARY_OF", "LG Electronics") in got


def test_a_company_of_the_owners_group(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + " - 회사소개: LG그룹 계열 로봇 전문기업.\n")
    assert ("누리봇", "SUBSIDIARY_OF", "LG Group") in got or ("누리봇", "SUBSIDIARY_OF", "LG") in got


def test_a_clause_with_its_own_subject_says_nothing_of_the_unsaid_company(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + " - 회사소개: 가람랩스는 LG전자 자회사로 운영.\n")
    assert ("누리봇", "SUBSIDIARY_OF", "LG Electronics") not in got
