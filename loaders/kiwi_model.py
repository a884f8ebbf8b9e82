"""The shared Kiwi morphological analyser, loaded once per process on first need.

Loading and warming up costs about 3.5 s, so callers ask it only what cheaper rules cannot
decide (long stretches without a sentence boundary, line breaks of character-wrapped PDFs).

It runs in the caller's thread, with no threads of its own: extraction forks a worker per
core (see :mod:`loaders.parallel`), and a forked process inherits a model but not the
threads a multithreaded one analyses with, so asking it would wait for ever. A model
without threads is inherited whole, loaded and warm, instead of being loaded again in
every worker; the workers are what use the machine's cores.
"""

from __future__ import annotations

import warnings
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi


@cache
def kiwi() -> Kiwi:
    """The shared Kiwi analyser, single-threaded: ask it about one text at a time (a list of
    texts is refused without threads to spread it over)."""
    from kiwipiepy import Kiwi

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # 0 meant "every core" before kiwipiepy 0.21; now one thread
        return Kiwi(num_workers=0)
