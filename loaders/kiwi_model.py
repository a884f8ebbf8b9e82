"""The shared Kiwi morphological analyser, loaded once per process on first need.

Loading and warming up costs about 3.5 s, so callers ask it only what cheaper rules cannot
decide (long stretches without a sentence boundary, line breaks of character-wrapped PDFs).
"""

from __future__ import annotations

import warnings
from functools import cache


@cache
def kiwi():
    """The shared Kiwi analyser (two worker threads, the machine's cores)."""
    from kiwipiepy import Kiwi

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Kiwi(num_workers=2)
