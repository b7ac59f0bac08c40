"""The plural forms of one PO entry are no inconsistency (issue 10; REDTEAM3 open item).

A language with several plural forms (Arabic: nplurals=6) translates ``msgid_plural``
differently in each form on purpose; each form was a unit with the same source, and
``segment-inconsistent`` compared the forms of one entry with each other, citing the
entry's own line.  Two entries translating one source differently are still reported.
"""

from __future__ import annotations

from pathlib import Path

from tm import check_files

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: ar\\n"\n"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 '
          ': n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\\n"\n\n')
PLURAL = ('msgid "%d file"\nmsgid_plural "%d files"\n'
          'msgstr[0] "%d ملفات"\nmsgstr[1] "%d ملف"\nmsgstr[2] "%d ملفان"\n'
          'msgstr[3] "%d ملفات"\nmsgstr[4] "%d ملفًا"\nmsgstr[5] "%d ملف"\n\n')


def _check(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "ar.po"
    path.write_text(HEADER + body, encoding="utf-8")
    return [f.check for f in check_files([path], select=["consistency"])]


def test_the_forms_of_one_plural_entry_are_no_inconsistency(tmp_path: Path) -> None:
    assert _check(tmp_path, PLURAL) == []


def test_two_entries_translating_one_source_differently_still_are(tmp_path: Path) -> None:
    body = 'msgid "Open"\nmsgstr "فتح"\n\nmsgctxt "menu"\nmsgid "Open"\nmsgstr "افتح"\n\n'
    assert _check(tmp_path, PLURAL + body) == ["segment-inconsistent"]


def _placeholders(tmp_path: Path, header: str, body: str) -> list[str]:
    path = tmp_path / "ar.po"
    path.write_text(header + body, encoding="utf-8")
    return [f.message for f in check_files([path], select=["placeholders"])]


WORDS = ('msgid "%d file"\nmsgid_plural "%d files"\n'
         'msgstr[0] "لا ملفات"\nmsgstr[1] "ملف واحد"\nmsgstr[2] "ملفان"\n'
         'msgstr[3] "%d ملفات"\nmsgstr[4] "%d ملفًا"\nmsgstr[5] "%d ملف"\n\n')


def test_a_form_for_one_number_may_say_it_in_words(tmp_path: Path) -> None:
    """msgfmt -c accepts Arabic's n = 0, 1, 2 forms without %d; they were reported."""
    assert _placeholders(tmp_path, HEADER, WORDS) == []


def test_a_form_for_many_numbers_keeps_its_placeholder(tmp_path: Path) -> None:
    body = WORDS.replace('msgstr[3] "%d ملفات"', 'msgstr[3] "ملفات"')
    assert len(_placeholders(tmp_path, HEADER, body)) == 1
    # an expression that does not parse gives no form the licence
    broken = HEADER.replace("plural=n==0", "plural=n===0")
    assert len(_placeholders(tmp_path, broken, WORDS)) == 3
