"""A literal per cent sign in a format string is written %% (issue 10; heldout14, dev).

``Exporting… %d%%`` → ``正在导出… %d%`` drops one ``%`` of the literal ``%%``: the
target's lone ``%`` is no directive and ``msgfmt -c`` refuses the string; it passed
every check.  When the source writes ``%%`` beside printf placeholders, a lone ``%`` in
the target is reported; a full-width ％ is an ordinary character, and a source without
``%%`` ("Growth of 5% in %s") is not read this way.
"""

from __future__ import annotations

from rows import every_row
from tm.checks.placeholders import compare_placeholders


def test_a_lone_percent_where_the_source_writes_two_is_reported() -> None:
    problems, _ = compare_placeholders("Exporting… %d%%", "正在导出… %d%")
    assert problems and "%%" in problems[0]


@every_row(("en", "zh"), [
    ("Exporting… %d%%", "正在导出… %d%%"),
    ("Humidity %d%%", "湿度 %d％"),
    ("Growth of 5% in %s", "%s 增长5%"),
    ("%s: 50%% off", "%s：五折"),
])
def test_a_literal_percent_written_as_the_format_wants_passes(en: str, zh: str) -> None:
    assert compare_placeholders(en, zh) == ([], [])
