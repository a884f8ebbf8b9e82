"""The output of every relation extractor, before it becomes a graph relationship."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import Actor, Evidence, slugify


@dataclass
class Fact:
    """One extracted relation: subject, type, object, properties and where it was read."""

    subject: Actor
    type: str
    object: Actor
    props: dict = field(default_factory=dict)
    evidence: Evidence | None = None


def discovered_programme(name: str, country: str | None = None, aliases: list[str] | None = None,
                         scoped_to: Actor | None = None) -> Actor:
    """A programme, policy or fund the text names or describes and the gazetteer lacks. One
    known only by a description ("35조 원의 R&D 예산") is ``scoped_to`` whoever sets it up, so
    that two documents' descriptions never merge into one node; a title is the same programme
    wherever it is named."""
    key = f"{scoped_to.id} {name}" if scoped_to is not None else name
    return Actor(id=slugify(key), name=name, type="Program", discovered=True, country=country,
                 aliases=list(aliases or []))


def sentence_evidence(doc_id: str, line_at, text: str) -> Evidence:
    """The whole sentence as a fact's evidence, on the line the sentence starts on: a quote is
    found from its line on, so the line of a name further in would point past the quote's start
    when the sentence wraps."""
    return Evidence(doc_id, line_at(0), " ".join(text.split())[:220])
