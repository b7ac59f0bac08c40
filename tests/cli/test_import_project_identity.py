"""``tm import`` knows a file by its project and its path in it (review R-6).

Since stop 31 a file was known by its resolved path, so the same project
imported from a second checkout (a re-clone, a CI runner's workspace, a
colleague's folder sharing a PostgreSQL memory) was a second file: a corrected
translation and the old wrong one both stayed trusted 100 matches, shown with
the same origin.  Now a file in a git work tree is known by the project's key
(its remote origin, normalised; else its folder name and first commit) and its
path in the work tree: every checkout of one project is one file, and two
different projects that both have ``po/zh_CN.po`` are never one (one's
re-import withdrawing the other's units would lose data, which is worse than a
stale match).  A file outside a work tree keeps its resolved path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_tm
from tm import TranslationMemory, Unit
from tm.cli._project import file_identity, project_key, remote_key

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

PO = "po/zh_CN.po"
HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: zh_CN\\n"\n\n')
WRONG = ('msgid "Delete the file?"\nmsgstr "删除文件夹？"\n\n'
         'msgid "Save changes"\nmsgstr "保存更改"\n')
FIXED = 'msgid "Delete the file?"\nmsgstr "删除文件？"\n'
_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent"}


def _git(*args: str, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")} | _ENV
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout


def _write(folder: Path, entries: str) -> Path:
    path = folder / PO
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + entries, encoding="utf-8")
    return path


def _project(folder: Path, entries: str, remote: str | None = None) -> Path:
    """A git work tree at *folder* with po/zh_CN.po holding *entries*, committed."""
    _write(folder, entries)
    _git("init", "-q", cwd=folder)
    _git("add", ".", cwd=folder)
    _git("commit", "-qm", "first", cwd=folder)
    if remote is not None:
        _git("remote", "add", "origin", remote, cwd=folder)
    return folder


def _import(db: str, cwd: Path, *more: str) -> str:
    result = run_tm("import", PO, "--db", db, *more, cwd=cwd)
    assert result.code == 0, result.err
    return result.err


def _targets(db: str, source: str) -> list[str]:
    with TranslationMemory.open(db, readonly=True) as memory:
        return sorted(m.unit.target for m in memory.lookup(source, target_lang="zh-CN")
                      if m.score == 100)


def test_two_checkouts_of_one_git_project_are_one_file(location: str, tmp_path: Path) -> None:
    """R-6: the correction imported from a second clone replaces the first clone's wrong
    translation, and the entry it dropped is withdrawn (before: both stayed 100)."""
    _project(tmp_path / "up", WRONG)
    _git("clone", "-q", "--bare", "up", "web.git", cwd=tmp_path)
    _git("clone", "-q", f"file://{tmp_path}/web.git", "A", cwd=tmp_path)
    _git("clone", "-q", str(tmp_path / "web.git"), "B", cwd=tmp_path)  # another URL form
    _write(tmp_path / "B", FIXED)
    _import(location, tmp_path / "A")
    assert _import(location, tmp_path / "B") == ""   # the same file: nothing to warn of
    assert _targets(location, "Delete the file?") == ["删除文件？"]
    assert _targets(location, "Save changes") == []


def test_a_ci_clone_with_a_token_and_a_developers_ssh_clone_are_one_file(
        location: str, tmp_path: Path) -> None:
    """The remote as a CI runner writes it (https, a token, a port) and as a developer
    does (scp-like ssh) name one project; the token is never stored."""
    dev = _project(tmp_path / "dev", WRONG, "git@GitLab.example.org:team/web.git")
    _git("clone", "-q", str(dev), "ci", cwd=tmp_path)   # the same history, as CI fetches it
    _git("remote", "set-url", "origin",
         "https://gitlab-ci-token:s3cret@gitlab.example.org:443/team/web.git/",
         cwd=tmp_path / "ci")
    _write(tmp_path / "ci", FIXED)
    _import(location, tmp_path / "dev")
    _import(location, tmp_path / "ci")
    assert _targets(location, "Delete the file?") == ["删除文件？"]
    with TranslationMemory.open(location, readonly=True) as memory:
        (match,) = memory.lookup("Delete the file?", target_lang="zh-CN")
        assert match.source_id == "gitlab.example.org/team/web:po/zh_CN.po"


def test_two_different_projects_with_the_same_relative_path_are_two_files(
        location: str, tmp_path: Path) -> None:
    """Two projects' po/zh_CN.po (other remotes; or no remote, other histories; or one
    template's history in folders of other names) are never one file: one's re-import
    withdraws nothing of the other's, and its different translation is named in one
    warning line that names both files; lookup tells the two apart."""
    web = _project(tmp_path / "web", WRONG, "https://example.org/team/web")
    shop = _project(tmp_path / "shop", 'msgid "Delete the file?"\nmsgstr "删除该文件？"\n'
                    '\nmsgid "Quit"\nmsgstr "退出"\n', "https://example.org/team/shop")
    _import(location, web)
    warned = _import(location, shop)
    assert warned.count("\n") == 1 and "translates 1 sentence otherwise than" in warned
    assert "example.org/team/shop:po/zh_CN.po" in warned
    assert "example.org/team/web:po/zh_CN.po" in warned
    _write(shop, 'msgid "Delete the file?"\nmsgstr "删除该文件？"\n')
    _import(location, shop)   # shop dropped Quit: withdrawn; web's entries stay
    assert _targets(location, "Delete the file?") == ["删除文件夹？", "删除该文件？"]
    assert _targets(location, "Save changes") == ["保存更改"]
    assert _targets(location, "Quit") == []
    shown = run_tm("lookup", "Delete the file?", "--db", location).out
    assert "(po/zh_CN.po:6, imported as example.org/team/web:po/zh_CN.po)" in shown
    assert "(po/zh_CN.po:6, imported as example.org/team/shop:po/zh_CN.po)" in shown
    # without a remote: another history in a folder of the same name, or the same
    # history (a project made from a template) in a folder of another name
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    one = _project(tmp_path / "x" / "app", WRONG)
    two = _project(tmp_path / "y" / "app", FIXED)
    _git("clone", "-q", str(one), str(tmp_path / "app2"), cwd=tmp_path)
    _git("remote", "remove", "origin", cwd=tmp_path / "app2")
    three = tmp_path / "app2"
    assert len({file_identity(str(p / PO)) for p in (one, two, three)}) == 3
    assert all(file_identity(str(p / PO)) is not None for p in (one, two, three))


def test_a_file_in_no_work_tree_is_known_by_its_resolved_path(tmp_path: Path) -> None:
    """No VCS: as before (stop 31), two folders are two files; the second's different
    translation is warned of, naming both paths."""
    db = str(tmp_path / "m.db")
    _write(tmp_path / "A", WRONG)
    _write(tmp_path / "B", FIXED)
    _import(db, tmp_path / "A")
    warned = _import(db, tmp_path / "B")
    assert f"{tmp_path}/B/po/zh_CN.po" in warned and f"{tmp_path}/A/po/zh_CN.po" in warned
    assert _targets(db, "Delete the file?") == ["删除文件夹？", "删除文件？"]
    assert file_identity(str(tmp_path / "A" / PO)) is None


def test_a_schema_10_memory_of_resolved_paths_is_taken_over_by_the_project_identity(
        location: str, tmp_path: Path) -> None:
    """A memory filled by stop 31's tm knows a file by its resolved path: importing the
    same file from its work tree now takes over what that identity said (the correction
    replaces, a dropped entry is withdrawn, an entry left untranslated keeps its
    translation), and nothing of another file's."""
    web = _project(tmp_path / "web", WRONG + '\nmsgid "Quit"\nmsgstr "退出"\n',
                   "https://example.org/team/web")
    real = str((web / PO).resolve())
    with TranslationMemory.open(location) as memory:   # as stop 31's tm import stored it
        memory.add([Unit("Delete the file?", "删除文件夹？", origin=f"{PO}:6"),
                    Unit("Save changes", "保存更改", origin=f"{PO}:9"),
                    Unit("Quit", "退出", origin=f"{PO}:12"),
                    Unit("Open", "打开", origin="other/po/zh_CN.po:6")],
                   whole_files=True,
                   source_ids={PO: real, "other/po/zh_CN.po": "/elsewhere/po/zh_CN.po"})
    _write(web, FIXED + '\nmsgid "Quit"\nmsgstr ""\n')
    _import(location, web)
    assert _targets(location, "Delete the file?") == ["删除文件？"]
    assert _targets(location, "Save changes") == []
    assert _targets(location, "Quit") == ["退出"]
    assert _targets(location, "Open") == ["打开"]


