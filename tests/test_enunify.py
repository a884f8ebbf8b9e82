"""English text keeps one programme in view, the passage's (loaders.passage.Passage): a heading
forgets it, and a sentence that names its own target is not about it (each case on an invented
passage).
"""

from __future__ import annotations

from tests.reading import facts

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
