"""Quantities, round 29: the subject of a count (what it counts). Sentences of our own making."""

from __future__ import annotations

from test_quantities import quantities


def subjects(text: str) -> list[tuple[str, str | None]]:
    return [(q[0], q[6]) for q in quantities(text)]


# --- a link word glued to the last character of the noun before the figure ---


def test_rate_with_glued_link_word():
    assert subjects("今年青枫社区的参与率为95%。") == [("95%", "青枫社区的参与率")]


def test_person_suffix_with_glued_link_word():
    assert subjects("楼栋长有6人。") == [("6人", "楼栋长")]


def test_adverb_and_link_word_join_is_dropped():
    assert subjects("来馆读者竟达3万人次。") == [("3万人次", "来馆读者")]


def test_plain_link_word_still_skipped():
    assert subjects("今年共有8名新党员。") == [("8名", "新党员")]
