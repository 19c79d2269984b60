"""Round 59 (h6): a quoted name that no word calls a model, right before a noun phrase ending in a
station, centre, database or contract word (model_vocab.tsv facility_head), names that place or
record: the brand of a programme or the label of a thing, not a way of working (filter 44). A
calling word after the head keeps the model, and a record or platform word the dev gold names
models behind (台账, 平台) is no facility. Sentences are invented."""

import pytest

from contexts import model_names
from shequ.extract.models import reject_named_facility


@pytest.mark.parametrize(
    "text",
    [
        # a per-unit formula naming a station, with a descriptor of more than four characters
        "外地客商来到青禾街道一楼的“一街一档”外来人员服务站，办理登记手续。",
        # … a centre
        "柳岸社区的“一楼一品”邻里餐饮服务中心为独居老人送餐。",
        # … a database
        "街道汇总居民意见，建成了“一街一单”需求数据库。",
        # … a contract
        "二十个行政村的负责人签订“一户一员”帮扶合同书。",
        # a station with a short descriptor after a numeric abbreviation
        "社区开设“三联”服务站，居民可以就近办事。",
        # a verb before the quote that names a model elsewhere does not make the station one
        "青枫镇建立“一村一景”电商服务站点30个。",
    ],
)
def test_models_quote_naming_facility_no_model_round59h6(text: str) -> None:
    assert model_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # no facility word after the quote
        ("全县实行“一户一策”精准帮扶。", ["一户一策"]),
        # a calling word right after the quote comes first
        ("青枫社区推出“一户一策”服务中心模式。", ["一户一策"]),
        # records and platforms are no facility: the dev gold names these models
        ("青枫村建起“一户一档”走访台账。", ["一户一档"]),
        ("该镇搭建“一事一议”平台。", ["一事一议"]),
        # the facility word in a later clause
        ("社区推行“一户一策”，并在村口建了服务站。", ["一户一策"]),
    ],
)
def test_models_quote_before_other_words_kept_round59h6(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text, after, expected",
    [
        ("“一街一档”外来人员服务站，", 6, True),
        ("“一镇一单”需求数据库。", 6, True),
        ("“一户一员”帮扶合同书。", 6, True),
        # a calling word after the head
        ("“一户一策”服务中心模式。", 6, False),
        # more than eight characters before the head
        ("“一户一策”让外来务工人员家属都能到服务站。", 6, False),
        # a clause mark before the head
        ("“一户一策”，服务站", 6, False),
    ],
)
def test_models_reject_named_facility_round59h6(text: str, after: int, expected: bool) -> None:
    assert reject_named_facility(text, after) is expected
