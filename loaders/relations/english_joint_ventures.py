"""The parents of a joint venture an English sentence names.

A joint venture has two (or more) parents: each founded it, and they are partners.
English says so in a few fixed shapes:

* "A and B formed C, a joint venture that ...", "A and B have set up a joint venture, C":
  the coordinated subject of a verb of forming before the venture's name;
* "C, the joint venture that A and B set up": once the parents are read as founders of C,
  two founders of one venture in a sentence that calls it a joint venture are partners;
* "it will set up C, a joint venture with B", "C, a joint venture of A and B": the names
  after the venture's description are parents too.

"formed" alone is no cue for founding ("formed a partnership", "was formed in 2019"): only
next to the words "joint venture" does it name the parents of a company.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact

JOINT_VENTURE = re.compile(r"\bjoint[- ]venture\b|\bJV\b", re.I)
# " have ", " will jointly ": auxiliaries and adverbs before a verb of forming.
_AUXILIARIES = r"\s+(?:(?:have|has|had|will|jointly|recently)\s+)*"
# "a joint venture", "a new 50/50 JV": the venture described with an article.
_A_VENTURE = r"(?:a|an)\s+(?:new\s+)?(?:[\w/%.-]+\s+){0,3}?(?:joint[- ]venture|JV)"
# " formed ", " have set up a joint venture, ", " will jointly create a new JV, ": the verb
# between the last parent and the venture's name.
_FORMS = re.compile(_AUXILIARIES + r"(?:formed|set up|created|established|launched|founded)\s+"
                    r"(?P<described>" + _A_VENTURE + r",?\s+)?$")
# ", a 50/50 joint venture": the venture described right after its name.
_DESCRIPTION_AFTER = r",\s+(?:a|an|the)\s+(?:new\s+)?(?:[^\s,]+\s+){0,4}?(?:joint[- ]venture|JV)"
#: ", a 50/50 joint venture" right after a name: the name is a joint venture's
DESCRIBED_AFTER = re.compile(_DESCRIPTION_AFTER + r"\b")
# "A and B", "A and Abu Dhabi's B": two coordinated parents (a possessive place may stand
# before the second).
_AND = re.compile(r"\s+and\s+(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?$")
# " formed a joint venture" after the second parent, and ", C" when the venture is named.
_FORMS_A_VENTURE = re.compile(_AUXILIARIES + r"(?:formed|set up|created|established)\s+" + _A_VENTURE + r"\b")
_WITH = re.compile(r"\s+with\s+")
_NAME_FOLLOWS = re.compile(r",?\s+(?:called\s+|named\s+)?[‘'\"“]?[A-Z]")
_POSSESSIVE = re.compile(r"['’]s\s+")
# ", a joint venture with B", ", a JV formed in May with B", ", a joint venture of A and B": the
# parents after the venture's description.
_NAMED_AFTER = re.compile(_DESCRIPTION_AFTER + r"\s+"
                          r"(?:(?:formed|set up|created|established)\s+(?:(?:in|last|this)\s+\w+\s+)?)?"
                          r"(?:with|of|between)\s+$")
#: the actor types a joint venture can be
VENTURES = {"Company", "Startup", "Investor"}


def joint_venture_parents(text: str, mentions: list[Mention], facts: list[Fact], evidence) -> list[Fact]:
    """FOUNDED from each parent to the venture and PARTNERS_WITH between the parents."""
    if not JOINT_VENTURE.search(text):
        return []
    known = {(f.subject.id, f.object.id) for f in facts if f.type == "FOUNDED"}
    founded = [f for f in _formed_by_coordinated_parents(text, mentions, evidence)
               + _parents_named_after(text, mentions, evidence) if (f.subject.id, f.object.id) not in known]
    # the ventures: what the parents read here founded, and a name the sentence calls a joint venture
    ventures = {f.object.id for f in founded} | {m.actor.id for m in mentions if DESCRIBED_AFTER.match(text, m.end)}
    founders: dict[str, list] = {}
    for fact in [*facts, *founded]:
        if fact.type == "FOUNDED" and fact.subject.type in ORGANISATIONS_AND_GOVERNMENT and fact.object.id in ventures:
            parents = founders.setdefault(fact.object.id, [])
            if all(p.subject.id != fact.subject.id for p in parents):
                parents.append(fact)
    ties = [Fact(a.subject, "PARTNERS_WITH", b.subject, {"confidence": 0.7}, a.evidence)
            for parents in founders.values() for i, a in enumerate(parents) for b in parents[i + 1:]]
    return founded + ties + _coordinated_parents_of_an_unnamed_venture(text, mentions, evidence)


def _coordinated_parents_of_an_unnamed_venture(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """"A and B formed a joint venture to run ...", "A formed a joint venture with B": the venture
    has no name to found, but its parents are partners."""
    facts = []
    for first, second in pairwise(mentions):
        if first.actor.type not in ORGANISATIONS_AND_GOVERNMENT or second.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
            continue
        forms = _FORMS_A_VENTURE.match(text, second.end)
        if forms and _AND.fullmatch(text, first.end, second.start) and not _NAME_FOLLOWS.match(text, forms.end()):
            facts.append(Fact(first.actor, "PARTNERS_WITH", second.actor, {"confidence": 0.7},
                              evidence(first.start, forms.end())))
        # "A formed a joint venture with B": the venture's cue reads A as its founder, B as its partner
        forms = _FORMS_A_VENTURE.match(text, first.end)
        if forms and _WITH.fullmatch(text, forms.end(), second.start):
            facts.append(Fact(first.actor, "PARTNERS_WITH", second.actor, {"confidence": 0.7},
                              evidence(first.start, second.end)))
    return facts


def _formed_by_coordinated_parents(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """"A and B formed C, a joint venture": both coordinated subjects found C."""
    facts = []
    for i in range(1, len(mentions)):
        parent, venture = mentions[i - 1], mentions[i]
        verb = _FORMS.fullmatch(text, parent.end, venture.start)
        if not verb or not (verb.group("described") or DESCRIBED_AFTER.match(text, venture.end)):
            continue
        parents = [parent]
        if i >= 2 and _AND.fullmatch(text, mentions[i - 2].end, parent.start):
            parents.insert(0, mentions[i - 2])
        elif (i >= 3 and _POSSESSIVE.fullmatch(text, mentions[i - 2].end, parent.start)
              and _AND.fullmatch(text, mentions[i - 3].end, mentions[i - 2].start)):
            parents.insert(0, mentions[i - 3])  # "A and Abu Dhabi's B": the place is a mention too
        if len(parents) < 2:
            continue  # a lone subject is read by the founding frames already
        facts += [Fact(p.actor, "FOUNDED", venture.actor, {"confidence": 0.7}, evidence(p.start, venture.end))
                  for p in parents if p.actor.type in ORGANISATIONS_AND_GOVERNMENT and p.actor.id != venture.actor.id]
    return facts


def _parents_named_after(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """"C, a joint venture with B", "C, a joint venture of A and B": the names after the
    description are parents of C, so they founded it."""
    facts = []
    for i, (venture, parent) in enumerate(pairwise(mentions)):
        if venture.actor.type not in VENTURES or not _NAMED_AFTER.fullmatch(text, venture.end, parent.start):
            continue
        parents = [parent]
        if i + 2 < len(mentions) and _AND.fullmatch(text, parent.end, mentions[i + 2].start):
            parents.append(mentions[i + 2])
        facts += [Fact(p.actor, "FOUNDED", venture.actor, {"confidence": 0.7}, evidence(venture.start, p.end))
                  for p in parents if p.actor.type in ORGANISATIONS_AND_GOVERNMENT and p.actor.id != venture.actor.id]
    return facts
