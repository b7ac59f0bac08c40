"""The public API speaks one spelling per concept; the old keyword names still work, warned."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import sys
import warnings
from pathlib import Path

import polib
import pytest

import tm
from rows import every_row
from tm.formats.po import new_po
from tm.formats.tmx import read_tmx, write_tmx
from tm.numbers import same_numbers
from tm.updating import update

PO = """msgid ""
msgstr ""
"Language: zh_CN\\n"

msgctxt "s1"
msgid "It rained."
msgstr "下雨了。"
"""


def _units() -> list[tm.Unit]:
    return [tm.Unit("It rained.", "下雨了。", context="s1", origin=tm.Origin("a.po", 3))]


@pytest.mark.parametrize(("call", "old"), [
    (lambda d, **kw: tm.align(["It rained."], ["下雨了。"], **kw),
     {"src_lang": "en", "tgt_lang": "zh"}),
    (lambda d, **kw: same_numbers(**kw),
     {"src_text": "7 days", "src_lang": "en", "tgt_text": "7天", "tgt_lang": "zh"}),
    (lambda d, **kw: update(["It rained."], d / "a.po", **kw), {"threshold": 50, "lang": "en"}),
    (lambda d, **kw: write_tmx(_units(), d / "b.tmx", **kw), {"srclang": "en"}),
    (lambda d, **kw: list(read_tmx(d / "a.tmx", **kw)), {"srclang": "en", "tgtlang": "zh-CN"}),
    (lambda d, **kw: tm.write_units(_units(), d / "b.tmx", **kw), {"srclang": "en"}),
    (lambda d, **kw: list(tm.read_units(d / "a.tmx", **kw)), {"srclang": "en"}),
], ids=["align", "same_numbers", "update", "write_tmx", "read_tmx", "write_units",
        "read_units"])
def test_old_keyword_names_work_with_a_deprecation_warning(call, old: dict[str, object],
                                                           tmp_path: Path) -> None:
    (tmp_path / "a.po").write_text(PO, encoding="utf-8")
    tm.write_units(_units(), tmp_path / "a.tmx")
    renamed = {"src_lang": "source_lang", "tgt_lang": "target_lang", "src_text": "source_text",
               "tgt_text": "target_text", "threshold": "min_score", "lang": "source_lang",
               "srclang": "source_lang", "tgtlang": "target_lang"}
    new = {renamed[k]: v for k, v in old.items()}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        expected = call(tmp_path, **new)
    with pytest.warns(DeprecationWarning, match="is deprecated; use "):
        got = call(tmp_path, **old)
    if isinstance(expected, tm.UpdateResult):
        expected, got = expected.changes, got.changes  # POFile has no value equality
    assert got == expected


def test_both_spellings_at_once_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="both src_lang= and source_lang="):
        tm.align(["a"], ["甲"], src_lang="en", source_lang="en")


def test_old_constant_name_warns() -> None:
    import tm.updating

    with pytest.warns(DeprecationWarning, match="DEFAULT_MIN_SCORE"):
        assert tm.updating.DEFAULT_THRESHOLD == tm.updating.DEFAULT_MIN_SCORE


# -- Origin: a structured field, a string only for display ----------------------------


def test_origin_is_path_and_line_and_prints_as_file_colon_line() -> None:
    origin = tm.Origin("locales/zh_CN/a.po", 12)
    assert (origin.path, origin.line) == ("locales/zh_CN/a.po", 12)
    assert str(origin) == "locales/zh_CN/a.po:12"
    assert str(tm.Origin("a.po")) == "a.po" and not tm.Origin()


@every_row("text", ["a.po:12", "C:/po/a.po:7", "notes", "", "x:y", "a b.po:3"])
def test_a_string_origin_is_read_once_and_prints_back_the_same(text: str) -> None:
    unit = tm.Unit("a", "b", origin=text)  # type: ignore[arg-type]
    assert isinstance(unit.origin, tm.Origin)
    assert str(unit.origin) == text


def test_readers_give_structured_origins(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_text(PO, encoding="utf-8")
    (unit,) = tm.read_units(path)
    assert unit.origin == tm.Origin(str(path), 5)  # the entry's first line


def _public_docstring_examples() -> list[doctest.DocTest]:
    """The ``>>>`` examples in the docstrings of every public name of every public module."""
    finder, tests, seen = doctest.DocTestFinder(), [], set()
    modules = ["tm", *(m.name for m in pkgutil.walk_packages(tm.__path__, "tm.")
                       if not any(part.startswith("_") for part in m.name.split(".")[1:]))]
    for name in modules:
        module = importlib.import_module(name)
        for public in getattr(module, "__all__", []):
            obj = getattr(module, public)
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            home = sys.modules.get(getattr(obj, "__module__", None) or "", module)
            tests += [t for t in finder.find(obj, f"{name}.{public}", module=False,
                                             globs=dict(vars(home))) if t.examples]
    return tests


def test_every_example_in_a_public_docstring_runs_as_shown(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """help(tm.X) is documentation too: an example a reader copies must work (user trial T13:
    segment_lines' example held real line breaks, so doctest could not even parse it)."""
    monkeypatch.chdir(Path(__file__).parents[1])  # examples may name locales/… files
    examples = _public_docstring_examples()
    assert len(examples) >= 20
    for test in examples:
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        out: list[str] = []
        runner.run(test, out=out.append)
        assert runner.failures == 0, "".join(out)


def test_the_rough_edges_a_newcomer_meets_first(tmp_path: Path) -> None:
    """User trial T19: dir(tm) shows the API only; the obvious TranslationMemory("x.db")
    says to use open(); results print their counts, not every POEntry of the file."""
    assert {"TYPE_CHECKING", "annotations", "importlib"}.isdisjoint(dir(tm))
    assert set(tm.__all__) <= set(dir(tm))
    with pytest.raises(TypeError, match=r"TranslationMemory\.open"):
        tm.TranslationMemory(str(tmp_path / "x.db"))  # type: ignore[arg-type]
    po = new_po({"Language": "zh_CN"})
    for text in ("One.", "Two."):
        po.append(polib.POEntry(msgid=text))
    with tm.TranslationMemory.open() as memory:
        filled = tm.pretranslate(po, memory)
    assert repr(filled) == "PretranslateResult(exact=0, fuzzy=0, empty=2, kept=0)"
    updated = update(["It rained."], po, source_lang="en")
    assert repr(updated).startswith("UpdateResult(kept=") and "POEntry" not in repr(updated)
