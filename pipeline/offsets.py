"""The map from clean-text characters back to the raw clipping: one class for every step.

Normalization produces clean text whose character i came from raw[starts[i]:ends[i]];
article splitting gathers paragraphs of that clean text (possibly from far apart on the
page) into one article text, and its map is gathered the same way. Any clean span
[start, end) maps to the raw span (starts[start], ends[end - 1]).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class OffsetMap:
    """For each clean character i, its raw span [starts[i], ends[i])."""

    starts: array
    ends: array

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        """Clean text that is its own raw text (tests, text typed in by hand)."""
        return cls(array("l", range(length)), array("l", range(1, length + 1)))

    @classmethod
    def of(cls, starts: Sequence[int], ends: Sequence[int]) -> "OffsetMap":
        return cls(array("l", starts), array("l", ends))

    def __len__(self) -> int:
        return len(self.starts)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) covering clean text[start:end] (end > start)."""
        return self.starts[start], self.ends[end - 1]

    def dropped_before(self, raw: str, index: int) -> str:
        """What of `raw` the clean text dropped right before its character `index` (index > 0):
        spaces, a line break, page furniture; "" where the two characters stood together."""
        return raw[self.ends[index - 1] : self.starts[index]]

    def gather(self, pieces: Iterable[tuple[int, int]]) -> "OffsetMap":
        """The map of the clean slices `pieces` joined by one separator character each.

        A separator stands between two slices on the page; it maps to the empty raw span
        where the next slice starts.
        """
        starts, ends = array("l"), array("l")
        for number, (start, end) in enumerate(pieces):
            if number:
                starts.append(self.starts[start])
                ends.append(self.starts[start])
            starts.extend(self.starts[start:end])
            ends.extend(self.ends[start:end])
        return OffsetMap(starts, ends)
