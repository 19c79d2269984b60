"""Round 56 h5: lists of community names written bare before the count that closes them, where the
count is written in a way the counted-list rule did not know: a word saying what kind of community
the items are between the count and the head (8个试点社区, 3个新型社区), or a count of villages with no
classifier (某某、某某、某某三村). A frequent verb the list is the object of opens no item's name.
Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # pilot communities: the kind word stands between the count and the shared head
        ("区民政局年内将先期建设青柳、月湾、石桥、锦河4个试点社区，再逐步推开。",
         ["月湾", "石桥", "锦河", "青柳"]),
        # relocation communities of a street, counted as a new kind of community
        ("该街道下设禾丰、瑞安、松岭3个新型社区，安置搬迁群众三千余户。", ["松岭", "瑞安", "禾丰"]),
        # villages counted without a classifier: the count and its village head name none of them
        ("针对白杨、青岗、石碾三村合一的实际情况，镇里统一规划了活动中心。", ["白杨", "石碾", "青岗"]),
        # the older shapes still hold
        ("在望江、北苑两个社区开展了消防演练。", ["北苑", "望江"]),
    ],
)
def test_communities_counted_list_items_named_without_head(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected


def test_communities_numbered_estates_are_no_bare_count() -> None:
    # each item carries its own 村 (西岭二村 is an estate's number): no item cut to a bare 西岭
    names = _communities("志愿者走进西岭一村、西岭二村，为居民义诊。")
    assert "西岭二村" in names and "西岭" not in names


@pytest.mark.parametrize(
    "text, expected",
    [
        # two villages counted without a classifier
        ("白杨、青岗两村干部参加了培训。", ["白杨", "青岗"]),
        # a count of things, not of villages
        ("村民代表讨论了修路、引水两件事。", []),
        # hamlets counted after their village: the gold splits on them, the village alone is named
        ("青山村辖上坪、下坪、石门3个自然村，共有村民六百余人。", ["青山村"]),
    ],
)
def test_communities_counted_list_other_counts(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected


def test_communities_counted_item_written_with_head_is_named_once() -> None:
    # 石碾 is written with its 社区 before the list counts it among the villages: one community
    text = "石碾社区近日建成康复站。镇里针对白杨、青岗、石碾三村合一的情况作了规划。"
    assert _communities(text) == ["白杨", "石碾社区", "青岗"]
