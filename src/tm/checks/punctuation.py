"""Punctuation of targets: the final mark, and half-width marks in Chinese prose.

The final mark of the target must match the source's after mapping across
scripts (``.`` = ``。``, ``?`` = ``？``, ``!`` = ``！``, ``...`` = ``……``), and be
the full-width form, except that an ellipsis the source ends with (``...`` or
``…``) may be kept as either in the target, the convention of software
strings; closing quotes and brackets are looked through (``."`` ends like
``。”``).  A source ending inside a sentence (``,`` ``;`` ``:``) may end with
any of ``，；：。`` in Chinese, where translators regroup clauses; a source whose
final period is an abbreviation's (``8:00 a.m.``) may end without a mark.  Inside
Chinese prose the half-width marks ``, ; : ? ! ( ) .`` next to a Han character
should be full-width; digits keep theirs (``79,000``, ``7:30``), and so does Latin
text the target copies from the source as it is (a quoted ``Hello, World!``, the
command ``:quit``, the emoticon ``:)``).  A parenthesised access key after a
label, ``保存(&S)``, ``打开(_O)…``, is the half-width convention of Qt, KDE, GTK and
Windows menus in Chinese, not prose.

A Chinese → English catalog is read the other way round: the English target's final
mark must match the Chinese source's and be the half-width form (``。`` = ``.``,
``？`` = ``?``), and a period that ends an abbreviation (``at 8 a.m.``) may end a target
whose source has no mark.
"""

from __future__ import annotations

import re

from tm._shared.lang import is_chinese, written_with_han
from tm._shared.script import HAN, has_han
from tm.checks._base import CheckInfo, Context, unit_check
from tm.model import Unit

__all__ = ["check_final_mark", "check_halfwidth", "final_mark"]

_CLOSERS = "\"'”’」』）)】]》〉»› \t\n"


def strip_closers(text: str) -> str:
    """*text* without trailing whitespace, closing quotes and closing brackets."""
    return text.rstrip(_CLOSERS)

_CLASS = {".": "period", "。": "period", "．": "period", "?": "question", "？": "question",
          "!": "exclamation", "！": "exclamation", ":": "colon", "：": "colon",
          ";": "semicolon", "；": "semicolon", "…": "ellipsis", ",": "comma", "，": "comma"}
_FULL = {"period": "。", "question": "？", "exclamation": "！", "colon": "：",
         "semicolon": "；", "ellipsis": "……", "comma": "，"}
# A segment that ends inside a sentence (, ; :) may end with any of them, or a
# full stop, in Chinese: translators regroup clauses (Li said: -> 李克强说：/ 。).
_CLAUSE = {"comma", "semicolon", "colon"}
_HALF = ".?!:;,"
#: The English form of each class, for a Chinese -> English catalog's targets.
_ENGLISH = {"period": ".", "question": "?", "exclamation": "!", "colon": ":",
            "semicolon": ";", "ellipsis": "...", "comma": ","}
# The ellipsis of software strings, three dots or one U+2026: a target that keeps
# either after a source ending with either follows the source's convention; the
# Chinese …… is always right here (the house style may ask for it: style.py).
_SOFTWARE_ELLIPSIS = ("...", "…")


#: A source whose last period belongs to an abbreviation (a.m., p.m., U.S., etc., Inc.) may
#: end without one in Chinese: the sentence has no final mark of its own.
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:etc|Inc|Ltd|Co|Corp|No|Jr|Sr|vs)\.$")


def final_mark(text: str) -> tuple[str, str, int]:
    """(class, mark, offset) of the sentence-final mark of *text*, closers looked through.

    The class is ``"none"`` when the text ends without a mark (a heading).
    """
    body = strip_closers(text)
    if body.endswith(("...", "。。。")):
        return "ellipsis", body[-3:], len(body) - 3
    if body.endswith("……"):
        return "ellipsis", "……", len(body) - 2
    if not body:
        return "none", "", 0
    mark = body[-1]
    return _CLASS.get(mark, "none"), mark, len(body) - 1


@unit_check(CheckInfo("punctuation", "warning",
                      "the final punctuation mark differs from the source's or is half-width",
                      "format"))
