"""English words that hedge a deal: it may happen, is only weighed or talked about, or is denied.

A reader that finds a deal checks the words before it for one of these, and states no fact for
a deal that is not (yet) made. Each group is an alternation to put inside ``\\b(?:...)\\b``.
"""

from __future__ import annotations

# "could buy", "would become", "might join", "may invest".
MAY = r"could|would|might|may"
# "is considering", "Considering a bid", "is exploring a sale", "weighs an offer".
CONSIDERING = r"[Cc]onsider\w*|explor\w*|weigh\w*"
# "in talks to", "negotiating", "negotiations over".
TALKS = r"talks|negotiat\w*"
# "denied it would buy", "denies the report".
DENIED = r"denied|denies|deny"
