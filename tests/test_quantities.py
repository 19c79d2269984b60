"""Quantities: numbers with their measure word, qualifier and counted subject."""

from __future__ import annotations

import glob
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shequ.chars import surface_key
from shequ.extract.quantities import QuantityExtractor, units
from shequ.mentions import ArticleContext, Mention
from shequ.schema import Quantity

from contexts import context_for

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def context(text: str, title: str = "") -> ArticleContext:
    return context_for(QuantityExtractor, text, title=title)


def quantities(text: str, ctx: ArticleContext | None = None):
    """(text, start, end, value, unit, qualifier, subject) per mention."""
    found = QuantityExtractor()(ctx or context(text))
    return [(m.attrs["text"], m.start, m.end, m.attrs["value"], m.attrs["unit"], m.attrs["qualifier"], m.attrs["subject"]) for m in found]


def reasons(text: str, ctx: ArticleContext | None = None):
    """(candidate text, rejection reason or None) for every candidate."""
    return [(text[c.start : c.end], reason) for c, reason in QuantityExtractor().candidates(ctx or context(text))]


# Sentences of our own making (not from the corpus): each numeral form and qualifier.
OWN_CASES = [
    # Arabic numerals, plain and with 万/亿
    ("社区新招募志愿者85名，全部参加了岗前培训。", [("85名", 8, 11, 85.0, "名", None, "志愿者")]),
    ("全市注册志愿者已达3万余人。", [("3万余人", 9, 13, 30000.0, "人", "more_than", "全市注册志愿者")]),
    ("今年志愿者累计服务时长12.5万小时。", [("12.5万小时", 11, 18, 125000.0, "小时", None, "时长")]),
    ("驿站全年服务新就业群体1.8万人次。", [("1.8万人次", 11, 17, 18000.0, "人次", None, "新就业群体")]),
    ("全省共有13万多名网格员。", [("13万多名", 4, 9, 130000.0, "名", "more_than", "网格员")]),
    ("120多人的队伍每天巡河。", [("120多人", 0, 5, 120.0, "人", "more_than", "队伍")]),
    # Chinese numerals
    ("街道向居民发放防诈骗倡议书三万余份。", [("三万余份", 13, 17, 30000.0, "份", "more_than", "倡议书")]),
    ("十余名律师来到广场为群众答疑。", [("十余名", 0, 3, 10.0, "名", "more_than", "律师")]),
    ("两千名居民参加了议事代表选举投票。", [("两千名", 0, 3, 2000.0, "名", None, "居民")]),
    ("一百余户困难家庭领到了过冬物资。", [("一百余户", 0, 4, 100.0, "户", "more_than", "困难家庭")]),
    # bare magnitudes with a qualifier
    ("这位老党员调解邻里矛盾上百次。", [("上百次", 11, 14, 100.0, "次", "at_least", "邻里矛盾")]),
    ("百余名机关党员下沉到社区报到。", [("百余名", 0, 3, 100.0, "名", "more_than", "机关党员")]),
    ("活动吸引千余人次参与。", [("千余人次", 4, 8, 1000.0, "人次", "more_than", "参与")]),  # round 40: the lone verb
    ("近万名志愿者参与了巡查。", [("近万名", 0, 3, 10000.0, "名", "about", "志愿者")]),
    ("活动吸引上万人次参与，数万人次在线观看。", [("上万人次", 4, 8, 10000.0, "人次", "at_least", "参与")]),  # 数万: vague
    ("十多个社区、一百多名社工参加。", [("十多个", 0, 3, 10.0, "个", "more_than", "社区"), ("一百多名", 6, 10, 100.0, "名", "more_than", "社工")]),
    # a magnitude after 余/多 scales the number
    ("项目共投入资金三十余万元，带动20多万人次参与。", [("三十余万元", 7, 12, 300000.0, "元", "more_than", "资金"), ("20多万人次", 15, 21, 200000.0, "人次", "more_than", "参与")]),
    # 个人 after a number is 个 + 人; 前 of 目前 is not a rank
    ("目前3家企业入驻，三个人在值班。", [("3家", 2, 4, 3.0, "家", None, "企业"), ("三个人", 9, 12, 3.0, "人", None, None)]),
    # 名单 or 单元? when the segmenter could split either way the count stays
    ("社区组建了由12名楼栋长、36名单元长组成的队伍。", [("12名", 6, 9, 12.0, "名", None, "楼栋长"), ("36名", 13, 16, 36.0, "名", None, "单元长")]),
    ("累计开展入户探访460余次、小组活动32节。", [("460余次", 8, 13, 460.0, "次", "more_than", "入户探访"), ("32节", 18, 21, 32.0, "节", None, "小组活动")]),
    # 12栋楼 counts buildings (3栋2单元 is an address, below)
    ("小区共有12栋楼。", [("12栋", 4, 7, 12.0, "栋", None, "楼")]),
    # qualifiers before and after
    ("项目受益家庭逾500户。", [("逾500户", 6, 11, 500.0, "户", "more_than", "家庭")]),
    ("广场舞队约有成员约300人。", [("约300人", 8, 13, 300.0, "人", "about", "成员")]),
    ("每场活动参与居民在80人左右。", [("80人左右", 9, 14, 80.0, "人", "about", "居民")]),
    ("满意度达到95%以上。", [("95%以上", 5, 10, 95.0, "%", "more_than", "满意度")]),
    ("每个网格配备网格员至少3名。", [("至少3名", 9, 13, 3.0, "名", "at_least", "网格员")]),
    # a qualifier that does not touch the number is not part of the span
    ("每个网格至少配备3名网格员。", [("3名", 8, 10, 3.0, "名", None, "网格员")]),
    # percentages: %, 百分之…, …成
    ("老旧小区中物业覆盖率不足百分之四十。", [("不足百分之四十", 10, 17, 40.0, "%", "less_than", "物业覆盖率")]),
    ("百分之七十五的居民参加了垃圾分类培训。", [("百分之七十五", 0, 6, 75.0, "%", None, "居民")]),
    ("新建小区入住率已近九成。", [("近九成", 8, 11, 90.0, "%", "about", "新建小区入住率")]),
    ("七成五的居民支持加装电梯。", [("七成五", 0, 3, 75.0, "%", None, "居民")]),
    (
        "辖区老年人占三成以上，户籍人口约1.2万人。",
        [("三成以上", 6, 10, 30.0, "%", "more_than", "辖区老年人"), ("约1.2万人", 15, 21, 12000.0, "人", "about", "户籍人口")],
    ),
    # money and area: 万/亿 are part of the number, the unit is 元
    ("区财政今年安排专项资金1.2亿元。", [("1.2亿元", 11, 16, 120000000.0, "元", None, "专项资金")]),
    ("街道出资12.5万元改造活动室。", [("12.5万元", 4, 10, 125000.0, "元", None, "街道出资")]),
    ("新建的邻里中心面积约1800平方米。", [("约1800平方米", 9, 17, 1800.0, "平方米", "about", "新建的邻里中心面积")]),
    # a quoted sentence is not a label
    ("他说：“今天来了30人。”", [("30人", 8, 11, 30.0, "人", None, None)]),
    # quoted names next to a count do not hide it
    ("红星社区“幸福99”服务队有队员30名，“幸福99”邻里节已办8届。", [("30名", 16, 19, 30.0, "名", None, "队员")]),
]

