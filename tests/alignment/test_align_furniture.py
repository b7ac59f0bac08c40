"""Page furniture recognised by form, from data (tm/alignment/data/furniture.toml)."""

from __future__ import annotations

import pytest

import tm
from rows import every_row
from tm.alignment import _furniture as furniture


def test_every_form_matches_its_documented_example() -> None:
    forms = furniture.forms()
    assert len(forms) >= 15
    assert {f.lang for f in forms} == {"en", "zh"}
    for form in forms:
        assert furniture.classify(form.example, form.lang == "zh") == form.cls, form


def test_classes_that_pair_with_nothing_are_classes_that_never_pair_across() -> None:
    classes = {form.cls for form in furniture.forms()}
    assert furniture.alone() <= furniture.unpaired() <= classes
    assert "byline" in furniture.alone() and "caption" not in furniture.alone()


@every_row(("line", "chinese", "cls"), [
    ("（责任编辑：张晓明）", True, "editor"),
    ("【编辑：陈静】", True, "editor"),
    ("来源：新华网", True, "source"),
    ("新华社记者 李明 摄", True, "credit"),
    ("（完）", True, "end"),
    ("中国日报网5月23日电", True, "dateline"),
    ("By Zhang Yue and Li Wei | China Daily", False, "byline"),
    ("Read more: Factories bet on robots", False, "related"),
    ("Contact the writer at zhangyue@chinadaily.com.cn", False, "editor"),
    # news conventions added after align-heldout2/3 (invented lines of the same forms)
    ("By Gao Ming in Lanzhou, Gansu | Daily Herald | Updated: 2025-04-02 10:15", False, "byline"),
    ("By Gao Ming Published: Apr 02, 2025 10:15 PM", False, "byline"),
    ("【晚报记者 高明】", True, "byline"),
    ("文｜财经周刊记者 高明 王芳", True, "byline"),
    ("（编辑 高明）", True, "editor"),
    ("(Web editor: Gao Ming)", False, "editor"),
    ("Enditem", False, "end"),
    ("《工人日报》（2025年04月02日 第03版）", True, "edition"),
    ("Contact reporter Gao Ming (gaoming@example.com)", False, "contact"),
    ("This article has been updated to include a comment from the city.", False, "note"),
    ("核心阅读", True, "kicker"),
    ("Workers repair a bridge in Lanzhou on April 1. (Photo: Gao Ming/DH)", False, "caption"),
    ("图为4月1日，工人在兰州维修桥梁（高明 摄）", True, "caption"),
    # reports, manuals, guides and magazines (forms added after align-heldout4; own lines)
    ("Page 112", False, "folio"),
    ("p. 9", False, "folio"),
    ("– 41 –", False, "folio"),
    ("FR-7", False, "folio"),
    ("第 41 页 共 60 页", True, "folio"),
    ("－ 9 －", True, "folio"),
    ("Harbour Monthly | October 2024", False, "folio"),
    ("《海港月刊》2024年第10期", True, "folio"),
    ("This article was condensed from a longer interview.", False, "note"),
    ("（访谈有删减）", True, "note"),
    ("Email: help@kettle.example", False, "contact"),
    ("Visitor hotline: 0571 8888 1234", False, "contact"),
    ("Website: www.kettle.example", False, "contact"),
    ("售后服务电话：400-100-2000", True, "contact"),
    ("官网：www.kettle.example", True, "contact"),
    ("Sam Poole is a freelance journalist based in Chengdu.", False, "credit"),
    ("发布日期：2024年10月", True, "timestamp"),
    ("FOR IMMEDIATE RELEASE", False, "kicker"),
    ("Media release", False, "kicker"),
    ("【行业观察】", True, "kicker"),
    ("【编辑：周敏】", True, "editor"),
    ("Translated by Ann Lee and Bo Chen", False, "credit"),
    ("Text: Marta Ruiz", False, "credit"),
    ("译者：陈小红", True, "credit"),
    ("Correspondence: Bo Chen, Institute of Soil Science", False, "contact"),
    ("通信作者：陈波", True, "contact"),
    ("Photo: Xinhua", False, "credit"),   # short: a credit, not a caption
    ("Pictured: Volunteers plant poplars along the old riverbank.", False, "caption"),
    ("Share this story: Facebook / LinkedIn / Email", False, "share"),
    ("分享至：微信、微博、QQ空间", True, "share"),
    # captions, labels, bylines and notes added after align-heldout10 (own lines)
    ("Photo (supplied): A repaired ferry leaves the dock at dawn", False, "caption"),
    ("Lacquer box (lid), Ming dynasty, carved cinnabar lacquer, gift of the Alder family",
     False, "caption"),
    ("Bequest of Dr Helen Moss, 2004", False, "caption"),
    ("漆盒（盒盖）　明代　剔红　艾氏家族捐赠", True, "caption"),
    ("莫海伦博士捐赠，2004年", True, "caption"),
    ("Exhibition essay by Lena Ford, keeper of ceramics, Harbour Museum", False, "byline"),
    ("撰文：高远（特约撰稿人）", True, "byline"),
    ("（本文已经受访者审阅）", True, "note"),
    ("About Tidewater Bio", False, "about"),
    ("About us", False, "about"),
    ("About this app", False, "about"),
    ("Company profile", False, "about"),
    ("关于潮汐生物", True, "about"),
    ("企业简介", True, "about"),
    ("Fishermen mend nets on the quay at dusk (photo: Ines Varga)", False, "caption"),
    ("Volunteers clear the riverbank after the flood. (File photo)", False, "caption"),
    ("Text and photographs by Ines Varga | English edition by Tom Reed", False, "byline"),
    ("（本文照片均由受访者提供）", True, "credit"),
    ("特此通知。", True, "formula"),
    ("This announcement is hereby made.", False, "formula"),
    # an outlet's news lead with its reporters and no date (align-heldout12)
    ("海城晚报讯（记者 林小雨 通讯员 王成）", True, "dateline"),
    ("南方网讯(实习生 陈晨)", True, "dateline"),
])
def test_furniture_lines(line: str, chinese: bool, cls: str) -> None:
    assert furniture.classify(line, chinese) == cls