def check_final_mark(unit: Unit, ctx: Context) -> None:
    """Compare final marks; a Chinese target must end with the full-width form."""
    if unit.target_lang and not is_chinese(unit.target_lang):
        if not written_with_han(unit.target_lang) and has_han(unit.source) and \
                unit.target.strip():
            _check_english_final_mark(unit, ctx)  # Japanese has marks of its own
        return
    if not has_han(unit.target) or not unit.source.strip():
        return
    (s_class, s_mark), (t_class, t_mark, t_at), span = _final_marks(unit)
    if s_class == "period" and t_class == "none" and _ABBREVIATION_END.search(
            strip_closers(unit.source)):
        return  # "… at 8:00 a.m." -> 上午8:00: the period is the abbreviation's
    if s_class != t_class:
        _report_mismatch(ctx, unit, (s_class, s_mark), (t_class, t_mark), span, _FULL)
    elif t_mark in _SOFTWARE_ELLIPSIS and s_mark in _SOFTWARE_ELLIPSIS:
        return  # "Open File..." -> 打开文件... / …: software UIs keep the source's ellipsis
    elif t_mark and (t_mark[0] in _HALF or t_mark == "…") and not any(
            s <= t_at < e for s, e in _copied_spans(unit.target, unit.source)):
        ctx.report("punctuation", unit, f"final {t_mark!r} is half-width; use "
                   f"{_FULL[t_class]!r} in Chinese", span)


def _final_marks(unit: Unit) -> tuple[tuple[str, str], tuple[str, str, int],
                                      list[tuple[int, int]]]:
    """((class, mark) of the source, (class, mark, offset) of the target, the target mark's
    span) of *unit*; a source ending inside a sentence takes the class of a target that ends
    with a clause mark or a period (translators regroup clauses)."""
    s_class, s_mark, _ = final_mark(unit.source)
    t_class, t_mark, t_at = final_mark(unit.target)
    span = [(t_at, t_at + len(t_mark))] if t_mark else []
    if s_class in _CLAUSE and t_class in (_CLAUSE | {"period"}):
        s_class = t_class
    return (s_class, s_mark), (t_class, t_mark, t_at), span


def _report_mismatch(ctx: Context, unit: Unit, source: tuple[str, str], target: tuple[str, str],
                     span: list[tuple[int, int]], forms: dict[str, str]) -> None:
    """Report final marks of different classes: (class, mark) of the source and of the
    target; *forms* gives the mark each class takes in the target's language."""
    (s_class, s_mark), (t_class, t_mark) = source, target
    if t_class == "none":
        want = forms[s_class]
        shown = repr(want) if want.isascii() else want  # a full-width mark shows on its own
        ctx.report("punctuation", unit, f"missing final {shown} (the source ends with "
                   f"{s_mark!r})")
    elif s_class == "none":
        ctx.report("punctuation", unit, f"the target ends with {t_mark!r} but the source "
                   "has no final punctuation", span)
    else:
        ctx.report("punctuation", unit, f"final mark {t_mark!r} does not match the "
                   f"source's {s_mark!r} (expected {forms[s_class]!r})", span)


def _check_english_final_mark(unit: Unit, ctx: Context) -> None:
    """The final mark of an English target against its Chinese source's: the same class,
    in the half-width form ("文件已保存。" → "The file was saved." ; "下载完成！" →
    "Download complete。" is full-width)."""
    (s_class, s_mark), (t_class, t_mark, _), span = _final_marks(unit)
    if t_class == "period" and s_class == "none" and _ABBREVIATION_END.search(
            strip_closers(unit.target)):
        return  # 上午8点 -> "at 8 a.m.": the period is the abbreviation's
    if s_class != t_class:
        _report_mismatch(ctx, unit, (s_class, s_mark), (t_class, t_mark), span, _ENGLISH)
    elif t_mark and not t_mark.isascii() and t_mark != "…":
        ctx.report("punctuation", unit, f"final {t_mark!r} is full-width; use "
                   f"{_ENGLISH[t_class]!r} in English", span)


