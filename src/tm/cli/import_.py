"""``tm import``: add PO, TMX, CSV/TSV files or locale trees to a translation memory."""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shlex
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from tm.cli._common import (
    add_deprecated_alias,
    add_encoding_option,
    add_text_json_option,
    count_of,
    language,
    new_command,
    print_json,
    seconds,
)
from tm.cli._memory import add_db_option
from tm.cli._progress import progress, wants_progress
from tm.cli._project import committed, descends, head_commit, project_file, shallow
from tm.errors import UsageError
from tm.formats import count_records, detect_format, entry_context, input_files, read_units
from tm.formats.po import read_po
from tm.memory import TranslationMemory, redact
from tm.model import Unit

__all__ = ["register", "run"]

EXAMPLES = """\
  tm import locales/ --db tm.db                      # every *.po below locales/
  tm import omegat/tm/ --db tm.db                    # no *.po there: every TMX/XLIFF
  tm import old.tmx vendor.csv --db tm.db --untrusted
  tm import aligned.tmx --db tm.db --skip-fuzzy       # leave low-confidence pairs out
  tm import vendor.csv --encoding gb18030 --db tm.db  # a CSV/TSV that is not UTF-8
  tm import "$CI_CHECKOUT/po" --source-id web --db tm.db   # the same files wherever checked out

Fuzzy PO entries and TMX units marked fuzzy (tm align's low-confidence beads) are
imported untrusted: their exact matches come back as 99, never as a final 100.
The import is one transaction: a malformed file imports nothing.  Importing a
file again adds nothing new; a changed translation replaces the old one; a
translation of a sentence the file still has that it no longer gives is withdrawn
(an entry the file still carries but the import leaves out, obsolete or, with
--skip-fuzzy, fuzzy, keeps its sentence's translations); a translation already
stored from another file (or an exported TMX) is stored once.
A re-imported file also withdraws the entries it no longer has.  A file in a git
work tree is known by its project (the URL of remote origin, else the folder's name
and first commit) and its path in the work tree: one file in every checkout of the
project, another file in another project, when the checkout's HEAD is (or descends
from) the commit of that file's last import; else (a clone not pulled, another app
cloned from the same starter), and for any other file, by its resolved path (tm warns
of a checkout that is not ahead); with
--source-id ID by ID and its path within the folder named (or its file name).  tm
warns when another file of the same relative path holds another translation of a
sentence trusted; --replaces ID makes the one file imported take over what ID said.
An untranslated entry (an empty msgstr) withdraws nothing, nor does a file that
holds no translation at all (tm warns); the summary counts withdrawn units apart.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm import`` to the ``tm`` command."""
    p = new_command(sub, "import", EXAMPLES)
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="PO, TMX, XLIFF, CSV or TSV files, or folders: every *.po below one, "
                        "or, when it holds none, every *.tmx, *.xlf and *.xliff")
    add_db_option(p)
    p.add_argument("--untrusted", action="store_true",
                   help="mark the units untrusted: their exact matches are offered as fuzzy "
                        "(99%%), never as final")
    p.add_argument("--skip-fuzzy", action="store_true",
                   help="skip fuzzy PO entries and TMX units marked fuzzy (by default they are "
                        "imported untrusted)")
    # Fuzzy entries are imported (untrusted) by default now; the old switch is accepted.
    p.add_argument("--include-fuzzy", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--source-id", default=None, metavar="ID",
                   help="know the files by ID and their path below the folder given (a file "
                        "given: its name) instead of their project and path in it (or "
                        "their resolved path outside a git work tree)")
    p.add_argument("--replaces", action="append", default=[], metavar="ID",
                   help="the one file imported is the file the memory knew as ID (an "
                        "earlier checkout's identity, as a warning names it): it takes over "
                        "what ID said (repeatable)")
    p.add_argument("--include-obsolete", action="store_true",
                   help="also import obsolete (#~) PO entries")
    p.add_argument("--source-lang", default=None, type=language, metavar="LANG",
                   help="source language of TMX files (overrides the header's srclang); "
                        "source language of CSV/TSV files without a language header")
    add_deprecated_alias(p, "--srclang", "--source-lang", type=language, metavar="LANG")
    add_encoding_option(p)
    add_text_json_option(p, "summary on stdout: text (one line) or json (counts and paths, "
                            "for CI)")
    p.add_argument("--wait", type=seconds, default=10.0, metavar="SECONDS",
                   help="how long to wait for another process writing to the memory "
                        "(default: 10)")
    p.set_defaults(run=run)


def _warn(message: str) -> None:
    print(f"tm: warning: {message}", file=sys.stderr)


def _expected(args: argparse.Namespace, files: list[str]) -> int | None:
    """The progress bar's total: the records the files hold (one fast pass), when a bar is drawn."""
    if not wants_progress(args):
        return None
    counts = [count_records(f) for f in files]
    return None if None in counts else sum(c or 0 for c in counts)


