"""``tm check``: QA checks over PO files (terminology, numbers, punctuation, consistency)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tm.checks import CHECKS_VERSION, check_files, list_checks, resolve_selection
from tm.cli._common import (
    add_encoding_option,
    add_text_json_option,
    language,
    new_command,
    print_json,
)
from tm.cli._settings import project_settings, say
from tm.config import CheckConfig
from tm.errors import UsageError
from tm.files import no_cycle_collection, signature
from tm.formats import catalog_language
from tm.model import Finding
from tm.text import is_chinese, normalize_lang

__all__ = ["register", "run"]

EXAMPLES = """\
  tm check locales/zh_CN/LC_MESSAGES/article.po --glossary locales/zh_CN/glossary.tbx
  tm check *.po --select numbers,punctuation --format json > findings.json
  tm check article.po --ignore reverse-inconsistent --fail-on warning
  tm check article.zh_CN.xlf                     # an XLIFF back from a CAT tool
  tm check --list

Silence one entry with a translator comment `# tm-ignore: numbers` (or the PO
flag `#, tm-ignore:numbers`); a project with [tool.tm.check] in pyproject.toml
or [check] in tm.toml.  Exit: 0 clean, 1 findings at or above --fail-on, 2 error.
"""

#: The target language of a catalog that names none: tm's default pair is en -> zh-CN.
DEFAULT_TARGET = "zh-CN"
_COLOURS = {"error": "\033[31m", "warning": "\033[33m"}
_RESET = "\033[0m"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``tm check`` to the ``tm`` command."""
    parser = new_command(sub, "check", EXAMPLES)
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="PO files to check (XLIFF 1.2, TMX, CSV and TSV too)")
    parser.add_argument("--glossary", metavar="FILE",
                        help="glossary (TBX, CSV, TSV or PO) for the terminology checks")
    parser.add_argument("--target-lang", default=None, type=language, metavar="LANG",
                        help="the language of the glossary's target terms (default: each "
                             "catalog's own: a PO's Language header or locale folder, an "
                             "XLIFF's target-language; zh-CN when it has none)")
    add_encoding_option(parser, "of the glossary (CSV, TSV) and of PO, CSV and TSV files "
                                "that name none (a PO's header charset wins)")
    parser.add_argument("--select", action="append", metavar="IDS",
                        help="comma-separated check ids or groups to run instead of the "
                             "defaults (repeatable; 'all' for every check)")
    parser.add_argument("--ignore", action="append", metavar="IDS",
                        help="comma-separated check ids or groups to skip (repeatable)")
    add_text_json_option(parser, "text (FILE:LINE: ID message) or json for CI (default: text)")
    parser.add_argument("--fail-on", choices=("error", "warning"), default=None,
                        help="exit 1 when a finding is at or above this severity "
                             "(default: error)")
    parser.add_argument("--config", metavar="FILE",
                        help="settings file (tm.toml or pyproject.toml); default: the nearest "
                             "one in the current folder or its parents up to the repository "
                             "root or your home folder (reported on stderr)")
    parser.add_argument("--domain", action="append", metavar="FIELD",
                        help="a subject field the text is about, as the glossary names it "
                             "(its subjectField; repeatable): a one-word common noun or an "
                             "acronym of a concept of another field is taken in the text's "
                             "own sense and not checked for its rendering (default: every "
                             "concept is checked; [check] domain in the settings)")
    parser.add_argument("--list", action="store_true",
                        help="list the checks (id, severity, default on/off, description)")
    parser.set_defaults(run=run)