@every_row(("line", "chinese"), [
    ("他们正在拍摄一部关于工厂的纪录片。", True),
    ("他们正在拍摄", True),
    ("记者走访了多家企业", True),
    ("编辑部的同事们都很忙。", True),
    ("2015年5月7日，李克强总理考察北京中关村创业大街。", True),
    ("By Friday, the company had sold 300 units", False),
    ("Updated rules take effect today", False),
    ("Editors often disagree about style", False),
    ("More than 300 people came.", False),
    ("Source code is available online.", False),
    ("Opening hours: 09:00-17:00 daily.", False),
    ("开放时间：每日9:00—17:00。", True),
    ("Call the hotline if the kettle leaks.", False),
    ("如有疑问，请拨打客服电话。", True),
    ("Li Na is a reporter who moved to Wuhan in 2019 and now runs a bakery there, "
     "selling 300 loaves a day.", False),
    ("1. Fill the kettle with water.", False),
    ("Our attrition was 6% last year.", False),
    ("The pump runs at 15 bar.", False),
    ("The report was translated into 12 languages.", False),
    ("The text was translated by volunteers in Chengdu.", False),
    ("Translation Services", False),
    ("Text messages reach 40,000 farmers a week.", False),
    ("Share prices rose 3% on Monday.", False),
    ("分享经验", True),
    ("【", True),
    ("The press release gave no figures.", False),
    ("About 300 firms signed up.", False),
    ("About half the stalls were closed", False),
    ("关于做好防汛工作的通知", True),
    ("The vase, a gift of the Lin family, returns to the hall.", False),
    ("Review by regulators took a year.", False),
    ("他向学校捐赠了一批图书。", True),
    ("The photo (left) shows the dam.", False),
    ("图片由他提供的资料显示，水位上涨。", True),
    ("特此通知全体居民：明天停水。", True),
    ("他订阅的报纸登出了这条快讯（记者当天核实）后引起关注。", True),
    ("通讯社讯息（记者）", True),
    ("Notice is hereby given that the pool will close.", False),
])
def test_running_text_is_never_furniture(line: str, chinese: bool) -> None:
    assert furniture.classify(line, chinese) == ""