def test_replaces_takes_over_what_a_gone_checkouts_identity_said(location: str,
                                                                 tmp_path: Path) -> None:
    """A checkout that is gone (a CI workspace of stop 31) left its resolved path as an
    identity: the warning names it, and --replaces it lets the file take it over."""
    with TranslationMemory.open(location) as memory:
        memory.add([Unit("Delete the file?", "删除文件夹？", origin=f"{PO}:6")],
                   whole_files=True, source_ids={PO: "/builds/123/web/po/zh_CN.po"})
    web = _project(tmp_path / "web", FIXED, "https://example.org/team/web")
    warned = _import(location, web)
    assert "--replaces /builds/123/web/po/zh_CN.po" in warned
    assert _targets(location, "Delete the file?") == ["删除文件夹？", "删除文件？"]
    assert _import(location, web, "--replaces", "/builds/123/web/po/zh_CN.po") == ""
    assert _targets(location, "Delete the file?") == ["删除文件？"]
    result = run_tm("import", PO, "other.po", "--replaces", "x", "--db", location, cwd=web)
    assert result.code == 2 and "import one file" in result.err


@pytest.mark.parametrize(("url", "key"), [
    ("https://github.com/org/web.git", "github.com/org/web"),
    ("https://user:ghp_secret@GitHub.com/org/web/", "github.com/org/web"),
    ("git@github.com:org/web.git", "github.com/org/web"),
    ("ssh://git@github.com:22/org/web", "github.com/org/web"),
    ("git://github.com/org//web.git", "github.com/org/web"),
    ("file:///srv/git/web.git", "/srv/git/web"),
    ("/srv/git/web.git/", "/srv/git/web"),
])
def test_a_remote_url_is_one_key_however_it_is_written(url: str, key: str) -> None:
    assert remote_key(url, "/work") == key


