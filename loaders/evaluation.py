"""Measure extraction against hand-extracted gold facts (``aigraph eval GOLD.jsonl``).

Gold format: one JSON object per line with ``doc`` (file name), ``line``, ``quote``,
``subject``/``object`` (``name``, ``ko``, ``zh``, ``type``, ``country``), ``relation``,
``attrs`` and ``certainty`` (``explicit`` or ``implied``).

An extracted relationship matches a gold fact when the relation type is the same, the
document is among its sources, and both endpoints match by name or alias (Korean, English,
Chinese; case, spaces and punctuation ignored). ``PARTNERS_WITH`` matches either way round.
A gold name is also tried without a gloss in brackets, without a trailing word for the kind of
thing ("DAPT 모델" is DAPT), and with a bracketed country as registries write it ("Ministry of
Defence (Japan)" is the "Ministry of Defence of Japan").
Gold endpoints named "... (unnamed)" are placeholders and are not scored.

The gold is a sample: an extracted edge it lacks may be a true fact. A file of hand verdicts on
such edges (``--judged``; gold records with ``judged``: ``true`` or ``wrong`` and a ``reason``) is
matched to the unmatched edges by the same rule, giving a precision that counts the edges judged
true, lists the edges judged wrong that are still produced, and lists the unjudged ones to judge.

A country acting as a state ("China launched X", "영국은 ... 행동계획을 통해") is its national
government: the graph records such acts under the government ("Chinese government"), and a
gold fact naming the country matches them, for every core type but ``VC_FLOW``, where a
country is a territory money flows between. Ministries and agencies stay distinct.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from graph.schema import CORE_REL_TYPES, REL_TYPES

#: Relation types whose country endpoint is the state acting (not VC_FLOW: territory).
STATE_ACTS = frozenset(CORE_REL_TYPES) - {"VC_FLOW"}
_NORM_DROP = re.compile(r"[\s\-_.,'’·()（）&]+")
_PLACEHOLDER = re.compile(r"\(unnamed\)", re.I)
# "DAPT 모델", "Kestrel model": the word for the kind of thing after a model's name is no part of it.
_CLASS_WORD = re.compile(r"(?<=\S)\s+(?:모델|[Mm]odel)$")
# "Ministry of Defence (Japan)": a country in brackets telling which state's body is meant.
_BRACKETED = re.compile(r"^(?P<body>.+?)\s*\((?P<country>[^()]+)\)$")


def norm(name: str | None) -> str:
    """Name key for matching: NFKC, lower case, no spaces or punctuation."""
    if not name:
        return ""
    return _NORM_DROP.sub("", unicodedata.normalize("NFKC", name).lower())


@dataclass
class Edge:
    """An extracted relationship in the form evaluation needs."""

    subject_keys: frozenset[str]
    type: str
    object_keys: frozenset[str]
    sources: frozenset[str]  # document file names
    props: dict
    label: str


@dataclass
class GoldFact:
    line: int
    doc: str
    relation: str
    subject: dict
    object: dict
    attrs: dict
    certainty: str
    quote: str
    judged: str = ""  # a hand verdict on an edge the gold lacks: "true" or "wrong"
    reason: str = ""

    @property
    def placeholder(self) -> bool:
        return bool(_PLACEHOLDER.search(self.subject.get("name") or "") or
                    _PLACEHOLDER.search(self.object.get("name") or ""))

    def keys(self, end: dict, resolve) -> frozenset[str]:
        given = [end.get(key) for key in ("name", "ko", "zh") if end.get(key)]
        # A gloss in brackets ("글로벌 AI 3대 강국(AI G3)") is no part of the name, in any language.
        names = given + [re.sub(r"\s*\(.*?\)\s*", " ", name).strip() for name in given]
        names += [q for n in given if (q := _country_qualified(n, resolve))]
        names += [_CLASS_WORD.sub("", n) for n in names if n]
        keys = {norm(n) for n in names if n}
        keys |= {k for n in names if n for k in resolve(n)}
        return frozenset(k for k in keys if k)


def _country_qualified(name: str, resolve) -> str | None:
    """"Office of the President (Korea)" written as registries write it, "Office of the President
    of Korea"; None unless the bracket holds a country's name."""
    m = _BRACKETED.match(name)
    if m is None or not any(k.startswith("state:") for k in resolve(m.group("country"))):
        return None
    return f"{m.group('body')} of {m.group('country')}"


@dataclass
class TypeScore:
    explicit: int = 0
    explicit_found: int = 0
    implied: int = 0
    implied_found: int = 0
    extracted: int = 0
    extracted_matched: int = 0


