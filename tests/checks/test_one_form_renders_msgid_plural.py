"""msgstr[0] of a language with one plural form renders msgid_plural (trial T66).

"One invoice overdue" / "%d invoices overdue" is a common gettext idiom: the singular
msgid spells the number out.  Chinese has one form, used for every n, so its
``msgstr[0]`` must carry ``%d`` — and tm compared it with the singular msgid and
reported the ``%d`` (and the "1" of "1 seat left") as errors, while ``msgfmt -c``
accepts the entry.  gettext compares every form that stands for several n with
``msgid_plural``; so does tm now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tm import check_files
from tm.checks import units_for_check

HEAD = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: {forms}\\n"\n\n')
ENTRIES = '''#, c-format
msgid "One invoice overdue"
msgid_plural "%d invoices overdue"
msgstr[0] "{first}"

#, python-brace-format
msgid "1 seat left"
msgid_plural "{{n}} seats left"
msgstr[0] "还剩 {{n}} 个座位"
'''


def _catalog(tmp_path: Path, forms: str, first: str) -> Path:
    path = tmp_path / "plural.po"
    path.write_text(HEAD.format(forms=forms) + ENTRIES.format(first=first), encoding="utf-8")
    return path


@pytest.mark.parametrize("forms", ["nplurals=1; plural=0;", "nplurals=1; plural=0"])
def test_one_form_carrying_the_placeholder_passes(tmp_path: Path, forms: str) -> None:
    path = _catalog(tmp_path, forms, "%d 张发票已逾期")
    assert check_files([path]) == []


def test_one_form_without_the_placeholder_is_still_an_error(tmp_path: Path) -> None:
    path = _catalog(tmp_path, "nplurals=1; plural=0;", "一张发票已逾期")
    found = check_files([path], select=["placeholders"])
    assert [f.message for f in found] == ["placeholder(s) missing from the target: %d"]


def test_a_singular_form_still_renders_the_singular_msgid(tmp_path: Path) -> None:
    path = _catalog(tmp_path, "nplurals=2; plural=(n != 1);", "一张发票已逾期")
    sources = [entry.unit.source for entry in units_for_check(path)]
    assert sources == ["One invoice overdue", "1 seat left"]