def test_a_worktree_shares_its_main_checkouts_key_and_a_shallow_or_empty_clone_has_none(
        tmp_path: Path) -> None:
    main = _project(tmp_path / "web", WRONG)
    _git("worktree", "add", "-q", str(tmp_path / "other-folder"), cwd=main)
    key = project_key(str(main))
    assert key is not None and key.startswith("web@")
    assert project_key(str(tmp_path / "other-folder")) == key
    _git("clone", "-q", "--depth", "1", f"file://{main}", str(tmp_path / "shallow"),
         cwd=tmp_path)
    _git("remote", "remove", "origin", cwd=tmp_path / "shallow")
    assert project_key(str(tmp_path / "shallow")) is None
    (tmp_path / "empty").mkdir()
    _git("init", "-q", cwd=tmp_path / "empty")
    assert project_key(str(tmp_path / "empty")) is None


def test_a_file_the_work_tree_does_not_track_is_known_by_its_resolved_path(
        location: str, tmp_path: Path) -> None:
    """A home folder kept in a dotfiles repository: two machines' Downloads/po/zh_CN.po
    are two files (one identity would let one's import withdraw the other's units).
    Tracked later, the file takes over what its resolved path said."""
    laptop = _project(tmp_path / "laptop", "", "https://example.org/me/dotfiles")
    desktop = _project(tmp_path / "desktop", "", "https://example.org/me/dotfiles")
    _write(laptop / "Downloads", WRONG)
    _write(desktop / "Downloads", 'msgid "Quit"\nmsgstr "退出"\n')
    assert file_identity(str(laptop / "Downloads" / PO)) is None
    _import(location, laptop / "Downloads")
    _import(location, desktop / "Downloads")
    assert _targets(location, "Save changes") == ["保存更改"]
    _write(laptop / "Downloads", FIXED)
    _git("add", ".", cwd=laptop)
    assert file_identity(str(laptop / "Downloads" / PO)) == \
        "example.org/me/dotfiles:Downloads/po/zh_CN.po"
    _import(location, laptop / "Downloads")
    assert _targets(location, "Delete the file?") == ["删除文件？"]
    assert (_targets(location, "Save changes"), _targets(location, "Quit")) == ([], ["退出"])