# Sentences of our own making that hold no quantity.
OWN_NOTHING = [
    "活动现场来了三四个孩子和几位老人。",  # vague counts
    "几百名志愿者、数十家企业参与了这次活动。",  # vague counts
    "这次议事会开了十几个小时。",  # vague count of a time span
    "2023年5月12日，社区举办第3期“邻里学堂”。",  # date, ordinal
    "今年81岁的王大爷住在3号楼，有事就拨打12345热线。",  # age, building number, hotline
    "工作人员一个小时内上门，10分钟内响应，3个月走遍全部楼栋。",  # response times, time span
    "社区坚持“四个一”工作法，全年开展两会精神宣讲，党员牢固树立四个意识。",  # labels
    "社区推行“1+N”模式，实现1+1>2的效果。",  # formulas
    "小区完成了二次供水改造，更换零件后实现零收费。",  # numerals inside words
    "辖区企业营收实现两位数增长。",  # 两位数 is a word
    "住在3栋2单元的居民反映了问题。",  # an address
    "我们重点抓了三件事：建队伍、建阵地、建机制。",  # an enumeration heading
    "这是一个好办法，他是一名老党员。",  # the indefinite article
    "家门口的百家宴办了三年。",  # 百家 is a word
]


@pytest.mark.parametrize(("text", "expected"), OWN_CASES)
def test_quantities_own_sentences(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text", OWN_NOTHING)
def test_quantities_own_sentences_without_quantities(text):
    assert quantities(text) == []


# Real sentences from the seed clippings (clean form), with the exact expected facts.
CORPUS_CASES = [
    (
        "目前，已有103名社区工作者取得专业社工资格证，占比75%，更评选出5个“优秀社会组织”、5个“优秀社工室”、10名“优秀社会工作者”。",
        [
            ("103名", 5, 9, 103.0, "名", None, "社区工作者"),
            ("75%", 26, 29, 75.0, "%", None, "占比"),  # the share (占|比 is one noun)
            ("5个", 34, 36, 5.0, "个", None, "优秀社会组织"),
            ("5个", 45, 47, 5.0, "个", None, "优秀社工室"),
            ("10名", 55, 58, 10.0, "名", None, "优秀社会工作者"),
        ],
    ),
    (
        "艺术团2012年7月创建，由最初不足20人的合唱队，发展壮大到如今集合唱队、舞蹈队、时装队为一体的复合型文艺团体。",
        [("不足20人", 16, 21, 20.0, "人", "less_than", "合唱队")],
    ),
    (
        "据介绍，七年以来，九龙社工已累计实施市、区级社会工作项目41个，培育引进社团组织150余个、社工室10个，链接2万余名注册志愿者，服务居民5万余人次，致力于“服务更多人，温暖一座城”。",
        [
            ("41个", 28, 31, 41.0, "个", None, "区级社会工作项目"),
            ("150余个", 40, 45, 150.0, "个", "more_than", "社团组织"),
            ("10个", 49, 52, 10.0, "个", None, "社工室"),
            ("2万余名", 55, 59, 20000.0, "名", "more_than", "注册志愿者"),
            ("5万余人次", 69, 74, 50000.0, "人次", "more_than", "居民"),
        ],
    ),
    (
        "罗新所在的宜宾市酒都义工联合会就入驻在叙州区金鱼社区，这里有宜宾叙州社会组织培育服务中心，已经入驻了14家社会组织，其中3家枢纽型社会组织。",
        [("14家", 50, 53, 14.0, "家", None, "社会组织"), ("3家", 60, 62, 3.0, "家", None, "枢纽型社会组织")],
    ),
    ("“政府向我们义工组织购买了服务，我们的志愿者每完成1人的信息核查，有1元的补贴。", [("1元", 34, 36, 1.0, "元", None, "补贴")]),
    (
        "目前，宜宾市有实名注册志愿者37.6万人，累计有效服务时长378.2万个小时。",
        [
            ("37.6万人", 14, 20, 376000.0, "人", None, "注册志愿者"),
            ("378.2万个小时", 29, 38, 3782000.0, "小时", None, "有效服务时长"),
        ],
    ),
    ("有专业社工机构13家，持证社工807人。", [("13家", 7, 10, 13.0, "家", None, "专业社工机构"), ("807人", 15, 19, 807.0, "人", None, "持证社工")]),
    (
        "成功包装社会服务项目7个，引进成熟项目4个，其中9个项目已落地。",
        [("7个", 10, 12, 7.0, "个", None, "社会服务项目"), ("4个", 19, 21, 4.0, "个", None, "成熟项目"), ("9个", 24, 26, 9.0, "个", None, "项目")],
    ),
    (
        "该平台入驻一个多月以来，已经为辖区居民服务上百次，对其服务质量，居民们也大多表示满意。”",
        [("上百次", 21, 24, 100.0, "次", "at_least", "辖区居民服务")],
    ),
    (
        "朝阳区劲松街道“八棵杨社区快递员志愿者群”共有58名成员，包括30多位快递员志愿者和20多位专业社工，群里总会出现快递员类似的提醒。",
        [
            ("58名", 23, 26, 58.0, "名", None, "成员"),
            ("30多位", 31, 35, 30.0, "位", "more_than", "快递员志愿者"),
            ("20多位", 42, 46, 20.0, "位", "more_than", "专业社工"),
        ],
    ),
    ("自从快递员成为“治理合伙人”，社区接诉即办案件的数量少了，降幅达51%。", [("51%", 32, 35, 51.0, "%", None, "降幅")]),
    (
        "如今，“凉小鸭”已从最初的几位青少年参与巡河，发展成为拥有3000余名注册志愿者、服务时长超过5万小时的品牌志愿队伍。",
        [("3000余名", 29, 35, 3000.0, "名", "more_than", "注册志愿者"), ("超过5万小时", 45, 51, 50000.0, "小时", "more_than", "时长")],
    ),
    (
        "依托“伙伴一条街”特色商圈举办年货节、星空夜市等活动5场次，吸引客流7000余人次，带动商户增收30万元。",
        [
            ("5场次", 26, 29, 5.0, "场次", None, "活动"),
            ("7000余人次", 34, 41, 7000.0, "人次", "more_than", "客流"),
            ("30万元", 48, 52, 300000.0, "元", None, "商户增收"),
        ],
    ),
    (
        "新港山路社区积极整合山海湾小区内19处物业用房，化零为整置换2600平方米空间，打造新港山路社区服务中心。",
        [("19处", 16, 19, 19.0, "处", None, "物业用房"), ("2600平方米", 30, 37, 2600.0, "平方米", None, "空间")],
    ),
    ("“新港山路社区成立于2010年，辖内有海尔山海湾、京海园两个居民小区，居住人口达8900人。”", [("两个", 28, 30, 2.0, "个", None, "居民小区"), ("8900人", 40, 45, 8900.0, "人", None, "人口")]),
    (
        "其中，杨金泉纠纷调解服务中心开展的区级品牌公益服务项目——乔司街道社会矛盾纠纷（非诉类）调解服务项目，共调解各类矛盾纠纷600余起，成功率98%以上，累计服务2000余人，成功化解企业征迁纠纷150余起。",
        [
            ("600余起", 60, 65, 600.0, "起", "more_than", "矛盾纠纷"),
            ("98%以上", 69, 74, 98.0, "%", "more_than", "成功率"),
            ("2000余人", 79, 85, 2000.0, "人", "more_than", "服务"),
            ("150余起", 96, 101, 150.0, "起", "more_than", "企业征迁纠纷"),
        ],
    ),
    ("共计发放宣传单页三万余份，重复家暴率相较于前一年减少了42.8%，恶性家暴为0起。", [("三万余份", 8, 12, 30000.0, "份", "more_than", "宣传单页"), ("42.8%", 27, 32, 42.8, "%", None, "减少"), ("0起", 38, 40, 0.0, "起", None, "恶性家暴")]),
    (
        "乔心愿公益服务中心开展的“乔心守护、医路同行”项目长期在医院提供导诊志愿服务，共组织志愿者超1.8万人次，服务对象超70万人次，成为了患者就医的直通“乔”。",
        [
            ("超1.8万人次", 45, 52, 18000.0, "人次", "more_than", "志愿者"),
            ("超70万人次", 57, 63, 700000.0, "人次", "more_than", "对象"),
        ],
    ),
    ("横向引导社区成立社区慈善资源库等在地载体，累计为残疾人之家爱心超市捐款超过5000元；", [("超过5000元", 35, 42, 5000.0, "元", "more_than", "捐款")]),
    ("近日，记者走进位于安徽省安庆市迎江区的吾悦华府小区，抬头望去，21栋居民楼高耸入天。", [("21栋", 31, 34, 21.0, "栋", None, "居民楼高耸入天")]),
    ("街道工作人员说，这里常住居民约2200户，治理起来并不容易。", [("约2200户", 14, 20, 2200.0, "户", "about", "居民")]),
    ("据统计，安庆市17个部门拥有社会工作专业人才11446人。", [("17个", 7, 10, 17.0, "个", None, "部门"), ("11446人", 22, 28, 11446.0, "人", None, "社会工作专业人才")]),
    ("“作为新建小区，3840名居民里新住户占七成，门对门不相识；", [("3840名", 8, 13, 3840.0, "名", None, "居民"), ("七成", 20, 22, 70.0, "%", None, "新住户")]),
    (
        "今年夏天，沈阳市辽中区突发险情，专业社工精准对接需求后，10台爱心车辆、20名志愿者迅速集结，还筹集8000余元善款送往灾区，成了社区应急的“移动方舟”。",
        [("10台", 28, 31, 10.0, "台", None, "爱心车辆"), ("20名", 36, 39, 20.0, "名", None, "志愿者"), ("8000余元", 50, 56, 8000.0, "元", "more_than", "善款")],
    ),
    ("“1小时服务=10积分，能换鸡蛋、洗衣液，还能兑周边商铺的优惠券！”", [("10积分", 7, 11, 10.0, "积分", None, None)]),
    ("现在有13万多名志愿者、几百支队伍，搞了几百场活动。", [("13万多名", 3, 8, 130000.0, "名", "more_than", "志愿者")]),
    ("我们明确了乡镇街道的分管领导，拉起来一支120多人的队伍。", [("120多人", 20, 25, 120.0, "人", "more_than", "队伍")]),
    # sentences of the corpus with numbers that are not quantities
    ("快递员送件时发现路面塌陷，用社区线上平台“随手拍”上报，专业社工联动物业两小时内完成修补；", []),
    ("“那段时间，每隔1—2个月，我们就会组织业主进行‘楼前议事’，让大家提诉求，我们来收集。”", []),
    ("同时，结合乔司街道“乔头堡”培养计划，通过“六个一”模式，即开展一轮集中培训、上好一堂主题党课、记好一本民情日记、撰写一份调研报告。", []),
    ("我们重点干了六件事：给新组织“安家”：现在像快递、外卖这些新行业很多，党员找不着组织。", []),
    ("我的理解就两条：第一，我们是党的部门，讲政治是根", []),
    ("有一年春节，张杰和爱人受邀参加社区的百家宴，可能是百家宴的热闹气氛感染了张杰。", []),
    ("因为不涉及更换零件，所以零收费。", []),
    ("申莉举例，通过两三次这样的沟通，居民也从情绪宣泄转变为拿出方案再到开始讨论方案妥协性，层层推进。", []),
    ("总的来说，“163”体系是我们现阶段的一个探索。", []),
    ("创新推行“1+N”结对行动，由1名社工联系多名志愿者。", []),
]


@pytest.mark.parametrize(("text", "expected"), CORPUS_CASES)
def test_quantities_corpus_sentences(text, expected):
    assert quantities(text) == expected


# One sentence per filter, with the reason it gives.
@pytest.mark.parametrize(
    ("text", "candidate", "reason"),
    [
        ("通过两三次这样的沟通。", "两三次", "vague"),
        ("百分之点五的居民。", "百分之点五", "unreadable"),
        ("通过“六个一”模式推进。", "六个", "quoted_label"),
        ("牢固树立四个意识。", "四个", "label"),
        ("社区举办第3个主题活动。", "3个", "ordinal"),
        ("几百名志愿者参加。", "百名", "numeral_inside_word"),  # 几百名 is one word
        ("全市排名前3位。", "3位", "rank"),
        ("用3个月走遍网格。", "3个", "time_span"),
        ("忙了两个多小时，楼道清理干净了。", "两个", "time_span"),  # round 14: two outlets
        ("社工一个小时内上门。", "一个小时", "response_time"),
        ("自2020起实施。", "2020起", "date"),
        ("每组三至5人。", "5人", "range"),  # the ends in two scripts: no range is read
        ("实现“1+2个”组合。", "2个", "quoted_label"),
        ("推行1+3名的结对。", "3名", "formula"),
        ("社区的百家宴很热闹。", "百家", "bare_magnitude"),
        ("完成二次供水改造。", "二次", "digit_word"),
        ("他是一名老党员。", "一名", "count_of_one"),
        ("每完成1人的核查。", "1人", "count_of_one"),
        ("1小时服务换10积分。", "1小时", "below_minimum"),
        ("驿站提供24小时服务。", "24小时", "below_minimum"),
        ("营收实现两位数增长。", "两位", "inside_word"),
        ("住在3栋2单元。", "3栋", "label_or_address"),
        ("就两条：第一，讲政治。", "两条", "enumeration"),
    ],
)
def test_each_filter_names_its_rejection(text, candidate, reason):
    assert (candidate, reason) in reasons(text)


def test_quantities_inside_names_found_earlier_are_dropped():
    text = "十户街社区有3000名居民。"
    assert quantities(text)[0][:3] == ("十户", 0, 2)  # without the name, 十户 reads as a count
    ctx = context(text)
    ctx.mentions["communities"] = [Mention("communities", 0, 5, "十户街社区")]
    assert quantities(text, ctx) == [("3000名", 6, 11, 3000.0, "名", None, "居民")]


def test_units_leave_out_measure_words_of_place_names():
    # 三道街, 五里河: these measure words would turn place names into counts; 棵 and 间 (round
    # 41b) are units, and a place name they open (八棵杨村, 三间房乡) is dropped by a filter
    assert not {"道", "里"} & set(units())
    assert quantities("他住在八棵杨村。") == []
    assert quantities("朝阳区三间房乡的路修好了。") == []


def test_quantities_keeps_wan_with_yu_qualifier():
    assert quantities("链接2万余名注册志愿者。") == [("2万余名", 2, 6, 20000.0, "名", "more_than", "注册志愿者")]


def test_qualifier_inside_a_word_is_not_a_qualifier():
    # 约 of 节约 and 近 of 附近 are not qualifiers
    assert quantities("活动节约100元。") == [("100元", 4, 8, 100.0, "元", None, "节约")]
    assert quantities("附近3个小区的居民。") == [("3个", 2, 4, 3.0, "个", None, "小区")]


def test_numeral_run_starting_inside_a_word_is_reread_from_the_boundary():
    # 统一两个: the run 一两 would be vague; the count is 两个
    assert quantities("统一两个标准。") == [("两个", 2, 4, 2.0, "个", None, "标准")]


def test_mentions_match_the_quantity_schema():
    text = "社区共有党员150名左右，设立6个网格、二十一个微网格。"
    found = QuantityExtractor()(context(text))
    assert [m.canonical for m in found] == ["150名左右", "6个", "二十一个"]
    for m in found:
        assert m.label == "quantities"
        assert set(m.attrs) == set(Quantity.model_fields) - {"evidence"}
        raw = text[m.start : m.end]
        evidence = {"text": m.attrs["text"], "sentence": 0, "start": m.start, "end": m.end, **({"raw": raw} if raw != m.attrs["text"] else {})}
        Quantity(evidence=[evidence], **m.attrs)


ALPHABET = list("0123456789.,一二两三四五六七八九十百千万亿零余多约近超过逾以上左右不足第每个名人次家元%成百分之“”+—-：，。\n的社区居民志愿者小时内月号楼")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), min_size=0, max_size=40).map("".join))
def test_spans_stay_in_bounds_and_equal_their_text(text):
    found = QuantityExtractor()(context(text))
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.attrs["text"] == text[m.start : m.end] == m.canonical
        assert "\n" not in m.attrs["text"]
        assert m.attrs["value"] >= 0
        assert m.attrs["qualifier"] in (None, "more_than", "about", "at_least", "less_than")
        assert m.attrs["unit"]