@dataclass
class EvalResult:
    """Recall per relation type, precision over the core types, amount accuracy, and the lists."""

    per_type: dict[str, TypeScore] = field(default_factory=dict)
    missed: list[GoldFact] = field(default_factory=list)
    unmatched: list[Edge] = field(default_factory=list)
    amounts_checked: int = 0
    amounts_right: int = 0
    amount_errors: list[str] = field(default_factory=list)
    verdicts_given: bool = False
    judged_true: list[Edge] = field(default_factory=list)
    judged_wrong: list[tuple[Edge, GoldFact]] = field(default_factory=list)
    unjudged: list[Edge] = field(default_factory=list)

    def recall(self, types=CORE_REL_TYPES, certainty: str = "explicit") -> float:
        total = found = 0
        for t in types:
            s = self.per_type.get(t, TypeScore())
            total += s.explicit if certainty == "explicit" else s.implied
            found += s.explicit_found if certainty == "explicit" else s.implied_found
        return found / total if total else 1.0

    def precision(self, types=CORE_REL_TYPES) -> float:
        extracted, matched = self._extracted_and_matched(types)
        return matched / extracted if extracted else 1.0

    def judged_precision(self) -> float:
        """Core precision counting the unmatched edges judged true by hand as right; an unjudged
        edge counts as wrong until someone judges it."""
        extracted, matched = self._extracted_and_matched(CORE_REL_TYPES)
        return (matched + len(self.judged_true)) / extracted if extracted else 1.0

    def _extracted_and_matched(self, types) -> tuple[int, int]:
        scores = [self.per_type.get(t, TypeScore()) for t in types]
        return sum(s.extracted for s in scores), sum(s.extracted_matched for s in scores)

    @property
    def amount_accuracy(self) -> float:
        return self.amounts_right / self.amounts_checked if self.amounts_checked else 1.0

    def format(self, show_lists: bool = True, limit: int | None = None) -> str:
        """A plain-text report of the scores and, optionally, the missed and unmatched facts
        (at most ``limit`` of each list, saying how many were left out)."""
        rows = ["relation          explicit  recall   implied  recall   extracted  precision"]
        for t in sorted(self.per_type):
            s = self.per_type[t]
            rec = f"{s.explicit_found / s.explicit:.3f}" if s.explicit else "  -  "
            irec = f"{s.implied_found / s.implied:.3f}" if s.implied else "  -  "
            prec = f"{s.extracted_matched / s.extracted:.3f}" if s.extracted else "  -  "
            core = "" if t in CORE_REL_TYPES else " (not core)"
            rows.append(f"{t:<17} {s.explicit:>8}  {rec:>6}  {s.implied:>8}  {irec:>6}  {s.extracted:>9}  {prec:>9}{core}")
        rows += [
            "",
            f"recall, explicit core facts: {self.recall():.3f}",
            f"recall, implied core facts:  {self.recall(certainty='implied'):.3f}",
            f"precision, core types:       {self.precision():.3f}",
            f"amounts within 2%:           {self.amount_accuracy:.3f} ({self.amounts_right}/{self.amounts_checked})",
        ]
        if self.verdicts_given:
            rows.append(f"precision with hand-judged edges: {self.judged_precision():.3f} ({len(self.judged_true)} judged "
                        f"true, {len(self.judged_wrong)} judged wrong, {len(self.unjudged)} unjudged counted wrong)")
        if show_lists:
            missed = [m for m in self.missed if m.certainty == "explicit" and m.relation in CORE_REL_TYPES]
            rows += ["", f"missed explicit core facts ({len(missed)}):"]
            rows += _capped([f"  {m.doc}:{m.line} {m.subject.get('name')} -{m.relation}-> {m.object.get('name')}"
                             f"  | {m.quote[:90]}" for m in missed], limit)
            if self.verdicts_given:
                rows += ["", f"edges judged wrong, still extracted ({len(self.judged_wrong)}):"]
                rows += _capped([f"  {e.label}\n    wrong: {v.reason}" for e, v in self.judged_wrong], limit)
                rows += ["", f"unjudged edges matching no gold fact, to judge ({len(self.unjudged)}):"]
                rows += _capped([f"  {e.label}" for e in self.unjudged], limit)
            else:
                rows += ["", f"extracted core facts matching no gold fact ({len(self.unmatched)}):"]
                rows += _capped([f"  {e.label}" for e in self.unmatched], limit)
            if self.amount_errors:
                rows += ["", "amount mismatches:"] + _capped([f"  {a}" for a in self.amount_errors], limit)
        return "\n".join(rows)


