"""English subjects given only by reference: a second verb after ", and" sharing the first
clause's subject, and "the pair" / "the two companies" for the two organisations the sentence
before related. Each on an invented sentence, with a near miss that must not fire.
"""

from __future__ import annotations

from tests.reading import facts


def partners(got: set, a: str, b: str) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_a_second_verb_after_comma_and_shares_the_first_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "Brindlewood AI runs a lab in Leeds through its British unit, Brindlewood Labs Ltd., "
                                  "and in March signed an agreement with Crestfall Robotics to test its models.\n")
    assert partners(got, "Brindlewood AI", "Crestfall Robotics")
    assert not [f for f in got if f[0] == "Brindlewood Labs Ltd" and f[1] == "PARTNERS_WITH"]


def test_the_shared_subject_is_the_first_clause_subject_not_its_object(loader, tmp_path):
    got = facts(loader, tmp_path, "Quorvex Robotics acquired Talmid Vision, a Leeds imaging start-up, "
                                  "and later signed a partnership with Harlow Dynamics.\n")
    assert partners(got, "Quorvex Robotics", "Harlow Dynamics")
    assert not partners(got, "Talmid Vision", "Harlow Dynamics")


def test_a_clause_with_its_own_subject_after_comma_and_keeps_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Quorvex Robotics opened an office in Oslo, and the deal with Harlow Dynamics "
                                  "was signed in May.\n")
    assert not partners(got, "Quorvex Robotics", "Harlow Dynamics")


def test_the_two_companies_are_the_pair_the_sentence_before_related(loader, tmp_path):
    got = facts(loader, tmp_path, "Orlanta Health said it would buy a 20% stake in Pemberly Robotics for $90 million. "
                                  "The two companies will jointly develop a surgical robot.\n")
    assert partners(got, "Orlanta Health", "Pemberly Robotics")


def test_the_pair_set_up_a_venture_after_a_tie_up(loader, tmp_path):
    got = facts(loader, tmp_path, "Falstead Energy has teamed up with Morrow Grid on a new campus. "
                                  "The pair set up a joint venture, Falmor Power, to run it.\n")
    assert ("Falstead Energy", "FOUNDED", "Falmor Power") in got
    assert ("Morrow Grid", "FOUNDED", "Falmor Power") in got


def test_the_pair_is_nobody_when_the_sentence_before_related_no_two(loader, tmp_path):
    got = facts(loader, tmp_path, "Falstead Energy opened an office in Oslo, near Morrow Grid. "
                                  "The pair set up a joint venture, Falmor Power, to run it.\n")
    assert not [f for f in got if f[2] == "Falmor Power"]


def test_jointly_developing_is_a_partnership_of_its_two_subjects(loader, tmp_path):
    got = facts(loader, tmp_path, "Orlanta Health and Pemberly Robotics will jointly develop a surgical robot.\n")
    assert partners(got, "Orlanta Health", "Pemberly Robotics")
    got = facts(loader, tmp_path, "Orlanta Health will jointly develop a surgical robot.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_a_company_named_after_its_founder_keeps_its_short_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Brakmann Labs was founded in 2023 by Ingrid Brakmann, a former chemist. "
                                  "In July, Brakmann bought Tessor Vision, a lab-automation startup, for an undisclosed sum.\n")
    assert ("Brakmann Labs", "ACQUIRED", "Tessor Vision") in got
    got = facts(loader, tmp_path, "Velda Robotics was founded in 2023 by Ingrid Brakmann, a former chemist. "
                                  "In July, Brakmann bought Tessor Vision, a lab-automation startup, for an undisclosed sum.\n")
    assert not [f for f in got if f[0] == "Brakmann"]


def test_an_investor_opening_a_paragraph_with_its_own_news_is_what_it_means(loader, tmp_path):
    got = facts(loader, tmp_path, "Tessor Vision raised $20 million from Halden Capital in May.\n\n"
                                  "Halden Capital is also tapping public money. It has been selected for the "
                                  "Nordic Compute Programme.\n")
    assert ("Halden Capital", "PARTICIPATES_IN", "Nordic Compute Programme") in got
    assert ("Tessor Vision", "PARTICIPATES_IN", "Nordic Compute Programme") not in got
    got = facts(loader, tmp_path, "Tessor Vision raised $20 million from Halden Capital in May.\n\n"
                                  "Halden Capital also invested. It has been selected for the Nordic Compute Programme.\n")
    assert ("Halden Capital", "PARTICIPATES_IN", "Nordic Compute Programme") not in got
