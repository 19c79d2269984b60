"""Normalization: real lines from the seed clippings, the ugly cases, and properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shequ import layout
from shequ.mojibake import repair
from shequ.normalize import _web_headline_break, is_word, normalize
from shequ.chars import surface_key

from corpus_data import seed_paths, seed_text


@pytest.mark.parametrize(
    "raw, clean",
    [
        # 003: the page header, attributions and a headline in font mojibake
        ("圆园25援2.4 星期二 责编院皮磊 美编院段理", "2025.2.4 星期二 责编：皮磊 美编：段理"),
        ("渊据叶辽宁日报曳冤", "（据《辽宁日报》）"),
        ("引领野专业社工+志愿服务冶融合", "引领“专业社工+志愿服务”融合"),
        ("渊据中安在线冤在安庆市迎江区袁社工组织居民议事", "（据中安在线）在安庆市迎江区，社工组织居民议事"),
    ],
)
def test_mojibake_repaired_where_the_clipping_shows_it(raw, clean):
    # The pairs and numbers on these lines are evidence enough on their own.
    assert repair(raw + "\n" + seed_text("003")).split("\n")[0] == clean


@pytest.mark.parametrize(
    "line",
    [
        "社会工作人员集体报考了为",  # 000: 员
        "有专业人员陪伴的童萌亲子园吸引眼球",  # 000: 园
        "必然需要大量的人员去完成",  # 000: 要 员
        "“华腾园 11 号楼中间电梯空调不制冷",  # 001: 园 next to digits
        "来自首都师范大学生命科学学院",  # 001: 院
    ],
)
def test_ordinary_yuan_yuan_yuan_yao_survive(line):
    assert repair(line) == line
    assert "员" not in line or "员" in normalize(line).text


def test_ordinary_characters_in_other_clippings_are_not_repaired():
    for path in seed_paths():
        if path.name.startswith("003"):
            continue
        raw = path.read_text(encoding="utf-8")
        assert repair(raw) == raw, path.name


def test_mojibake_in_003_repaired_in_titles_and_attributions():
    clean = normalize(seed_text("003")).text
    assert "（据《辽宁日报》）" in clean
    assert "引领“专业社工+志愿服务”融合" in clean
    assert "渊" not in clean and "冶" not in clean and "曳" not in clean


def test_guard_words_keep_their_characters_in_a_mojibake_clipping():
    text = "渊据叶辽宁日报曳冤 学院和医院都需要遥远的支持袁大家来了"
    assert repair(text) == "（据《辽宁日报》） 学院和医院都需要遥远的支持，大家来了"


def test_an_institution_naming_itself_keeps_its_院_in_a_mojibake_clipping():
    text = "渊据叶青禾晚报曳冤 我院举办健康讲座袁本院专家到场袁该院和全院职工参加遥"
    assert repair(text) == "（据《青禾晚报》） 我院举办健康讲座，本院专家到场，该院和全院职工参加。"
    # cut by the page's line wrap, with a real colon (院) after 时间 still repaired
    assert repair("渊据叶青禾晚报曳冤 我院\n举办义诊袁时间院周六遥") == "（据《青禾晚报》） 我院\n举办义诊，时间：周六。"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # no brackets or quotes to confirm it: lists split by 尧 and paragraphs ended by 遥 do
        ("楼长尧网格员尧志愿者分片包干袁巡查楼道遥\n\n大家都来了尧党员和群众一起干遥",
         "楼长、网格员、志愿者分片包干，巡查楼道。\n\n大家都来了、党员和群众一起干。"),
        ("居民议事会每月开一次遥\n\n议题由楼长尧业委会尧物业提出遥",
         "居民议事会每月开一次。\n\n议题由楼长、业委会、物业提出。"),
        # a list of four items is enough on its own, its items cut by the page's line wrap or not
        ("由区妇联尧区科协尧区残\n联尧团区委共同主办袁欢迎报名。",
         "由区妇联、区科协、区残\n联、团区委共同主办，欢迎报名。"),
        # one list of three is not enough, nor are real names and words
        ("楼长尧网格员尧志愿者分片包干,巡查楼道。", "楼长尧网格员尧志愿者分片包干,巡查楼道。"),
        ("获奖的有王尧、李明、张尧和袁小青。", "获奖的有王尧、李明、张尧和袁小青。"),
        ("尧山镇尧山村的袁书记说,村里的\n\n尧河桥修好了。", "尧山镇尧山村的袁书记说,村里的\n\n尧河桥修好了。"),
        ("唐尧的传说和遥远的故事,袁老师讲给孩子们听。", "唐尧的传说和遥远的故事,袁老师讲给孩子们听。"),
    ],
)
def test_mojibake_shown_by_lists_and_paragraph_ends(raw, clean):
    assert repair(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a surname after a byline's title or an opening bracket: no comma stands there
        ("北湖融媒渊记者 袁小青冤3月5日袁桃源社区野邻里节冶开幕遥",
         "北湖融媒（记者 袁小青）3月5日，桃源社区“邻里节”开幕。"),
        ("野邻里节冶开幕遥渊本报记者袁小青 通讯员院立新冤", "“邻里节”开幕。（本报记者袁小青 通讯员院立新）"),
        # a title inside a sentence may be followed by a comma
        ("野邻里节冶开幕遥社区书记告诉记者袁明年还办遥", "“邻里节”开幕。社区书记告诉记者，明年还办。"),
    ],
)
def test_surname_in_a_byline_of_a_mojibake_clipping_stays(raw, clean):
    assert repair(raw) == clean


def test_pinyin_printed_after_characters_is_dropped_and_spans_map_back():
    raw = "桃源街道社工站聯(lián)合青禾社區(qū)開(kāi)展活動(dòng), 報名(tel)请致电。"
    clean = normalize(raw)
    assert clean.text == "桃源街道社工站联合青禾社区开展活动，报名（tel）请致电。"
    start = clean.text.index("联合青禾社区")
    assert raw[slice(*clean.raw_span(start, start + 6))] == "聯(lián)合青禾社區"


PINYIN_PAGE = [
    "社區(qū)志願(yuàn)者服務(wù)隊(duì)成立",
    "3月5日,桃源社區(qū)志願(yuàn)者服務(wù)隊(duì)在社區(qū)廣場舉(jǔ)行成立儀式,二十名退休黨員報名(míng)加入,"
    "今後將每周開(kāi)展巡查、助老等服務(wù),隊員們還約定每月走訪一次轄區(qū)的獨居老人。",
    "社區(qū)書(shū)記李明(míng)說,隊伍還將吸納更多年輕居民,為鄰(lín)里辦實事,讓志願(yuàn)服務(wù)"
    "成為社區(qū)的一張名片,也讓更多鄰(lín)居加入進來(lái)。",
]


def test_hard_wrapped_page_with_pinyin_reads_as_the_unwrapped_page():
    # the column was wrapped with the pinyin in it: every 15 characters, a blank line
    # between paragraphs, as PDF-like copies of such pages are
    wrapped = "\n\n".join("\n".join(p[i : i + 15] for i in range(0, len(p), 15)) for p in PINYIN_PAGE)
    assert normalize(wrapped).text == normalize("\n".join(PINYIN_PAGE)).text == (
        "社区志愿者服务队成立\n\n"
        "3月5日，桃源社区志愿者服务队在社区广场举行成立仪式，二十名退休党员报名加入，今后将每周开展巡查、"
        "助老等服务，队员们还约定每月走访一次辖区的独居老人。\n"
        "社区书记李明说，队伍还将吸纳更多年轻居民，为邻里办实事，让志愿服务成为社区的一张名片，"
        "也让更多邻居加入进来。"
    )


def test_pinyin_without_a_tone_mark_or_after_a_latin_word_stays():
    assert normalize("服务热线(zhuanxian)和NGO(ā)都在。").text == "服务热线（zhuanxian）和NGO(ā）都在。"


@pytest.mark.parametrize("credit", ["青禾网发", "通讯员 周晓 摄"])
def test_photo_credit_closing_a_caption_ends_its_paragraph(credit):
    raw = f"孩子们在桃源社区书屋读书。{credit}\n\n  桃源社区书屋建成于去年，藏书三千册。\n"
    assert normalize(raw).text == f"孩子们在桃源社区书屋读书。{credit.replace(' ', '')}\n桃源社区书屋建成于去年，藏书三千册。"


def test_mojibake_quote_whose_partner_is_too_far_is_repaired_by_its_neighbour():
    long_quote = "我们将整合辖区资源，壮大志愿服务队伍，" * 4
    raw = "渊据叶某某日报曳冤 书记王明说院野" + long_quote + "做深做实遥冶\n\n桃源村新建了书吧。学院野外实践基地也在村里。"
    assert repair(raw) == (
        "（据《某某日报》） 书记王明说：“" + long_quote + "做深做实。”\n\n桃源村新建了书吧。学院野外实践基地也在村里。"
    )


def test_estate_named_with_a_mojibake_look_alike_keeps_it():
    raw = "渊据叶某某日报曳冤 翰林院小区和四合院社区的居民院野我们都来了冶"
    assert repair(raw) == "（据《某某日报》） 翰林院小区和四合院社区的居民：“我们都来了”"


def test_mojibake_digit_glued_to_a_word_before_ascii_digits_is_left_alone():
    # 员 closes 网格员 across the line break, though the dictionary lacks the word; the
    # clipping shows mojibake (brackets, 尧 lists), so a lone 员 before a digit is the question
    raw = "渊据叶某某日报曳冤其中楼长6个尧网格\n员8个尧信息员12个遥"
    assert repair(raw, is_word) == "（据《某某日报》）其中楼长6个、网格\n员8个、信息员12个。"


def test_wrapped_headline_between_blank_lines_does_not_run_on_into_the_body():
    # 共奋进 | 社区… spells 进社区 across the break; a line set off by blank lines on both
    # sides, nearly as wide as the column, is still a headline of its own
    raw = (
        "主办 江城日报社\n\n"
        "邻里同心、党群携手共奋进\n\n"
        "社区请来辖区的三家单位一起商\n量楼道整治，议定了分片包干的\n办法，还约好每月碰一次头，看\n看进展如何。\n\n"
        "今年以来，社区还组织志愿者上\n门服务独居老人，累计服务三百\n余人次，居民们纷纷点赞。\n"
    )
    assert normalize(raw).text.split("\n\n")[1:3] == [
        "邻里同心、党群携手共奋进",
        "社区请来辖区的三家单位一起商量楼道整治，议定了分片包干的办法，还约好每月碰一次头，看看进展如何。"
        "\n今年以来，社区还组织志愿者上门服务独居老人，累计服务三百余人次，居民们纷纷点赞。",
    ]


def test_spaced_characters_and_numbers_close_up():
    assert normalize("九 龙 社 工 荣 获 全 国").text == "九龙社工荣获全国"
    assert normalize("链接 2 万余名注册志愿者").text == "链接2万余名注册志愿者"
    assert normalize("给志愿者提供具体技能培训 and 行动指南").text == "给志愿者提供具体技能培训and行动指南"
    assert normalize("NGO forum 2025").text == "NGO forum 2025"


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("服务老人 1 0 0 余人次", "服务老人100余人次"),  # every digit spaced out
        ("截至 2 0 2 4 年底", "截至2024年底"),
        ("奖励 500 0元至 1 000 0元", "奖励5000元至10000元"),  # a space fallen inside a number
        ("募集善款约 3 5.6 万元", "募集善款约35.6万元"),
        ("1 0 00名志愿者", "1000名志愿者"),
        ("2024-03-05 09:30 来源：某某网", "2024-03-05 09:30来源：某某网"),  # a date keeps its time apart
        ("2023.7.18 16:05:12", "2023.7.18 16:05:12"),
        ("Windows 10 系统", "Windows 10系统"),  # a word and a number stay apart
        ("NGO forum 2025", "NGO forum 2025"),
    ],
)
def test_numbers_spaced_out_by_the_page_keep_all_their_digits(raw, clean):
    assert normalize(raw).text == clean
    assert normalize(clean).text == clean


def test_number_cut_by_a_hard_wrap_is_joined():
    raw = (
        "近日，滨湖区春风街道联合区志愿者协会\n开展义诊服务，三年来累计服务群众1\n"
        "000余次，惠及辖区老人2\n000余人，社区党委书\n记王明介绍，下一步将继续\n"
        "扩大服务范围，让更多居民受益。今年\n以来，街道还组织培训30余场。\n"
    )
    clean = normalize(raw).text
    assert "1000余次" in clean and "2000余人" in clean


def test_regression_mojibake_digit_inside_a_word_is_not_repaired():
    # A mojibake page showed 袁 for ， and 野…冶 for quotes; 员 in 志愿者18人 is no mojibake: only 袁 and 野…冶 are.
    raw = "渊据叶某某日报曳冤 野本楼栋共有志愿者18人袁其中退休教师7人冶"
    assert normalize(raw).text.endswith("“本楼栋共有志愿者18人，其中退休教师7人”")


def test_guard_word_cut_by_a_line_break_keeps_its_character():
    # 院 of 医院 stays 院 when the page breaks the line (or spaces the letters) inside the word.
    text = "渊据叶某某日报曳冤 北湖区人民医\n院 党 委袁学 院和研究院都来了"
    assert repair(text) == "（据《某某日报》） 北湖区人民医\n院 党 委，学 院和研究院都来了"


@pytest.mark.parametrize(
    "raw, lines",
    [
        # a web page's dateline and tool bar stand apart from the headline and the body
        (
            "“小菜园”种出邻里情 “微更新”带来新气象\n来源：江城网 2024.05.06 10:20\n听新闻\n"
            "“张阿姨，今天的青菜长得真好！”一大早，北湖区松林社区的居民就来到小菜园。\n",
            ["“小菜园”种出邻里情“微更新”带来新气象", "", "来源：江城网2024.05.06 10:20", "", "听新闻", "",
             "“张阿姨，今天的青菜长得真好！”一大早，北湖区松林社区的居民就来到小菜园。"],
        ),
        # a headline whose first half ends with ！ is not run into the dispatch line below it
        (
            "情暖重阳！桃源街道为独居老人送上热饺子\n本网讯（李某）10月11日，北湖区松林街道联合社工服务站走访独居老人。\n",
            ["情暖重阳！桃源街道为独居老人送上热饺子", "", "本网讯（李某）10月11日，北湖区松林街道联合社工服务站走访独居老人。"],
        ),
        # 过 opens no sentence, but 过去 does: the paragraph under the section head stays its own
        (
            "从“各自为战”到“握指成拳”\n\n过去，辖区内的快递员分布零散，社区与他们联系不多。\n"
            "如今，社区党委牵头成立了快递员志愿服务队。\n",
            ["从“各自为战”到“握指成拳”", "", "过去，辖区内的快递员分布零散，社区与他们联系不多。", "如今，社区党委牵头成立了快递员志愿服务队。"],
        ),
    ],
)
def test_web_page_lines_kept_apart(raw, lines):
    clean = normalize(raw).text
    assert clean.split("\n") == lines
    assert normalize(clean).text == clean


def test_wrapped_page_paragraphs_end_at_short_lines_and_double_blanks():
    # Blank lines between paragraphs only: a short line before one ends its paragraph, and
    # two blank lines end one even after a full line.
    raw = (
        "北湖区民政局公益创投项\n目结出硕果\n\n\n"
        "北湖区松林社区党委书记张\n某某带领居民共建美丽家园\n\n\n"
        "2024-05-20 09:10 来源:江城网\n\n\n"
        "5月19日，北湖区民政局第三\n期助老服务项目在桃源社区举\n行，志愿者上门服务1000余\n次，惠及老人20000余人次。\n\n\n"
        "活动现场，北湖区松林街道的\n居民代表和志愿者们围坐在一\n起，交流参与社区治理的体会。\n\n\n"
        "今后，桃源社区还会每月召开协商会，\n让更多楼长参与小区事务。\n"
    )
    clean = normalize(raw).text
    assert [line for line in clean.split("\n") if line] == [
        "北湖区民政局公益创投项目结出硕果",
        "北湖区松林社区党委书记张某某带领居民共建美丽家园",
        "2024-05-20 09:10来源：江城网",
        "5月19日，北湖区民政局第三期助老服务项目在桃源社区举行，志愿者上门服务1000余次，惠及老人20000余人次。",
        "活动现场，北湖区松林街道的居民代表和志愿者们围坐在一起，交流参与社区治理的体会。",
        "今后，桃源社区还会每月召开协商会，让更多楼长参与小区事务。",
    ]
    assert normalize(clean).text == clean


def test_width_unified():
    assert normalize("近年来,宁夏中卫市（２０２４年）达到７５％").text == "近年来，宁夏中卫市（2024年）达到75%"


def test_hard_wrapped_word_joined_across_a_blank_line():
    # 000: a column ends inside 紧迫性
    clean = normalize(seed_text("000")).text
    assert "更感觉到学习的紧迫性。" in clean
    assert "链接2万余名注册志愿者" in clean


def test_headings_stay_their_own_paragraphs():
    clean = normalize(seed_text("000")).text.split("\n")
    assert "社工不断充电提升能力" in clean
    assert "服务更多人，温暖一座城" in clean
    assert "九龙社工：七年了，他们温暖着一座城" in clean


def test_wrapped_two_line_headline_joined():
    clean = normalize(seed_text("003")).text.split("\n")
    assert "辽宁百个社区试点党建引领“专业社工+志愿服务”融合" in clean
    assert "北京延庆：社会工作三级体系为新就业群体提供全方位支持" in clean


def test_broken_paragraph_joined_before_a_headline():
    clean = normalize(seed_text("001")).text.split("\n")
    assert any(line.startswith("朝阳区劲松街道") or "“八棵杨社区快递员志愿者群”共有58名成员" in line for line in clean)
    assert "甘肃金塔：构建“专业社工+志愿服务”三维体系激活基层治理新动能" in clean


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_normalization_is_idempotent_and_maps_back(path):
    raw = path.read_text(encoding="utf-8")
    clean = normalize(raw)
    assert normalize(clean.text).text == clean.text
    assert len(clean.offsets.starts) == len(clean.text) == len(clean.offsets.ends)
    for i, ch in enumerate(clean.text):
        if ch == "\n":
            continue
        start, end = clean.offsets.starts[i], clean.offsets.ends[i]
        assert 0 <= start < end <= len(raw)
        assert surface_key(raw[start:end]) == surface_key(ch), (i, ch, raw[start:end])


CJK_SAMPLE = "社区治理志愿服务工社九龙街道园员院要渊冤叶曳野冶袁，。！？“”（）《》：；、"
texts = st.text(alphabet=st.sampled_from(list(CJK_SAMPLE + "0123456789 \n\r\t.%+,;:()abcAB")), max_size=300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_normalization_is_idempotent(text):
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_clean_character_maps_into_the_raw(text):
    clean = normalize(text)
    for i, ch in enumerate(clean.text):
        assert 0 <= clean.offsets.starts[i] <= clean.offsets.ends[i] <= len(text)
        if ch != "\n":
            assert surface_key(text[clean.offsets.starts[i] : clean.offsets.ends[i]]) == surface_key(ch)


def test_regression_fuzz_found_second_pass_join():
    # Found by tests/test_fuzz.py: a later pass joined 通|读 that the first pass kept apart.
    raw = (
        "对象的转变，特别是工作中\n出现的各种棘手问题，让她和团\n模\n式， 利用碎片时间开展自学，通\n"
        "读《社会工作政策与法规》等专\n团\n模\n式， 利用碎片时间开展自学，通\n读《社会工作政策与法规》等专\n"
    )
    once = normalize(raw).text
    assert normalize(once).text == once


def test_short_hard_wrapped_clipping_is_joined():
    # A narrow column of a dozen lines is hard-wrapped too, not a list of headings.
    raw = (
        "西 安 雁 塔 区 ：\n“ 社 工 + 志 愿 者 ” 守 护 一 老 一 小\n\n"
        "近日，西安市雁塔区小寨路街道\n长延堡社区联合陕西省妇女儿童\n社会工作服务中心，启动“小\n"
        "候鸟”暑期课堂，为 80 余名\n随迁儿童提供课业辅导。社区党\n委书记刘芳介绍，课堂由 12 名\n"
        "专业社工和 40 余名大学生志愿\n者共同运营。\n"
    )
    assert normalize(raw).text.split("\n") == [
        "西安雁塔区：“社工+志愿者”守护一老一小",
        "",
        "近日，西安市雁塔区小寨路街道长延堡社区联合陕西省妇女儿童社会工作服务中心，启动“小候鸟”暑期课堂，"
        "为80余名随迁儿童提供课业辅导。社区党委书记刘芳介绍，课堂由12名专业社工和40余名大学生志愿者共同运营。",
    ]


def test_web_page_wrapped_with_its_furniture_is_joined():
    # A saved web page wrapped at 13 to 17 characters: its one-line furniture and short
    # paragraph ends pull the median line below the column, whose full lines still agree.
    raw = (
        "青禾新闻网 本站首页\n\n当前位置：首页>社区动态\n\n"
        "邻里驿站开张了\n\n发布时间：2025年3月4日\n\n浏览次数：一千二百\n\n"
        "3月3日，青禾市北湖区松林街道的桃\n源社区“邻里驿站”正式开张，十\n多名志愿者为居民量血压、修\n"
        "理小家电。\n\n"
        "“大家都愿意来搭把手。”社区党委书\n记周某某说，驿站还将联合北湖区人\n民医院每月开展义诊。\n\n"
        "驿站的二楼还辟出一间阅览室，摆放了\n两千多册图书，周末由北湖区图书馆\n"
        "的馆员轮流值守，居民凭借书证可以\n免费借阅。\n\n"
        "打印本页 关闭窗口\n"
    )
    assert [line for line in normalize(raw).text.split("\n") if line] == [
        "青禾新闻网本站首页",
        "当前位置：首页>社区动态",
        "邻里驿站开张了",
        "发布时间：2025年3月4日",
        "浏览次数：一千二百",
        "3月3日，青禾市北湖区松林街道的桃源社区“邻里驿站”正式开张，十多名志愿者为居民量血压、修理小家电。",
        "“大家都愿意来搭把手。”社区党委书记周某某说，驿站还将联合北湖区人民医院每月开展义诊。",
        "驿站的二楼还辟出一间阅览室，摆放了两千多册图书，周末由北湖区图书馆的馆员轮流值守，居民凭借书证可以免费借阅。",
        "打印本页关闭窗口",
    ]


def test_clipping_of_five_wrapped_lines_is_joined():
    raw = "松林街道团工委与北湖区\n青少年服务中心携手桃源社区\n，办起了“青禾学堂”寒假托管\n班。街道借助志愿平台招募了\n十余名大学生。\n"
    assert normalize(raw).text == (
        "松林街道团工委与北湖区青少年服务中心携手桃源社区，办起了“青禾学堂”寒假托管班。街道借助志愿平台招募了十余名大学生。"
    )


def test_byline_bracket_cut_by_the_line_end_is_joined():
    raw = "5月8日，北湖派出所组织民警到\n桃源社区、松林小学开展防诈骗、\n防溺水宣传。（通讯员 周\n某某 吴某）\n"
    assert normalize(raw).text.endswith("防溺水宣传。（通讯员周某某吴某）")


def test_dispatch_after_a_blank_line_opens_a_paragraph():
    raw = "桃源社区夜校开课\n首批开设八门课程，居民可免费报名\n\n  江城日报3月3日讯（记者 周某）青禾市桃源社区的居民夜校日前开课。\n"
    clean = normalize(raw).text
    assert "免费报名\n" in clean and clean.split("\n")[-1].startswith("江城日报3月3日讯")


def test_regression_outlet_cut_by_the_wrap_of_a_closing_source_line_is_joined():
    # A hard-wrapped page: the wrap left the last character of the outlet's name alone.
    raw = (
        "桃源社区夜校开课\n\n"
        "青禾市桃源社区的居民夜校日\n前开课，书法、太极等课程座\n无虚席，报名的居民有八十多\n人。\n\n"
        "夜校的老师大多是社区里的退\n休教师，每周上课两次，一次\n一个半小时左右。\n\n"
        "责编：周某\n\n"
        "来源：江城日报·青禾客户\n端\n"
    )
    clean = normalize(raw).text
    assert clean.split("\n")[-1] == "来源：江城日报·青禾客户端"
    assert normalize(clean).text == clean


@pytest.mark.parametrize(
    "line, nxt, blank_after, ends",
    [
        ("情暖重阳！青禾街道为老人送饺子", "本网讯 10月11日，青禾街道……", False, True),  # an exclaimed headline
        # a subtitle left unfinished, then a blank line and the dispatch line opening the body
        ("青禾社区开展重阳节敬老活动，为辖区", "青禾日报10月11日讯 青禾社区组织志愿者为老人送饺子。", True, True),
        ("青禾社区开展重阳节敬老活动，为辖区", "青禾日报10月11日讯 青禾社区组织志愿者为老人送饺子。", False, False),
        ("青禾街道组织志愿者走访辖区内", "甘肃青禾：社区食堂开到家门口", False, True),  # a headline follows
        ("青禾街道组织志愿者走访辖区内", "独居老人，送去慰问品。", False, False),  # the sentence runs on
    ],
)
def test_unwrapped_page_ends_a_headline_at_an_unfinished_line_only_before_these(line, nxt, blank_after, ends):
    assert _web_headline_break(line, nxt, blank_after) is ends


# ---------------------------------------------------------------- cheap paths (issue 13)
# Normalization reads each text in bulk (slices, one search per pattern) and each line once;
# these pin its exact output on the ugly cases and hold each shortcut to the slower rule it
# stands for.


@pytest.mark.parametrize(
    "raw, clean, starts, ends",
    [
        # \r\n and a lone \r each become one \n standing for both characters
        ("近日，\r\n社区\r举办活动。\r\n", "近日，\n\n社区\n\n举办活动。",
         [0, 1, 2, 3, 3, 5, 6, 7, 7, 8, 9, 10, 11, 12], [1, 2, 3, 5, 5, 6, 7, 8, 8, 9, 10, 11, 12, 13]),
        # the second comma touches the first, made full-width just before it
        ("中,,社区 , 活动(一)", "中，，社区，活动（一）",
         [0, 1, 2, 3, 4, 6, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13]),
        ("（一）,,1", "（一），，1", [0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6]),  # the second only touches the first
        # runs of full-width digits and letters folded, ideographic spaces and a tab dropped
        ("\u3000\u3000２０２５年３月，ＡＢＣ社区举办“邻里节”\t活动", "2025年3月，ABC社区举办“邻里节”活动",
         list(range(2, 22)) + [23, 24], list(range(3, 23)) + [24, 25]),
        # mojibake pairs and number runs repaired (党员 and 公园 left alone), spaces dropped
        ("渊据叶辽宁日报曳冤 圆园25援2 党员53人 公园 员缘名", "（据《辽宁日报》）2025.2党员53人公园15名",
         [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24, 26, 27, 28],
         [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 24, 25, 27, 28, 29]),
        # spaced-out characters closed up on lines ended by \r\n
        ("九 龙 社 工\r\n荣 获 全 国", "九龙社工\n\n荣获全国", [0, 2, 4, 6, 7, 7, 9, 11, 13, 15], [1, 3, 5, 7, 9, 9, 10, 12, 14, 16]),
        # a dateline keeps the space between date and time; three \r\n make one block break
        ("2024-03-05 09:30 来源：某某网\r\n\r\n\r\n北湖区松林社区 举办活动。", "2024-03-05 09:30来源：某某网\n\n北湖区松林社区举办活动。",
         list(range(16)) + [17, 18, 19, 20, 21, 22, 23, 23, 29, 30, 31, 32, 33, 34, 35, 37, 38, 39, 40, 41],
         list(range(1, 17)) + [18, 19, 20, 21, 22, 23, 29, 29, 30, 31, 32, 33, 34, 35, 36, 38, 39, 40, 41, 42]),
    ],
)
def test_ugly_lines_clean_up_and_map_back_exactly(raw, clean, starts, ends):
    result = normalize(raw)
    assert result.text == clean
    assert list(result.offsets.starts) == starts
    assert list(result.offsets.ends) == ends


def test_second_pass_spans_are_looked_up_in_the_first_pass_text():
    # The first pass keeps 今 | 后 apart (a short line before a sentence end); the second,
    # over its own output, joins them: its spans index the first pass's text and are
    # looked up there (the raw line breaks after 今 and 实 belong to no character).
    raw = "动员大会,让我深受启发,今\n后我们会更主动地为楼里的邻居办实\n事。”……社区志愿者、居民代\n"
    clean = normalize(raw)
    assert clean.text == "动员大会，让我深受启发，今后我们会更主动地为楼里的邻居办实事。”……社区志愿者、居民代"
    kept = [i for i in range(45) if i not in (13, 30)]
    assert list(clean.offsets.starts) == kept
    assert list(clean.offsets.ends) == [i + 1 for i in kept]


LINE_ALPHABET = list("。！？；!?;…..”’）)》]\n 据来源：:（(《报社区,，") + ["稿件来源", "文章来源", "2025年3月5日"]
lines = st.lists(st.sampled_from(LINE_ALPHABET), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(lines)
def test_ends_sentence_read_off_the_end_agrees_with_the_pattern(line):
    from shequ import layout

    assert layout.ends_with_final(line) == bool(layout.RE_SENTENCE_FINAL.search(line))
    matches = list(layout.RE_ATTRIBUTION.finditer(line))
    assert layout.last_attribution(line) is None if not matches else layout.last_attribution(line).span() == matches[-1].span()
    assert layout.ends_with_attribution(line) == (bool(matches) and not line[matches[-1].end() :].strip())
    assert layout.is_attribution_line(line) == bool(matches and matches[0].start() == 0)


@pytest.mark.parametrize(
    "line, attributed",
    [
        ("来源：江城日报", True),  # a dateline of its own: no bracket, 来源 opens it
        ("2025年3月5日 来源：新华日报", True),
        ("温暖一座城”。（据《重庆晚报》）", True),
        ("（据《重庆晚报》）在安庆市", False),  # opens the line, does not end it
        ("来源：江城日报 记者 张三", False),
        ("社区举办活动", False),
    ],
)
def test_ends_with_attribution(line, attributed):
    from shequ import layout

    assert layout.ends_with_attribution(line) is attributed
    assert layout.ends_sentence(line) is attributed


@pytest.mark.parametrize(
    "line, ends",
    [
        ("社区举办了一场活动。", True),
        ("他说：“好。”）", True),  # closers after the full stop
        ("活动还在继续...", True),
        ("活动还在继续…", True),
        ("居民纷纷点赞。\n", True),  # a regex $ matches before one final line break
        ("居民纷纷点赞。\n\n", False),
        ("社区举办了一场活动。以后", False),
        ("”", False),
        ("", False),
    ],
)
def test_ends_with_final(line, ends):
    from shequ import layout

    assert layout.ends_with_final(line) is ends


@pytest.mark.parametrize(
    "line, header",
    [
        ("2025.2.4 星期二 责编：皮磊 美编：段理", True),  # editors named
        ("2025年2月4日 星期二", True),  # a weekday next to a full date
        ("星期二 社区开放日", False),  # a weekday without a date
        ("责编：皮磊。", False),  # a sentence
        ("版式设计 " + "某" * 60, False),  # too long for a page header
    ],
)
def test_page_header_words_found_by_their_patterns(line, header):
    from shequ import layout

    assert layout.is_page_header(line) is header


@pytest.mark.parametrize(
    "line, nxt, across",
    [
        ("近日，银川市兴", "庆区召开会议", True),  # 兴庆
        ("整合多", "方资源", True),  # 多方
        ("会议于2024", "年召开", False),  # a digit ends the line: no word across
        ("活动结束。", "居民们", False),
        ("社区", "", False),
    ],
)
def test_word_cut_by_the_line_break(line, nxt, across):
    from shequ.normalize import _word_across

    assert _word_across(line, nxt) is across


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("兴庆区多方资源社会工作a1。 ")), max_size=6), st.text(alphabet=st.sampled_from(list("兴庆区多方资源社会工作a1。 ")), max_size=6))
def test_word_across_agrees_with_trying_every_cut(line, nxt):
    from shequ.chars import is_cjk
    from shequ.normalize import _word_across
    from shequ.vocabulary import is_word

    every_cut = any(
        all(is_cjk(ch) and ch.isalnum() for ch in line[-left:] + nxt[:right]) and is_word(line[-left:] + nxt[:right])
        for left in range(1, min(3, len(line)) + 1)
        for right in range(1, min(3, len(nxt)) + 1)
    )
    assert _word_across(line, nxt) == every_cut


@pytest.mark.parametrize(
    "text, runs",
    [
        ("圆园25援2", [(0, 6)]),  # 2025.2
        ("党员53人", [(1, 4)]),  # 员53: a run, weak (the dictionary keeps 党员)
        ("公园 员缘名", [(1, 2), (3, 5)]),  # a lone 园, then 15
        ("2025年有11人", []),  # plain digits: no mojibake digit, no run
        ("1111111员", [(0, 8)]),  # widened back to the run's start
    ],
)
def test_mojibake_number_runs(text, runs):
    from shequ.mojibake import _number_runs

    assert list(_number_runs(text)) == runs


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("员园圆源原援豫12.%人年 ")), max_size=30))
def test_mojibake_number_runs_are_the_maximal_runs_holding_a_mojibake_digit(text):
    import regex

    from shequ.mojibake import _number_runs, table

    digits = table().by_class["digit"]
    chars = "".join(sorted(digits | table().by_class["numeric_punct"]))
    maximal = [m.span() for m in regex.finditer(f"[{chars}0-9.%]+", text) if any(ch in digits for ch in m.group())]
    assert list(_number_runs(text)) == maximal


def test_one_pass_widens_a_run_of_ascii_punctuation_after_cjk():
    # Each mark sees the one before it already full-width: one pass settles 中,, (the
    # next pass would otherwise have to widen the second mark).
    from shequ.normalize import _repair_and_unify_width, _unify_line_endings

    assert _repair_and_unify_width(_unify_line_endings("（一）,,1")).text == "（一），，1"
    assert _repair_and_unify_width(_unify_line_endings("1,000 与 10:30")).text == "1,000 与 10:30"


BYLINE_PAGES = [
    # the source line cut after the reporter title; the names alone on the next line
    ["桃源社区“积分超市”开张",
     "3月5日，桃源社区“积分超市”正式开张，居民凭志愿服务积分可换取粮油、洗衣液等日用品，开张首日就有六十多位居民前来兑换。",
     "来源：青禾高新区 通讯员 孟小溪 庞远"],
    # the source line cut between two reporters' names; the body runs on after the byline
    ["桃源社区“积分超市”开张",
     "来源：青河日报 记者 孟小溪 庞远 通讯员 石磊 3月5日，桃源社区“积分超市”正式开张，居民凭志愿服务积分可换取粮油、洗衣液等日用品。"],
]


@pytest.mark.parametrize("paragraphs", BYLINE_PAGES)
def test_byline_cut_by_a_hard_wrap_keeps_its_names(paragraphs):
    wrapped = "\n\n".join("\n".join(p[i : i + 15] for i in range(0, len(p), 15)) for p in paragraphs)
    assert normalize(wrapped).text == normalize("\n".join(paragraphs)).text


@pytest.mark.parametrize(
    ("line", "nxt", "runs_on"),
    [
        ("来源：青禾高新区通讯员", "孟小溪庞远", True),
        ("来源：青河日报记者孟小溪", "庞远通讯员石磊3月5日", True),
        ("本报记者孟小溪", "庞远", True),
        # a headline after a byline, a sentence that ends with 记者, a source without a reporter
        ("来源：青河日报记者孟小溪", "桃源社区积分超市开张迎客", False),
        ("社区书记告诉记者", "孟小溪庞远", False),
        ("来源：青河网", "孟小溪庞远", False),
    ],
)
def test_byline_runs_on_only_with_names_after_a_reporter_title(line, nxt, runs_on):
    assert layout.byline_runs_on(line, nxt) is runs_on