def _capped(rows: list[str], limit: int | None) -> list[str]:
    if limit is None or len(rows) <= limit:
        return rows
    return rows[:limit] + [f"  ... and {len(rows) - limit} more"]


def read_gold(path: str | Path) -> list[GoldFact]:
    """Gold facts from a JSONL file; a malformed line raises ``ValueError`` with its number."""
    facts = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                facts.append(GoldFact(int(raw["line"]), raw["doc"], raw["relation"], raw["subject"],
                                      raw["object"], raw.get("attrs") or {}, raw.get("certainty", "explicit"),
                                      raw.get("quote", ""), raw.get("judged", ""), raw.get("reason", "")))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: not a gold fact ({exc})") from exc
    return facts


def read_verdicts(path: str | Path) -> list[GoldFact]:
    """Hand verdicts from a JSONL file of gold records each with ``judged``: ``true`` or ``wrong``;
    any other value raises ``ValueError``, since a misspelt verdict would silently count as wrong."""
    verdicts = read_gold(path)
    for v in verdicts:
        if v.judged not in ("true", "wrong"):
            raise ValueError(f"{path}: {v.doc}:{v.line} {v.subject.get('name')} -{v.relation}-> "
                             f"{v.object.get('name')}: judged must be \"true\" or \"wrong\", not {v.judged!r}")
    return verdicts


def edges_from_graph(g: nx.MultiDiGraph, doc_names: dict[str, str],
                     national_governments: dict[str, str] | None = None) -> list[Edge]:
    """Edges of a graph read from a store; ``doc_names`` maps document id to file name and
    ``national_governments`` the id of each country's national government to its country code."""
    edges = []
    states = national_governments or {}
    for u, v, data in g.edges(data=True):
        if data.get("type") not in REL_TYPES:
            continue
        su, sv = g.nodes[u], g.nodes[v]
        sources = frozenset(doc_names.get(s, s) for s in data.get("sources") or [])
        evidence = (data.get("evidence") or [""])[0]
        label = f"{su.get('name')} -{data['type']}-> {sv.get('name')}  | {evidence[:110]}"
        acts = data["type"] in STATE_ACTS
        edges.append(Edge(actor_keys(u, su, states, acts), data["type"], actor_keys(v, sv, states, acts), sources,
                          dict(data), label))
    return edges


def actor_keys(node_id: str, node: dict, states: dict[str, str], acts: bool) -> frozenset[str]:
    """The keys an edge's end matches by: the node's id and every name of it, and where the edge is
    a state's act (``acts``) the :func:`state_key` of a country or its national government (``states``,
    their ids to country codes)."""
    names = [node.get("name"), node.get("name_ko"), node.get("name_zh"), *(node.get("aliases") or [])]
    keys = {node_id} | {norm(n) for n in names if n}
    state = states.get(node_id) or (node.get("country") if node.get("type") == "Country" else None)
    if acts and state:
        keys.add(state_key(state))
    return frozenset(keys)


def state_key(country: str) -> str:
    """A key shared by a country and its national government where the country acts as a state."""
    return f"state:{country}"


def evaluate(gold: list[GoldFact], edges: list[Edge], resolve=lambda name: (),
             verdicts: list[GoldFact] | None = None) -> EvalResult:
    """Score ``edges`` against ``gold``; ``resolve(name)`` gives extra keys (gazetteer ids, and
    :func:`state_key` for a country's name); ``verdicts``, hand verdicts on edges the gold lacks,
    sort the unmatched edges (see :func:`_sort_by_verdict`)."""
    result = EvalResult()
    docs = {f.doc for f in gold}
    index: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for e in edges:
        for d in e.sources & docs:
            index[(d, e.type)].append(e)
    matched_edges: set[int] = set()
    for fact in gold:
        if fact.placeholder:
            continue
        score = result.per_type.setdefault(fact.relation, TypeScore())
        explicit = fact.certainty == "explicit"
        if explicit:
            score.explicit += 1
        else:
            score.implied += 1
        sk, ok = fact.keys(fact.subject, resolve), fact.keys(fact.object, resolve)
        hits = [e for e in index.get((fact.doc, fact.relation), []) if _ends_match(e, sk, ok)]
        if hits:
            if explicit:
                score.explicit_found += 1
            else:
                score.implied_found += 1
            matched_edges.update(id(e) for e in hits)
            gold_usd = fact.attrs.get("amount_usd")
            if isinstance(gold_usd, int | float) and gold_usd > 0:
                result.amounts_checked += 1
                ours = [e.props.get("amount_usd") for e in hits if e.props.get("amount_usd")]
                if any(abs(x - gold_usd) <= 0.02 * gold_usd for x in ours):
                    result.amounts_right += 1
                else:
                    result.amount_errors.append(f"{fact.doc}:{fact.line} {fact.subject.get('name')} -> "
                                                f"{fact.object.get('name')}: gold {gold_usd:,.0f}, extracted {ours}")
        else:
            result.missed.append(fact)
    for e in edges:
        if not e.sources & docs or e.type not in CORE_REL_TYPES:
            continue
        score = result.per_type.setdefault(e.type, TypeScore())
        score.extracted += 1
        if id(e) in matched_edges:
            score.extracted_matched += 1
        else:
            result.unmatched.append(e)
    if verdicts is not None:
        _sort_by_verdict(result, verdicts, resolve)
    return result


