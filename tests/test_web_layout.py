"""News web pages saved as text: the site's furniture around one article, its headline and its source.

Every page here is made up (invented outlets, places and people) in the shapes such pages
take: menus and breadcrumbs, a dateline under the headline, tool bars, credits, footers.
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize
from shequ.page_blocks import Block
from shequ.web_page import _headline_over_lede


def articles_of(raw: str):
    articles, furniture = split_articles(normalize(raw), "web.txt")
    return articles, furniture


@pytest.mark.parametrize(
    "line, kind",
    [
        ("首页>社区动态>正文", "nav"),
        ("要闻|社会|民生|体育|娱乐|图片", "nav"),
        ("江城网首页新闻区县民生电子报", "nav"),
        ("当前位置：首页>新闻中心>社区动态", "meta"),
        ("2024-05-06 10:20:33来源：江城晚报", "meta"),
        ("发布时间：2024-05-06 10:20作者：李某责任编辑：王某", "meta"),
        ("本文转自：江城日报", "meta"),
        ("信息提供日期：2024-05-06 10:00来源：北湖区青松街道办事处", "meta"),
        ("【见习记者】赵一", "meta"),
        ("2024年05月06日（周一）18~26℃晴", "datetime"),
        ("05-06 10:20", "datetime"),
        ("2024/5/6上午8:15:02星期一", "datetime"),
        ("微信图片_20240506102033.jpg", "image"),
        ("分享到微博", "tool"),
        ("扫码阅读手机版", "tool"),
        ("打印关闭", "tool"),
        ("评论0人参与，0条评论", "tool"),
        ("往期阅读", "tool"),
        ("当前版：06版上一版下一版", "tool"),
        ("语音播报：语音播报", "tool"),
        ("河西日报数字报纸", "masthead"),
        ("第03版：社区新闻", "page_label"),
        ("社区志愿者为老人理发。（河西融媒体供图）", "caption"),
        ("（资料图片）", "caption"),
        ("本站所有内容版权所有，未经授权请勿转载", "copyright"),
        ("青禾市委宣传部主管主办 国内统一刊号：CN99-0001 青禾日报社出版", "copyright"),
        ("社区图书馆新出版的书籍很受欢迎", None),  # one imprint word in a sentence
        ("Mozilla/5.0;Win64", "code"),
        # article text
        ("近日，河西区青松街道开展“邻里节”活动。", None),
        ("河西区青松社区：“邻里节”拉近居民距离", None),
        ("记者：这个活动办了几年？", None),
        ("活动时间：5月6日上午", None),
        ("社区新闻发布会今天举行", None),
        ("第二期社区议事会召开", None),  # 期 and 第 in a headline
        ("从“各自为战”到“握指成拳”", None),
        ("国内首个社区新闻发布厅在北湖启用", None),  # two menu words in a headline
        ("未经许可擅自占用消防通道的车辆将被拖移。", None),  # a footer's words in a sentence
        ("3.5%", "code"),
    ],
)
def test_web_furniture_lines(line, kind):
    assert layout.web_furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("江城在线5月6日讯（通讯员王小明）近日，青松社区开展义诊。", "江城在线"),
        ("河西新闻网青松5月6日电（记者李红）近日，", "河西新闻网"),
        ("江城新闻网讯（记者周某）为进一步", "江城新闻网"),
        ("江城日报（文/赵一）春日的河西，", "江城日报"),
        ("本报讯（记者张三）近日，", None),
        ("本网讯（李四）5月6日，", None),
        ("河西社区服务网点电话已经开通。", None),
        ("近日，江城日报报道了青松社区的做法。", None),
        # the year in the date, 消息 for 讯
        ("江城新闻网2025年3月5日讯（记者周某）桃源社区近日", "江城新闻网"),
        ("江城新闻网消息 青禾市桃源社区日前", "江城新闻网"),
        ("河西在线绵阳消息 桃源社区日前", "河西在线"),
        ("江城网3月5日消息，桃源社区日前", "江城网"),
        # a bare 讯 before a credit: the outlet's name has no outlet's ending; a city after it goes
        ("邻里公益人绵阳讯（图文 周某 吴某）日前，", "邻里公益人"),
        ("江城晨刊讯（记者周某）日前，", "江城晨刊"),
        ("社区简讯（一）桃源社区", None),
        ("本报讯（记者张三）日前，", None),
        ("社区传来好消息，桃源小区加装了电梯。", None),
        ("通讯员（王五）说，", None),
    ],
)
def test_outlet_named_by_a_dispatch_line(line, outlet):
    assert layout.lede_outlet(line) == outlet


@pytest.mark.parametrize(
    "value, outlet",
    [
        ("江城新闻网—江城日报", "江城新闻网—江城日报"),
        ("江城网-河西晚报 2024-05-06", "江城网-河西晚报"),
        ("江城新闻网—桃源报", "江城新闻网—桃源报"),
        ("江城新闻网", "江城新闻网"),
        ("社区—街道", None),
        ("本站", None),
    ],
)
def test_outlet_of_a_source_value_may_join_a_site_and_its_paper(value, outlet):
    assert layout.outlet_value(value) == outlet


def test_e_paper_page_list_and_reader_tools_are_furniture():
    raw = (
        "第05版：社区 上一版3  4下一版\n \n版面导航\n\n"
        "第01版\n头版\n\n第02版\n社区周刊特刊\n\n第03版\n社区周刊特刊\n \n"
        "标题导航\n首页 | 版面导航 | 标题导航 |\n"
        "2024年03月04日 星期一\n"
        "3 上一篇  下一篇 4 放大 缩小 默认\n"
        "桃源社区夜校开课\n"
        "首批开设八门课程，居民可免费报名\n\n"
        "  江城日报3月3日讯（记者 周某）青禾市桃源社区的居民夜校日前开课，书法、太极等课程座无虚席。\n\n"
        "  夜校的老师大多是社区里的退休教师。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("桃源社区夜校开课", "江城日报")]
    assert "周刊" not in articles[0].text and "放大" not in articles[0].text


def test_bracketed_credits_keep_their_reporters_in_the_article():
    # an author credit naming a reporter: the reporter stays (a people fact), the label goes
    raw = (
        "桃源社区开展防诈宣传\n\n"
        "  近日，桃源社区联合青松社工开展防诈宣传活动，居民踊跃参加，现场气氛热烈，大家纷纷表示收获很大。\n\n"
        "  活动现场还设置了有奖问答环节，吸引了不少居民参与。\n\n"
        "（作者：青禾晚报首席记者 周小军）\n"
    )
    articles, _ = articles_of(raw)
    assert "首席记者周小军" in articles[0].text and "作者" not in articles[0].text
    # a paper and its site credited together in a closing bracket: a byline, not a headline
    raw = (
        "青禾法治网讯 去年以来，青禾市司法局请来社工和律师，为辖区的矫正对象讲授法律课和职业技能，很受欢迎。\n"
        "星光社工服务站的社工每月上门走访，帮助他们解决就业和家庭难题。\n"
        "（青禾法制报、青禾法治网记者 周然 通讯员 杨小勇）\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("", "青禾法治网")]
    assert "记者周然通讯员杨小勇" in articles[0].text


def test_contributor_credit_under_the_body_stays_in_the_article():
    raw = (
        "桃源社区开展防诈宣传\n\n"
        "  近日，桃源社区联合青松社工开展防诈宣传活动，居民踊跃参加，现场气氛热烈，大家纷纷表示收获很大。\n\n"
        "  活动现场还设置了有奖问答环节，吸引了不少居民参与。\n\n"
        "青禾街道社工站 林小雨供稿\n"
    )
    articles, _ = articles_of(raw)
    assert [a.title for a in articles] == ["桃源社区开展防诈宣传"]
    assert articles[0].text.rstrip().endswith("林小雨供稿")


def test_e_paper_reader_link_above_the_headline_is_not_the_title():
    raw = (
        "往期阅读\n当前版：06版上一版  下一版\n上一篇    下一篇\n放大 缩小 默认\n\n"
        "青松社区“邻里厨房”开张\n\n  □本报记者  周某\n\n"
        "  青禾市青松社区的邻里厨房日前开张，独居老人可在这里吃上热饭。\n\n"
        "  厨房由社区志愿者轮流值守。\n"
    )
    articles, _ = articles_of(raw)
    assert [a.title for a in articles] == ["青松社区“邻里厨房”开张"]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("江城新闻全媒体记者王小明通讯员李红", "江城新闻"),
        ("记者王小明通讯员李红", None),
        ("本报记者王小明", None),
    ],
)
def test_outlet_named_by_a_byline(line, outlet):
    assert layout.byline_outlet(line) == outlet


MENU_PAGE = (
    "要闻|社会|民生|体育|娱乐|图片|视频|河西|河东|江北\n\n"
    "您所在的位置：江城网 > 河西频道 > 正文\n\n"
    "河西青松社区：“小板凳议事会”议出停车新办法\n\n"
    "2024-05-06 10:20:33  作者：李某  来源：江城日报  责任编辑：王某   我来说两句\n\n"
    "近日，河西区青松街道青松社区召开“小板凳议事会”，20余名居民代表围坐一起商量停车难题。\n"
    "议事会上，社区党委书记刘某介绍了前期摸排的情况。\n\n"
    "居民参与\n\n"
    "会后，社区联合物业公司划定临时停车位60个，居民纷纷点赞。\n\n"
    "责任编辑：王某\n\n"
    "相关新闻：\n\n"
    "河东|江北|北湖\n\n"
    "版权所有 江城网 未经授权禁止转载\n"
)


def test_web_page_is_one_article_with_the_headline_above_its_dateline():
    articles, furniture = articles_of(MENU_PAGE)
    assert [(a.title, a.source, a.date) for a in articles] == [
        ("河西青松社区：“小板凳议事会”议出停车新办法", "江城日报", "2024-05-06")
    ]
    article = articles[0]
    assert article.body.startswith("近日，河西区青松街道青松社区")
    assert "居民参与" in article.body  # a subhead stays in its article
    for junk in ("江北", "您所在的位置", "来源", "责任编辑", "版权所有"):
        assert junk not in article.text  # menus, dateline and footer never reach the extractors
    assert {f.text for f in furniture} >= {"责任编辑：王某", "河东|江北|北湖"}


def test_reprinted_outlet_outranks_the_portals_source():
    raw = (
        "•我的订阅\n\n•国内\n\n"
        "社区食堂为何越办越红火？\n\n"
        "类别：国内发布时间：2024-03-02 18:00:00来源：某某看点\n\n"
        "本文转自：江城日报\n\n"
        "江城日报北湖3月2日电（记者赵一）中午11点，北湖区松林社区食堂里坐满了老人。\n"
        "松林社区食堂：“一老一小”同桌吃饭\n\n"
        "食堂由社区党委牵头、社会组织运营，每天供应午餐300余份。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("社区食堂为何越办越红火？", "江城日报")]
    assert "“一老一小”同桌吃饭" in articles[0].body  # a place-led subhead opens no article here


def test_channel_name_above_a_time_line_is_not_part_of_the_headline():
    raw = (
        "松林社区志愿者分享服务故事\n\n"
        "北湖湾\n\n"
        "05-06 10:20\n\n"
        "摘要\n\n"
        "江城新闻全媒体记者 王小明 通讯员 李红\n\n"
        "桃源社区日前请来二十多位志愿者座谈，大家轮流讲了一年来上门助老的经历。\n"
        "座谈会上，社工梳理了明年的助老重点，请老志愿者带一带新加入的伙伴。\n\n"
        "免责声明\n"
        "本客户端刊发内容，未经授权请勿摘编\n"
        "推荐阅读\n\n热榜\n\n首页\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("松林社区志愿者分享服务故事", "江城新闻")]
    assert "江城新闻全媒体记者王小明通讯员李红" in articles[0].text  # the byline stays for people
    assert "热榜" not in articles[0].text and "北湖湾" not in articles[0].text


def test_dispatch_line_names_the_source_of_an_untitled_text():
    raw = (
        "江城在线5月6日讯（通讯员 王小明）青禾市桃源村的积分兑换点5日起对村民开放。\n"
        "村民打扫庭院、调解纠纷都能攒分，换取油盐酱醋。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("", "江城在线")]


def test_repeated_headline_with_a_tag_is_furniture():
    raw = (
        "【青松社工】情暖重阳！桃源街道为独居老人送上热饺子\n"
        "情暖重阳！桃源街道为独居老人送上热饺子\n"
        "本网讯（李某）10月11日，北湖区松林街道联合松林社工服务站开展敬老慰问活动，走访独居老人18户。\n"
        "志愿者为老人送去米面油等生活物资。\n"
    )
    articles, furniture = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("情暖重阳！桃源街道为独居老人送上热饺子", None)]
    assert articles[0].body.startswith("本网讯")


def test_headline_of_a_page_in_parts_loses_its_part_number():
    raw = (
        "社工站里的“解忧人”（1)\n\n"
        "清晨，北湖区松林镇社工站的社工赵某开始了一天的走访。\n\n"
        "社工站里的“解忧人”（2)\n\n"
        "两年来，社工站累计走访困难群众1200人次。\n"
    )
    articles, furniture = articles_of(raw)
    assert [a.title for a in articles] == ["社工站里的“解忧人”"]
    assert "两年来" in articles[0].body and "（2)" not in articles[0].text


def test_wechat_header_fused_with_the_first_paragraph():
    raw = (
        "北湖社会工作2025年03月05日09:30江苏在北湖区松林街道，活跃着一支由快递员组成的志愿服务队。\n"
        "服务升级\n\n"
        "从“各自为战”到“握指成拳”\n\n"
        "过去，辖区内的快递员分布零散，社区与他们联系不多。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source, a.date) for a in articles] == [("", "北湖社会工作", "2025-03-05")]
    assert articles[0].body.startswith("在北湖区松林街道")
    assert "过去，辖区内的快递员" in articles[0].body


def test_feature_with_section_heads_is_one_article():
    raw = (
        "邻里互助是基层治理的底色。这几年，青禾市在多个小区试点互助积分，摸索出一些门道。\n"
        "——编者\n\n"
        "松林社区\n\n"
        "打造特色品牌提供实践范本\n\n"
        "桃源社区建于2012年，住着3100户人家。\n"
        "社区依托“石榴籽”品牌常态化举办主题活动。\n"
    )
    articles, _ = articles_of(raw)
    assert len(articles) == 1 and articles[0].title == ""
    assert "桃源社区建于2012年" in articles[0].body


def test_e_paper_masthead_names_the_source_and_author_names_stay_off_the_title():
    raw = (
        "河西日报 数字报纸\n\n\n"
        "00012版:北湖新闻\n\n"
        "楼栋长守护小区安宁\n\n"
        "赵一鸣 钱小红\n\n"
        "  每天早上8点，桃源小区的楼栋长们就开始挨栋巡查。\n\n"
        "  到现在，已有80多位居民报名当上了楼栋长。\n\n\n"
        "河西日报 北湖新闻 00012 楼栋长守护小区安宁 2024-04-30 河西日报\n"
    )
    articles, furniture = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("楼栋长守护小区安宁", "河西日报")]
    assert "赵一鸣" not in articles[0].text and "2024-04-30" not in articles[0].text


def test_reporter_credit_under_the_body_stays_and_editors_go():
    raw = (
        "桃源社区雨污分流工程完工\n\n"
        "日前，青禾市桃源社区雨污分流工程完成验收，新铺管网1200米。\n\n"
        "（通讯员：王小明 责编：李某 审核：赵某）\n\n"
        "请输入验证码\n"
    )
    articles, furniture = articles_of(raw)
    assert articles[0].body.endswith("（通讯员：王小明")
    assert "责编" not in articles[0].text and "验证码" not in articles[0].text


def test_regression_title_split_kept_inside_quotes():
    # The space between two quoted slogans is not where a subtitle starts.
    raw = (
        "桃源社区“巧手编织 温暖过冬”手工课开课\n\n"
        "2024-03-13 09:53:29 来源：江城新闻网\n\n"
        "江城新闻网讯 3月12日，桃源社区请来编织能手教居民织围巾。\n"
    )
    articles, _ = articles_of(raw)
    assert (articles[0].title, articles[0].subtitle, articles[0].source) == (
        "桃源社区“巧手编织温暖过冬”手工课开课", None, "江城新闻网"
    )


def test_hard_wrapped_web_page_keeps_its_headline_and_dateline():
    raw = (
        "北湖区民政局公益创投项目结出\n硕果\n\n\n"
        "发布日期:2024-05-20 \n09:10文章来源: 江城日报\n\n"
        "字体:【    】 打印\n\n\n"
        "5月19日，北湖区民政局第三\n期助老服务项目在桃源社区顺利结\n项。这只是三年来诸多项目的缩\n影。\n\n\n"
        "三年来，志愿者们上门服务1\n000余次，惠及老人2 0 000余人次，街坊\n们交口称赞，都说服务很贴心。\n\n\n"
        "（记者 王小明）\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("北湖区民政局公益创投项目结出硕果", "江城日报")]
    assert "1000余次" in articles[0].body and "20000余人次" in articles[0].body
    assert articles[0].body.endswith("（记者王小明）")


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("江城日报·江城客户端 2025-06-02 02:19:18", "江城日报·江城客户端"),
        ("北湖晨报 2021-12-06 12:03 大字", "北湖晨报"),
        ("2019-01-21 10:53:19 | 北湖区住房和城乡建设局 |", "北湖区住房和城乡建设局"),
        ("河西日报 2024年03月13日 星期三", "河西日报"),
        ("2024-03-24 18:59 赵一鸣", None),  # an author after the date, not an outlet
        ("某某网友 发表于 2019-8-1 09:12:29", None),
    ],
)
def test_dateline_without_labels(line, outlet):
    clean = normalize(line).text
    assert layout.web_furniture_kind(clean) == "meta"
    assert layout.bare_dateline_outlet(clean) == outlet


@pytest.mark.parametrize(
    "line, kind",
    [
        ("主办 江城日报社", "copyright"),
        ("指导单位：北湖区文明办", "copyright"),
        ("青禾报业传媒集团主办", "copyright"),
        ("北湖资讯中心主办|北湖区政务服务办公室主管", "copyright"),
        ("社区运动会由街道、社区居委会主办", None),
        ("指导员张三带领居民清扫楼道", None),
        ("社区生活 2024年第5期", "masthead"),
        ("北民函〔2023〕12号", "masthead"),
        ("北湖区松林社区开展邻里节活动 2024年03月13日", None),  # a headline ending with a date
    ],
)
def test_sponsor_issue_and_document_lines(line, kind):
    assert layout.web_furniture_kind(normalize(line).text) == kind


@pytest.mark.parametrize("line", ["【免责声明】本站转载的内容仅供参考", "本月热门新闻", "新闻推荐", "相关推荐", "责任编辑：王某"])
def test_end_markers(line):
    assert layout.is_end_marker(normalize(line).text)


def test_byline_over_an_untitled_body_stays_in_the_text():
    # Regression: a byline with no headline above it went to the furniture with its people.
    raw = (
        "□晚报记者 王小明 通讯员 李红 赵一\n"
        "本报讯 青禾市桃源街道给下辖18个社区都请了法律顾问。\n"
        "律师每月到社区坐班两次。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("", None)]
    assert articles[0].body.startswith("晚报记者王小明通讯员李红赵一\n本报讯")


def test_byline_closing_a_dateline_stays_in_the_text():
    raw = (
        "桃源社区微项目开始申报\n"
        "2024-01-12 09:59:10 来源: 江城日报 见习记者 赵一\n"
        "青禾市民政局日前公布新一轮社区微项目申报办法，每个项目最多资助8万元。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("桃源社区微项目开始申报", "江城日报")]
    assert "见习记者赵一" in articles[0].text


@pytest.mark.parametrize(
    "first_line, title, source",
    [
        ("原标题：北湖区社工站全部挂牌", "北湖区社工站全部挂牌", None),
        ("“银发课堂”助老计划开班 信息来源：青禾市融媒体中心", "“银发课堂”助老计划开班", "青禾市融媒体中心"),
        ("桃源社区邻里食堂开门迎客 2025年04月10日", "桃源社区邻里食堂开门迎客", None),
        # a lead-in before a dash is printed as part of the headline; a short column label
        # before a dash is not, nor (round 53 p6) a column's name before a bar: the t53 gold
        # leaves it out of the title, settling the l53 sets' split (4 tuning articles of 4 sets
        # leave it out, 2 l53 articles keep it). Round 57 h8: nor a tag in lenticular brackets,
        # kept since round 38 (the gold of 4 later tuning articles of 3 sets and 1 dev article
        # leaves it out, the t53–g56 decision settling the l53 labels' keeping it)
        ("基层一线|桃源社区楼道换新颜", "桃源社区楼道换新颜", None),
        ("邻里守望一家亲——桃源社区楼道换新颜", "邻里守望一家亲——桃源社区楼道换新颜", None),
        ("【社区动态】桃源社区楼道换新颜", "桃源社区楼道换新颜", None),
        ("社区速递——桃源社区楼道换新颜", "桃源社区楼道换新颜", None),
    ],
)
def test_headline_with_a_label_a_dateline_or_a_column_name_on_its_line(first_line, title, source):
    raw = first_line + "\n青禾市桃源社区的新场地日前启用，面积约350平方米，分出议事、阅读、康复三块区域。\n"
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [(title, source)]


def test_related_news_after_the_body_is_furniture():
    raw = (
        "青禾市扩大老年助餐点覆盖\n"
        "2022-11-07 09:41 来源：江城日报\n"
        "青禾市日前印发工作方案，计划年内让每个街道至少开出两家老年助餐点。\n"
        "版权和免责申明\n"
        "凡注有本网电头的稿件，版权归本网所有，转载请注明出处。\n"
        "精选导读\n"
        "雨天路滑，交警提醒司机减速慢行\n"
        "4日傍晚，南湖区一处路口发生两车剐蹭，所幸无人受伤。\n"
    )
    articles, _ = articles_of(raw)
    assert len(articles) == 1 and "南湖区" not in articles[0].text


def test_hard_wrapped_page_keeps_a_dateline_apart_after_a_single_blank_line():
    raw = (
        "青禾市桃源街道组建四支助老志愿队\n\n"
        "作者:桃源街道:赵一\n\n"
        "发布时间:2012-05-25\n 17:36:41\n\n"
        "5 月2 5 日,桃源街道把辖区\n志愿者编成了四支助老队伍,并\n在街道广场举行了出征仪式,街\n道负责人为各支队伍一一授了\n队旗。\n\n"
        "今年,街道还将陆续招募退休医\n生、律师和教师加入队伍,为独\n居老人提供上门服务。\n"
    )
    articles, _ = articles_of(raw)
    assert [a.title for a in articles] == ["青禾市桃源街道组建四支助老志愿队"]
    # round 22: the writer's credit stays with the text (a people fact), the dateline goes
    assert "发布时间" not in articles[0].text


def test_hard_wrapped_headline_ends_at_a_share_bar_after_a_blank_line():
    raw = (
        "当前位置: 首页 > 社区动\n态\n\n"
        "邻里基金撬动社区微更新,小项\n目也有大作为\n\n"
        "分享至:\n\n"
        "来源:江城日报 2024-05-20\n\n"
        "5月19日,北湖区桃源社区邻\n里基金资助的三个微更新项目\n同时开工,居民们纷纷点赞。\n\n"
        "今年,社区还将招募更多志愿\n者参与项目的日常维护。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("邻里基金撬动社区微更新，小项目也有大作为", "江城日报")]


def test_digest_items_closed_by_a_source_line_stay_apart():
    # 来源：… alone on a line under a body closes it, as an attribution does.
    raw = (
        "北湖：“小巷管家”上岗\n"
        "北湖区招募小巷管家200余名，协助社区开展环境整治。\n"
        "来源：江城日报\n"
        "南湖：社区食堂开进老小区\n"
        "南湖区松林社区食堂开业，每天为60岁以上老人供应午餐。\n"
        "来源：江城网\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("北湖：“小巷管家”上岗", "江城日报"), ("南湖：社区食堂开进老小区", "江城网")]


@pytest.mark.parametrize(
    "raw, credits",
    [
        (
            "北湖区松林社区开展义诊活动\n记者 王小明 李红 通讯员 赵一鸣 钱多\n\n近日，北湖区松林社区联合区人民医院开展义诊活动，服务居民200余人次。\n",
            [("王小明", "记者"), ("李红", "记者"), ("赵一鸣", "通讯员"), ("钱多", "通讯员")],
        ),
        (
            "北湖区松林社区开展义诊活动\n\n江城新闻全媒体记者 王小明\n\n近日，北湖区松林社区联合区人民医院开展义诊活动，服务居民200余人次。\n",
            [("王小明", "江城新闻全媒体记者")],
        ),
        (
            "江城新闻网讯（江城晚报记者 王小明 通讯员 李红）近日，北湖区松林社区联合区人民医院开展义诊活动。\n",
            [("王小明", "江城晚报记者"), ("李红", "通讯员")],
        ),
        (
            "近日，北湖区松林社区联合区人民医院开展义诊活动，服务居民200余人次。\n\n【记者】王小明\n\n【见习记者】李红\n\n【摄影】赵一\n",
            [("王小明", "记者"), ("李红", "见习记者")],
        ),
        (
            "本报讯（张三 全媒体记者 王小明）近日，北湖区松林社区开展义诊活动，服务居民200余人次。\n",
            [("王小明", "全媒体记者")],  # a name before the title is no outlet
        ),
        ("近日，记者从北湖区民政局获悉，全区社区食堂已达36家。\n", []),
    ],
)
def test_reporters_credited_with_their_titles(raw, credits):
    articles, _ = articles_of(raw)
    article = articles[0]
    assert [(c.name, c.title) for c in article.credits] == credits
    assert all(article.text[c.start : c.end] == c.name for c in article.credits)


def test_newspaper_page_header_does_not_make_a_web_page():
    # Editors' credits and a date line head newspaper pages too: the page keeps its articles.
    raw = (
        "2024年3月5日 星期二\n\n"
        "责编：王某 美编：李某\n\n"
        "宁波北湖：“小巷管家”上岗\n\n"
        "近日，北湖区招募小巷管家200余名，协助社区开展环境整治、矛盾调解和政策宣传，"
        "每名小巷管家联系一条街巷，每周巡查不少于三次，发现问题及时上报社区。\n\n"
        "本报记者 赵一\n\n"
        "温州南湖：社区食堂开进老小区\n\n"
        "南湖区松林社区食堂日前开业，每天为辖区60岁以上老人供应午餐，80岁以上老人就餐每餐补贴5元，"
        "食堂由社区党委牵头、社会组织运营，开业首周就餐老人超过600人次。\n"
    )
    articles, _ = articles_of(raw)
    assert [a.title for a in articles] == ["宁波北湖：“小巷管家”上岗", "温州南湖：社区食堂开进老小区"]


def test_regression_source_line_at_the_top_of_the_page_keeps_the_body():
    # 来源：… above any body is a dateline: the body below it is not a stray fragment.
    raw = (
        "日期：\n"
        "来源：北湖社工收集\n"
        "8月3日，青禾市桃源社区通过区慈善会募得善款3000元，设立邻里互助金。\n"
        "互助金主要用于困难家庭的临时救助。\n"
    )
    articles, _ = articles_of(raw)
    # the account is 北湖社工; 收集 (collected by) closing the value is not part of its name
    assert [(a.title, a.source) for a in articles] == [("", "北湖社工")]
    assert articles[0].body.startswith("8月3日")


def test_regression_reporter_after_the_closing_source_line_stays():
    raw = (
        "青春送福暖人心\n"
        "北湖家园网讯：临近春节，桃源社区的中学生志愿者挨家挨户给独居老人送去春联。\n"
        "孩子们还陪老人包了饺子、聊了家常。\n"
        "来源：松林社区 通讯员 赵一鸣 编辑 钱多\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("青春送福暖人心", "松林社区")]
    assert [(c.name, c.title) for c in articles[0].credits] == [("赵一鸣", "通讯员")]


def test_regression_byline_under_a_lede_paragraph_stays_in_the_article():
    raw = (
        "青禾市的每个小区都划成了若干网格，网格员每天都要把自己那片走上一两遍。\n"
        "某经记者 赵一鸣 某经编辑 钱多\n"
        "入冬以来，小区里独居老人的求助电话明显多了。\n"
        "网格员老周说，最忙的时候一天要爬二十多栋楼。\n"
    )
    articles, _ = articles_of(raw)
    assert len(articles) == 1 and "入冬以来" in articles[0].body


def test_headline_in_a_table_cell_loses_the_cell_borders():
    raw = (
        "|\n"
        "| 桃源社区办起周末课堂 |\n"
        "| 江城日报 2024-05-06 |\n"
        "| ||\n"
        "5月4日，青禾市桃源社区的周末课堂开课，三十多名孩子参加。\n"
        "课堂由社区里的退休教师轮流授课。\n"
    )
    articles, _ = articles_of(raw)
    assert [a.title for a in articles] == ["桃源社区办起周末课堂"]


@pytest.mark.parametrize(
    "first_line, title, subtitle",
    [
        # the first half ends with a word that leaves it open: one headline over the space
        ("青禾市民政局关于 开展第二届社区微项目大赛的通知", "青禾市民政局关于开展第二届社区微项目大赛的通知", None),
        ("桃源社区的 邻里食堂今天开门迎客", "桃源社区的邻里食堂今天开门迎客", None),
        # a closed first half: headline and subtitle on a print page of several stories; a
        # story alone in its clipping keeps its one-line headline whole (round 37, dev gold)
        ("青禾市桃源社区办起邻里食堂 老人吃饭一律享受半价", "青禾市桃源社区办起邻里食堂老人吃饭一律享受半价", None),
    ],
)
def test_headline_split_at_a_space_only_after_a_closed_half(first_line, title, subtitle):
    raw = first_line + "\n青禾市桃源社区日前发布通知，面向辖区居民征集意见，截止时间为本月底。\n"
    articles, _ = articles_of(raw)
    assert [(a.title, a.subtitle) for a in articles] == [(title, subtitle)]


@pytest.mark.parametrize(
    "line, menu_bar, breadcrumb",
    [
        ("首页|本地|时评|图片|视频", True, False),  # several short channel names between bars
        ("新闻中心 > 社区动态 > 正文", False, True),  # a short trail
        # a trail longer than a menu line still is one when it ends at the article
        ("首页 > 青禾市社区居民委员会开展重阳节敬老志愿服务活动的通知 > 正文", False, True),
        ("主办：青禾日报社", False, False),  # a sponsor credit (copyright), not a menu
    ],
)
def test_menu_bar_and_breadcrumb_are_told_apart(line, menu_bar, breadcrumb):
    assert layout._is_menu_bar(line) is menu_bar
    assert layout._is_breadcrumb(line) is breadcrumb
    assert (layout.web_furniture_kind(line) == "nav") is (menu_bar or breadcrumb)


@pytest.mark.parametrize(
    "line, tool",
    [
        ("打印 关闭", True),
        ("【打印】【关闭】", True),
        ("分享到朋友圈 | 扫码阅读手机版", True),
        ("3 上一篇 下一篇 4", True),  # an e-paper's arrows come out as digits
        ("打印 关闭 社", False),  # one character no tool phrase holds
        ("居民们纷纷表示，打印出来的通知很清楚", False),
        ("", False),
    ],
)
def test_tool_lines_and_lines_that_cannot_be_one(line, tool):
    # A character of no tool phrase (nor filler) rules a line out before the phrases are
    # taken out of it: the shortcut must agree with taking them out.
    rest = layout._tool_pattern().sub(" ", line)
    assert (rest != line and not layout.RE_TOOL_FILLER.sub("", rest)) is tool
    assert layout._is_tool_line(line) is tool


@pytest.mark.parametrize(
    "line, labels",
    [
        ("发布时间：2024-05-06 10:20 来源：江城网", ["发布时间", "来源"]),
        ("来源:江城网", ["来源"]),
        ("【记者】顾大炜", ["记者"]),
        ("来源 江城网 作者 李某", []),  # no colon, no 【】: no field
        ("社区举办邻里节活动，居民踊跃参加。", []),
    ],
)
def test_fields_need_a_colon_or_a_bracketed_label(line, labels):
    assert [f.label for f in layout.fields(line)] == labels
    every_label = [m.group("label") or m.group("blabel") for m in layout._re_field().finditer(line)]
    assert every_label == labels


# Round 12: a dateline opened by 发表于： and a photographer's credit over the body are furniture, not
# the headline (made-up pages in the shapes of real ones).
def test_dateline_opened_by_posted_on_is_no_headline():
    raw = (
        "新闻中心 > 社区 >\n\n"
        "河西区青松街道：社区“小喇叭”唱响邻里新风\n\n"
        "发表于：2024-05-06 09:12  作者：周某  来源：江城在线  责任编辑：吴某\n\n"
        "5月5日，河西区青松街道青松社区的居民在广场上听起了“小喇叭”广播。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("河西区青松街道：社区“小喇叭”唱响邻里新风", "江城在线")]


@pytest.mark.parametrize(
    "first_line, title",
    [
        ("郑晓岚摄", ""),
        ("记者 周一凡 摄", ""),
        ("通讯员 吴某某/摄", ""),
        # not a credit: a surname is wanted, and 拍摄 or 航拍 end no name
        ("全景航拍摄影", "全景航拍摄影"),
    ],
)
def test_photographers_credit_over_the_body_is_no_headline(first_line, title):
    raw = first_line + "\n本报讯（记者 李某）5月6日起，青松街道多个社区为孩子们开设了暑期托管班。\n托管班办在社区活动室。\n"
    articles, _ = articles_of(raw)
    assert [a.title for a in articles] == [title]


# Round 12: a page that opens with a two-part headline longer than a short one (one comma outside
# quotes, any inside them) keeps it as its title, whether the body follows after a blank line or
# right under it; a lede that lost its full stop, a byline and a list of clauses are no headline.
@pytest.mark.parametrize(
    "raw, title",
    [
        (
            "校地携手共建，青桐社区与理工学院第三党支部签订结对协议\n\n本网讯 为密切校地往来，5月6日，双方在社区签了协议。\n",
            "校地携手共建，青桐社区与理工学院第三党支部签订结对协议",
        ),
        (
            "“义诊进小区，健康到身边”——河西区中西医结合医院开展送医活动\n为落实健康惠民部署，医院专家走进青桐社区。\n",
            "“义诊进小区，健康到身边”——河西区中西医结合医院开展送医活动",
        ),
        ("近日，青桐社区联合辖区医院在小区广场开展了义诊\n居民们排起了长队。\n", ""),
        ("青桐社区义诊进小区，理疗进家门，健康到身边\n居民们排起了长队。\n", ""),
    ],
)
def test_page_opening_with_a_two_part_headline(raw, title):
    articles, _ = articles_of(raw)
    # Round 61 h8b: a line parted by a double dash is now title and subtitle (the subtitle keeps
    # the dash); the gold titles such lines by the headline alone in five tuning articles of four
    # sets and whole in nineteen, and title and subtitle together are the whole line
    assert articles[0].title + (articles[0].subtitle or "") == title


# Round 12: a menu bar naming the site's own home page names the source when nothing better does.
@pytest.mark.parametrize(
    "line, site",
    [
        ("返回主页|江城晚报|版面导航|江城日报", "江城晚报"),
        ("date2025-03-05河西网首页新闻区县民声视频", "河西网"),
        ("江城新闻网首页|新闻|社区|图片", "江城新闻网"),
        # no outlet's name at home: a bare 首页, 设为首页, 网站首页
        ("首页|新闻|社区", None),
        ("设为首页|加入收藏|联系我们", None),
        ("网站首页|社区动态", None),
    ],
)
def test_menu_bar_names_the_sites_home(line, site):
    assert layout.menu_site(line) == site


def test_source_from_the_sites_home_in_its_menu_bar():
    raw = (
        "江城新闻网首页 | 新闻 | 社区 | 图片\n"
        "青松社区邻里节开幕\n"
        "2025-03-26 10:00\n"
        "本网讯 3月26日，青松街道青松社区的邻里节在小广场开幕。居民踊跃参加。\n"
    )
    articles, _ = articles_of(raw)
    assert [(a.title, a.source) for a in articles] == [("青松社区邻里节开幕", "江城新闻网")]


# Round 14: an e-paper reader or a portal sets its own lines over the article (the page's list of
# headlines, its menu, the day's date, the paper's imprint); the article's headline stands under
# them, right above the body. A subtitle under a dateline and a dateline broken over two lines
# leave the headline where it is, and so does a plain page with one headline and its dateline.
@pytest.mark.parametrize(
    "raw, title",
    [
        (
            "首页 | 江城网 | 新闻 | 政务 | 视频\n"
            "~~~——西湾镇锦绣花园二期月底交房\n"
            "2024年05月06日\n"
            "国内统一刊号：CN99-0001  江城日报社出版\n"
            "老小区加装电梯有了新进展\n\n"
            "本报讯 “加装电梯的钱怎么分摊？”青松社区议事会上，居民你一言我一语。\n",
            "老小区加装电梯有了新进展",
        ),
        (
            "第B03版：社区新闻 上一版 下一版\n"
            "银龄食堂开到家门口\n"
            "五位网格员的一天\n"
            "返回主页|江城晚报|版面导航|江城日报\n"
            "上一期 下一期\n"
            "五位网格员的一天\n"
            "本报讯（记者 程某）清晨六点半，青松社区网格员程晓梅已经在小区里巡查。\n",
            "五位网格员的一天",
        ),
        (
            "“和美邻里”文化节开幕\n"
            "日期：2024-05-06 08:30:12\n"
            "“和美邻里”文化节开幕\n"
            "——河西区第三届社区文化节青松社区分会场\n"
            "5月5日上午，青松社区在小广场举办了文化节开幕式。\n",
            "“和美邻里”文化节开幕",
        ),
        (
            "您所在的位置：江城网>社区频道>正文\n"
            "青松社区长者食堂推出定制套餐\n"
            "2024-05-06 16:47:26作者：程某来源：江城新闻网责任编\n"
            "辑：王某某我来说两句\n"
            "助餐服务怎样做得更细？青松社区给出了新答案。\n",
            "青松社区长者食堂推出定制套餐",
        ),
        (
            "首页 > 工作动态 > 正文\n"
            "青松社区开展防汛应急演练\n"
            "发布时间：2024-05-06 来源：河西区应急管理局\n"
            "5月6日，青松社区组织居民开展防汛应急演练。\n",
            "青松社区开展防汛应急演练",
        ),
    ],
)
def test_headline_under_the_readers_lines(raw, title):
    articles, _ = articles_of(raw)
    assert [a.title for a in articles] == [title]


def test_photo_caption_over_the_body_is_no_headline_under_the_readers_lines():
    # an e-paper page: masthead, date, kicker, headline, then the photo's caption and credit
    raw = (
        "江城日报 电子版 今日导读\n\n"
        "2024-12-30\n\n"
        "寒冬送暖 情满社区\n\n"
        "西湾街道举办“迎新春 暖万家”慰问活动\n\n"
        "慰问现场。 江宣 供\n\n"
        "江城日报讯 寒冬送暖，情满社区。新春将至，西湾街道联合江城市义工协会为困难群众送上年货。\n\n"
        "慰问现场，一箱箱牛奶、一袋袋面粉堆放整齐，志愿者们忙着分装登记。\n\n"
        "据悉，此次活动共筹集物资价值两万余元，惠及辖区八十余户家庭。\n"
    )
    articles, _ = articles_of(raw)
    assert [a.title for a in articles] == ["西湾街道举办“迎新春暖万家”慰问活动"]


def test_a_broken_paragraph_under_the_body_is_no_headline_under_the_readers_lines():
    # a clipping whose wrap the normalizer could not undo: a fragment of the first paragraph
    # stands alone after it; the headline stays the one above the date line
    found = [
        Block("heading", 0, 14, "江城慈善超市开进老街坊家门口"),
        Block("furniture", 15, 30, "2025-03-06 10:20", web="datetime"),
        Block("source", 31, 40, "来源：江城慈善总会"),
        Block("body", 41, 80, "本网讯（江城慈善总会 李晓）“谢谢你们还惦记着我这个老太太！”家住江城市西湾"),
        Block("heading", 81, 94, "区青松街的王奶奶握住社"),
        Block("body", 95, 130, "工的手，收下送来的米面和棉被，连声道谢。"),
    ]
    assert _headline_over_lede(found, 0, 5) == 0
    assert [block.kind for block in found] == ["heading", "furniture", "source", "body", "heading", "body"]