SEEDS = sorted(glob.glob(os.path.join(ROOT, "corpus", "seeds", "*.txt")))


@pytest.mark.parametrize("path", SEEDS, ids=[os.path.basename(p) for p in SEEDS])
def test_every_seed_quantity_text_is_its_raw_slice(path):
    from shequ.normalize import normalize
    from shequ.reading import read_text

    raw = read_text(path)
    clean = normalize(raw)
    found = QuantityExtractor()(context(clean.text))
    assert found, "every seed clipping reports quantities"
    for m in found:
        start, end = clean.raw_span(m.start, m.end)
        assert surface_key(raw[start:end]) == surface_key(m.attrs["text"])


def test_headline_figure_repeated_in_the_body_is_one_fact():
    title = "北京37个社区开展融合试点"
    body = "近期，北京37个社区入选，280余名持证社工参与。"
    text = f"{title}\n{body}"
    ctx = context(text, title)
    assert [(m.attrs["text"], m.start) for m in QuantityExtractor()(ctx)] == [("37个", 19), ("280余名", 27)]
    # a headline figure the body does not repeat stays
    other = f"{title}\n近期，280余名持证社工参与。"
    ctx = context(other, title)
    assert [(m.attrs["text"], m.start) for m in QuantityExtractor()(ctx)] == [("37个", 2), ("280余名", 17)]


