"""A programme glossed with the grant it pays ("selected for P, which came with a €2M grant"):
the grant's giver, named after "from" or else the programme's owner, funds the member the
sentence takes in. Each case is an invented text.
"""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from tests.reading import english_facts


def _funding(loader, text: str) -> dict[tuple[str, str], float | None]:
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="en"), text)).batch
    return {(batch.actors[r.subject].name, batch.actors[r.object].name): r.props.get("amount")
            for r in batch.relationships if r.type == "FUNDS"}


def test_the_grant_comes_from_the_body_named_after_from(loader):
    got = _funding(loader, "Brindlewick Robotics, a Ghent start-up, was selected for the Lowland Deep Tech Programme "
                           "last year, which came with a €2.5 million grant from the European Innovation Council.\n")
    assert got.get(("European Innovation Council", "Brindlewick Robotics")) is not None  # the grant's sum on the edge


def test_the_grant_of_an_owned_programme_is_its_owners(loader):
    got = english_facts(loader, "Orvane Labs, a Busan maker of inspection drones, has been selected for the Ministry "
                                "of SMEs and Startups' Harbour Growth program, which comes with a ₩400M R&D grant.\n")
    assert ("Ministry of SMEs and Startups", "FUNDS", "Orvane Labs") in got


def test_a_gloss_with_no_money_funds_nobody(loader):
    got = english_facts(loader, "Orvane Labs, a Busan maker of inspection drones, has been selected for the Ministry "
                                "of SMEs and Startups' Harbour Growth program, which comes with mentoring and office space.\n")
    assert not any(f[1] == "FUNDS" and f[2] == "Orvane Labs" for f in got)


def test_a_grant_with_no_member_taken_in_goes_to_nobody(loader):
    got = english_facts(loader, "The Ministry of SMEs and Startups launched the Harbour Growth program in May, "
                                "which comes with a ₩400M R&D grant for each start-up.\n")
    assert not any(f[1] == "FUNDS" and f[2] != "Harbour Growth program" for f in got)
