"""Joint ventures: each parent founded the venture and the parents are partners, in English
("A and B formed C, a joint venture", "C, the JV that A and B set up", "set up C, a joint
venture with B") and Korean ("B와 합작법인 'C'를 세웠다" with the subject left out). Each case
is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_coordinated_parents_formed_a_named_joint_venture(loader, tmp_path):
    text = "In March Tovarik Group and Samsung formed Brightwell Cloud, a joint venture that will run GPU clusters in Poland.\n"
    got = facts(loader, tmp_path, text)
    assert ("Tovarik Group", "FOUNDED", "Brightwell Cloud") in got
    assert ("Samsung Electronics", "FOUNDED", "Brightwell Cloud") in got
    assert _partners(got, "Tovarik Group", "Samsung Electronics")


def test_formed_names_a_founding_only_next_to_a_joint_venture(loader, tmp_path):
    text = "In March Tovarik Group and Samsung formed Brightwell Cloud to run GPU clusters in Poland.\n"
    got = facts(loader, tmp_path, text)
    assert not any(f[1] == "FOUNDED" and f[2] == "Brightwell Cloud" for f in got)


def test_the_parents_in_a_relative_clause_on_the_venture_are_partners(loader, tmp_path):
    text = "Kestrel Compute, the $2bn joint venture that Mubadala and Orvane Systems set up last year, opened its first site.\n"
    got = facts(loader, tmp_path, text)
    assert ("Mubadala", "FOUNDED", "Kestrel Compute") in got
    assert _partners(got, "Mubadala", "Orvane Systems")


def test_the_partner_after_with_is_the_other_parent(loader, tmp_path):
    text = ("Halvard Industries is expanding into software. The company said it will set up Halvard Lumo AI, "
            "a joint venture with Lumo Robotics, a Boston-based startup.\n")
    got = facts(loader, tmp_path, text)
    assert ("Halvard Industries", "FOUNDED", "Halvard Lumo AI") in got
    assert ("Lumo Robotics", "FOUNDED", "Halvard Lumo AI") in got
    assert _partners(got, "Halvard Industries", "Lumo Robotics")


def test_the_partner_of_a_venture_set_up_with_the_subject_left_out(loader, tmp_path):
    text = ("카카오는 올해 해외 진출에 속도를 낸다.\n"
            "지난달 일본 소프트뱅크와 합작법인 '모아재팬'을 세웠다.\n")
    got = facts(loader, tmp_path, text)
    assert ("SoftBank", "FOUNDED", "모아재팬") in got


def test_the_parents_after_of_found_the_venture(loader, tmp_path):
    text = "Orvane Compute, a joint venture of Mubadala and Samsung Electronics, opened a 40MW hall in Abu Dhabi.\n"
    got = facts(loader, tmp_path, text)
    assert ("Mubadala", "FOUNDED", "Orvane Compute") in got
    assert ("Samsung Electronics", "FOUNDED", "Orvane Compute") in got
    assert _partners(got, "Mubadala", "Samsung Electronics")


def test_the_pair_that_formed_a_joint_venture(loader, tmp_path):
    text = ("Tovarik Group has teamed up with Samsung Electronics on a data centre campus in Poland. "
            "The pair formed a joint venture, Kestrel Grid, in May.\n")
    got = facts(loader, tmp_path, text)
    assert ("Tovarik Group", "FOUNDED", "Kestrel Grid") in got
    assert ("Samsung Electronics", "FOUNDED", "Kestrel Grid") in got


def test_a_joint_venture_with_a_partner_keeps_the_partnership(loader, tmp_path):
    # the "formed a joint venture" cue founds a venture; the partner after "with" is still a partner
    got = facts(loader, tmp_path, "Tovarik Group formed a joint venture with Norvale Energy to build batteries in Ohio.\n")
    assert {("Tovarik Group", "PARTNERS_WITH", "Norvale Energy"), ("Norvale Energy", "PARTNERS_WITH", "Tovarik Group")} & got


def test_founders_of_another_company_in_a_joint_venture_sentence_are_no_partners(loader, tmp_path):
    got = facts(loader, tmp_path, "Tovarik Group and Samsung Electronics co-founded Brightwell Cloud in 2019, and last "
                                  "year it set up a joint venture with Norvale Energy.\n")
    assert not {("Tovarik Group", "PARTNERS_WITH", "Samsung Electronics"),
                ("Samsung Electronics", "PARTNERS_WITH", "Tovarik Group")} & got
