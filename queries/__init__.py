"""Named Cypher queries that answer the analysts' questions, on either store.

Each query is a ``.cypher`` file in this folder whose leading ``//`` comment names it,
says what it answers and declares its parameters::

    // name: who-invested-in
    // description: Who invested in an actor ...
    //   (an indented comment line continues the field above it)
    // param: actor (string, required) — actor name, id or alias
    // param: limit (int, default 100, range 1..10000) — at most this many rows
    // param: by (string, default amount, choices amount|deals)
    // example: aigraph query who-invested-in --param actor="Moonshot AI"

Parameter types are ``string``, ``int``, ``float``, ``bool`` and ``list`` (of strings,
comma-separated on the command line); ``default null`` makes a parameter optional with no
value. Values always reach Cypher as parameters, and queries run read-only.

>>> from graph.store import open_store                          # doctest: +SKIP
>>> with open_store() as store:                                 # doctest: +SKIP
...     run_query(store, "top-investors", {"limit": "10"}).to_dataframe()
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.store.base import GraphStore, QueryResult

PARAM_TYPES = ("string", "int", "float", "bool", "list")
_FIELD = re.compile(r"^//\s?(name|description|param|example):\s*(.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*\((?P<spec>[^)]*)\)\s*(?:(?:—|--|-|:)\s*(?P<help>.*))?$")
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}


@dataclass(frozen=True)
class QueryParam:
    """One declared parameter of a named query."""

    name: str
    type: str = "string"
    required: bool = False
    default: Any = None
    description: str = ""
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def coerce(self, value: Any) -> Any:
        """``value`` (often a string from the command line) as this parameter's type, checked."""
        if value is None:
            return None
        try:
            out = _COERCE[self.type](value)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"parameter {self.name!r} expects {self.type}, got {value!r}") from exc
        if self.choices and out not in self.choices:
            raise ValueError(f"parameter {self.name!r} must be one of {', '.join(self.choices)}; got {out!r}")
        if self.minimum is not None and out < self.minimum:
            raise ValueError(f"parameter {self.name!r} must be at least {_num(self.minimum)}; got {out}")
        if self.maximum is not None and out > self.maximum:
            raise ValueError(f"parameter {self.name!r} must be at most {_num(self.maximum)}; got {out}")
        return out

    def describe(self) -> str:
        """One line for ``aigraph query --list``: ``limit (int, default 25) — ...``."""
        bits = [self.type, "required" if self.required else f"default {_show(self.default)}"]
        if self.choices:
            bits.append("one of " + "|".join(self.choices))
        if self.minimum is not None or self.maximum is not None:
            bits.append(f"{_num(self.minimum) if self.minimum is not None else ''}.."
                        f"{_num(self.maximum) if self.maximum is not None else ''}")
        text = f"{self.name} ({', '.join(bits)})"
        return f"{text} — {self.description}" if self.description else text


