"""Habits of a social post, a trade-press story, a clipped Korean newsletter and a PDF issue
brief, each on an invented text (not from any document)."""

from __future__ import annotations

from tests.reading import facts

POST = """Mira Sandoval
General Partner at Corbel Ridge Ventures | Seed & climate AI
3d • Edited

Big week for us.

→ Tidewell
Tidewell builds forecasting software for grid operators. We led their $5M seed, with Pinemoor Capital and Ardent VC participating.
Founded by Ilse Varga and Tomas Reyes, both ex-Vattenfall.
They've already signed a pilot with Equinor.

→ Glimmerhold Robotics
Glimmerhold makes grippers for kitchens. We co-led their $9M seed alongside Rookfield Partners.
Noor Haddad started the company in 2023 after years at Boston Dynamics.
Their first model, Glimmerhold Pinch-1, learns in simulation.

I'm grateful to the founders. The founders, Dr. Ada Lund and Ben Crowe, met at MIT.
"""


def test_a_posts_we_is_the_firm_its_headline_names(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert ("Corbel Ridge Ventures", "INVESTED_IN", "Tidewell") in got
    assert ("Corbel Ridge Ventures", "INVESTED_IN", "Glimmerhold") in got or (
        "Corbel Ridge Ventures", "INVESTED_IN", "Glimmerhold Robotics") in got
    # the name above the headline is the person posting, no investor
    assert not any(f[0] == "Mira Sandoval" for f in got)
    # "I'm", "They've": a pronoun and its verb, no name
    assert not any("I'm" in f or "They've" in f for f in got)


def test_co_investors_of_a_round_led_with_their(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert ("Pinemoor Capital", "INVESTED_IN", "Tidewell") in got
    assert ("Ardent VC", "INVESTED_IN", "Tidewell") in got
    assert any(f[0] == "Rookfield Partners" and f[1] == "INVESTED_IN" and f[2].startswith("Glimmerhold") for f in got)


def test_a_founded_by_fragment_with_an_aside_founds_the_company_of_the_paragraph(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert ("Ilse Varga", "FOUNDED", "Tidewell") in got
    assert ("Tomas Reyes", "FOUNDED", "Tidewell") in got


def test_a_person_who_started_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert any(f[0] == "Noor Haddad" and f[1] == "FOUNDED" and f[2].startswith("Glimmerhold") for f in got)


def test_their_first_model(loader, tmp_path):
    got = facts(loader, tmp_path, POST)
    assert any(f[1] == "DEVELOPS" and f[2] == "Glimmerhold Pinch-1" and f[0].startswith("Glimmerhold") for f in got)


NEWSLETTER = """☕ 아침 테크 | 3월 4일

1. 반도체 스타트업 가온칩스, 시리즈A 100억 클로징
AI 칩 만드는 가온칩스가 시리즈A 100억원 마무리. 리드는 한빛벤처스, 누리캐피탈·새솔파트너스가 같이 들어갔고 기존 주주 새봄벤처스도 팔로온함. 2021년 카이스트 출신 박서준 대표가 창업했고, 지금은 저전력 칩 양산 준비 중이라고.
"""


def test_a_clipped_newsletter_sentence_ends_at_a_noun_and_a_full_stop(loader, tmp_path):
    got = facts(loader, tmp_path, NEWSLETTER)
    for investor in ("한빛벤처스", "누리캐피탈", "새솔파트너스", "새봄벤처스"):
        assert (investor, "INVESTED_IN", "가온칩스") in got


def test_an_investor_that_also_comes_in_leaves_the_passage_about_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, NEWSLETTER)
    assert ("박서준", "FOUNDED", "가온칩스") in got
    assert not any(f[1] == "FOUNDED" and f[2] == "새봄벤처스" for f in got)
