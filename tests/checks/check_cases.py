"""Helpers shared by the class tests of the checks: what one check says about one pair."""

from __future__ import annotations

from pathlib import Path

from tm import Glossary, Unit, check
from tm.numbers import same_numbers


def numbers_found(source: str, target: str, glossary: Glossary | None = None) -> list[str]:
    """The messages of the numbers check on the one unit *source* → *target*."""
    return [f.message for f in check([Unit(source, target)], select=["numbers"],
                                     glossary=glossary)]


def assert_numbers_agree(en: str, zh: str) -> None:
    """tm.numbers and the numbers check both find the same values in *en* and *zh*."""
    assert same_numbers(en, "en", zh, "zh") == ([], [])
    assert numbers_found(en, zh) == []


def term_checks_found(source: str, target: str, glossary: Glossary) -> list[str]:
    """The term and latin-leftover checks that report on *source* → *target* with *glossary*."""
    return [f.check for f in check([Unit(source, target)], glossary=glossary)
            if f.check.startswith(("term", "latin"))]


def placeholder_messages(source: str, target: str) -> list[str]:
    """The messages of the placeholders check on the one unit *source* → *target*."""
    return [f.message for f in check([Unit(source, target)], select=["placeholders"])]


def po_with_contexts(folder: Path, entries: list[tuple[str, str, str]]) -> Path:
    """A zh_CN catalog ``app.po`` in *folder* of ``(msgctxt, msgid, msgstr)`` entries."""
    body = "".join(f'msgctxt "{ctx}"\nmsgid "{en}"\nmsgstr "{zh}"\n\n' for ctx, en, zh in entries)
    path = folder / "app.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Language: zh_CN\\n"\n\n' + body, encoding="utf-8")
    return path
