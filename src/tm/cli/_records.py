"""Units and glossary terms as JSON-ready data: the one shape ``tm export --format json``
and ``tm terms --format json`` give them."""

from __future__ import annotations

from typing import Any

from tm.model import Term, TermForm, Unit

__all__ = ["form_json", "term_json", "unit_json"]


def unit_json(unit: Unit) -> dict[str, Any]:
    """Every field of *unit*; ``origin`` in its display form (``file.po:12``)."""
    return {"source": unit.source, "target": unit.target, "context": unit.context,
            "origin": str(unit.origin), "note": unit.note, "fuzzy": unit.fuzzy,
            "source_lang": unit.source_lang, "target_lang": unit.target_lang,
            "created": unit.created, "changed": unit.changed,
            "source_markup": unit.source_markup, "target_markup": unit.target_markup,
            "prev": unit.prev, "next": unit.next}


def form_json(form: TermForm) -> dict[str, str]:
    """What a termbase says of one target term."""
    return {"text": form.text, "status": form.status, "pos": form.pos,
            "term_type": form.term_type}


def term_json(term: Term) -> dict[str, Any]:
    """Every field of *term*; its target forms as objects."""
    return {"source": term.source, "targets": list(term.targets),
            "forbidden": list(term.forbidden), "pos": term.pos,
            "case_sensitive": term.case_sensitive, "note": term.note, "id": term.id,
            "subject": term.subject, "definition": term.definition, "status": term.status,
            "term_type": term.term_type,
            "target_forms": [form_json(form) for form in term.target_forms]}
