"""A Korean sentence places an organisation by the country it runs into even when the name is
quoted ("프랑스 'X'"), found by its Latin gloss only ("'노바룬(Novalune)'"), or when a word of the
description reads as a model ("미국 엣지AI 칩 스타트업 'X'"). Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_a_country_before_a_quoted_glossed_name_places_it(loader, tmp_path):
    text = "* 프랑스 '미라벨(Mirabelle)' — 시리즈C 3억달러 유치\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Mirabelle", "BASED_IN", "France") in got


def test_a_model_word_inside_the_description_interrupts_nothing(loader, tmp_path):
    text = "카카오벤처스는 미국 엣지AI 칩 스타트업 '코라노바(Coranova)'에 투자했다.\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Coranova", "BASED_IN", "United States") in got


def test_only_the_first_organisation_is_placed(loader, tmp_path):
    text = "카카오벤처스는 미국 AI 스타트업 '코라노바(Coranova)'와 '벨루나(Veluna)'에 투자했다.\n"
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Veluna", "BASED_IN", "United States") not in got
