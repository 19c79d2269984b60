"""Frames before a quote that say what kind of thing the quote holds, shared by extractors.

被誉为“…”, 号称“…”, 所谓“…”, 俗话说“…” (lexicons/epithet_frames.txt) give praise or a saying: the
quote is no name of a method (models) or of a village (communities), whatever its shape.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_terms

# Room before a quote for the frame's last word (被网友称为 ends in 称为) and a colon.
FRAME_WINDOW = 4


@lru_cache(maxsize=1)
def epithet_words() -> tuple[str, ...]:
    return read_terms("epithet_frames.txt")


def after_epithet(text: str, quote_start: int) -> bool:
    """The quote mark at `quote_start` opens right after an epithet or saying frame (a colon may
    stand between: 俗话说：“…”). Round 38: the frame is in 11 articles of the tuning pool and bulk
    samples, never before a gold model or community."""
    before = text[max(0, quote_start - FRAME_WINDOW) : quote_start].rstrip("：:")
    return before.endswith(epithet_words())
