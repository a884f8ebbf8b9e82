"""English names the text calls a product ("X, a ... language model", "a foundation model, X",
"a model it calls X") are models, and their makers develop them (DEVELOPS). Each case is an
invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_name_glossed_as_a_model_is_the_model_a_company_trains(loader, tmp_path):
    got = facts(loader, tmp_path, "Velloran Analytics is training \"Sarvak\", a 30-billion-parameter Hindi language "
                                  "model due out next year.\n")
    assert ("Velloran Analytics", "DEVELOPS", "Sarvak") in got


def test_a_model_named_after_its_kind_is_the_developers(loader, tmp_path):
    got = facts(loader, tmp_path, "Torvane Labs, which develops a contract review model called Torvane-Lex, said on "
                                  "Monday it had hired a new chief executive.\n")
    assert ("Torvane Labs", "DEVELOPS", "Torvane-Lex") in got


def test_a_chip_designed_by_a_unit_is_developed_by_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The accelerator, Quorra5, which is designed by Felsic Labs, is now shipping.\n")
    assert ("Felsic Labs", "DEVELOPS", "Quorra5") in got


def test_the_spin_off_behind_a_model_series_develops_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Marrow AI, the university spin-off behind the Tessar series of models, hired forty "
                                  "engineers.\n")
    assert ("Marrow AI", "DEVELOPS", "Tessar") in got or ("Marrow AI", "DEVELOPS", "Tessar series") in got


def test_a_company_glossed_as_a_model_builder_stays_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Ostrava AI, a Prague startup building speech models for call centres, raised "
                                  "$12 million in a round led by Kerlan Ventures.\n")
    assert ("Kerlan Ventures", "INVESTED_IN", "Ostrava AI") in got
    assert not [f for f in got if f[1] == "DEVELOPS" and f[2] == "Ostrava AI"]
