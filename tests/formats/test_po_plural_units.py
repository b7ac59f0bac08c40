"""Red-team pass 11 (R11-1): the unit of a plural entry pairs msgstr[0] with what it translates.

In a catalog of one plural form (Chinese) msgstr[0] serves every n: it renders
the msgid_plural.  A msgid that words the number ("One file was deleted.") does
not say what msgstr[0] says ("已删除 %d 个文件。"); stored as that msgid's
translation, a lookup of a sentence with no number offered a translation with a
%d in it.  Each test fails on the code before the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tm.formats import read_units

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n{forms}\n'
ENTRY = ('#, c-format\nmsgid "{one}"\nmsgid_plural "{many}"\n{msgstrs}\n')


@pytest.mark.parametrize(("forms", "msgstrs", "one", "source"), [
    # one form: msgstr[0] renders "%d photos were removed." for every n
    ('"Plural-Forms: nplurals=1; plural=0;\\n"\n', 'msgstr[0] "已删除 %d 张照片。"',
     "One photo was removed.", "%d photos were removed."),
    # no Plural-Forms, a msgstr[0] alone: a one-form catalog too
    ("", 'msgstr[0] "已删除 %d 张照片。"', "One photo was removed.", "%d photos were removed."),
    # a singular with the placeholder is what msgstr[0] says as well: the msgid stays
    ('"Plural-Forms: nplurals=1; plural=0;\\n"\n', 'msgstr[0] "已删除 %d 张照片。"',
     "%d photo was removed.", "%d photo was removed."),
    # two forms: msgstr[0] is the singular's translation
    ('"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n',
     'msgstr[0] "Ein Foto wurde entfernt."\nmsgstr[1] "%d Fotos wurden entfernt."',
     "One photo was removed.", "One photo was removed."),
])
def test_msgstr0_is_stored_with_the_message_it_translates(
        tmp_path: Path, forms: str, msgstrs: str, one: str, source: str) -> None:
    path = tmp_path / "x.po"
    path.write_text(HEADER.format(forms=forms) + ENTRY.format(
        one=one, many="%d photos were removed.", msgstrs=msgstrs), encoding="utf-8")
    [unit] = read_units(path)
    assert unit.source == source
    assert unit.target == msgstrs.split('"')[1]
