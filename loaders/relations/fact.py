"""The output of every relation extractor, before it becomes a graph relationship."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import Actor, Evidence


@dataclass
class Fact:
    """One extracted relation: subject, type, object, properties and where it was read."""

    subject: Actor
    type: str
    object: Actor
    props: dict = field(default_factory=dict)
    evidence: Evidence | None = None
