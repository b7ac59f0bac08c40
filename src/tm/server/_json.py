"""tm's values as the JSON API writes and reads them.

Matches and concordance hits carry the same fields ``tm lookup --format
json`` and ``tm concordance --format json`` print (without the word diff,
which a client can compute); a unit posted to ``/api/units`` has the fields
of :class:`tm.Unit`, of which only ``source`` and ``target`` are required.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from tm._shared.lang import is_wellformed_lang
from tm._shared.signature import parse_unit_date
from tm.memory import ConcordanceHit
from tm.model import Match, Unit
from tm.server._http import ApiError

__all__ = ["hit_json", "match_json", "shared_source_id", "unit_from_json"]

_UNIT_FIELDS = {f.name: f.type for f in fields(Unit)}
_BOOL_FIELDS = {"fuzzy"}
#: Time stamps of a unit: UTC, to the second, as the memory stores them and TMX writes them.
_STAMP_FIELDS = ("created", "changed")
#: Hex digits of a local file's digest: 48 bits, no collision among a team's files.
_DIGEST_LENGTH = 12


def match_json(match: Match) -> dict[str, Any]:
    """One lookup match: score, flags, both texts, the adapted target and where it came from
    (its origin, and its file's identity: two checkouts' po/zh_CN.po look alike)."""
    unit = match.unit
    return {"score": match.score, "in_context": match.in_context, "trusted": match.trusted,
            "source": unit.source, "target": unit.target, "adapted": match.adapted,
            "origin": str(unit.origin), "source_id": shared_source_id(match.source_id),
            "context": unit.context,
            "note": unit.note, "source_lang": unit.source_lang, "target_lang": unit.target_lang,
            "source_markup": unit.source_markup, "target_markup": unit.target_markup}


def shared_source_id(source_id: str) -> str:
    """*source_id* as the server shows it to every client: a file outside a git project is
    known by its absolute path on the importer's machine (/home/alice/…), which names a
    person and a folder layout; the server shows a digest of it instead — stable, so two
    files still tell apart, and saying nothing else.  Project identities (``host/org/repo:
    po/zh_CN.po``) and chosen ``--source-id`` names are shown as they are."""
    if not (PurePosixPath(source_id).is_absolute() or PureWindowsPath(source_id).is_absolute()):
        return source_id
    return "local:" + hashlib.sha256(source_id.encode("utf-8")).hexdigest()[:_DIGEST_LENGTH]


def hit_json(hit: ConcordanceHit) -> dict[str, Any]:
    """One concordance hit: the side the phrase was found on, its spans, the unit."""
    unit = hit.unit
    return {"side": hit.side, "spans": [list(span) for span in hit.spans],
            "source": unit.source, "target": unit.target, "origin": str(unit.origin),
            "context": unit.context, "source_lang": unit.source_lang,
            "target_lang": unit.target_lang, "source_markup": unit.source_markup,
            "target_markup": unit.target_markup}


def unit_from_json(value: object, where: str, max_chars: int | None = None) -> Unit:
    """A :class:`tm.Unit` from a JSON object; 400 naming *where* and the field when malformed.

    Only the JSON's shape is checked here (fields, types, lengths, language
    codes); what a unit's text and markup may hold is the memory's to refuse
    (``TranslationMemory.add``), which the handler reports as a 400 too.
    """
    if not isinstance(value, dict):
        raise ApiError(400, f"{where}: expected an object with source and target")
    unknown = sorted(set(value) - set(_UNIT_FIELDS))
    if unknown:
        raise ApiError(400, f"{where}: unknown field {unknown[0]!r}")
    for name in ("source", "target"):
        if name not in value:
            raise ApiError(400, f"{where}.{name} is required")
    for name, item in value.items():
        wanted = bool if name in _BOOL_FIELDS else str
        if not isinstance(item, wanted):
            raise ApiError(400, f"{where}.{name}: expected a {wanted.__name__}")
        if max_chars is not None and isinstance(item, str) and len(item) > max_chars:
            raise ApiError(413, f"{where}.{name}: longer than {max_chars} characters")
    for name in ("source_lang", "target_lang"):
        if name in value and not is_wellformed_lang(value[name]):
            raise ApiError(400, f"{where}.{name}: {value[name]!r} is not a language code")
    for name in _STAMP_FIELDS:
        if value.get(name) and not _is_stamp(value[name]):
            raise ApiError(400, f"{where}.{name}: {value[name]!r} is not a UTC time stamp "
                                "such as 2026-12-06T20:30:00Z")
    return Unit(**value)


def _is_stamp(text: str) -> bool:
    """Whether *text* is a real UTC time in the memory's form (``2026-12-06T20:30:00Z``)."""
    # strptime also takes unpadded fields (2026-1-6T…): the length rules them out
    return parse_unit_date(text) is not None and len(text) == 20