@dataclass(frozen=True)
class NamedQuery:
    """A ``.cypher`` file: its name, what it answers, its parameters and its text."""

    name: str
    description: str
    params: tuple[QueryParam, ...]
    text: str
    path: str
    examples: tuple[str, ...] = field(default=())

    def bind(self, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Every declared parameter with a typed value: given ones coerced, others defaulted.

        Raises ``ValueError`` for an unknown parameter or a missing required one.
        """
        given = dict(params or {})
        declared = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(declared))
        if unknown:
            raise ValueError(
                f"query {self.name!r} has no parameter {', '.join(map(repr, unknown))}; "
                f"its parameters: {self.signature()}"
            )
        bound: dict[str, Any] = {}
        for p in self.params:
            if given.get(p.name) is not None:
                bound[p.name] = p.coerce(given[p.name])
            elif p.required:
                raise ValueError(
                    f"query {self.name!r} needs parameter {p.name!r} ({p.describe()}); "
                    f"e.g. --param {p.name}=VALUE"
                )
            else:
                bound[p.name] = p.default
        return bound

    def signature(self) -> str:
        """``actor (string, required), limit (int, default 100)`` or ``none``."""
        return ", ".join(p.describe().split(" — ")[0] for p in self.params) or "none"


def parse_query(text: str, path: str = "<string>") -> NamedQuery:
    """Read a named query's header comment (see the module docstring) and keep its text."""
    fields: dict[str, list[str]] = {"name": [], "description": [], "param": [], "example": []}
    last: list[str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break
        match = _FIELD.match(stripped)
        if match:
            key, value = match.groups()
            fields[key].append(value.strip())
            last = fields[key]
        elif last is not None:
            # An indented comment line continues the field above it.
            last[-1] = f"{last[-1]} {stripped.lstrip('/').strip()}".strip()
    if not fields["name"]:
        raise ValueError(f"{path}: the header has no '// name: ...' line")
    params = tuple(_parse_param(spec, path) for spec in fields["param"])
    return NamedQuery(
        name=fields["name"][0], description=" ".join(fields["description"]), params=params,
        text=text, path=path, examples=tuple(fields["example"]),
    )


@cache
def _load_all() -> dict[str, NamedQuery]:
    out: dict[str, NamedQuery] = {}
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            query = parse_query(entry.read_text(encoding="utf-8"), path=entry.name)
            if query.name in out:
                raise ValueError(f"two queries are named {query.name!r}: {out[query.name].path} and {entry.name}")
            out[query.name] = query
    return out


def list_queries() -> list[NamedQuery]:
    """Every named query shipped in ``queries/``, sorted by name."""
    return list(_load_all().values())


def get_query(name: str) -> NamedQuery:
    """The named query ``name``; ``ValueError`` listing the names that exist if there is none."""
    queries = _load_all()
    if name not in queries:
        raise ValueError(f"no query named {name!r}; the queries are: {', '.join(queries)}")
    return queries[name]


def run_query(store: GraphStore, name: str, params: dict[str, Any] | None = None) -> QueryResult:
    """Run the named query ``name`` read-only on ``store``.

    ``params`` may hold strings (``{"limit": "10"}`` from ``--param limit=10``) or typed
    values; each is coerced to the type the query's header declares. Raises ``ValueError``
    for an unknown query, an unknown or missing parameter, or a value of the wrong type.
    """
    query = get_query(name)
    return store.query(query.text, query.bind(params))


# -- header parsing and coercion ------------------------------------------------------------

def _parse_param(spec: str, path: str) -> QueryParam:
    match = _PARAM.match(spec)
    if not match:
        raise ValueError(f"{path}: cannot read parameter {spec!r}; expected 'name (type, ...) — help'")
    name, help_text = match["name"], (match["help"] or "").strip()
    parts = [p.strip() for p in match["spec"].split(",") if p.strip()]
    ptype = parts[0] if parts else "string"
    if ptype not in PARAM_TYPES:
        raise ValueError(
            f"{path}: parameter {name!r} has unknown type {ptype!r}; use one of {', '.join(PARAM_TYPES)}"
        )
    kwargs: dict[str, Any] = {"name": name, "type": ptype, "description": help_text}
    default_text: str | None = None
    for part in parts[1:]:
        word, _, rest = part.partition(" ")
        rest = rest.strip()
        if word == "required":
            kwargs["required"] = True
        elif word == "default":
            default_text = rest
        elif word == "choices":
            kwargs["choices"] = tuple(c.strip() for c in rest.split("|") if c.strip())
        elif word == "range":
            low, _, high = rest.partition("..")
            kwargs["minimum"] = float(low) if low.strip() else None
            kwargs["maximum"] = float(high) if high.strip() else None
        else:
            raise ValueError(f"{path}: parameter {name!r}: cannot read {part!r}")
    param = QueryParam(**kwargs)
    if default_text is not None and default_text != "null":
        param = QueryParam(**{**kwargs, "default": param.coerce(default_text)})
    return param


def _to_int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("a boolean is not an integer")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("not a whole number")
        return int(value)
    return int(str(value).strip())


def _to_float(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError("a boolean is not a number")
    return float(str(value).strip()) if isinstance(value, str) else float(value)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("not a boolean")


def _to_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    raise ValueError("not a list")


_COERCE = {"string": str, "int": _to_int, "float": _to_float, "bool": _to_bool, "list": _to_list}


def _num(value: float | None) -> str:
    return "" if value is None else (str(int(value)) if float(value).is_integer() else str(value))


def _show(value: Any) -> str:
    return "null" if value is None else str(value)


__all__ = ["NamedQuery", "QueryParam", "get_query", "list_queries", "parse_query", "run_query"]
