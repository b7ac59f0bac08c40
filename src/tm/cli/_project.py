"""Which project a file belongs to: the default identity ``tm import`` gives it (private).

A shared memory knows each imported file by an identity (tm.memory._files): a
re-import replaces and withdraws what the same identity said before, and
nothing of another identity's.  Two mistakes are possible, and they are not
equally bad:

* one file known by two identities (a project imported from a second checkout:
  a re-clone, a CI runner's workspace, a colleague's folder).  Both versions of a
  corrected translation stay trusted 100 matches (review R-6): stale;
* two files known by one identity (two different projects that both have
  ``po/zh_CN.po``).  One project's re-import withdraws the other's units: data
  lost.  This one must never happen by default.

So a file inside a git work tree is known by its **project key** and its path
relative to the work tree's top (``github.com/org/web:po/zh_CN.po``), the same
in every checkout of the project and in no other project:

* the key is the URL of the remote ``origin`` (else of the only remote),
  normalised so that every way of cloning one repository gives one key: scheme,
  user name and password (a CI token), port and a trailing ``.git`` or ``/`` are
  left out, the host is lower-cased, ``git@host:org/web`` is ``host/org/web``;
  a remote on this machine's file system is its resolved path.  A fork cloned
  from its own URL is another project (stale at worst: the lesser harm);
* with no remote, the work tree's folder name and its history's first commit
  (``web@1a2b3c4d5e6f``): a clone of the same history in a folder of the same
  name.  A project copied from a template keeps the template's first commit but
  not (usually) its folder name; a shallow clone's first commit is not the
  history's, so a shallow clone with no remote, like a repository without a
  commit or a machine without ``git``, has no project key;
* a file in no work tree, or one its work tree does not track (a file in a
  home folder kept in a dotfiles repository, a catalog generated into an
  ignored build folder: two machines' ``Downloads/zh_CN.po`` are not one file),
  is known by its resolved path, as ``tm import`` knew every file before (stop
  31).  A catalog tracked later takes over what its path said (tm.cli.import_).

Nothing is written.  The remote is read from the repository's ``config``;
``git`` runs to ask whether the file is tracked and to find a first commit,
with ``GIT_*`` variables cleared and ``core.fsmonitor`` off (no program a
repository configures is started); a repository ``git`` refuses (owned by
someone else: ``safe.directory``) has no project key.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

__all__ = ["committed", "descends", "file_identity", "head_commit", "project_file", "project_key",
           "remote_key", "shallow"]

#: ``[section]``, ``[section "subsection"]`` or the old ``[section.subsection]`` of a git config.
_SECTION = re.compile(r'\s*\[\s*([A-Za-z0-9.-]+)\s*(?:"((?:[^"\\]|\\.)*)")?\s*\]')
#: ``name = value`` (or a bare ``name``: true) of a git config.
_ENTRY = re.compile(r"\s*([A-Za-z][A-Za-z0-9-]*)\s*(?:=(.*))?$")
#: ``scheme://[user[:password]@]host[:port]/path`` of a remote URL.
_URL = re.compile(r"(?i)^([a-z][a-z0-9+.-]*)://(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#]*)(?::\d*)?"
                  r"(/[^?#]*)?")
#: ``[user@]host:path``, git's scp-like form (no slash before the colon; not ``C:``).
_SCP = re.compile(r"^(?:[^@/]*@)?([^/:]{2,}):(?!//)(.*)$")
#: Hex digits of the first commit in a key without a remote.
_COMMIT_DIGITS = 12
#: A full commit name (SHA-1 or SHA-256).
_HEX = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


def file_identity(path: str) -> str | None:
    """``KEY:RELATIVE/PATH`` of the file *path* in its git work tree, or None when it is in
    none or the work tree has no project key (the caller then knows it by its resolved
    path)."""
    found = project_file(path)
    return None if found is None else found[0]


def project_file(path: str) -> tuple[str, str] | None:
    """``(KEY:RELATIVE/PATH, top of the work tree)`` of the file *path*
    (:func:`file_identity`), or None."""
    real = os.path.realpath(path)
    top = _work_tree(os.path.dirname(real))
    if top is None:
        return None
    rel = Path(os.path.relpath(real, top)).as_posix()
    key = project_key(top)
    if key is None or not _tracked(top, rel):
        return None
    return f"{key}:{rel}", top


def head_commit(top: str) -> str | None:
    """The commit the work tree at *top* has checked out (its ``HEAD``), or None (no
    commit, no ``git``, a refused repository)."""
    out = _git(top, "rev-parse", "--verify", "-q", "HEAD^{commit}")
    head = (out or b"").decode("ascii", "replace").strip()
    return head if _HEX.fullmatch(head) else None


def committed(top: str, rel: str) -> bool:
    """Whether the file *rel* of the work tree at *top* is as its ``HEAD`` commit has it
    (no change to it not committed; a failed ``git``: not known to be)."""
    return _git(top, "diff", "--quiet", "HEAD", "--", f":(literal){rel}") is not None


def shallow(top: str) -> bool:
    """Whether the work tree at *top* is a shallow clone's (its history cut: a commit
    before the cut is unknown to it)."""
    dirs = _git_dirs(top)
    return dirs is not None and os.path.exists(os.path.join(dirs[1], "shallow"))


def descends(top: str, commit: str) -> bool:
    """Whether the ``HEAD`` of the work tree at *top* is *commit* or a descendant of it
    (review R-1/R-2: a checkout that is behind, or another project cloned from the same
    starter, is not).  A commit this repository does not know, a malformed one or a
    failed ``git`` is not descended from."""
    if not _HEX.fullmatch(commit):
        return False
    return _git(top, "merge-base", "--is-ancestor", commit, "HEAD") is not None


def _work_tree(folder: str) -> str | None:
    """The top of the git work tree holding *folder* (the nearest folder with ``.git``)."""
    while True:
        if os.path.basename(folder) == ".git":
            return None   # a file inside a repository's own folder is in no work tree
        if os.path.lexists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _git_dirs(top: str) -> tuple[str, str] | None:
    """The repository folder of work tree *top* and its common folder (the main one's, for
    a linked worktree or a submodule's ``gitdir:`` file), or None if unreadable."""
    dot = os.path.join(top, ".git")
    gitdir = dot
    if os.path.isfile(dot):
        try:
            line = Path(dot).read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return None
        if not line.startswith("gitdir:"):
            return None
        gitdir = os.path.normpath(os.path.join(top, line[len("gitdir:"):].strip()))
    common = gitdir
    try:
        shared = Path(gitdir, "commondir").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        shared = ""
    if shared:
        common = os.path.normpath(os.path.join(gitdir, shared))
    return (gitdir, common) if os.path.isdir(common) else None


def project_key(top: str) -> str | None:
    """The project key of the git work tree whose top folder is *top* (module doc), or
    None."""
    dirs = _git_dirs(top)
    if dirs is None:
        return None
    common = dirs[1]
    url = _remote_url(os.path.join(common, "config"))
    if url:
        return remote_key(url, top)
    if os.path.exists(os.path.join(common, "shallow")):
        return None   # its first commit is where the clone was cut, not the history's
    first = _first_commit(top)
    if first is None:
        return None
    main = os.path.dirname(common) if os.path.basename(common) == ".git" else top
    return f"{os.path.basename(main) or main}@{first[:_COMMIT_DIGITS]}"


def _remote_url(config: str) -> str | None:
    """The URL of remote ``origin`` in the git config file *config*, else of its only
    remote; None if none."""
    try:
        text = Path(config).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    urls: dict[str, str] = {}
    section: tuple[str, str] | None = None
    lines = iter(text.splitlines())
    for line in lines:
        while line.endswith("\\") and not line.endswith("\\\\"):  # a continued value
            line = line[:-1] + next(lines, "")
        found = _SECTION.match(line)
        if found:
            name, sub = found.group(1).lower(), found.group(2)
            if sub is None and "." in name:   # [remote.origin]: its subsection lower-cased
                name, _, sub = name.partition(".")
            section = (name, _unquote(sub) if sub is not None else "")
            line = line[found.end():]
        entry = _ENTRY.match(line)
        if section is None or section[0] != "remote" or entry is None:
            continue
        if entry.group(1).lower() == "url" and entry.group(2) is not None:
            urls.setdefault(section[1], _unquote(_uncomment(entry.group(2))))
    if "origin" in urls:
        return urls["origin"] or None
    return next(iter(urls.values())) or None if len(urls) == 1 else None


def _uncomment(value: str) -> str:
    """A config value without its comment (``;`` or ``#`` outside quotes)."""
    out, quoted, escaped = [], False, False
    for char in value:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char in ";#" and not quoted:
            break
        out.append(char)
    return "".join(out).strip()


def _unquote(value: str) -> str:
    """A config value's text: quotes dropped, ``\\\\``, ``\\"``, ``\\n``, ``\\t`` read."""
    out, chars = [], iter(value)
    for char in chars:
        if char == '"':
            continue
        if char == "\\":
            nxt = next(chars, "")
            out.append({"n": "\n", "t": "\t", "b": "\b"}.get(nxt, nxt))
        else:
            out.append(char)
    return "".join(out)


def remote_key(url: str, top: str) -> str:
    """*url*, a remote of the work tree at *top*, as a project key: every way of cloning
    one repository gives one key, and no credential is kept (module doc).

    >>> remote_key("https://ci-token:s3cret@GitLab.example.com:443/org/web.git/", "/w")
    'gitlab.example.com/org/web'
    >>> remote_key("git@gitlab.example.com:org/web.git", "/w")
    'gitlab.example.com/org/web'
    >>> remote_key("ssh://git@gitlab.example.com:2222/org/web", "/w")
    'gitlab.example.com/org/web'
    """
    url = url.strip()
    found = _URL.match(url)
    if found and found.group(1).lower() != "file":
        host, path = found.group(2).lower(), found.group(3) or ""
    elif found:   # file:///srv/git/web.git
        return _local(found.group(3) or "/", top)
    else:
        scp = _SCP.match(url)
        if scp is None:
            return _local(url, top)
        host, path = scp.group(1).lower(), scp.group(2)
    path = re.sub(r"/+", "/", path.strip("/"))
    path = path.removesuffix(".git").rstrip("/")
    return f"{host}/{path}" if path else host


def _local(path: str, top: str) -> str:
    """A remote on this machine's file system: its resolved path, without ``.git`` or
    ``/.git`` (a clone of a clone's work tree names the same repository)."""
    real = os.path.realpath(os.path.join(top, os.path.expanduser(path)))
    if os.path.basename(real) == ".git":
        real = os.path.dirname(real)
    return real.removesuffix(".git")


def _git(top: str, *args: str) -> bytes | None:
    """What ``git ARGS`` run in work tree *top* prints, or None when it fails (no ``git``,
    a refused repository)."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("GIT_")}
    try:
        done = subprocess.run(["git", "-c", "core.fsmonitor=false", *args], cwd=top,
                              capture_output=True, env=env, timeout=30, check=False,
                              stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def _tracked(top: str, rel: str) -> bool:
    """Whether the work tree at *top* tracks its file *rel* (it is in the index)."""
    listed = _git(top, "ls-files", "-z", "--full-name", "--", f":(literal){rel}")
    return listed is not None and rel.encode("utf-8", "surrogateescape") in listed.split(b"\0")


def _first_commit(top: str) -> str | None:
    """The first commit of the history of HEAD (the oldest root), or None (no commit, no
    ``git``, or ``git`` refuses the repository)."""
    out = _git(top, "rev-list", "--max-parents=0", "--reverse", "HEAD", "--")
    first = (out or b"").decode("ascii", "replace").split()
    if not first or not re.fullmatch(r"[0-9a-f]{40,64}", first[0]):
        return None
    return first[0]
