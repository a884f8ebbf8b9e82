"""English habits of naming a programme's recipients and a start-up's founders: "A, B and C were
among the recipients, alongside D", and a fronted "Founded in 2023 by former X researcher P and
Y University professor Q, Z builds ...", where X and Y only say where the founders worked.
Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_those_among_the_recipients_and_alongside_them(loader, tmp_path):
    text = ("The Ministry of Harbours on Monday named the winners of its Coastal Compute Grant, a subsidy "
            "scheme it set up last year.\n\n"
            "Brindle Networks, Ostrava Cloud and Pellam Data were among the recipients, alongside Lyon-based "
            "Corvane Labs and Tessel Compute, according to the ministry.\n")
    got = facts(loader, tmp_path, text)
    members = {s for (s, t, o) in got if t == "PARTICIPATES_IN" and o == "Coastal Compute Grant"}
    assert {"Brindle Networks", "Ostrava Cloud", "Pellam Data", "Corvane Labs", "Tessel Compute"} <= members


def test_founders_described_by_their_former_posts(loader, tmp_path):
    text = ("Founded in 2022 by former Hitachi researcher Mara Ellison and Stanford University professor "
            "Daniel Okafor, Quillmark builds document models for insurers.\n")
    got = facts(loader, tmp_path, text)
    assert {("Mara Ellison", "FOUNDED", "Quillmark"), ("Daniel Okafor", "FOUNDED", "Quillmark")} <= got
    assert not any(f[1] == "FOUNDED" and f[2] in ("Stanford University", "Hitachi") for f in got)


def test_a_second_predicate_shares_the_clauses_subject(loader, tmp_path):
    text = ("The Ministry of Harbours set up the Coastal Compute Grant last year.\n\n"
            "Founded in 2022 by former Hitachi researchers Mara Ellison and Daniel Okafor, Quillmark "
            "develops Quill-2, a document model, and was among the startups selected in 2025 under the "
            "Coastal Compute Grant.\n")
    got = facts(loader, tmp_path, text)
    assert ("Quillmark", "PARTICIPATES_IN", "Coastal Compute Grant") in got
    assert ("Hitachi", "PARTICIPATES_IN", "Coastal Compute Grant") not in got
