"""Round 59 (junk, p1): shapes a bulk sample of real articles read as facts. A count, a batch
number or a verb phrase before a kind of community (第二批|未来社区), a verb's result complement
glued to a community's name (配合好|某某社区), a quoted number (a hotline) read as a programme, a
category item in a list of bodies (公益类、…等社会组织), a city before a bare residents'
committee, a lane named after a city (某某里), and roles run into a house number or a caption's
scene. Sentences are invented; each shape has a look-alike that keeps its fact."""

import pytest

from contexts import fact_names
from pipeline.api import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        # a frequent verb before a kind of community: the verb phrase's object
        ("今年，浙江省全面推进未来社区建设，居民生活更加便利。", []),
        # a batch number before a kind; look-alike: the named community of that kind keeps its fact
        ("作为江苏省第三批未来社区试点，鼓楼区金沙街道青枫未来社区建起了邻里中心。", ["青枫未来社区"]),
        # a count of units with 家 before a level word
        ("累计打造评选58家市级、132家县区级社区“邻里驿站”，推动品牌向基层延伸。", []),
        # look-alike: a numeral and 家 naming a village community stay a name
        ("近日，西湖区三家村社区开展环境整治，居民纷纷点赞。", ["三家村社区"]),
    ],
)
def test_count_batch_or_verb_before_a_kind(text, expected):
    assert fact_names(text, "communities") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 配合好: the verb's complement glued to the name by jieba
        ("社工们要配合好枫叶社区居委会的工作，一起为居民服务。", ["枫叶社区"]),
        # look-alike: 好 opening a word with the next character stays the name's
        ("记者来到翠湖街道好运社区，居民正在排练节目。", ["好运社区"]),
    ],
)
def test_verb_complement_glued_to_a_name(text, expected):
    assert fact_names(text, "communities") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("这两年，柳岸市将“12345”政务服务热线作为“民意窗”，市民的烦心事有人管了。", []),
        # look-alike: a quoted programme beside the number keeps its fact
        ("去年起，青河街道将“12345”政务服务热线和“邻里帮帮团”联动起来，市民的烦心事有人管了。", ["邻里帮帮团"]),
        # look-alike: a numbered formula before a programme word keeps its fact
        ("2020年，青松社区提出“325”党建精品工程，即抓好3个阵地。", ["325"]),
    ],
)
def test_quoted_phone_number_is_no_programme(text, expected):
    assert fact_names(text, "programs") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("本次招募面向社区服务类、文体活动类等社会组织。", []),
        ("近日，枫桥公益协会、翠湖服务型等社会组织参加了活动。", ["枫桥公益协会"]),
        # look-alike: named bodies in the same list keep their facts
        ("近日，青禾公益协会、翠湖文体协会等社会组织参加了活动。", ["翠湖文体协会", "青禾公益协会"]),
    ],
)
def test_category_item_in_a_list_of_bodies(text, expected):
    assert fact_names(text, "organizations") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("这间小屋被看作上海居委会的起点，居民自治由此起步。", []),
        # look-alike: a committee named after its community, the city before it
        ("这里是上海市普陀区枫林社区居委会的所在地，居民自治由此起步。", ["枫林社区居委会"]),
    ],
)
def test_city_before_a_bare_residents_committee(text, expected):
    assert fact_names(text, "organizations") == expected


def _in_article(line: str) -> str:
    """A made-up article around one line, so that page spaces and credits are read as in a clipping."""
    return ("某某社区举办邻里节活动\n近日，某某街道青松社区举办邻里节活动，吸引了众多居民参加。\n"
            + line + "\n活动现场气氛热烈，居民们积极参与，社区工作人员全程提供服务。\n")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("顺着广东北路往前是吉安里，同样归永兴里居委会管理。", []),
        # look-alike: the city itself
        ("他从吉安来到上海，在宝兴里住了多年。", ["上海", "吉安"]),
    ],
)
def test_lane_named_after_a_city(text, expected):
    assert fact_names(_in_article(text), "places") == expected


def _people(text: str) -> list[tuple[str, str]]:
    return sorted((p.name, p.role) for sheet in extract(_in_article(text)) for p in sheet.people)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a house number before the community: its role starts after the number
        ("据和平头道街31-10号电大社区副主任赵艳红介绍，这次改造很顺利。", [("赵艳红", "电大社区副主任")]),
        # look-alike: 号院 is one word of the community's name
        ("据和平街8号院社区主任王丽华介绍，这次改造很顺利。", [("王丽华", "和平街8号院社区主任")]),
        # a caption's scene before the outlet's reporter, set apart by a space on the page
        ("青禾邻里中心二楼的读书角 柳岸在线记者 周晓岚 摄", [("周晓岚", "柳岸在线记者")]),
        # look-alike: a credit line of the outlet alone
        ("本报记者 王晓明 摄", [("王晓明", "本报记者")]),
    ],
)
def test_role_cut_at_an_address_or_a_caption_scene(text, expected):
    assert _people(text) == expected