def facts(text: str):
    """(text, value, unit, qualifier, subject) per mention."""
    return [(t, v, u, q, s) for t, _, _, v, u, q, s in quantities(text)]


# Forms, filters and subjects added after the dev-set error analysis (sentences of our own).
ANALYSIS_CASES = [
    # 元 left out after a money word; 万 is part of the number
    # (round 18: a modal word such as 预计 ends the phrase, as a link word does: the measure is the investment)
    ("合作社预计投资120万，先期投入40万。", [("120万", 1200000.0, "元", None, "投资"), ("40万", 400000.0, "元", None, "投入")]),
    # points, phases, metres as written, 住户
    ("我一共得了八十多分。", [("八十多分", 80.0, "分", "more_than", None)]),
    ("夜校今年办了三期书法班。", [("三期", 3.0, "期", None, "书法班")]),
    ("社区已举办家长课堂40余期。", [("40余期", 40.0, "期", "more_than", "家长课堂")]),  # qualified: a count
    # money written with 人民币 instead of 元; after 向/为 + recipient the subject is the action
    ("县里一家企业向慈善总会捐赠80万人民币。", [("80万人民币", 800000.0, "元", None, "捐赠")]),
    ("校友们为助学基金捐款了12万元。", [("12万元", 120000.0, "元", None, "捐款")]),
    ("铺设自行车道800m。", [("800m", 800.0, "m", None, "自行车道")]),
    ("服务覆盖片区900余住户。", [("900余住户", 900.0, "户", "more_than", "片区")]),
    # an Arabic 1 is a count; 一 is the article
    ("每户可领取1个灭火器。", [("1个", 1.0, "个", None, "灭火器")]),
    # a figure right after another one shares its subject and is not an address
    ("片区共有居民2300户6100人。", [("2300户", 2300.0, "户", None, "居民"), ("6100人", 6100.0, "人", None, "居民")]),
    # a figure repeated in a later sentence is one fact; in one sentence they are two
    ("两座“暖心亭”建成开放。眼下，两座“暖心亭”由志愿者轮流值守。", [("两座", 2.0, "座", None, "暖心亭")]),
    ("座谈会上梳理意见8条，当场答复意见8条。", [("8条", 8.0, "条", None, "意见"), ("8条", 8.0, "条", None, "意见")]),
    # subjects after a classifier: a verb before the noun modifies it; 及 joins; skips
    ("设立了15个调解工作站。", [("15个", 15.0, "个", None, "调解工作站")]),
    ("队员们组成3支巡逻小队。", [("3支", 3.0, "支", None, "巡逻小队")]),
    ("走访了12户空巢及失能老人。", [("12户", 12.0, "户", None, "空巢及失能老人")]),
    ("建成了30个这样的爱心驿站。", [("30个", 30.0, "个", None, "爱心驿站")]),
    ("8家辖区内企业参加。", [("8家", 8.0, "家", None, "企业")]),
    ("沿街300家商户全面参与创建。", [("300家", 300.0, "家", None, "商户")]),
    ("500名村（社区）工作人员参加。", [("500名", 500.0, "名", None, "村（社区）工作人员")]),
    ("已有3名外卖骑手递交申请。", [("3名", 3.0, "名", None, "外卖骑手")]),
    ("12名老人在活动室里下棋。", [("12名", 12.0, "名", None, "老人")]),
    # subjects before: 就有 links; a place phrase or a light verb is no subject
    ("报名参加的人数就有一千多人。", [("一千多人", 1000.0, "人", "more_than", "人数")]),
    ("检查组对片区内20户开展抽查。", [("20户", 20.0, "户", None, None)]),
    # (round 17: the clause's topic before the light verb is what was held, as the dev gold reads it)
    ("类似的义诊已经举办了80余次。", [("80余次", 80.0, "次", "more_than", "义诊")]),
    ("居民满意度提升至96%。", [("96%", 96.0, "%", None, "居民满意度")]),
    ("为辖区800余名独居老人提供服务。", [("800余名", 800.0, "名", "more_than", "独居老人")]),
    # subjects after a people classifier or a leading 的: a verb before a person noun modifies it
    ("街道招募了12名返乡大学生参与暑期托管。", [("12名", 12.0, "名", None, "返乡大学生")]),
    ("10名来自高校的志愿者参加。", [("10名", 10.0, "名", None, "志愿者")]),  # a clause closed by 的
    ("排查出30个存在隐患的小区。", [("30个", 30.0, "个", None, "小区")]),
    ("3个社区开展的活动都很受欢迎。", [("3个", 3.0, "个", None, "社区")]),  # a clause opened by its doer
    # a describing clause may hold adverbs, idioms and 而又; a people classifier counts the
    # person noun after a clause opened by a noun; the noun after 的 may open with a quote
    ("柜子里存着60件随时可取的“工具”。", [("60件", 60.0, "件", None, "工具")]),
    ("社区里有12名能干而又热心的党员。", [("12名", 12.0, "名", None, "党员")]),
    ("那天来了6位青春飞扬的师范学生。", [("6位", 6.0, "位", None, "师范学生")]),
    ("晚会上有7位热情洋溢的主持人。", [("7位", 7.0, "位", None, "主持人")]),
    ("队里还有8位经验丰富的退休教师。", [("8位", 8.0, "位", None, "退休教师")]),
    # bare 人 is followed by its predicate, which names the people counted when nothing else does
    ("当天有200余人参加义诊。", [("200余人", 200.0, "人", "more_than", "参加义诊")]),
    ("共有20人报名。", [("20人", 20.0, "人", None, "报名")]),  # round 40: a lone verb closing the clause is what they did
    # 占|比 is one noun, a share; a percentage before 的 measures the noun after it
    ("其中党员占比为31%。", [("31%", 31.0, "%", None, "党员占比")]),
    ("小区里占比90%的住户是老人。", [("90%", 90.0, "%", None, "住户")]),
    ("寒假里提供了120人次的陪读服务。", [("120人次", 120.0, "人次", None, "陪读服务")]),
    ("镇上孵化了8家青年社会组织。", [("8家", 8.0, "家", None, "青年社会组织")]),  # 青年 is tagged a time word
    # a measure after a verb of having: the noun after 的 is what is measured, not the owner
    ("该村有300亩的集体林地。", [("300亩", 300.0, "亩", None, "集体林地")]),
    ("志愿时长超过3万小时的助老服务队。", [("超过3万小时", 30000.0, "小时", "more_than", "志愿时长")]),
    # a regression: the unknown join 元|降 after a figure was read as the next figure's subject
    ("车位月租由300元降至200元。", [("300元", 300.0, "元", None, None), ("200元", 200.0, "元", None, None)]),
]