# A scraped article page (trial T35): a translated "Related:" headline and share buttons.
PAGE_EN = ["Drones now deliver parcels to 300 villages in the county.",
           "Each flight takes about 20 minutes.",
           "Share: Facebook | Twitter | WeChat",
           "Related: Drones reshape rural logistics"]
PAGE_ZH = ["无人机目前为该县300个村庄配送包裹。", "每次飞行约20分钟。", "分享到：微信 | 微博",
           "相关新闻：无人机重塑农村物流"]


def test_a_translated_related_headline_pairs_with_its_translation() -> None:
    """Before: kept apart, the English line's empty translation scored 0.99: the two
    links share no name or number, only dictionary words (drone, rural, logistics)."""
    beads = {(b.src, b.tgt): b.score for b in tm.align(PAGE_EN, PAGE_ZH)}
    assert beads.get(((3,), (3,)), 0) > 0.5


def test_related_links_to_different_stories_stay_apart() -> None:
    """Both say "related" (the form's word), nothing else: no translation."""
    en = [*PAGE_EN[:3], "Related: Port of Ningbo adds a fourth berth"]
    beads = [(b.src, b.tgt) for b in tm.align(en, PAGE_ZH)]
    assert ((3,), ()) in beads and ((), (3,)) in beads


def test_share_buttons_pair_with_nothing() -> None:
    """Before: "Share: Facebook | Twitter | WeChat" and 分享到：微信 | 微博 (other
    networks) were paired as a trusted unit."""
    beads = [(b.src, b.tgt) for b in tm.align(PAGE_EN, PAGE_ZH)]
    assert ((2,), ()) in beads and ((), (2,)) in beads


def test_a_credit_line_in_mid_document_stands_alone_without_paragraphs() -> None:
    en = ["Sales rose 72.5 percent in 2016.", "Prices fell by 3 percent in 2017.",
          "The company hired 600 workers."]
    zh = ["2016年销售额增长72.5%。", "（责任编辑：王立平）", "2017年价格下降3%。",
          "该公司雇用了600名工人。", "来源：新华网"]
    beads = tm.align(en, zh)
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((), (1,)), ((1,), (2,)),
                                               ((2,), (3,)), ((), (4,))]
    assert all(b.score > 0.5 for b in beads)


def test_page_numbers_and_contact_lines_of_a_manual_stand_alone() -> None:
    """A folio and a support line facing their counterparts are not a unit worth storing."""
    en = ["Descale the kettle every month.", "Use only citric acid.",
          "Helpline: +44 20 7946 0000", "Page 8"]
    zh = ["水壶应每月除垢一次。", "请仅使用柠檬酸。", "服务热线：400-600-7000", "— 8 —"]
    beads = [(b.src, b.tgt) for b in tm.align(en, zh)]
    assert beads[:2] == [((0,), (0,)), ((1,), (1,))]
    assert sorted(beads[2:]) == [((), (2,)), ((), (3,)), ((2,), ()), ((3,), ())]


#: A press release's boilerplate under its heading, both editions (own lines).
ABOUT_EN = ["Tidewater Bio expects revenue to double in 2027.",
            "About Tidewater Enzyme Technology Ltd.",
            "Founded in 2015, Tidewater makes enzymes for food processing in 12 provinces.",
            "It was listed in Shenzhen in 2021."]
ABOUT_ZH = ["潮汐生物预计2027年收入将翻一番。", "关于潮汐酶技术有限公司",
            "资料显示，潮汐生物成立于2015年，2021年在深圳上市，为12个省份的食品加工企业生产酶制剂。"]


