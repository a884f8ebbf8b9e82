"""A full stop that closes an abbreviation ends no clause and no sentence: a title before a name
("Founded in 2020 by Dr. P and Q, the Lima company ..."), "e.g.", "vs.", a legal form or an initial
inside a sentence. One list (loaders.patterns) serves the sentence splitter and the English clause
readers, so "Dr." cannot cut a founding participle, a by-phrase or a list of founders short.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

import pytest

from loaders.normalise import split_blocks
from loaders.pipeline import DocumentLoader
from loaders.sentences import split_sentences
from tests.reading import english_facts


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(split_blocks(text))]


@pytest.mark.parametrize("title", ["Dr.", "Prof.", "Sen.", "Mrs."])
def test_titled_founder_of_a_fronted_participle(loader: DocumentLoader, title: str) -> None:
    got = english_facts(loader, "Quillacta Systems has raised $6 million. Founded in 2020 by "
                                f"{title} Marisol Ccori and Julián Tapia, the Cusco company says its tools sort parcels.")
    assert ("Marisol Ccori", "FOUNDED", "Quillacta Systems") in got
    assert ("Julián Tapia", "FOUNDED", "Quillacta Systems") in got


def test_titles_before_each_founder_of_a_passive(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Veyrano Robotics was founded by Prof. Ilse Marten and Mr. Oskar Brandt in 2019.")
    assert ("Ilse Marten", "FOUNDED", "Veyrano Robotics") in got
    assert ("Oskar Brandt", "FOUNDED", "Veyrano Robotics") in got


@pytest.mark.parametrize("text", [
    "The fund backs robotics, e.g. Tarvell Motion, and sells stakes early.",
    "Its chair, Sen. Ana Quiroga, opened the lab on Friday.",
    "Harlow Co. vs. Brisk Ltd is a case the court heard twice.",
])
def test_abbreviation_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_sentence_still_ends_after_a_legal_form() -> None:
    assert _sentences("The round was led by Harlow Inc. The company did not comment.") == [
        "The round was led by Harlow Inc.", "The company did not comment."]


def test_title_after_a_possessive_founders_word(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Brelvik Analytics raised $4 million this week. Brelvik's two co-founders, "
                                "Ms. Hedda Lund and Arvid Moe, met at a Bergen shipping firm.")
    assert ("Hedda Lund", "FOUNDED", "Brelvik Analytics") in got