ANALYSIS_NOTHING = [
    "培训分理论、实操、考核3个阶段。",  # a count of stages
    "活动共设置了三个环节。",  # a count of an agenda's parts
    "参评作品分为4个类别。",  # a count of categories
    "服务覆盖东城、五台、西湖等地。",  # a place name between list marks
    "这件事十分重要。",  # 十分 is a word
    "会议8点30分开始。",  # a time
    "阳光苑四期住户反映问题。",  # a phase number of an estate
    "使用5mm钢板。",  # a Latin unit inside a longer unit
    "由1名社工联系多名志愿者。",  # a per-unit base
    "网格员要打通为民服务的最后一公里。",  # the idiom 'the last mile', no distance
    "便民点解决了居民买菜最后100米的难题。",  # ditto, in metres
]


@pytest.mark.parametrize(("text", "expected"), ANALYSIS_CASES)
def test_quantities_forms_filters_and_subjects_from_the_error_analysis(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", ANALYSIS_NOTHING)
def test_quantities_category_counts_names_times_and_phases_are_left_out(text):
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "candidate", "reason"),
    [
        ("培训分3个阶段。", "3个", "category_count"),
        ("涪江、五台、西湖。", "五台", "list_item"),
        ("这件事十分重要。", "十分", "word"),
        ("使用5mm钢板。", "5m", "inside_word"),
        ("阳光苑四期住户。", "四期", "phase_number"),
        ("会议8点30分开始。", "30分", "time"),
        ("打通服务的最后一公里。", "一公里", "idiom"),
    ],
)
def test_new_filters_name_their_rejection(text, candidate, reason):
    assert (candidate, reason) in reasons(text)


def test_subject_is_never_a_light_verb():
    # a regression: 分别给予|N元 gave the subject 给予
    assert facts("对获奖团队分别给予3000元。")[0][4] != "给予"


# --- named steps of the subject after the number -----------------------------------------

from shequ.extract.quantities import _kind_in_subject, _skipped_before_subject  # noqa: E402


@pytest.mark.parametrize(
    "pieces, expected",
    [
        ([("辖区", "noun"), ("内", "other"), ("单位", "noun")], 2),  # where, not what
        ([("这样", "other"), ("的", "de"), ("驿站", "noun")], 1),
        ([("“", "stop"), ("驿站", "noun")], 1),
        ([("的", "de"), ("居民", "noun")], 1),
        ([("辖区", "noun"), ("居民", "noun")], 0),  # no locative: the area is the subject's start
        ([("社区", "noun"), ("里", "other"), ("都", "other")], 0),  # no noun after it: the area is counted
        ([("居民", "noun")], 0),
    ],
)
def test_quantities_pieces_skipped_before_the_subject(pieces, expected):
    assert _skipped_before_subject(pieces, 0) == expected