EXPORT = '\nmsgid "Export as PDF"\nmsgstr "导出为PDF"\n'


def _clones(tmp_path: Path, *names: str) -> list[Path]:
    """Clones *names* of one bare repository holding :data:`WRONG`."""
    _project(tmp_path / "up", WRONG)
    _git("clone", "-q", "--bare", "up", "web.git", cwd=tmp_path)
    for name in names:
        _git("clone", "-q", str(tmp_path / "web.git"), name, cwd=tmp_path)
    return [tmp_path / name for name in names]


def _commit(folder: Path, entries: str) -> None:
    _write(folder, entries)
    _git("commit", "-qam", "change", cwd=folder)
    _git("push", "-q", "origin", "HEAD", cwd=folder)


def test_a_checkout_that_is_behind_replaces_and_withdraws_nothing_of_the_project(
        location: str, tmp_path: Path) -> None:
    """Review R-1: A imports; B corrects a translation, adds a string, commits and imports;
    A, not pulled, imports again.  Before, A's import took back the correction and
    withdrew B's new string (silently).  Now A is not ahead of B's checkout: its file is
    known by its resolved path (both translations stay, as before 3c951c6), one warning
    says so; once A has pulled, its import is the project's again and takes over what
    its resolved path said."""
    a, b = _clones(tmp_path, "A", "B")
    _import(location, a)
    _commit(b, FIXED + EXPORT)
    _import(location, b)
    warned = _import(location, a)
    assert f"po/zh_CN.po in {a} is not ahead of the checkout imported last as " in warned
    assert f"imported as {a}/po/zh_CN.po; pull and import again, or pass --source-id" in warned
    assert _targets(location, "Delete the file?") == ["删除文件夹？", "删除文件？"]
    assert _targets(location, "Export as PDF") == ["导出为PDF"]
    assert "--replaces" not in warned   # (taking the project over would revert B)
    _git("pull", "-q", cwd=a)
    assert _import(location, a) == ""
    assert _targets(location, "Delete the file?") == ["删除文件？"]
    assert _targets(location, "Export as PDF") == ["导出为PDF"]
    assert _targets(location, "Save changes") == []


def test_a_checkout_ahead_of_the_last_import_replaces_and_withdraws(location: str,
                                                                   tmp_path: Path) -> None:
    """The forward flow: A commits and imports; B pulls A's commit, adds its own (the
    correction, an entry dropped) and imports: the correction replaces, the dropped
    entry is withdrawn, nothing is warned of."""
    a, b = _clones(tmp_path, "A", "B")
    _commit(a, WRONG + EXPORT)
    _import(location, a)
    _git("pull", "-q", cwd=b)
    _commit(b, FIXED + EXPORT)
    assert _import(location, b) == ""
    assert _targets(location, "Delete the file?") == ["删除文件？"]
    assert _targets(location, "Save changes") == []
    assert _targets(location, "Export as PDF") == ["导出为PDF"]


