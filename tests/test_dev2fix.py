"""Habits learnt from a second sample of the seed documents: a product named after its maker."""

from __future__ import annotations

from tests.reading import facts


def test_a_product_named_after_its_maker_is_developed_by_it(loader, tmp_path):
    found = facts(loader, tmp_path, "지난해 텐센트 위안바오의 이용자 수가 크게 늘어 업계의 주목을 받았다.\n")
    assert ("Tencent", "DEVELOPS", "Yuanbao") in found


def test_a_product_without_its_maker_in_the_name_names_no_maker(loader, tmp_path):
    found = facts(loader, tmp_path, "지난해 위안바오의 이용자 수가 크게 늘어 업계의 주목을 받았다.\n")
    assert not any(rel == "DEVELOPS" for _, rel, _ in found)


def test_a_partner_a_body_was_set_up_with_is_among_its_founders(loader, tmp_path):
    found = facts(loader, tmp_path, "핵심 기관은 2021년 카이스트와 협력해 설립된 네이버랩스이며, 로봇 연구를 맡고 있다.\n")
    assert ("KAIST", "FOUNDED", "Naver Labs") in found


def test_a_partner_in_a_plan_made_together_founds_nothing(loader, tmp_path):
    found = facts(loader, tmp_path, "네이버는 카이스트와 협력해 새 연구 과제를 발표했다.\n")
    assert not any(rel == "FOUNDED" for _, rel, _ in found)


def test_a_founder_title_naming_no_company_is_held_in_the_topic_company(loader, tmp_path):
    found = facts(loader, tmp_path, "Sakana AI는 도쿄에 본사를 둔 회사이며, 공동 창업자인 김민준 대표가 "
                                    "투자 유치를 이끌었다.\n")
    assert ("김민준", "FOUNDED", "Sakana AI") in found


def test_a_founder_title_of_a_named_owner_is_not_the_topics(loader, tmp_path):
    found = facts(loader, tmp_path, "Sakana AI는 도쿄에 본사를 둔 회사이며, 업스테이지 공동 창업자인 김민준 대표가 "
                                    "자문을 맡았다.\n")
    assert ("김민준", "FOUNDED", "Sakana AI") not in found
