"""Red-team pass 2 (2026-12-06): ``tm update`` rewriting an XLIFF in place loses nothing.

The in-place rewrite went through a PO: a translated unit whose sentence left the
source was dropped (XLIFF has no obsolete section), and inline codes (``<g>``,
``<x/>``) were stripped from every unit, exit 0.  Now such a rewrite is refused
(the file untouched) and ``-o`` writes the result elsewhere.  Each test is named
for the class of defect it guards against and fails on the code before its fix.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_tm

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file original="a.txt" '
        'source-language="en" target-language="zh-CN" datatype="plaintext">\n    <body>\n')
TAIL = "    </body>\n  </file>\n</xliff>\n"


def _xliff(path: Path, *units: str) -> Path:
    path.write_text(HEAD + "".join(units) + TAIL, encoding="utf-8")
    return path


# The XLIFF tm writes (tm segment --format xliff, tm update -o x.xlf): sentence ids.
S1, S2 = "s0a1b2c3d", "s4e5f6a7b"


def _unit(uid: str, source: str, target: str) -> str:
    return (f'      <trans-unit id="{uid}"><source>{source}</source>'
            f'<target state="translated">{target}</target></trans-unit>\n')


def test_an_in_place_xliff_update_never_drops_a_translation(tmp_path: Path) -> None:
    xlf = _xliff(tmp_path / "a.xlf", _unit(S1, "Kept sentence.", "保留的句子。"),
                 _unit(S2, "Removed sentence.", "被删除的句子。"))
    before = xlf.read_bytes()
    source = tmp_path / "a.txt"
    source.write_text("Kept sentence. A new one.\n", encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(xlf))
    assert result.code == 2, result.err
    assert result.err.startswith(f"tm: error: {xlf}: ") and result.err.count("\n") == 1
    assert "被删除的句子。" in result.err or "Removed sentence." in result.err
    assert xlf.read_bytes() == before
    out = tmp_path / "new.xlf"      # elsewhere, the original keeping every translation
    result = run_tm("update", str(source), "--po", str(xlf), "-o", str(out))
    assert result.code == 0, result.err
    assert "保留的句子。" in out.read_text(encoding="utf-8")
    assert xlf.read_bytes() == before


def test_an_edited_sentence_keeps_its_translation_in_place(tmp_path: Path) -> None:
    # Not a loss: the translation moves to the edited sentence, marked for review.
    xlf = _xliff(tmp_path / "a.xlf", _unit(S1, "Sales rose.", "销量上升。"))
    source = tmp_path / "a.txt"
    source.write_text("Sales rose sharply.\n", encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(xlf))
    assert result.code == 0, result.err
    text = xlf.read_text(encoding="utf-8")
    assert "销量上升。" in text and "needs-review-translation" in text


def test_an_in_place_xliff_update_never_strips_inline_codes(tmp_path: Path) -> None:
    xlf = _xliff(tmp_path / "a.xlf", _unit(S1, 'Click <g id="1">Save</g> now.',
                                           '现在点击<g id="1">保存</g>。'))
    before = xlf.read_bytes()
    source = tmp_path / "a.txt"
    source.write_text("Click Save now.\n", encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(xlf))
    assert result.code == 2, result.err
    line = next(n for n, text in enumerate(before.decode("utf-8").splitlines(), 1)
                if "<trans-unit " in text)
    assert result.err.startswith(f"tm: error: {xlf}:{line}: ") and "inline codes" in result.err
    assert xlf.read_bytes() == before


def test_an_xliff_written_by_update_keeps_its_document_and_approves_nothing(
        tmp_path: Path) -> None:
    # User trial T31: the -o copy of an XLIFF named itself as the original document
    # (original="new.xlf", datatype="plaintext" for help.html) and marked a translation
    # approved="yes" that nobody had approved (the input said state="translated" only).
    # (A tool's own XLIFF is now refused: test_update_tool_xliff.py; this one is tm's.)
    from lxml import etree

    source = tmp_path / "okapi.xlf"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="help &amp; faq.html" '
        'datatype="html" source-language="en-US" target-language="zh-CN"><body>\n'
        f'<trans-unit id="{S1}"><source>Welcome to the shop.</source>'
        '<target state="translated">欢迎光临本店。</target></trans-unit>\n'
        "</body></file></xliff>\n", encoding="utf-8")
    text = tmp_path / "help.txt"
    text.write_text("Welcome to the shop.\n\nPay at the desk.\n", encoding="utf-8")
    out = tmp_path / "new.xlf"
    result = run_tm("update", str(text), "--po", str(source), "-o", str(out))
    assert result.code == 0, result.err
    root = etree.parse(str(out)).getroot()
    file = root[0]
    assert (file.get("original"), file.get("datatype"), file.get("source-language")) == (
        "help & faq.html", "html", "en-US")
    assert "approved" not in out.read_text(encoding="utf-8")
    # The XLIFF 1.2 schema, read from ../shared/standards beside the checkout (as CI has it).
    schema = Path(__file__).resolve().parents[3] / "shared" / "standards" / \
        "xliff-core-1.2-strict.xsd"
    assert etree.XMLSchema(etree.parse(str(schema))).validate(root)


def test_an_in_place_xliff_update_never_drops_a_unit_the_tool_locked(tmp_path: Path) -> None:
    # Review of stop 23: the reader leaves translate="no" units out (R9-7), so the
    # in-place rewrite dropped them from the file, exit 0.
    locked = ('      <trans-unit id="s9f8e7d6c" translate="no"><source>ACME Pay</source>'
              '</trans-unit>\n')
    xlf = _xliff(tmp_path / "a.xlf", _unit(S1, "Sales rose.", "销量上升。"), locked)
    before = xlf.read_bytes()
    source = tmp_path / "a.txt"
    source.write_text("Sales rose.\n\nACME Pay\n", encoding="utf-8")
    result = run_tm("update", str(source), "--po", str(xlf))
    assert result.code == 2, result.err
    assert result.err.startswith(f"tm: error: {xlf}: ") and 'translate="no"' in result.err
    assert xlf.read_bytes() == before