@pytest.mark.parametrize(
    "pieces, k, taken, classifier, expected",
    [
        ([("调解", "verb"), ("工作站", "noun")], 0, [], True, "noun"),  # 15个调解|工作站
        ([("调解", "verb"), ("工作站", "noun")], 0, [], False, "verb"),  # 200余人|调解…: the predicate
        ([("开展", "verb"), ("活动", "noun")], 0, [], True, "verb"),  # a light verb never modifies
        ([("空巢", "noun"), ("及", "other"), ("老人", "noun")], 1, [("空巢", "noun")], False, "join"),
        ([("空巢", "noun"), ("及", "other"), ("，", "stop")], 1, [("空巢", "noun")], False, "other"),
    ],
)
def test_quantities_kind_of_a_piece_inside_the_subject(pieces, k, taken, classifier, expected):
    assert _kind_in_subject(pieces, k, taken, classifier) == expected


# Subjects and filters from reading quantities in a bulk sample of real articles (round 8);
# sentences of our own showing the same shapes.
BULK_READ_CASES = [
    # an unknown join of a noun suffix and a link word: 率|达, 比|超
    ("全镇互助会的组建率达60%。", [("60%", 60.0, "%", None, "组建率")]),
    ("新村人口中老年人占比超30%。", [("30%", 30.0, "%", None, "新村人口中老年人占比")]),
    # a contrast 少则…多则… names no subject
    ("每户认捐少则200元，多则数千元。", [("200元", 200.0, "元", None, None)]),
    # a noun with its adjective closed by 的 after a classifier modifies the counted noun
    ("街道为16家口碑良好的餐馆授牌。", [("16家", 16.0, "家", None, "餐馆")]),
    # a head of the unit after a people classifier (楼道|长), person nouns tagged as verbs (选手)
    ("社区走访了42位楼道长。", [("42位", 42.0, "位", None, "楼道长")]),
    ("共有27名决赛选手登台。", [("27名", 27.0, "名", None, "决赛选手")]),
    # an area before a locative with no noun after it is what is counted
    ("全省3万多个社区里都有调解员。", [("3万多个", 30000.0, "个", "more_than", "社区")]),
    # counts of buildings after a verb stay
    ("这个老小区共有12栋楼。", [("12栋", 12.0, "栋", None, "楼")]),
]

BULK_READ_NOTHING = [
    "巡逻队每天6:45分从村口出发。",  # a clock time
    "服务点设在和美家园6幢一楼。",  # an address: estate name + building number
    "她家住在建设路17号2幢。",
]


