"""Red-team findings on reading inputs (REDTEAM.md of 2026-12-06).

Each test is named for the class of defect it guards against and fails on the
code before its fix.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import run_tm


@contextlib.contextmanager
def _file_size_limit(limit: int) -> Iterator[None]:
    """``ulimit -f`` for this process while the body runs: a longer file write fails (EFBIG)."""
    saved_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    saved_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG, not a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, saved_limit[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, saved_limit)
        signal.signal(signal.SIGXFSZ, saved_handler)


@pytest.mark.parametrize(("name", "args"), [
    ("x.po", ["check", "x.po"]),
    ("x.po", ["import", "x.po", "--db", "m.db"]),
    ("x.txt", ["segment", "x.txt"]),
    ("x.csv", ["check", "ok.po", "--glossary", "x.csv"]),
    ("-", ["segment", "-"]),
])
def test_an_endless_device_is_refused_not_spooled(tmp_path: Path, name: str,
                                                  args: list[str]) -> None:
    # `x.po -> /dev/zero` was copied into a spool until the disk was full (1 GB/s).
    # A file size limit (ulimit -f) keeps the old code from filling the disk: it fails on
    # EFBIG instead.
    (tmp_path / "ok.po").write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    if name != "-":
        os.symlink("/dev/zero", tmp_path / name)
    with open(os.devnull if name != "-" else "/dev/zero", "rb") as stdin, \
            _file_size_limit(20 * 1024 * 1024):
        result = run_tm(*args, cwd=tmp_path, stdin=stdin)   # ... < /dev/zero for "-"
    assert result.code == 2, result.err
    shown = "stdin" if name == "-" else name
    assert result.err.startswith(f"tm: error: {shown}: is a device"), result.err
    assert result.err.count("\n") == 1


def test_dev_null_and_pipes_are_still_read(tmp_path: Path) -> None:
    from tm.files import read_text

    assert read_text(os.devnull) == ""
    read, write = os.pipe()
    os.write(write, b"Hello.\n")
    os.close(write)
    assert read_text(f"/dev/fd/{read}") == "Hello.\n"
    os.close(read)


CODECS = ["punycode", "idna", "unicode_escape", "raw_unicode_escape", "rot13", "zlib_codec",
          "bz2_codec", "hex_codec"]


@pytest.mark.parametrize("codec", CODECS)
def test_a_codec_that_is_no_file_encoding_is_refused_from_the_user(tmp_path: Path,
                                                                   codec: str) -> None:
    # --encoding punycode decoded with a plain UnicodeError: a traceback.
    from conftest import run_tm

    (tmp_path / "en.txt").write_text("Hello world. This is a test.\n", encoding="utf-8")
    result = run_tm("segment", str(tmp_path / "en.txt"), "--encoding", codec)
    assert result.code == 2 and result.err.count("\n") == 1, result.err[-300:]
    assert f"'{codec}' is not a text encoding" in result.err


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("suffix", [".tmx", ".xlf"])
def test_a_codec_that_is_no_file_encoding_is_refused_from_an_xml_file(
        tmp_path: Path, codec: str, suffix: str) -> None:
    # encoding="rot13" in an XML declaration: TypeError traceback; zlib_codec: zlib.error.
    from conftest import run_tm

    path = tmp_path / f"bad{suffix}"
    path.write_bytes(f'<?xml version="1.0" encoding="{codec}"?>\n'.encode()
                     + b'<tmx version="1.4"><header srclang="en"/><body><tu>'
                     + b'<tuv xml:lang="en"><seg>Hi.</seg></tuv></tu></body></tmx>\n')
    for args in (["import", str(path), "--db", str(tmp_path / "m.db")], ["check", str(path)]):
        result = run_tm(*args)
        assert result.code == 2 and result.err.count("\n") == 1, result.err[-300:]
        assert result.err.startswith(f"tm: error: {path}:1: '{codec}' in the XML declaration")


def _linked_po(tmp_path: Path) -> tuple[Path, Path]:
    first = tmp_path / "a.po"
    first.write_text('msgid "Old."\nmsgstr "旧。"\n', encoding="utf-8")
    second = tmp_path / "b.po"
    os.link(first, second)
    return first, second


NEW = "".join(f'msgid "Sentence {i}."\nmsgstr "句子{i}。"\n\n' for i in range(2000))


def test_a_hard_linked_output_that_fails_midway_keeps_its_whole_content(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A hard-linked PO is overwritten in place (a rename would split the links).
    # When the copy failed midway (a full disk), the target was left half written
    # and the only whole copy, the temporary file, was deleted: translations lost.
    import errno
    import shutil

    from tm._shared import files
    from tm.errors import TMError

    first, _second = _linked_po(tmp_path)

    def fail_midway(src: object, dst: object) -> None:
        dst.write(src.read(100))  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", fail_midway)
    with pytest.raises(TMError) as caught, files.atomic_writer(first) as fh:
        fh.write(NEW)
    message = str(caught.value)
    assert message.startswith(f"{first}: cannot write: No space left on device"), message
    kept = Path(message.rsplit(" is in ", 1)[1])
    assert kept.read_text(encoding="utf-8") == NEW
    assert not kept.name.startswith(".tm-")  # no sweep of stale temporaries removes it


def test_a_hard_linked_output_without_room_is_left_untouched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from tm._shared import files
    from tm.errors import TMError

    if not hasattr(os, "posix_fallocate"):
        pytest.skip("no posix_fallocate on this system")
    first, second = _linked_po(tmp_path)

    def no_room(fd: int, offset: int, length: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "posix_fallocate", no_room)
    with pytest.raises(TMError, match="No space left on device"), \
            files.atomic_writer(first) as fh:
        fh.write(NEW)
    assert second.read_text(encoding="utf-8") == 'msgid "Old."\nmsgstr "旧。"\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po", "b.po"]


@pytest.mark.parametrize(("text", "codec", "advice"), [
    ("Café au lait. Naïve résumé.\n", "latin-1", "it is not UTF-8: pass --encoding with its "
                                                 "encoding (e.g. latin-1, cp1252)"),
    ("Naïve résumés.\n", "latin-1", "it is not UTF-8: pass --encoding with its encoding"),
    ("Hello.\n你好，世界。\n", "gb18030", "pass --encoding gb18030"),
    ("Hello.\n你好，世界。\n", "big5", "it reads as Chinese in Big5: pass --encoding big5)"),
])
def test_the_encoding_hint_names_an_encoding_the_bytes_can_be_in(
        tmp_path: Path, text: str, codec: str, advice: str) -> None:
    # Pass 7 (REDTEAM4 observed): every file that is not UTF-8 was told
    # "pass --encoding, e.g. --encoding gb18030", a Latin-1 text too.
    for name in ("a.txt", "a.csv"):
        path = tmp_path / name
        data = text.encode(codec) if name == "a.txt" else f"en,zh\nx,{text.strip()}\n".encode(codec)
        path.write_bytes(data)
        args = ("segment", str(path)) if name == "a.txt" else (
            "import", str(path), "--db", str(tmp_path / "m.db"))
        result = run_tm(*args)
        assert result.code == 2 and advice in result.err, result.err
        assert ("gb18030" in result.err) == (codec == "gb18030"), result.err


def test_a_utf32_file_with_its_byte_order_mark_is_read_as_utf32(tmp_path: Path) -> None:
    # Its mark begins with UTF-16's: it was read as UTF-16, every sentence full of NULs.
    path = tmp_path / "a.txt"
    path.write_bytes("Hello.\n你好。\n".encode("utf-32"))
    result = run_tm("segment", str(path))
    assert result.code == 0 and result.out == "Hello.\n你好。\n", repr(result.out)