_CJK = f"{HAN}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\u2018-\u201f"
# A half-width mark with a Han character (or CJK punctuation) on either side,
# spaces skipped.  Digits on both sides (79,000 / 7:30 / 3.5) are left alone.
_HALFWIDTH = re.compile(
    rf"(?<=[{_CJK}])\s*([,;:?!()])|([,;:?!()])(?=\s*[{_CJK}])|(?<=[{HAN}])(\.)(?=[{HAN}])"
)
#: The marks _HALFWIDTH reports (keep in step with it).
_HALF_MARK = re.compile(r"[,;:?!().]")
# %(name)s, even with a name a translator changed (%(用户名)s): the placeholders check's.
_PLACEHOLDER_LIKE = re.compile(r"%\([^()\s]*\)[A-Za-z]")
#: A menu label's access key in half-width parentheses, the zh_CN convention of Qt/KDE
#: and Windows (&), GTK (_) and LibreOffice (~): 保存(&S), 打开(_O)…, 导出为 CSV(&X).
_ACCELERATOR = re.compile(r"\([&_~][A-Za-z0-9]\)")
_FULLWIDTH_OF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
                 ".": "。"}
#: A run of Latin text (ASCII, inner spaces allowed): "Hello, World!", ":quit", ":)".
_LATIN_RUN = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")
#: What makes such a run text rather than punctuation: a letter or digit, or an emoticon.
_TEXT_LIKE = re.compile(r"[A-Za-z0-9]|^[:;=8][-']?[()DPp/|\\]$")


def _copied_spans(target: str, source: str) -> list[tuple[int, int]]:
    """Spans of *target*'s Latin runs that the source holds verbatim: a quoted literal, a
    command, an emoticon copied as they are ("Hello, World!", ":quit", ":)"), whose
    half-width marks belong to the copied text, not to the Chinese prose around it."""
    spans = []
    for m in _LATIN_RUN.finditer(target):
        lead = _CLAUSE_MARK_LEAD.match(m.group())  # "设置: Wi-Fi": the colon is the prose's
        start = m.start() + (lead.end() if lead else 0)
        end = m.end()
        if target[end - 1] in ",;:" and _HAN_AFTER.match(target, end):
            end -= 1  # "make test; 再推送": the semicolon joins Chinese clauses
        run = target[start:end]
        if run and _TEXT_LIKE.search(_CODE_LIKE.sub("", run)) and run in source:
            spans.append((start, end))
    return spans


#: Placeholders, whole or broken (%s, %(name), {0}): code, not copied text; "%s?" is a
#: placeholder and the prose's question mark.
_CODE_LIKE = re.compile(r"%(?:\([^()]*\))?[-+ #0]*\d*(?:\.\d+)?[A-Za-z]?|\{[^{}]*\}")
#: Chinese after a Latin run (spaces skipped): a clause mark ending the run is the prose's.
_HAN_AFTER = re.compile(rf"\s*[{HAN}]")
#: Marks and spaces opening a Latin run that belong to the Chinese before it (a mark
#: followed by a space): "打开设置: Wi-Fi" copies "Wi-Fi", not ": Wi-Fi".
_CLAUSE_MARK_LEAD = re.compile(r"(?:[,;:?!.)]+\s+)+")


@unit_check(CheckInfo("halfwidth-punctuation", "warning",
                      "half-width , ; : ? ! ( ) inside Chinese prose", "format"))
def check_halfwidth(unit: Unit, ctx: Context) -> None:
    """Report half-width marks touching Han text (the final mark is punctuation's job)."""
    target = unit.target
    # Each branch of _HALFWIDTH matches one of these marks: most Chinese targets hold none,
    # and a scan for them is much cheaper than the pattern's (a lookbehind at every place).
    if not _HALF_MARK.search(target) or not has_han(target):
        return
    found = list(_HALFWIDTH.finditer(target))
    if not found:  # most Chinese targets: no need to look for placeholders or copied text
        return
    end = len(strip_closers(target)) - 1
    spans: list[tuple[int, int]] = []
    marks: list[str] = []
    codes = [m.span() for m in _PLACEHOLDER_LIKE.finditer(target)] if "%(" in target else []
    codes += _copied_spans(target, unit.source)
    codes += [m.span() for m in _ACCELERATOR.finditer(target)]
    for m in found:
        group = next(g for g in (1, 2, 3) if m.group(g))
        at = m.start(group)
        if (at == end and target[at] in _HALF) or any(s <= at < e for s, e in codes):
            continue
        spans.append((at, at + 1))
        marks.append(target[at])
    if spans:
        fixes = ", ".join(f"{m!r}->{_FULLWIDTH_OF[m]!r}" for m in dict.fromkeys(marks))
        ctx.report("halfwidth-punctuation", unit,
                   f"half-width punctuation in Chinese prose: {fixes}", spans)