@every_row(("en", "zh", "heading"), [
    (ABOUT_EN, ABOUT_ZH, ((1,), (1,))),            # the translated heading pairs with it
    (ABOUT_EN, ABOUT_ZH[:1] + ABOUT_ZH[2:], ((1,), ())),   # none: it stands alone, not glued
    # review R-13: headings of the class whatever follows About / 关于 (no name, a
    # translated name), and one the forms miss on the other side that shares the name
    (["Welcome to our site.", "About us", "We make tea.", "Contact"],
     ["欢迎访问本站。", "关于我们", "我们制茶。", "联系方式"], ((1,), (1,))),
    (["About the author", "Jane Lin writes novels.", "She lives in Oslo."],
     ["关于作者", "林简是小说家。", "她住在奥斯陆。"], ((0,), (0,))),
    (["The company reported record profits.", "About Northwind Ltd.",
      "Northwind is a logistics firm based in Leeds."],
     ["公司公布了创纪录的利润。", "关于北风公司", "北风是一家总部位于利兹的物流公司。"],
     ((1,), (1,))),
    (["Sales grew 5% in 2026.", "About Tidewater", "Tidewater makes enzymes."],
     ["2026年销售额增长5%。", "Tidewater简介", "Tidewater生产酶制剂。"], ((1,), (1,))),
])
def test_the_heading_of_a_press_releases_boilerplate(
        en: list[str], zh: list[str], heading: tuple[tuple[int, ...], ...]) -> None:
    """Before: "About ..." was glued onto the boilerplate sentences (a 3-1 bead at 0.69,
    sharing "enzyme" and "technology") when the Chinese edition had no heading; and
    (4fd84676, review R-13) 关于我们 was furniture that "About us" was not, so the two
    headings no longer paired."""
    beads = [(b.src, b.tgt) for b in tm.align(en, zh)]
    assert heading in beads


NOTICE_EN = ["The north gate will close on 1 May for repairs.",
             "Residents should use the south gate.", "Notice is hereby given.",
             "Estate Management Office"]
NOTICE_ZH = ["北门将于5月1日起关闭维修。", "请居民改走南门。", "特此通告。", "物业管理处"]


@pytest.mark.parametrize(("en", "formula"), [
    (NOTICE_EN, ((2,), (2,))),                         # review R-18: the formulas pair
    (NOTICE_EN[:2] + NOTICE_EN[3:], ((), (2,))),       # none in English: it stands alone
])
def test_a_notices_closing_formula(en: list[str], formula: tuple[tuple[int, ...], ...]) -> None:
    """特此通告。 pairs with the English formula by form and with nothing else: before
    8a2108d1 it paired with an English sentence the notice's translation left out (0.71),
    and with 8a2108d1 it no longer paired with "Notice is hereby given." either."""
    beads = [(b.src, b.tgt) for b in tm.align(en, NOTICE_ZH)]
    assert formula in beads


def test_an_outlets_news_lead_without_a_date_stands_alone() -> None:
    """A Chinese edition opens with its own paper's lead and reporter (江城日报讯（记者 …）),
    the English notice with its issuer and date: before, the two were paired 1-1 at 0.79 by
    the city's name they share, and stored as a trusted unit."""
    en = ["Jiangcheng Water Authority, May 6, 2025",
          "Water prices in Jiangcheng will rise by 8 percent from July 1.",
          "The price for households will go up to 3.2 yuan per cubic metre."]
    zh = ["江城日报讯（记者 周小明）",
          "自7月1日起，江城市水价将上调8%。",
          "居民用水价格将上调至每立方米3.2元。"]
    beads = [(b.src, b.tgt) for b in tm.align(en, zh)]
    assert ((0,), ()) in beads and ((), (0,)) in beads
    assert ((1,), (1,)) in beads and ((2,), (2,)) in beads