def _reads_all(files: list[str]) -> bool:
    """Whether this import reads its files whole, so that it may take each file off what
    the file no longer has (red team M-7: a dropped entry stayed, served as a 100).  Not
    from a pipe or stdin: ``<(cat a.po)`` is ``/dev/fd/63`` whatever file it carries.  An
    entry a file still carries that the import leaves out (an obsolete ``#~`` entry, a
    fuzzy one under ``--skip-fuzzy``) is held (:func:`_held`): its sentence keeps its
    translations, and the rest of the file is still read whole."""
    return all(os.path.isfile(name) for name in files)


def _source_ids(given: list[tuple[str, str]], source_id: str | None,
                memory: TranslationMemory, behind: set[str]
                ) -> tuple[dict[str, str], dict[str, list[str]], dict[str, tuple[str, str]]]:
    """The identity of each file read (red team M-7: a re-import supersedes what the same
    file said before, and only that file), the identities it had before, and the
    checkout (``HEAD`` commit, resolved path) to remember for a project identity.

    With ``--source-id`` the id and its path below the folder named (its name for a file
    named); else, in a git work tree, its project key and its path in the work tree, the
    same in every checkout of the project (review R-6: tm.cli._project) — when the
    checkout may replace what that identity holds (:func:`_ahead`); else its resolved
    path.  The resolved path was every file's identity from stop 31 on, so a file known
    otherwise now takes over what its resolved path said (``former_ids``).  A pipe or
    standard input has none (it is known by its name, and never withdraws anything).
    *behind* receives the project identities a file was not imported as."""
    out: dict[str, str] = {}
    former: dict[str, list[str]] = {}
    checkouts: dict[str, tuple[str, str]] = {}
    for name, file in given:
        if file == "-" or not os.path.isfile(file):
            continue
        real = os.path.realpath(file)
        if source_id is None:
            found = project_file(file)
            head = None if found is None else head_commit(found[1])
            out[file] = real
            if found is not None and head is not None:
                if _ahead(memory, real, *found):
                    out[file] = found[0]
                    clean = committed(found[1], Path(os.path.relpath(real, found[1])).as_posix())
                    checkouts[file] = (head + ("" if clean else _CHANGED), real)
                else:
                    behind.add(found[0])
        else:
            inner = (os.path.relpath(file, name) if os.path.isdir(name)
                     else os.path.basename(file))
            out[file] = f"{source_id}:{Path(inner).as_posix()}"
        if out[file] != real:
            former[file] = [real]
    seen: dict[str, str] = {}
    for file, identity in out.items():
        if seen.setdefault(identity, file) != file:
            raise UsageError(f"{seen[identity]} and {file} would be one file to the memory "
                             f"({identity}): import them with different --source-id")
    return out, former, checkouts


def _ahead(memory: TranslationMemory, real: str, identity: str, top: str) -> bool:
    """Whether the checkout at *top* may import its file *real* as its project's
    *identity*, replacing and withdrawing what that identity holds: its ``HEAD`` is the
    commit of the identity's last import or descends from it (review R-1: a checkout that
    is behind must not revert another's correction nor withdraw its new strings; R-2: an
    app cloned from the same starter as another has not the other's commits).  An
    identity that holds units but no recorded checkout (imported by a tm of 3c951c6 to
    this change, which kept none) is not ahead: the safe side.  Nor is another checkout
    (another resolved path) than the last import's when that import's file had changes
    not committed (one cannot tell which of two checkouts' edits at one commit is newer;
    the starter's clones before their first commit).  Else warn that the file is
    imported as its resolved path (stale at worst, as before 3c951c6)."""
    last = memory.last_checkout(identity)
    if last is None:
        if not memory.holds_file(identity):
            return True
        when = "with no commit recorded"
    else:
        commit, path = last
        changed = commit.endswith(_CHANGED)
        commit = commit.removesuffix(_CHANGED)
        if (path == real or not changed) and descends(top, commit):
            return True
        when = f"({commit[:7]}{' with changes not committed' if changed else ''})"
    rel = Path(os.path.relpath(real, top)).as_posix()
    # (a shallow clone, as CI makes, may not know the commit however recent: review R-8)
    remedy = ("this shallow clone may not know that commit: fetch its history (git fetch "
              "--unshallow) and import again, or pass --source-id" if shallow(top)
              else "pull and import again, or pass --source-id")
    _warn(f"{rel} in {top} is not ahead of the checkout imported last as {identity} {when}: "
          f"imported as {real}; {remedy}")
    return False


#: After the commit of a recorded checkout: its file had changes not committed.
_CHANGED = "+"


def _unless_behind(behind: set[str]) -> Callable[[str], None]:
    """:func:`_warn`, without the ``--replaces`` hint for a project identity a checkout
    that is behind fell back from: taking it over would revert what is ahead (R-1)."""
    def warn(line: str) -> None:
        for identity in behind:
            line = re.sub(r" \(if that is an earlier copy of this file, importing it with "
                          rf"--replaces {re.escape(shlex.quote(identity))} takes it over\)",
                          "", line)
        _warn(line)
    return warn