def _ids(values: Sequence[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _signature(config: CheckConfig) -> str:
    return signature(f"checks {CHECKS_VERSION}",
                     f"config {os.path.basename(config.path)}" if config.path else "")


def _list(config: CheckConfig, fmt: str) -> int:
    enabled = resolve_selection(None, None, config)
    rows = [(c.id, config.severity.get(c.id, c.severity), "on" if c.id in enabled else "off",
             c.description + (" (needs --glossary)" if c.glossary else ""))
            for c in list_checks()]
    if fmt == "json":
        data = [dict(zip(("id", "severity", "default", "description"), row, strict=True))
                for row in rows]
        print_json({"checks": data}, _signature(config))
        return 0
    width = max(len(r[0]) for r in rows)
    print(f"{'ID':<{width}}  SEVERITY  DEFAULT  DESCRIPTION")
    for cid, severity, default, description in rows:
        print(f"{cid:<{width}}  {severity:<8}  {default:<7}  {description}")
    return 0


def _use_colour() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def _as_json(finding: Finding) -> dict[str, Any]:
    origin = finding.unit.origin
    return {"check": finding.check, "severity": finding.severity, "message": finding.message,
            "file": origin.path, "line": origin.line, "context": finding.unit.context,
            "source": finding.unit.source, "target": finding.unit.target,
            "spans": [list(span) for span in finding.spans]}


def _print_text(findings: list[Finding]) -> None:
    colour = _use_colour()
    for f in findings:
        cid = f"{_COLOURS[f.severity]}{f.check}{_RESET}" if colour else f.check
        print(f"{f.unit.origin or '-'}: {cid} {f.message}")


def _by_language(files: Sequence[str], target_lang: str | None) -> dict[str, list[str]]:
    """*files* grouped by the target language their glossary terms are read in.

    *target_lang* when given, else each catalog's own (its Language header, locale
    folder, XLIFF target-language), else zh-CN: a zh_TW catalog is checked against
    the termbase's zh-TW terms, not its zh-CN ones.  A Chinese → English catalog
    has its Chinese in the source: its source language (X-Source-Language, XLIFF
    source-language) names the variety.
    """
    groups: dict[str, list[str]] = {}
    for name in files:
        lang = normalize_lang(target_lang) if target_lang else catalog_language(name)
        if lang and not is_chinese(lang):
            source = catalog_language(name, source=True)
            lang = source if is_chinese(source) else lang
        groups.setdefault(lang or DEFAULT_TARGET, []).append(name)
    return groups


def _check_by_language(args: argparse.Namespace, config: CheckConfig) -> list[Finding]:
    """The findings on every file; with a glossary, files of one language at a time.

    Catalogs in different languages share no translation, so the consistency
    checks compare files of one language only; without a glossary all files
    are checked together, as before.
    """
    glossary_path = args.glossary or config.glossary
    if not glossary_path:
        return check_files(args.files, None, select=_ids(args.select), ignore=_ids(args.ignore),
                           config=config, encoding=args.encoding, jobs=0)
    from tm.glossary import Glossary

    findings: list[Finding] = []
    for lang, files in _by_language(args.files, args.target_lang).items():
        glossary = Glossary.load(glossary_path, target_lang=lang, encoding=args.encoding)
        _warn_unknown_domains(args, config, glossary)
        findings += check_files(files, glossary, select=_ids(args.select),
                                ignore=_ids(args.ignore), config=config, encoding=args.encoding,
                                jobs=0)
    return findings


def _warn_unknown_domains(args: argparse.Namespace, config: CheckConfig, glossary: Any) -> None:
    """A warning for each declared domain that no concept of *glossary* is filed under: a
    misspelt field would otherwise leave every one-word concept unchecked."""
    fields = {term.subject.strip().casefold() for term in glossary.terms if term.subject.strip()}
    for domain in config.domain:
        if domain.casefold() not in fields:
            known = ", ".join(sorted({t.subject.strip() for t in glossary.terms
                                      if t.subject.strip()})) or "none"
            say(args, f"tm: warning: --domain {domain!r}: no glossary concept has this "
                      f"subject field (the glossary's: {known})")


def run(args: argparse.Namespace) -> int:
    """Check the files; print findings; return 0, or 1 if any reaches --fail-on."""
    config = project_settings(args).check
    if args.domain:
        config = replace(config, domain=tuple(d.strip() for d in args.domain if d.strip()))
    if args.list:
        return _list(config, args.format)
    if not args.files:
        raise UsageError("no FILE given; pass PO files to check (or --list)")
    resolve_selection(_ids(args.select), _ids(args.ignore), config)  # bad ids before bad input
    for name in args.files:     # the wrong file, most likely: say so, as tm update does
        if name != "-" and os.path.isfile(name) and os.path.getsize(name) == 0:
            print(f"tm: warning: {name}: empty file, nothing to check", file=sys.stderr)
    findings = _check_by_language(args, config)
    counts = {level: sum(f.severity == level for f in findings) for level in ("error", "warning")}
    # The catalog's objects and the report form no cycles: with the collector paused
    # while the report is built, it does not walk them again and again (a third of the
    # time of writing 40,000 findings as JSON).  Paused, not frozen: gc.unfreeze() after
    # a gc.freeze() also unfroze whatever the caller had frozen (a process running
    # tm.cli.main, a server's start-up objects).
    with no_cycle_collection():
        if args.format == "json":
            payload = {"files": list(args.files),
                       "checks": sorted(resolve_selection(_ids(args.select), _ids(args.ignore),
                                                          config)),
                       "summary": counts, "findings": [_as_json(f) for f in findings]}
            print_json(payload, _signature(config))
        else:
            _print_text(findings)
    if findings:
        say(args, f"tm check: {counts['error']} error(s), {counts['warning']} warning(s)")
    fail_on = args.fail_on or config.fail_on or "error"
    levels = ("error",) if fail_on == "error" else ("error", "warning")
    return 1 if any(f.severity in levels for f in findings) else 0
