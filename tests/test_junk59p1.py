"""Round 59 (junk, p1): shapes a bulk sample of real articles read as facts. A count, a batch
number or a verb phrase before a kind of community (第二批|未来社区), a verb's result complement
glued to a community's name (配合好|某某社区), a quoted number (a hotline) read as a programme, a
category item in a list of bodies (公益类、…等社会组织), a city before a bare residents'
committee, a lane named after a city (某某里), and roles run into a house number or a caption's
scene. Sentences are invented; each shape has a look-alike that keeps its fact."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a frequent verb before a kind of community: the verb phrase's object
        ("今年，浙江省全面推进未来社区建设，居民生活更加便利。", []),
        # a batch number before a kind; look-alike: the named community of that kind keeps its fact
        ("作为浙江省第二批未来社区试点，西湖区金沙街道青枫未来社区建起了邻里中心。", ["青枫未来社区"]),
        # a count of units with 家 before a level word
        ("累计打造评选58家市级、132家县区级社区“邻里驿站”，推动品牌向基层延伸。", []),
        # look-alike: a numeral and 家 naming a village community stay a name
        ("近日，西湖区三家村社区开展环境整治，居民纷纷点赞。", ["三家村社区"]),
    ],
)
def test_count_batch_or_verb_before_a_kind(text, expected):
    assert _communities(text) == expected