@pytest.mark.parametrize(("text", "expected"), BULK_READ_CASES)
def test_quantities_subjects_read_in_the_bulk_sample(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", BULK_READ_NOTHING)
def test_quantities_clock_times_and_addresses_are_left_out(text):
    assert facts(text) == []


# Accuracy round 12: a count of people served with no noun naming it counts the service
# (sentences written for the tests; the shapes come from three tuning articles).
SERVICE_CASES = [
    ("今年以来，卫生室累计诊疗860余人次。", [("860余人次", 12, 18, 860.0, "人次", "more_than", "诊疗")]),
    ("社区医生上门累计接诊1300余人次。", [("1300余人次", 10, 17, 1300.0, "人次", "more_than", "接诊")]),
    # a noun before the number still names what is counted
    ("驿站全年服务居民4200多人次。", [("4200多人次", 8, 15, 4200.0, "人次", "more_than", "居民")]),
    # a verb that says how far the service reached names nothing
    ("项目开展以来参与2000余人次。", [("2000余人次", 8, 15, 2000.0, "人次", "more_than", None)]),
]


@pytest.mark.parametrize("text,expected", SERVICE_CASES)
def test_quantities_service_verb_names_a_count_of_people_served(text, expected):
    assert quantities(text) == expected


# Accuracy round 13 (sentences written for the tests; each shape seen in three tuning articles of
# different outlets): a range whose ends both carry a measure word gives both, as the dev gold
# writes 5000元-10000元; kinds (种) are counted; modifiers joined by 、 after a count share its noun.
ROUND13_CASES = [
    ("镇里给每户发放500元至900元慰问金。", [("500元", 500.0, "元", None, "慰问金"), ("900元", 900.0, "元", None, "慰问金")]),
    ("食堂每天供应菜品40余种。", [("40余种", 40.0, "种", "more_than", "菜品")]),
    ("社区摸清了212名独居、失能、空巢老人的情况。", [("212名", 212.0, "名", None, "独居、失能、空巢老人")]),
    ("网格员走访了37户孤寡、残疾、低保家庭。", [("37户", 37.0, "户", None, "孤寡、残疾、低保家庭")]),
    # a list of nouns keeps its first item at least
    ("街道联系了120余名保洁员、货车司机。", [("120余名", 120.0, "名", "more_than", "保洁员、货车司机")]),
    # a large count per month is a count of visits, and a yearly count is a total
    ("站点每月接待居民400余次。", [("400余次", 400.0, "次", "more_than", "居民")]),
    ("服务队每年开展义诊6次。", [("6次", 6.0, "次", None, "义诊")]),
]

ROUND13_NOTHING = [
    # round 28: a range whose first end has no measure word is an estimate; round 44: a few kinds in
    # Chinese numerals are no count (kinds in digits, 6类, are counted since round 44)
    "每个网格配有2至4名专职网格员。",
    "现场来了三到五位老师。",
    "各敬老院按照2000-4000元标准慰问。",
    "大赛共收到六类项目方案。",
    "评选分一类、二类、三类4个奖项。",  # grades, not kinds counted; 4个奖项 counts categories
    "队员们用六种颜色给小组命名。",  # a manner, not a count
    "第2至4名的队伍进入复赛。",  # ordinals
    "每隔2—3个月回访一次。",  # a time span
    "志愿者每周三次上门陪老人聊天。",  # a schedule, not a count of visits made
    "读书会每月举办2次以上。",
]


@pytest.mark.parametrize(("text", "expected"), ROUND13_CASES)
def test_quantities_ranges_kinds_and_listed_modifiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", ROUND13_NOTHING)
def test_quantities_grades_manners_and_ordinal_ranges_are_left_out(text):
    assert facts(text) == []


def test_large_headline_figure_written_alike_in_the_body_is_one_fact():
    """Round 13: the headline names a sum its own way (筹款…), the body another (专项资金…)."""
    title = "县慈善会筹款52.4万元帮扶困难家庭"
    body = "春节前，县慈善会共筹集专项资金52.4万元，为23个社区送去温暖。"
    text = f"{title}\n{body}"
    found = [(m.attrs["text"], m.start) for m in QuantityExtractor()(context(text, title))]
    assert found == [("52.4万元", 34), ("23个", 42)]
    # a small count written alike may be another fact (23个社工站 / 23个社区)
    title = "新区计划建成23个社工站"
    text = f"{title}\n届时社工站将覆盖全区23个社区。"
    found = [(m.attrs["text"], m.start) for m in QuantityExtractor()(context(text, title))]
    assert found == [("23个", 6), ("23个", 23)]


def test_frequency_and_manner_filters_name_their_rejection():
    assert ("两次", "frequency") in reasons("社工每周两次上门回访。")
    assert ("五种", "manner") in reasons("孩子们用五种颜色画画。")
    assert ("三种", "list_item") in reasons("评比分一种、二种、三种5个等次。")


# Accuracy round 14 (sentences written for the tests; each shape seen in three tuning articles of
# different outlets): the noun before a verb of change is what a clause-final count counts; a verb
# and the 率 jieba splits from it are one noun; 两人/两家/两户 that no verb governs is the pair a
# story is about, not a count.
ROUND14_CASES = [
    ("如今闲置车位只剩下12个。", [("12个", 12.0, "个", None, "闲置车位")]),
    ("巡河志愿者队伍已经发展到260余人，覆盖全镇。", [("260余人", 260.0, "人", "more_than", "巡河志愿者队伍")]),
    ("去年该所纠纷调处率98%以上。", [("98%以上", 98.0, "%", "more_than", "纠纷调处率")]),
    ("全年服务合同履约率100%。", [("100%", 100.0, "%", None, "合同履约率")]),
    # as a verb's object a count of two counts
    ("义诊队员来自两家医院。", [("两家", 2.0, "家", None, "医院")]),
    ("网格员上午走访两户独居老人。", [("两户", 2.0, "户", None, "独居老人")]),
    # a count that a noun follows keeps that noun
    ("全镇已经增加到15个服务站点。", [("15个", 15.0, "个", None, "服务站点")]),
]

ROUND14_NOTHING = [
    "卖废品的钱两家对半分。",
    "调解员劝了半天，两家握手言和。",
    "两人随后分头联系物业和业主。",
    "社工把两户请到一起当面沟通。",
    "楼上楼下的两人如今成了好朋友。",
]


@pytest.mark.parametrize(("text", "expected"), ROUND14_CASES)
def test_quantities_change_verbs_rates_and_pairs_as_objects(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", ROUND14_NOTHING)
def test_quantities_pair_a_story_is_about_is_no_count(text):
    assert facts(text) == []


def test_pair_reference_filter_names_its_rejection():
    assert ("两家", "pair_reference") in reasons("调解员劝了半天，两家握手言和。")
    assert ("两家", None) in reasons("义诊队员来自两家医院。")


# --- round 16 wave 3: a sum right after a per-unit base counts that base --------------------

PER_UNIT_CASES = [
    ("午餐标准：七旬以上老人每人每餐4元，其余居民每人每餐8元。",
     [("4元", 4.0, "元", None, "每人每餐"), ("8元", 8.0, "元", None, "每人每餐")]),
    ("合作社按每亩800元的价格流转农户耕地。", [("800元", 800.0, "元", None, "每亩")]),
    # a money noun named before the base stays the subject
    ("节前共发放慰问金每户500元。", [("500元", 500.0, "元", None, "慰问金")]),
    # a money noun right after the sum stays the subject
    ("食堂按每人每餐9元收费。", [("9元", 9.0, "元", None, "收费")]),
    # a period is no per-unit base
    ("车位月租从每月260元降到180元。", [("260元", 260.0, "元", None, None), ("180元", 180.0, "元", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PER_UNIT_CASES)
def test_quantities_sum_after_a_per_unit_base(text, expected):
    assert facts(text) == expected


# --- round 17: subject binding over the figure's clause -----------------------------------------

BINDING_CASES = [
    # the topic of the clause a figure closes, past adverbs, link words, particles and verbs
    ("邻里讲堂已举办九期，反响很好。", [("九期", 9.0, "期", None, "邻里讲堂")]),
    ("储蓄账户数维持在80户左右。", [("80户左右", 80.0, "户", "about", "储蓄账户数")]),
    ("巡查队今年发现隐患上报73起。", [("73起", 73.0, "起", None, "隐患")]),
    ("退休教师和热心居民等共计30余人，一起清扫楼道。", [("30余人", 30.0, "人", "more_than", "热心居民")]),
    # a clause of a verb alone reads the noun closing the clause before it
    ("这样的健康讲座，已经开展了40余次。", [("40余次", 40.0, "次", "more_than", "健康讲座")]),
    # a clause with no verb, or a figure closing the clause before, reads nothing
    ("得奖的有保洁员，共计16人。", [("16人", 16.0, "人", None, None)]),
    ("老人占比为25%，达1800多人。", [("25%", 25.0, "%", None, "老人占比"), ("1800多人", 1800.0, "人", "more_than", None)]),
    # a short quote before the noun it names or describes
    ("全市设立了36个“阳光童年·周末托管”服务中心。", [("36个", 36.0, "个", None, "阳光童年·周末托管服务中心")]),
    ("街道推出12个“小而美”的便民项目。", [("12个", 12.0, "个", None, "小而美的便民项目")]),
    # a likeness clause between the number and its noun
    ("当天共有300多位像周阿姨一样的老人领到了慰问品。", [("300多位", 300.0, "位", "more_than", "老人")]),
    # a short bracketed alternative closing the counted noun
    ("项目覆盖全区41个村（社区）。", [("41个", 41.0, "个", None, "村（社区）")]),
    # a verb closing the phrase after a classifier of things is the thing counted
    ("网格员今年共受理300余件求助。", [("300余件", 300.0, "件", "more_than", "求助")]),
    ("社工走访楼院后，记下“想要晾衣架”等12条诉求。", [("12条", 12.0, "条", None, "诉求")]),
    # but a count of organizations before a verb counts no verb
    ("本次共有9家参与。", [("9家", 9.0, "家", None, None)]),
    # a link word of two characters glued to a noun suffix (率|高达) is no part of the noun
    ("目前全区持证率高达41%。", [("41%", 41.0, "%", None, "全区持证率")]),
    # nouns jieba tags as another class
    ("年底共兑换积分5600分。", [("5600分", 5600.0, "分", None, "积分")]),
    ("商会送来80袋大米、60瓶花生油。", [("80袋", 80.0, "袋", None, "大米"), ("60瓶", 60.0, "瓶", None, "花生油")]),
]


@pytest.mark.parametrize(("text", "expected"), BINDING_CASES)
def test_quantities_subject_bound_over_the_clause(text, expected):
    assert facts(text) == expected


# --- round 17: measure words the pooled gold counts (把, 瓶, 部, 组, 轮) -----------------------------

MEASURE_WORD_CASES = [
    ("广场上新装了木质座椅8把。", [("8把", 8.0, "把", None, "木质座椅")]),
    ("共计加装3部电梯，惠及居民。", [("3部", 3.0, "部", None, "电梯")]),
    ("爱心企业捐赠了300瓶矿泉水。", [("300瓶", 300.0, "瓶", None, "矿泉水")]),
    ("居民代表开展了5轮协商。", [("5轮", 5.0, "轮", None, "协商")]),
    ("赠送老花镜共计20组。", [("20组", 20.0, "组", None, "老花镜")]),
]
MEASURE_WORD_NOTHING = [
    "栀子社区作为城市的一部分，通过多部门联动。",
    "新一轮改造开始，第二轮评比结束。",
    "书记是单位的一把手。",
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_WORD_CASES)
def test_quantities_measure_words_round17(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", MEASURE_WORD_NOTHING)
def test_quantities_measure_words_round17_inside_words(text):
    assert facts(text) == []


# --- round 18: subjects read across heads jieba tags a measure word or an idiom -------------------

NOUN_HEAD_CASES = [
    # a one-character head tagged a measure word closes the compound before it
    ("今年资助的项目中，养老服务类15个、助学类6个。", [("15个", 15.0, "个", None, "养老服务类"), ("6个", 6.0, "个", None, "助学类")]),
    ("这笔奖励款一共3万元。", [("3万元", 30000.0, "元", None, "奖励款")]),
    ("街道发放防汛宣传单页两千余份。", [("两千余份", 2000.0, "份", "more_than", "防汛宣传单页")]),
    # a set phrase of a modifier and a noun is a thing counted
    ("街道去年共排查各类安全隐患56起。", [("56起", 56.0, "起", None, "安全隐患")]),
    ("志愿者们走访孤寡老人32户。", [("32户", 32.0, "户", None, "孤寡老人")]),
    # a set phrase that is a predicate stays out of the subject
    ("大家喜笑颜开38人。", [("38人", 38.0, "人", None, None)]),
    ("队员们鼓足勇气坚持了12场。", [("12场", 12.0, "场", None, "坚持")]),
    # a head after no noun or verb is still the measure word's (五类, 各类)
    ("参评作品分为4个类别。", []),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_HEAD_CASES)
def test_quantities_subject_across_noun_heads_round18(text, expected):
    assert facts(text) == expected


# --- round 18: modal words link a subject to its figure; pieces of predicate are no subject ------

MODAL_LINK_CASES = [
    # a modal before a link word, in one token or two, is skipped like the link word
    ("该村今年集体收入可达120万元。", [("120万元", 1200000.0, "元", None, "集体收入")]),
    ("全镇营业收入有望达到900万元。", [("900万元", 9000000.0, "元", None, "全镇营业收入")]),
    ("今年慈善捐款将达30万元。", [("30万元", 300000.0, "元", None, "慈善捐款")]),
    ("景区今年的门票收益预计突破50万元。", [("50万元", 500000.0, "元", None, "门票收益")]),
    # an unknown join of an adverb and a verb is a predicate: the noun after the figure is named
    ("老人们每月还能领300元补贴。", [("300元", 300.0, "元", None, "补贴")]),
    ("12户人家已搬进新房。", [("12户", 12.0, "户", None, "人家")]),
    # verbs joined by 而 name no distance
    ("沿着河道向东而行800米就到了。", [("800米", 800.0, "米", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), MODAL_LINK_CASES)
def test_quantities_modal_links_and_predicate_pieces_round18(text, expected):
    assert facts(text) == expected


# --- round 18: a measure word whose tail starts a word; 笔; 过 before a bare magnitude ------------

MEASURE_TAIL_CASES = [
    ("全区共有86个人民调解委员会。", [("86个", 86.0, "个", None, "人民调解委员会")]),
    ("街道建成5个人才驿站。", [("5个", 5.0, "个", None, "人才驿站")]),
    ("共有30个人参加。", [("30个人", 30.0, "人", None, "参加")]),  # 个人 stays whole before a verb (round 40: its predicate)
    ("两个人合买了一台。", [("两个人", 2.0, "人", None, None)]),  # an unknown join (人合) cuts nothing
    ("短短一上午就收到46笔捐款。", [("46笔", 46.0, "笔", None, "捐款")]),
    ("一年来服务居民过万人次。", [("过万人次", 10000.0, "人次", "more_than", "居民")]),
]
MEASURE_TAIL_NOTHING = [
    "他过了3个月才回来。",  # 过 is a verb before a time span
    "社区一笔一笔记账。",  # counts of one
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_TAIL_CASES)
def test_quantities_measure_word_tails_round18(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", MEASURE_TAIL_NOTHING)
def test_quantities_measure_word_tails_round18_nothing(text):
    assert facts(text) == []


# --- round 18: a short bracket before the figure; an area before 的 measures the noun after it -----

BRACKET_AND_AREA_CASES = [
    ("全镇打造示范村（社区）12个。", [("12个", 12.0, "个", None, "示范村（社区）")]),
    ("打造慈善街区(小区)3个，实施项目6个。", [("3个", 3.0, "个", None, "慈善街区(小区)"), ("6个", 6.0, "个", None, "项目")]),
    ("大家在约80平方米的会议室里座谈。", [("约80平方米", 80.0, "平方米", "about", "会议室")]),
    ("社区建成了500平方米的活动广场。", [("500平方米", 500.0, "平方米", None, "活动广场")]),
    # a length before 的 says where: the phrase before it is kept
    ("驿站设在距离地铁站不足1公里的地方。", [("不足1公里", 1.0, "公里", "less_than", "距离地铁站")]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_AND_AREA_CASES)
def test_quantities_bracket_before_and_area_before_de_round18(text, expected):
    assert facts(text) == expected


# --- round 21: measure words of animals, banquet tables, cases and umbrellas ----------------

MEASURE_WORD_ROUND21 = [
    ("驻村工作队为农户发放鸡苗2600只。", [("2600只", 2600.0, "只", None, "鸡苗")]),
    ("社区邻里宴一共摆了四十桌。", [("四十桌", 40.0, "桌", None, "社区邻里宴")]),
    ("人民调解委员会全年调处矛盾纠纷72宗。", [("72宗", 72.0, "宗", None, "矛盾纠纷")]),
    ("商户们向社区捐赠了爱心伞80柄。", [("80柄", 80.0, "柄", None, "爱心伞")]),
]
MEASURE_WORD_ROUND21_NOTHING = [
    "他只想把事情办好。",
    "一只小猫跑进了院子。",  # counts of one
    "二道河社区和三道街社区开展联谊。",  # 道 stays out: street and river names
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_WORD_ROUND21)
def test_quantities_measure_words_round21(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", MEASURE_WORD_ROUND21_NOTHING)
def test_quantities_measure_words_round21_nothing(text):
    assert facts(text) == []
