"""tm._shared.files: where output goes (devices, FIFOs, links, modes) and inputs read once.

Issue 9 items 4 and 7: each test is named for the class of defect it guards.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from tm._shared.files import (
    atomic_writer,
    forget_inputs,
    open_binary,
    peek_bytes,
    read_bytes,
    same_file,
)
from tm.errors import TMError

#: Linux's (major, minor) of /dev/null and /dev/full.
DEVICES = {"null": (1, 3), "full": (1, 7)}


def device(tmp_path: Path, name: str) -> Path:
    """A private copy of /dev/null or /dev/full (as root), else the real one.

    As root a broken writer would replace the device node it is given, so the
    tests never hand it the machine's own /dev entries.
    """
    if os.geteuid() != 0:
        return Path("/dev") / name
    path = tmp_path / name
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(*DEVICES[name]))
    return path


def _write(path: str | Path, text: str) -> None:
    with atomic_writer(path) as fh:
        fh.write(text)


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".tm-")]


def test_output_to_character_device_is_written_through(tmp_path: Path) -> None:
    null = device(tmp_path, "null")
    before = os.stat(null)
    _write(null, "discarded\n")
    after = os.stat(null)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    assert _leftovers(null.parent) == []


def test_output_to_full_device_names_the_file(tmp_path: Path) -> None:
    full = device(tmp_path, "full")
    with pytest.raises(TMError, match=rf"^{full}: cannot write: No space left"):
        _write(full, "x" * 100_000)
    assert stat.S_ISCHR(os.stat(full).st_mode)


def test_output_to_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    _write(fifo, "through the pipe\n")
    reader.join(10)
    assert got == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _leftovers(tmp_path) == []


def test_output_through_symlink_updates_target_in_its_own_folder(tmp_path: Path) -> None:
    real_dir, link_dir = tmp_path / "real", tmp_path / "links"
    real_dir.mkdir()
    link_dir.mkdir()
    target = real_dir / "a.po"
    target.write_text("old\n")
    link = link_dir / "a.po"
    link.symlink_to(target)
    _write(link, "new\n")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new\n"
    assert _leftovers(real_dir) == [] and _leftovers(link_dir) == []


def test_output_through_relative_symlink_chain(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("old\n")
    (tmp_path / "one").symlink_to("file.txt")
    (tmp_path / "two").symlink_to("one")
    _write(tmp_path / "two", "new\n")
    assert (tmp_path / "two").is_symlink() and (tmp_path / "one").is_symlink()
    assert (tmp_path / "file.txt").read_text() == "new\n"


def test_output_keeps_hard_links(tmp_path: Path) -> None:
    first = tmp_path / "first.po"
    first.write_text("a much longer old content than the new one\n")
    second = tmp_path / "second.po"
    os.link(first, second)
    _write(first, "new\n")
    assert second.read_text() == "new\n" and first.read_text() == "new\n"
    assert os.stat(first).st_nlink == 2 and _leftovers(tmp_path) == []


def test_hard_linked_output_untouched_when_rendering_fails(tmp_path: Path) -> None:
    first = tmp_path / "first.po"
    first.write_text("keep me\n")
    os.link(first, tmp_path / "second.po")
    with pytest.raises(RuntimeError), atomic_writer(first) as fh:
        fh.write("half")
        raise RuntimeError("render failed")
    assert first.read_text() == "keep me\n" and _leftovers(tmp_path) == []


def test_output_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_text("old\n")
    path.chmod(0o640)
    _write(path, "new\n")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_output_keeps_owner(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_text("old\n")
    os.chown(path, 4321, 4321)
    _write(path, "new\n")
    info = os.stat(path)
    assert (info.st_uid, info.st_gid) == (4321, 4321)


@pytest.mark.parametrize(("umask", "mode"), [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)])
def test_new_output_honours_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        _write(tmp_path / "new.po", "x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.po").st_mode) == mode


def test_output_onto_directory_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(TMError, match="is a directory"):
        _write(tmp_path, "x")


@pytest.mark.parametrize("name", ["", " "])
def test_empty_file_name_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    name: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TMError, match="output file name is empty"):
        _write(name, "x")
    with pytest.raises(TMError, match="input file name is empty"):
        read_bytes(name)
    assert list(tmp_path.iterdir()) == []


def test_nonseekable_input_is_read_once_and_replayed(tmp_path: Path) -> None:
    fifo = tmp_path / "in"
    os.mkfifo(fifo)
    data = b"".join(b"row %d,\xe8\xa1\x8c%d\n" % (i, i) for i in range(5000))
    writer = threading.Thread(target=fifo.write_bytes, args=(data,))
    writer.start()
    try:
        assert peek_bytes(fifo, 10) == data[:10]
        assert read_bytes(fifo) == data          # the whole stream, not what was left
        with open_binary(fifo) as again:
            assert again.read() == data
    finally:
        writer.join(10)
        forget_inputs()


def test_same_file_follows_links(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"x")
    (tmp_path / "sym").symlink_to(path)
    os.link(path, tmp_path / "hard")
    assert same_file(path, tmp_path / "sym") and same_file(tmp_path / "hard", path)
    assert not same_file(path, tmp_path / "missing")
    assert not same_file("/dev/null", "/dev/null")  # devices never count


def _dead_pid() -> int:
    import subprocess

    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def _age(path: Path, seconds: float) -> Path:
    import time

    when = time.time() - seconds
    os.utime(path, (when, when), follow_symlinks=False)
    return path


def test_leftovers_of_killed_writers_are_removed_by_the_next_write(tmp_path: Path) -> None:
    """A writer killed with SIGKILL leaves its hidden temporary; the next write in that folder
    removes it once its process is gone and it has stood unchanged for STALE_AFTER seconds."""
    from tm._shared.files import STALE_AFTER

    dead, old = _dead_pid(), STALE_AFTER + 60
    stale = tmp_path / f".tm-p{dead}-k1l2.tmp"
    stale.write_text("half an export")
    _age(stale, old)
    fresh = tmp_path / f".tm-p{dead}-f9g8.tmp"          # unchanged for less than STALE_AFTER
    fresh.write_text("maybe a writer in another container")
    alive = tmp_path / f".tm-p{os.getpid()}-a1b2.tmp"    # a live process's file
    alive.write_text("being written")
    _age(alive, old)
    foreign = tmp_path / ".tm-notours.tmp"               # no owner in its name
    foreign.write_text("x")
    _age(foreign, old)
    link = tmp_path / f".tm-p{dead}-l1n2.tmp"
    link.symlink_to(foreign)
    _age(link, old)
    _write(tmp_path / "out.txt", "new\n")
    assert sorted(_leftovers(tmp_path)) == sorted(
        [fresh.name, alive.name, foreign.name, link.name])
    assert (tmp_path / "out.txt").read_text() == "new\n"


def test_a_new_memory_removes_the_staging_files_of_a_killed_import(tmp_path: Path) -> None:
    """`tm import` into a new memory builds it in NAME.pPID-TID.new (+ -wal, -shm); after a
    SIGKILL those stayed forever; the next creation of that memory removes them."""
    import tm
    from tm._shared.files import STALE_AFTER

    dead = _dead_pid()
    target = tmp_path / "new.db"
    leftovers = [tmp_path / f"new.db.p{dead}-140.new{suffix}" for suffix in ("", "-wal", "-shm")]
    for path in leftovers:
        path.write_bytes(b"\0" * 64)
        _age(path, STALE_AFTER + 60)
    other = tmp_path / f"other.db.p{dead}-140.new"        # another memory's: not ours to judge
    other.write_bytes(b"")
    _age(other, STALE_AFTER + 60)
    with tm.TranslationMemory.writing(target) as memory:
        memory.add([tm.Unit("One sentence.", "一句话。")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db", other.name]
