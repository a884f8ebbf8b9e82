"""Where an English list of names ends and a new clause begins (each case on an invented sentence).

", and" (or "; ", ", but", ", while", ", whereas") before a name that is the subject of its own
finite verb opens a new clause: "X backed A, and B formed a partnership with C" lists neither A
with B nor makes X a partner of C. Lists stay lists: "backed by A, B, and C", "A, B and C took
part", "invested in A, B, and C last year".
"""

from __future__ import annotations

from tests.reading import facts


def test_and_before_a_subject_with_its_verb_opens_a_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvane Ventures backed Pellmoor Labs, and Microsoft formed a partnership "
                                  "with Tarsk AI.\n")
    assert ("Corvane Ventures", "INVESTED_IN", "Pellmoor Labs") in got
    assert ("Corvane Ventures", "INVESTED_IN", "Microsoft") not in got
    assert ("Microsoft", "PARTNERS_WITH", "Tarsk AI") in got or ("Tarsk AI", "PARTNERS_WITH", "Microsoft") in got
    assert not {f for f in got if "Corvane Ventures" in (f[0], f[2]) and f[1] == "PARTNERS_WITH"}


def test_but_and_semicolon_open_a_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "Halloway Capital invested in Brisk Robotics; Quenton Labs acquired Nimbel AI.\n")
    assert ("Halloway Capital", "INVESTED_IN", "Brisk Robotics") in got
    assert ("Halloway Capital", "INVESTED_IN", "Quenton Labs") not in got
    assert ("Quenton Labs", "ACQUIRED", "Nimbel AI") in got


def test_backed_by_a_list_with_a_serial_comma_stays_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Ravelin AI raised $40 million in a round backed by Ostrel Capital, Fenmark "
                                  "Partners, and Dovecote Ventures.\n")
    assert {("Ostrel Capital", "INVESTED_IN", "Ravelin AI"), ("Fenmark Partners", "INVESTED_IN", "Ravelin AI"),
            ("Dovecote Ventures", "INVESTED_IN", "Ravelin AI")} <= got


def test_a_subject_list_before_its_verb_stays_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Ostrel Capital, Fenmark Partners and Dovecote Ventures took part in the "
                                  "$40 million round of Ravelin AI.\n")
    assert {("Ostrel Capital", "INVESTED_IN", "Ravelin AI"), ("Fenmark Partners", "INVESTED_IN", "Ravelin AI"),
            ("Dovecote Ventures", "INVESTED_IN", "Ravelin AI")} <= got


def test_an_object_list_with_a_time_after_it_stays_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Ostrel Capital invested in Ravelin AI, Corbel Systems, and Tamsin Robotics "
                                  "last year.\n")
    assert {("Ostrel Capital", "INVESTED_IN", "Ravelin AI"), ("Ostrel Capital", "INVESTED_IN", "Corbel Systems"),
            ("Ostrel Capital", "INVESTED_IN", "Tamsin Robotics")} <= got


def test_a_clause_after_the_list_keeps_its_own_subject_in_a_programme_sentence(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched Rechenwerk Nord, a compute programme for "
                                  "local model builders. The scheme is run by the Ministry of Digital Affairs, and "
                                  "Halvard Telecom supplies capacity from its data centres.\n")
    assert ("Halvard Telecom", "PARTICIPATES_IN", "Rechenwerk Nord") in got
    assert ("Halvard Telecom", "PARTICIPATES_IN", "Ministry of Digital Affairs") not in got


def test_a_place_possessive_after_the_link_still_opens_a_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "Tamber Capital backed Hangzhou's Qirin Robotics, and Chengdu's Marl AI signed a "
                                  "deal with Vorn Labs.\n")
    assert ("Tamber Capital", "INVESTED_IN", "Qirin Robotics") in got
    assert ("Tamber Capital", "INVESTED_IN", "Marl AI") not in got
    assert ("Qirin Robotics", "PARTNERS_WITH", "Vorn Labs") not in got
    assert ("Marl AI", "PARTNERS_WITH", "Vorn Labs") in got or ("Vorn Labs", "PARTNERS_WITH", "Marl AI") in got


def test_a_unit_named_by_its_line_of_business_is_no_subsidiary(loader, tmp_path):
    got = facts(loader, tmp_path, "Its engineers will join Orvane's Enterprise AI unit. Separately, Orvane's Velto "
                                  "Robotics unit opened a lab.\n")
    assert not {f for f in got if f[0] == "Enterprise AI"}
    assert ("Velto Robotics", "SUBSIDIARY_OF", "Orvane") in got