def _sort_by_verdict(result: EvalResult, verdicts: list[GoldFact], resolve) -> None:
    """Split the unmatched edges into judged true, judged wrong and unjudged (see :func:`judge`)."""
    result.verdicts_given = True
    result.judged_true, result.judged_wrong, result.unjudged = judge(result.unmatched, verdicts, resolve)


def judge(edges: list[Edge], verdicts: list[GoldFact], resolve=lambda name: ()
          ) -> tuple[list[Edge], list[tuple[Edge, GoldFact]], list[Edge]]:
    """``edges`` split into judged true, judged wrong (with the verdict) and unjudged, matching a
    verdict as a gold fact is matched. Lines are not compared, so a verdict holds for the edge in the
    whole document: one statement judged true makes the edge true even if another was judged wrong.
    The generalisation test judges its unexpected edges with it too."""
    judged_true, judged_wrong, unjudged = [], [], []
    keyed = _keyed(verdicts, resolve)
    for e in edges:
        hits = [v for v, sk, ok in keyed if _answers(v, sk, ok, e)]
        if any(v.judged == "true" for v in hits):
            judged_true.append(e)
        elif hits:
            judged_wrong.append((e, hits[0]))
        else:
            unjudged.append(e)
    return judged_true, judged_wrong, unjudged


def unused_verdicts(edges: list[Edge], verdicts: list[GoldFact], resolve=lambda name: ()) -> list[GoldFact]:
    """The verdicts that answer none of ``edges`` (matched as :func:`judge` matches them): left
    behind when the edge they judged is no longer extracted, or now matches an expected fact. The
    generalisation test keeps none, so its file of verdicts says what the extractor does now."""
    return [v for v, sk, ok in _keyed(verdicts, resolve) if not any(_answers(v, sk, ok, e) for e in edges)]


def _keyed(verdicts: list[GoldFact], resolve) -> list[tuple[GoldFact, frozenset[str], frozenset[str]]]:
    return [(v, v.keys(v.subject, resolve), v.keys(v.object, resolve)) for v in verdicts]


def _answers(v: GoldFact, sk: frozenset[str], ok: frozenset[str], e: Edge) -> bool:
    return v.relation == e.type and v.doc in e.sources and _ends_match(e, sk, ok)


def _ends_match(e: Edge, sk: frozenset[str], ok: frozenset[str]) -> bool:
    forward = bool(e.subject_keys & sk) and bool(e.object_keys & ok)
    if forward or e.type != "PARTNERS_WITH":
        return forward
    return bool(e.subject_keys & ok) and bool(e.object_keys & sk)


def score_graph(gold: list[GoldFact], graph: nx.MultiDiGraph, doc_names: dict[str, str], gazetteer,
                verdicts: list[GoldFact] | None = None) -> EvalResult:
    """Score a graph read from a store against ``gold`` (and ``verdicts``, hand verdicts on edges
    the gold lacks), endpoints also matched through the gazetteer's ids, and a country's name
    through its national government (see the module's docstring)."""
    from loaders.pipeline import Resolver  # the pipeline imports much; only scoring needs it

    return evaluate(gold, edges_from_graph(graph, doc_names, Resolver(gazetteer).national_governments()),
                    gazetteer_resolver(gazetteer), verdicts)


def gazetteer_resolver(gazetteer) -> Callable[[str], tuple[str, ...]]:
    """The ``resolve`` of :func:`evaluate` and :func:`judge` that gives a gold name's gazetteer id,
    and for a country's name its :func:`state_key` too."""
    def resolve(name: str) -> tuple[str, ...]:
        entry = gazetteer.lookup(name)
        if entry is None:
            return ()
        return (entry.id, state_key(entry.country)) if entry.type == "Country" and entry.country else (entry.id,)

    return resolve
