"""The programme or fund an English passage is about, for the sentences after it that list who was
chosen for it or what it holds without naming it (each case on an invented passage).

English reports name a programme once ("The ministry set up the X Network, a network of ...") and then
say "A and B were named anchor sites", "The first cohort includes C and D", "Grantees: E, F",
"The fund's first investments were G and H".
"""

from __future__ import annotations

from tests.reading import facts


def test_named_sites_of_a_network_a_government_set_up(loader, tmp_path):
    got = facts(loader, tmp_path, "Austria chose a regional route. The Federal Ministry of Culture set up the Alpine "
                                  "Compute Network, a network of regional computing centres, and committed €300 million "
                                  "to it. The Graz Institute of Technology and the Linz Data Centre were named anchor sites.\n")
    assert ("Graz Institute of Technology", "PARTICIPATES_IN", "Alpine Compute Network") in got
    assert ("Linz Data Centre", "PARTICIPATES_IN", "Alpine Compute Network") in got


def test_first_cohort_listed_after_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Bright Founders Programme in March. "
                                  "The first cohort includes Quillon AI and Pedrix Labs.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") in got
    assert ("Pedrix Labs", "PARTICIPATES_IN", "Bright Founders Programme") in got


def test_grantees_after_a_colon(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Kestrel Compute Grant in May.\n\n"
                                  "Grantees: Vorlin Robotics, Tessary AI and Marrow Labs.\n")
    assert {("Vorlin Robotics", "PARTICIPATES_IN", "Kestrel Compute Grant"),
            ("Tessary AI", "PARTICIPATES_IN", "Kestrel Compute Grant"),
            ("Marrow Labs", "PARTICIPATES_IN", "Kestrel Compute Grant")} <= got


def test_quoted_programme_glossed_as_one(loader, tmp_path):
    got = facts(loader, tmp_path, 'The state fund is also bankrolling "Project Salvar", a 2GW national data-centre '
                                  "programme. Orlen Digital and Kappa Grid Systems are named co-developers.\n")
    assert ("Orlen Digital", "PARTICIPATES_IN", "Project Salvar") in got
    assert ("Kappa Grid Systems", "PARTICIPATES_IN", "Project Salvar") in got


def test_a_facility_named_after_at_is_not_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched its Cloud Credit scheme: £80 million letting "
                                  "startups redeem credits on the national Compute Resource at Halvard-AI. "
                                  "Brennic Robotics and Ostra Labs are in the first cohort.\n")
    assert ("Brennic Robotics", "PARTICIPATES_IN", "Cloud Credit scheme") in got
    assert not any(o == "Halvard-AI" for _, r, o in got if r == "PARTICIPATES_IN")


def test_a_funds_first_investments(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmont Capital launched the Harbour AI Fund in 2024. "
                                  "The fund's first investments were Sorrel Robotics and Tamber Health.\n")
    assert ("Harbour AI Fund", "INVESTED_IN", "Sorrel Robotics") in got
    assert ("Harbour AI Fund", "INVESTED_IN", "Tamber Health") in got


def test_a_list_with_its_own_programme_is_left_to_the_frames(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Bright Founders Programme in March. "
                                  "Quillon AI and Pedrix Labs were named anchor sites of the Norrow Grid instead.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") not in got


def test_no_programme_in_view_no_participation(loader, tmp_path):
    got = facts(loader, tmp_path, "Sorrel Robotics had a strong year. Quillon AI and Pedrix Labs were named finalists.\n")
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in got)


def test_a_funds_first_commitment_in_the_sentence_that_launched_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The Brevik Investment Authority launched the Nordfjell Compute Fund in May with $2 "
                                  "billion; its first commitment was a $90 million stake in Ossel Data, a GPU cloud operator.\n")
    assert ("Nordfjell Compute Fund", "INVESTED_IN", "Ossel Data") in got


def test_a_title_named_is_no_role_in_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Affairs launched the Bright Founders Programme in March. "
                                  "Quillon AI was named the most promising startup of the year by a magazine.\n")
    assert ("Quillon AI", "PARTICIPATES_IN", "Bright Founders Programme") not in got
