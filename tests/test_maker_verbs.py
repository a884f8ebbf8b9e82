"""A maker and its product, said with the commonest verbs, each habit on an invented text.

"A makes M, a coding model", "A makes the 'M' warehouse humanoid", "A is building M, an agent":
A develops M. Words this common make a product only when its name is their object right after
them: "a start-up building speech models for the Nordic languages" names no product, and
"A makes M available to its customers" offers M without having made it.
"""

from __future__ import annotations

from tests.reading import facts


def test_makes_a_named_model(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby Robotics makes Tarn-7, an open-weights coding model.\n")
    assert ("Tarnby Robotics", "DEVELOPS", "Tarn-7") in got


def test_makes_a_quoted_product(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby Robotics makes the 'Halden-H' warehouse humanoid.\n")
    assert ("Tarnby Robotics", "DEVELOPS", "Halden-H") in got


def test_is_building_a_named_agent(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby Robotics is building Ledgerfox, an agent that reconciles invoices.\n")
    assert ("Tarnby Robotics", "DEVELOPS", "Ledgerfox") in got


def test_building_models_for_a_market_names_no_product(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvik AI, a start-up building speech models for the Nordic languages, "
                                  "raised $4 million from Oskarvik Partners.\n")
    assert not any(rel == "DEVELOPS" for _, rel, _ in got)


def test_making_a_model_available_is_no_making(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvex Cloud makes Tarn-7 available to its customers.\n")
    assert ("Corvex Cloud", "DEVELOPS", "Tarn-7") not in got