def _held(args: argparse.Namespace, files: list[str]) -> dict[str, set[tuple[str, str]]]:
    """``(msgid, context)`` of the entries each PO file holds that this import sends no
    translation of, so that a re-import does not withdraw their sentence's translations:
    an untranslated entry (review R-8: msginit or msgmerge over a template resets every
    msgstr, and that is no retraction) and, without ``--include-obsolete``, an obsolete
    one (msgmerge keeps an edited message's old translation so; before, one ``#~`` entry
    in any file of the import stopped every file from withdrawing anything it dropped)."""
    out: dict[str, set[tuple[str, str]]] = {}
    for file in files:
        if detect_format(file) != "po":
            continue
        held = {(entry.msgid, entry_context(entry))
                for entry in read_po(file, encoding=args.encoding)
                if entry.msgid and ((entry.obsolete and not args.include_obsolete) or (
                    not entry.obsolete and not (any(entry.msgstr_plural.values())
                                                if entry.msgid_plural else entry.msgstr)))}
        if held:
            out[file] = held
    return out


def run(args: argparse.Namespace) -> int:
    """Run ``tm import``; print a one-line summary; return the exit code."""
    read = fuzzy = 0
    per_file: dict[str, int] = {}
    held: dict[str, set[tuple[str, str]]] = {}

    given = [(name, f) for name in args.files for f in input_files(name)]
    files = [f for _, f in given]  # a folder: what it holds
    if args.replaces and len(files) != 1:
        raise UsageError("--replaces names what one file was known by: import one file")

    def counted(files: list[str]) -> Iterator[Unit]:
        nonlocal read, fuzzy
        streams = (read_units(f, include_fuzzy=True, include_obsolete=args.include_obsolete,
                              source_lang=args.source_lang, on_warning=_warn,
                              encoding=args.encoding) for f in files)
        for unit in itertools.chain.from_iterable(streams):
            if unit.fuzzy and args.skip_fuzzy:   # left out, still held by its file
                if unit.origin:
                    held.setdefault(unit.origin.path, set()).add((unit.source, unit.context))
                continue
            # (a file's second translation of a sentence too: add keeps it)
            read += 1
            fuzzy += unit.fuzzy
            if unit.origin:
                per_file[unit.origin.path] = per_file.get(unit.origin.path, 0) + 1
            yield unit

    with TranslationMemory.writing(args.db, timeout=args.wait) as memory:
        memory.check()  # a damaged memory is refused before anything is written
        behind: set[str] = set()
        source_ids, former_ids, checkouts = _source_ids(given, args.source_id, memory, behind)
        if args.replaces:
            if len(source_ids) != 1:
                raise UsageError("--replaces names what one file was known by: import one "
                                 "file")
            former_ids.setdefault(files[0], []).extend(args.replaces)
        # whole files: what a re-imported file no longer has goes (unless the import
        # leaves out entries the file still has: they must not go with it)
        whole = _reads_all(files)
        held = _held(args, files) if whole else {}   # (counted adds skipped fuzzy units:
        counts: dict[str, int] = {}                   # add reads it once they are sent)
        memory.add(progress(counted(files), _expected(args, files), "importing", args),
                   trusted=not args.untrusted, whole_files=whole, source_ids=source_ids,
                   former_ids=former_ids, on_warning=_unless_behind(behind), untranslated=held,
                   counts=counts,
                   checkouts=checkouts)
    changed, withdrawn = counts["changed"], counts["withdrawn"]
    for file in files:   # (an emptied or truncated file withdraws nothing: review R-8)
        if not per_file.get(file):
            _warn(f"{file}: no translation in it; nothing it gave before is withdrawn")
    # Counted once the import is in place: a new memory built beside the target may have
    # been added to one another import created meanwhile.
    # (Opened for writing though nothing is written: a read-only reader leaves -wal/-shm.)
    with TranslationMemory.open(args.db, timeout=args.wait) as memory:
        total = len(memory)
    untrusted = read if args.untrusted else fuzzy
    if args.format == "json":
        print_json({"files": files, "db": redact(args.db), "read": read, "fuzzy": fuzzy,
                    "untrusted": untrusted, "changed": changed, "withdrawn": withdrawn,
                    "total": total})
        return 0
    trust = " (untrusted)" if args.untrusted else ""
    if fuzzy and not args.untrusted:
        trust = f" ({fuzzy} fuzzy, untrusted)"
    gone = f", {withdrawn} withdrawn" if withdrawn else ""   # (not new, not changed: R-8)
    if not getattr(args, "quiet", False):   # -q: errors and warnings only, stdout too
        print(f"imported {count_of(read, 'unit')} from {count_of(len(files), 'file')}{trust}: "
              f"{changed} new or changed{gone}; {count_of(total, 'unit')} in {redact(args.db)}")
    return 0
