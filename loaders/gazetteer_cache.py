"""The default gazetteer kept on disk between runs, ready to use.

Building it costs about half a second in every process that extracts (every ``aigraph``
command, every test run): reading the YAML files, and above all Python's regex compiler
parsing the 70,000-character name pattern, in pure Python. The built gazetteer is pickled
to the user's cache directory under the fingerprint of the loaders' code and data (see
:mod:`loaders.extractor`) and the Python version, so any change to either builds it again.
A pickled ``re.Pattern`` is compiled again when loaded, which would keep the cost; the name
patterns are therefore stored as the regex engine's own compiled code and handed back to it.
Where the cache cannot be read or written, the gazetteer is simply built.
"""

from __future__ import annotations

import _sre
import os
import pickle
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser

from loaders.extractor import runtime_fingerprint, user_cache_dir
from loaders.gazetteer import Gazetteer

#: How long the gazetteer of another version of the code is kept.
_KEEP_SECONDS = 24 * 3600
#: The gazetteer's attributes that hold compiled patterns.
_PATTERNS = ("_exact", "_folded")
# What ``_sre.compile`` takes after the pattern's text: flags, code, groups, group names.
_CompiledCode = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_path() -> Path:
    """Where the gazetteer of this code, data and Python is kept."""
    return user_cache_dir() / f"gazetteer-{runtime_fingerprint()}.pickle"


def cached_gazetteer(build: Callable[[], Gazetteer], path: Path | None = None) -> Gazetteer:
    """The gazetteer stored at ``path`` (default :func:`cache_path`), else ``build()``'s, then stored."""
    path = path or cache_path()
    try:
        return _thawed(pickle.loads(path.read_bytes()))
    except Exception:  # missing, unreadable or from another build of Python: build it instead
        pass
    gazetteer = build()
    try:
        _store(path, pickle.dumps(_frozen(gazetteer), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a read-only home: the next process builds it again
    return gazetteer


def _store(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (another process may be reading it), and
    drop the gazetteers of other versions not written for a day (each takes most of a megabyte;
    several checkouts may share the directory, so the others are not dropped at once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)
    for other in path.parent.glob("gazetteer-*"):
        if other != path and time.time() - other.stat().st_mtime > _KEEP_SECONDS:
            other.unlink(missing_ok=True)


def _frozen(gazetteer: Gazetteer) -> dict:
    """The gazetteer's attributes, its patterns as compiled code."""
    state = dict(vars(gazetteer))
    for name in _PATTERNS:
        if state[name] is not None:
            state[name] = (state[name].pattern, _compiled_code(state[name].pattern, state[name].flags))
    return state


def _thawed(state: dict) -> Gazetteer:
    gazetteer = Gazetteer.__new__(Gazetteer)
    for name in _PATTERNS:
        if state[name] is not None:
            pattern, code = state[name]
            state[name] = _sre.compile(pattern, *code)
    vars(gazetteer).update(state)
    return gazetteer


def _compiled_code(pattern: str, flags: int) -> _CompiledCode:
    """What ``re.compile`` hands to the engine for ``pattern`` (as ``re._compiler.compile`` does)."""
    parsed = _parser.parse(pattern, flags)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses that refuse pickling
    return (flags | parsed.state.flags, code, parsed.state.groups - 1,
            parsed.state.groupdict, tuple(indexgroup))
