"""English partnerships stated through the deal (loaders/relations/agreement_clauses.py), on invented sentences."""

from __future__ import annotations

from tests.reading import facts, relationships


def partners(loader, tmp_path, text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, r, o in facts(loader, tmp_path, text) if r == "PARTNERS_WITH"}


def test_fronted_deal_with_its_subject_after_the_comma(loader, tmp_path):
    got = partners(loader, tmp_path, "Under a five-year agreement with Halvorsen Systems, Brindle AI will train its "
                                     "models on Halvorsen chips.")
    assert frozenset(("Brindle AI", "Halvorsen Systems")) in got


def test_fronted_deal_whose_subject_is_a_pronoun(loader, tmp_path):
    got = partners(loader, tmp_path, "Corvel Labs makes speech models. Under a supply deal with Ostrander "
                                     "Semiconductor, it will train them on Ostrander chips.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in got


def test_pact_possessive_and_between(loader, tmp_path):
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in partners(
        loader, tmp_path, "Corvel Labs struck a multiyear pact with Ostrander Semiconductor to secure accelerators.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in partners(
        loader, tmp_path, "Corvel Labs's partnership with Ostrander Semiconductor began in 2023.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in partners(
        loader, tmp_path, "The tie-up between Corvel Labs and Ostrander Semiconductor was announced in May.")


def test_relative_with_which_and_agreed_pair(loader, tmp_path):
    got = relationships(loader, tmp_path, "The assistant is installed in cars made by Veltra Motors, with which Corvel "
                                          "Labs signed a five-year supply agreement in 2024.")
    assert got[("Corvel Labs", "PARTNERS_WITH", "Veltra Motors")]["year"] == 2024
    got = partners(loader, tmp_path, "Corvel Labs and Ostrander Semiconductor said on Tuesday they had agreed to "
                                     "build a data centre in Ohio.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in got


def test_the_two_signed_means_the_subject_and_the_name_before_under(loader, tmp_path):
    got = partners(loader, tmp_path, "Corvel Labs, owned by the Tarn Investment Fund, makes speech models and says it "
                                     "now runs on Ostrander Semiconductor hardware under a supply deal the two signed "
                                     "last year.")
    assert frozenset(("Corvel Labs", "Ostrander Semiconductor")) in got
    # "the next version of B": what the deal serves, not its other side
    got = partners(loader, tmp_path, "Veltra Motors will supply chips for the next version of Corvel Labs under a "
                                     "three-year agreement the two companies signed in October.")
    assert frozenset(("Veltra Motors", "Corvel Labs")) not in got


def test_deals_in_talks_weighed_or_to_merge_are_none(loader, tmp_path):
    assert not partners(loader, tmp_path, "Corvel Labs is in talks with Ostrander Semiconductor over a supply agreement.")
    assert not partners(loader, tmp_path, "Corvel Labs is weighing a tie-up between Veltra Motors and Ostrander Semiconductor.")
    assert not partners(loader, tmp_path, "Corvel Labs and Ostrander Semiconductor have agreed to merge.")


def test_a_product_or_a_place_is_no_party(loader, tmp_path):
    assert not partners(loader, tmp_path, "Under a licensing deal with ChatGPT, Corvel Labs will sell to schools.")
    assert not partners(loader, tmp_path, "Corvel Labs makes speech models. Under a licensing deal with Ohio, "
                                          "Corvel Labs will sell to schools.")


def test_the_pair_after_between_are_the_parties_not_the_subject(loader, tmp_path):
    got = partners(loader, tmp_path, "The European Commission approved the tie-up between Veltra Motors and "
                                     "Ostrander Semiconductor.")
    assert got == {frozenset(("Veltra Motors", "Ostrander Semiconductor"))}
