"""Two translations of one msgid under two msgctxts are a warning, not an error (trial T46).

msgctxt is how a developer says two strings with one msgid are different messages:
an *Archive* button (归档) beside msgctxt "mail folder" *Archive* (存档箱), a context-less
*Rate* button (评分) beside msgctxt "noun" *Rate* (费率).  segment-inconsistent failed CI on
such correct catalogs.  Within one msgctxt (or none on both) it is still an error; across
msgctxts it is shown as a warning naming both, since most such pairs are two places of one
interface that should agree; a project may raise it back to an error.
"""

from __future__ import annotations

from tm import Unit, check
from tm.checks import CheckConfig


def _run(pairs: list[tuple[str, str, str]], config: CheckConfig | None = None
         ) -> list[tuple[str, str]]:
    pairs = [*pairs, ("", "Inbox", "收件箱")]  # a catalog's other messages have no msgctxt
    units = [Unit(source, target) for _, source, target in pairs]
    contexts = {id(u): ctxt for u, (ctxt, _, _) in zip(units, pairs, strict=True) if ctxt}
    found = check(units, select=["segment-inconsistent"], msgctxts=contexts, config=config)
    return [(f.severity, f.unit.target) for f in found]


def test_two_msgctxts_give_a_warning() -> None:
    assert _run([("toolbar", "Archive", "归档"), ("mail folder", "Archive", "存档箱")]) == [
        ("warning", "存档箱")]


def test_a_msgctxt_on_one_side_only_gives_a_warning() -> None:
    found = check([Unit("Rate", "评分"), Unit("Rate", "费率")], select=["segment-inconsistent"],
                  msgctxts={})
    assert [f.severity for f in found] == ["error"]
    assert _run([("", "Rate", "评分"), ("pricing", "Rate", "费率")]) == [("warning", "费率")]


def test_the_same_msgctxt_is_still_an_error() -> None:
    pairs = [("toolbar", "Archive", "归档"), ("mail folder", "Archive", "存档箱"),
             ("toolbar", "Archive", "存档")]
    assert ("error", "存档") in _run(pairs)


def test_the_message_names_both_msgctxts() -> None:
    units = [Unit("Archive", "归档"), Unit("Archive", "存档箱"), Unit("Inbox", "收件箱")]
    found = check(units, select=["segment-inconsistent"],
                  msgctxts={id(units[0]): "toolbar", id(units[1]): "mail folder"})
    assert "'toolbar'" in found[0].message and "'mail folder'" in found[0].message


def test_a_project_may_make_it_an_error() -> None:
    config = CheckConfig(severity={"segment-inconsistent": "error"})
    assert _run([("toolbar", "Archive", "归档"), ("mail folder", "Archive", "存档箱")],
                config) == [("error", "存档箱")]


def test_msgctxts_that_are_entry_ids_tell_nothing_apart() -> None:
    """A file whose every entry has its own msgctxt uses them as ids (tm's --msgctxt output,
    a memory export, verse references): a different translation there is an error."""
    units = [Unit("Archive", "归档"), Unit("Archive", "存档箱"), Unit("Inbox", "收件箱")]
    ids = {id(u): f"row-{n}" for n, u in enumerate(units)}
    found = check(units, select=["segment-inconsistent"], msgctxts=ids)
    assert [(f.severity, f.unit.target) for f in found] == [("error", "存档箱")]
    assert "msgctxt" not in found[0].message


def test_a_small_catalog_of_labelled_messages_keeps_its_labels() -> None:
    units = [Unit("Archive", "归档"), Unit("Archive", "存档箱")]
    found = check(units, select=["segment-inconsistent"],
                  msgctxts={id(units[0]): "toolbar", id(units[1]): "mail folder"})
    assert [f.severity for f in found] == ["warning"]


def test_two_concepts_of_the_glossary_for_the_word_are_two_senses() -> None:
    """A termbase holding one word as two concepts (*draft*, the beer, → 生啤; *Draft*, the
    unsent message, case-sensitive → 草稿) says the word has two senses: msgctxts whose
    targets render one each are no segment-inconsistent pair (the clean-catalog trial's
    *Premium* → 保费 / 高级版).  Rendering the same concept twice differently still is."""
    from tm.glossary import Glossary
    from tm.model import Term

    glossary = Glossary.from_terms([Term("draft", ("生啤",)),
                                    Term("Draft", ("草稿",), case_sensitive=True)])
    units = [Unit("Draft", "生啤"), Unit("Draft", "草稿"), Unit("Inbox", "收件箱")]
    contexts = {id(units[0]): "bar menu", id(units[1]): "mail folder"}
    assert check(units, glossary, select=["segment-inconsistent"], msgctxts=contexts) == []
    units = [Unit("Draft", "生啤"), Unit("Draft", "扎啤"), Unit("Inbox", "收件箱")]
    contexts = {id(units[0]): "bar menu", id(units[1]): "drinks list"}
    found = check(units, glossary, select=["segment-inconsistent"], msgctxts=contexts)
    assert [f.unit.target for f in found] == ["扎啤"]
