"""From beads to translation units: the stage after :func:`tm.align`.

A bead pairs source sentences with target sentences; a translation unit needs
their joined texts, an id, where it came from and how sure the pairing is.
:func:`beads_to_units` makes one unit per bead that has source sentences.
Target sentences with no source counterpart (0-1 beads) are never dropped:
each is attached to the unit before it (the first ones, to the unit after
them), where a PO writer keeps them as a comment and a TMX writer in the note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tm._shared.text import joined_text
from tm.model import Bead, Origin, Segment, Unit
from tm.segmentation import stable_ids

__all__ = ["DEFAULT_FUZZY_BELOW", "AlignedUnit", "AlignedUnits", "beads_to_units",
           "join_sentences"]

#: Bead confidence below which a unit is marked fuzzy (to review); ``tm align --fuzzy-below``.
DEFAULT_FUZZY_BELOW = 0.5

_NO_ORIGIN = Origin()


@dataclass(frozen=True, slots=True)
class AlignedUnit:
    """A unit made from one bead, with what a :class:`~tm.Unit` alone cannot hold.

    ``unit.context`` is the stable id of the bead's first source sentence,
    ``unit.origin`` where that sentence is, ``unit.note`` ``"bead 1-2 score
    0.87"``.  ``target_origin`` is where the first target sentence is (empty
    when there is none) and ``unaligned`` the target sentences with no source
    counterpart that are attached to this unit.
    """

    unit: Unit
    bead: Bead
    target_origin: Origin = _NO_ORIGIN
    unaligned: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AlignedUnits:
    """What :func:`beads_to_units` returns.

    ``units`` in text order; ``unattached`` holds the target sentences when no
    bead has a source sentence (an empty source text), so there is no unit to
    attach them to.
    """

    units: tuple[AlignedUnit, ...]
    unattached: tuple[str, ...] = field(default=())


def join_sentences(sentences: Sequence[Segment | str], lang: str) -> str:
    """The text of consecutive sentences as one unit's text.

    Chinese sentences are joined directly and their line breaks dropped (a
    line break inside Chinese prose is not a space); other languages are
    joined by one space, with every run of white space collapsed.

    >>> join_sentences(["第一句。", "第二\\n句。"], "zh"), join_sentences(["A  b.", "C."], "en")
    ('第一句。第二句。', 'A b. C.')
    """
    return joined_text([s.text if isinstance(s, Segment) else s for s in sentences], lang)


def beads_to_units(beads: Sequence[Bead], source: Sequence[Segment] | Sequence[str],
                   target: Sequence[Segment] | Sequence[str], *, source_lang: str = "en",
                   target_lang: str = "zh-CN",
                   source_origins: Sequence[Origin] | None = None,
                   target_origins: Sequence[Origin] | None = None,
                   fuzzy_below: float = DEFAULT_FUZZY_BELOW) -> AlignedUnits:
    """Turn the *beads* of ``tm.align(source, target)`` into translation units.

    One unit per bead with source sentences: their text joined (see
    :func:`join_sentences`), the target sentences joined likewise, the stable
    id of the first source sentence (:func:`tm.stable_ids`) as context, the
    origin of that sentence (*source_origins*, parallel to *source*) and
    ``fuzzy`` when the bead has a target and its score is below *fuzzy_below*.
    Target-only beads are attached to a neighbouring unit (see the module
    docstring), so every target sentence is in the result.

    >>> from tm import Bead
    >>> result = beads_to_units([Bead((0,), (0,), 0.9), Bead((), (1,), 0.3)],
    ...                         ["It rained."], ["下雨了。", "责任编辑：张三"])
    >>> [(a.unit.source, a.unit.target, a.unaligned) for a in result.units]
    [('It rained.', '下雨了。', ('责任编辑：张三',))]
    """
    if not 0.0 <= fuzzy_below <= 1.0:
        raise ValueError(f"fuzzy_below must be between 0 and 1, got {fuzzy_below}")
    ids = stable_ids([s.text if isinstance(s, Segment) else s for s in source])
    made: list[tuple[Unit, Bead, Origin, list[str]]] = []
    pending: list[str] = []
    for bead in beads:
        target_text = join_sentences([target[j] for j in bead.tgt], target_lang)
        if not bead.src:
            (made[-1][3] if made else pending).append(target_text)
            continue
        unit = Unit(join_sentences([source[i] for i in bead.src], source_lang), target_text,
                    context=ids[bead.src[0]],
                    origin=source_origins[bead.src[0]] if source_origins else _NO_ORIGIN,
                    note=f"bead {bead.kind} score {bead.score:.2f}",
                    fuzzy=bool(bead.tgt) and bead.score < fuzzy_below,
                    source_lang=source_lang, target_lang=target_lang)
        where = target_origins[bead.tgt[0]] if target_origins and bead.tgt else _NO_ORIGIN
        made.append((unit, bead, where, pending))
        pending = []
    units = tuple(AlignedUnit(unit, bead, where, tuple(extra))
                  for unit, bead, where, extra in made)
    return AlignedUnits(units, tuple(pending))
