"""Round 51 (places): districts and counties abolished or renamed after a merger (下城区, 江东区,
梁平县) that news still names are places of their own, named as written and located under the
division that took over their ground; a word that only shares characters with one is no place
(sentences of our own making)."""

from __future__ import annotations

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_former_district_after_its_city_is_a_place():
    assert canonicals("杭州市下城区青杉街道的志愿者走访了独居老人。") == ["下城区", "杭州市"]


def test_places_former_district_written_alone_is_a_place():
    assert canonicals("江东区的青杉社区新开了一家便民超市。") == ["江东区"]


def test_places_former_county_keeps_its_written_name():
    assert canonicals("来自梁平县的学员参加了培训。") == ["梁平县"]


def test_places_former_district_lies_under_its_successor():
    (mention,) = [m for m in places("江干区今年启动了加装电梯工作。") if m.canonical == "江干区"]
    assert mention.attrs["chain"][:2] == ["浙江省", "杭州市"]


def test_places_former_district_read_across_a_word_boundary_gives_no_place():
    assert canonicals("长江东区域的湿地公园向居民开放。") == []
