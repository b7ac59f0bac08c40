"""Markup tags kept in the target (issue 10; red-team pass 5 found `<b>Open</b>` → `<b>打开。`
accepted): HTML elements and any tag the same text closes are compared as a multiset; a
command-line metavariable (`<command>`) is not markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from rows import every_row
from tm import Unit, check, read_units
from tm.checks.markup import markup_tags


def _markup(source: str, target: str) -> list[str]:
    return [f.message for f in check([Unit(source, target)], select=["markup"])]


@every_row(("en", "zh"), [
    ("<b>Open</b> the file.", "<b>打开</b>文件。"),
    ('Read the <a href="/terms">terms</a> first.', '请先阅读<a href="/terms">条款</a>。'),
    ('Click <a href="/help" title="Help">here</a>.', '点击<a href="/help" title="帮助">此处</a>。'),
    ("Line one<br/>line two", "第一行<br/>第二行"),
    ("<b>Name:</b> <i>%s</i>", "<i>%s</i><b>名称：</b>"),
    ('<xliff:g id="count">%d</xliff:g> files', '<xliff:g id="count">%d</xliff:g> 个文件'),
    ("Usage: tm <command> [options]", "用法：tm <命令> [选项]"),
    ("Use x < 5 and y > 3.", "使用 x < 5 和 y > 3。"),
    ("<B>Bold</B>", "<b>粗体</b>"),
    ("First line<br>second line", "第一行<br/>第二行"),       # a void element: one tag
    ('<img src="a.png" alt="Logo"> Home', '<img src="a.png" alt="标志" /> 首页'),
])
def test_kept_tags_pass(en: str, zh: str) -> None:
    assert _markup(en, zh) == []


@every_row(("en", "zh", "expected"), [
    ("<b>Open</b> the file.", "<b>打开文件。", "</b> missing"),
    ("<b>Open</b> the file.", "<i>打开</i>文件。", "</b>, <b> missing; </i>, <i> added"),
    ("Line one<br>line two", "第一行第二行", "<br/> missing"),
    ('<g id="1">Save</g> now', "立即保存", "</g>, <g> missing"),
    ("Save now", "立即<b>保存</b>", None),
])
def test_dropped_or_changed_tags_are_reported(en: str, zh: str, expected: str | None) -> None:
    found = _markup(en, zh)
    if expected is None:       # tags only in the target: nothing in the source to keep
        assert found == []
    else:
        assert found == [f"markup tag(s) {expected}"]


def test_what_counts_as_markup() -> None:
    assert [t for t, _, _ in markup_tags("<file> and <g>x</g> and <span>y</span>")] == [
        ("g", "open"), ("g", "close"), ("span", "open"), ("span", "close")]


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="ui.html" source-language="en" target-language="zh-CN" datatype="html"><body>
{units}
</body></file></xliff>
"""


@pytest.mark.parametrize(("source", "target", "expected"), [
    ('Press <g id="1">Send</g> to reply.', "按发送即可回复。",
     "missing: 1 paired code (XLIFF <g>…</g> or <bx/>…<ex/>, TMX <bpt>…<ept>) "
     "(around 'Send' in the source)"),
    ('Used: <x id="2"/> of 20 GB', "已用：共 20 GB",
     "missing: 1 standalone code (XLIFF <x/> or <ph>, TMX <ph>)"),
    ('Used: <x id="2"/> of 20 GB', '已用：<x id="2"/><x id="3"/>，共 20 GB',
     "added: 1 standalone code (XLIFF <x/> or <ph>, TMX <ph>)"),
    ('<g id="1">Save</g> or <g id="2">Cancel</g>', '<g id="1">保存</g>或取消',
     "missing: 1 paired code (XLIFF <g>…</g> or <bx/>…<ex/>, TMX <bpt>…<ept>)"),
    ('Press <g id="1">Send</g> to reply.', '按<g id="1">发送</g>即可回复。', None),
    ('<x id="1"/> of <x id="2"/> used', '已用<x id="2"/>，共<x id="1"/>', None),
])
def test_inline_codes_of_an_xliff_unit_that_leave_no_text_are_compared(
        tmp_path: Path, source: str, target: str, expected: str | None) -> None:
    """A <g> or <x/> code dropped from the target leaves the plain text intact, so the codes
    are compared (user trial T24: such units passed; the CAT tool refuses the file)."""
    path = tmp_path / "ui.xlf"
    path.write_text(XLIFF.format(units=f'<trans-unit id="t1"><source>{source}</source>'
                                       f'<target state="translated">{target}</target>'
                                       "</trans-unit>"), encoding="utf-8")
    found = [f.message for f in check(read_units(path), select=["markup"])]
    assert found == ([f"inline code(s) {expected}"] if expected else [])


def test_a_message_on_many_missing_codes_stays_short() -> None:
    """Review V-17: the text of every missing pair was quoted (213 KB for 16,000 pairs)."""
    pairs = "".join(f'<bpt i="{n}"></bpt>w{n}<ept i="{n}"></ept> ' for n in range(1, 2001))
    unit = Unit("w " * 2000, "字", source_markup=pairs, target_markup="字")
    [finding] = check([unit], select=["markup"])
    assert "missing: 2000 paired code" in finding.message
    assert "'w1', 'w2', 'w3' and 1,997 more in the source" in finding.message
    assert len(finding.message) < 200
