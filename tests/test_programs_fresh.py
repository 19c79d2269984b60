"""Programs: name shapes found missing on fresh articles nobody had tuned for — a one-character
quote inside an unquoted name (暖“新”驿站), quoted fairs (“…嘉年华”, “…集市”). Sentences of our
own making."""

from __future__ import annotations

import pytest

from contexts import run

LABELS = ("places", "organizations", "communities", "models", "programs")


def programs(text: str) -> list[tuple[str, str]]:
    return [(m.canonical, m.attrs["kind"]) for m in run(text, *LABELS).found("programs")]


PUNNED = [
    # the word before the quote starts the name; the station word ends it
    ("station", "近日，青禾区首个新就业群体暖“新”驿站在桃源社区启用。", [("暖新驿站", "station")]),
    ("after_particle", "桃源社区的暖“新”驿站为骑手提供热水。", [("暖新驿站", "station")]),
    ("team", "街道组建了护“苗”服务队，每周巡查。", [("护苗服务队", "team")]),
]

PUNNED_EMPTY = [
    # activity and plain service words after a pun describe, they name nothing
    ("activity_and_service", "社区开展暖“心”活动，提供暖“新”服务。"),
    # a particle or preposition before the quote starts no name
    ("preposition", "社区在“新”驿站里开会。"),
    # a counted category is not one named program
    ("counted", "全区今年建成12个暖“新”驿站。"),
]

FAIRS = [
    ("carnival", "周六，一场“爱心义卖嘉年华”在桃源社区举行。", [("爱心义卖嘉年华", "activity")]),
    ("market", "社区举办“青禾健康集市”，居民踊跃参加。", [("青禾健康集市", "activity")]),
]

FAIRS_EMPTY = [
    # the bare words name no fair
    ("bare_words", "活动包括“嘉年华”和“集市”。"),
]


@pytest.mark.parametrize("name, text, expected", PUNNED + FAIRS, ids=[row[0] for row in PUNNED + FAIRS])
def test_punned_names_and_fairs_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", PUNNED_EMPTY + FAIRS_EMPTY, ids=[row[0] for row in PUNNED_EMPTY + FAIRS_EMPTY])
def test_puns_and_fair_words_that_name_nothing(name, text):
    assert programs(text) == []