def test_two_apps_cloned_from_one_starter_keep_both_apps_translations(
        location: str, tmp_path: Path) -> None:
    """Review R-2: shop and blog are both clones of one starter (the same origin URL),
    each with its own commit.  Before, blog's import withdrew shop's strings.  Now
    blog's HEAD does not descend from shop's: it is known by its resolved path."""
    shop, blog = _clones(tmp_path, "shop", "blog")
    _git("commit", "-qam", "shop", cwd=_write(shop, WRONG + '\nmsgid "Add to cart"\n'
                                                   'msgstr "加入购物车"\n').parent.parent)
    _git("commit", "-qam", "blog", cwd=_write(blog, WRONG + '\nmsgid "Publish post"\n'
                                                   'msgstr "发布文章"\n').parent.parent)
    _import(location, shop)
    assert "is not ahead of the checkout imported last" in _import(location, blog)
    assert _targets(location, "Add to cart") == ["加入购物车"]
    assert _targets(location, "Publish post") == ["发布文章"]
    _import(location, shop)   # shop again: its own checkout, still the project's
    assert _targets(location, "Publish post") == ["发布文章"]


def test_a_project_identity_with_no_recorded_checkout_is_not_replaced(location: str,
                                                                     tmp_path: Path) -> None:
    """A memory filled by a tm that recorded no checkout (3c951c6 to this change) holds the
    project's units with no commit: no checkout is known to be ahead of it, so the file
    is imported by its resolved path (the safe side) and nothing of it is withdrawn."""
    (a,) = _clones(tmp_path, "A")
    identity = file_identity(str(a / PO))
    assert identity is not None
    with TranslationMemory.open(location) as memory:
        memory.add([Unit("Quit", "退出", origin=f"{PO}:6")], whole_files=True,
                   source_ids={PO: identity})
    assert "with no commit recorded" in _import(location, a)
    assert _targets(location, "Quit") == ["退出"]
    assert _targets(location, "Save changes") == ["保存更改"]


def test_an_uncommitted_edit_is_replaced_only_from_its_own_checkout(location: str,
                                                                  tmp_path: Path) -> None:
    """Review R-1/R-2 at one commit: B corrects a translation and adds a string without
    committing, and imports; A, at the same commit, imports its clean file.  Which of
    the two is newer cannot be told: A is imported by its resolved path and nothing of
    B's is replaced or withdrawn.  B importing again (its own checkout) is the project's."""
    a, b = _clones(tmp_path, "A", "B")
    _write(b, FIXED + EXPORT)
    _import(location, b)
    assert "with changes not committed" in _import(location, a)
    assert _targets(location, "Delete the file?") == ["删除文件夹？", "删除文件？"]
    assert _targets(location, "Export as PDF") == ["导出为PDF"]
    _write(b, FIXED)
    assert "not ahead" not in _import(location, b)
    assert _targets(location, "Export as PDF") == []


def test_a_shallow_clone_that_is_not_ahead_is_told_to_fetch_its_history(location: str,
                                                                        tmp_path: Path) -> None:
    """Review R-8 (CI's depth-1 clones): a shallow clone does not know a commit before its
    cut, so the warning says to fetch its history rather than to pull.  Its history
    fetched, it is known not to descend from the last import (still not ahead)."""
    (a,) = _clones(tmp_path, "A")
    _commit(a, WRONG + EXPORT)
    _import(location, a)
    _commit(a, FIXED)
    _git("clone", "-q", "--depth", "1", f"file://{tmp_path}/web.git", "ci", cwd=tmp_path)
    _commit(a, FIXED + EXPORT)
    _import(location, a)   # the project's last import: a commit the shallow clone lacks
    warned = _import(location, tmp_path / "ci")
    assert "this shallow clone may not know that commit: fetch its history" in warned
    assert _targets(location, "Export as PDF") == ["导出为PDF"]
    _git("fetch", "-q", "--unshallow", cwd=tmp_path / "ci")
    warned = _import(location, tmp_path / "ci")   # still not: A is ahead of it
    assert "not ahead" in warned and "pull and import again" in warned
