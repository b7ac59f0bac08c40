"""PO headers: the one builder every command uses, and the one plural-forms table.

Every PO or POT that tm writes (``tm align``, ``tm segment --format pot``,
``tm export``, ``tm pretranslate``, ``tm update``) gets its header here, so
the fields and their order are the same everywhere:

* the standard fields in gettext's order, with gettext's placeholders in a
  template (POT) and real values in a PO (``msgfmt -c`` accepts both);
* ``Plural-Forms`` from :data:`PLURAL_FORMS` (gettext's own table);
* provenance twice: ``X-Generator`` (which editors such as Poedit overwrite
  with their own name) and ``X-Tm-Signature``, which they keep, plus a
  ``tm provenance:`` line in the header comment that ``tm update`` refreshes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from tm._shared.files import one_line
from tm._shared.lang import is_chinese, normalize_lang, same_language
from tm._shared.signature import po_timestamp

__all__ = ["ADAPTED_NOTE", "DIVIDED_NOTE", "HEADER_ORDER", "PLURAL_FORMS", "PROVENANCE",
           "SIGNATURE_FIELD", "complete_header", "declared_language",
           "form_count", "ordered_header", "plural_forms", "po_header", "po_language",
           "refresh_provenance"]

#: ``nplurals=N`` in a Plural-Forms value (gettext allows spaces around the ``=``).
_NPLURALS = re.compile(r"\bnplurals\s*=\s*(\d{1,3})\b")
#: The standard header fields, in the order gettext writes them.
HEADER_ORDER = (
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
    "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
    "Content-Transfer-Encoding", "Plural-Forms",
)
#: The header field that keeps tm's signature when an editor rewrites X-Generator.
SIGNATURE_FIELD = "X-Tm-Signature"
#: How the provenance line of the header comment starts.
PROVENANCE = "tm provenance:"
#: How a suggestion whose numbers and names tm adapted (tm.memory.adapt) says so in its
#: comment (tm pretranslate's and tm update's), for the reviewer to check them.  Its msgstr
#: was made for the entry's msgid, not for the ``#|`` msgid it keeps for the review's diff.
ADAPTED_NOTE = "numbers/names adapted"
#: How tm update says a fuzzy entry's msgstr is the part of an old translation alignment
#: gave this sentence: made for its msgid too, not for its ``#|`` msgid.
DIVIDED_NOTE = "its translation divided by alignment"

_ONE = "nplurals=1; plural=0;"
_TWO = "nplurals=2; plural=(n != 1);"
_SLAVIC = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
           "(n%100<10 || n%100>=20) ? 1 : 2);")
#: Plural-Forms by language, as in GNU gettext's table (gettext-tools/src/plural-table.c).
PLURAL_FORMS: dict[str, str] = {
    **dict.fromkeys(("ja", "vi", "ko", "th", "zh", "id", "ms", "lo", "km", "my"), _ONE),
    **dict.fromkeys(("en", "de", "nl", "sv", "da", "no", "nb", "nn", "fo", "es", "pt", "it",
                     "bg", "el", "fi", "et", "he", "eo", "hu", "tr", "ca"), _TWO),
    **dict.fromkeys(("pt_BR", "fr"), "nplurals=2; plural=(n > 1);"),
    **dict.fromkeys(("ru", "uk", "be", "sr", "hr", "bs"), _SLAVIC),
    "lv": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);",
    "ga": "nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;",
    "ro": "nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2;",
    "lt": ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
           "(n%100<10 || n%100>=20) ? 1 : 2);"),
    "cs": "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
    "sk": "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
}
_TEMPLATE_PLACEHOLDERS = {
    "Project-Id-Version": "PACKAGE VERSION", "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
    "Last-Translator": "FULL NAME <EMAIL@ADDRESS>", "Language-Team": "LANGUAGE <LL@li.org>",
    "Language": "",
}


def po_language(code: str) -> str:
    """A language code as PO headers spell it: ``zh-CN`` -> ``zh_CN``."""
    return one_line(normalize_lang(code).replace("-", "_")) if code else ""


def plural_forms(language: str) -> str:
    """The Plural-Forms of *language* (gettext's table; two forms ``n != 1`` when unknown)."""
    code = po_language(language)
    if code in PLURAL_FORMS:
        return PLURAL_FORMS[code]
    if code and is_chinese(code):
        return _ONE
    return PLURAL_FORMS.get(code.split("_", 1)[0].lower(), _TWO)


def form_count(plural_forms_value: str) -> int | None:
    """How many plural forms a ``Plural-Forms`` header value declares (None when it says none).

    ``nplurals=1; plural=0;`` (Chinese, Japanese, Korean …) gives 1: such a
    catalog's ``msgstr[0]`` serves every number, as a singular translation does.
    """
    m = _NPLURALS.search(plural_forms_value)
    return int(m.group(1)) if m else None


def ordered_header(fields: Mapping[str, str]) -> dict[str, str]:
    """*fields* with the MIME fields filled in, standard fields first in gettext's order."""
    merged = {"MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
              "Content-Transfer-Encoding": "8bit", **fields}
    ordered = {key: merged[key] for key in HEADER_ORDER if key in merged}
    ordered.update((key, value) for key, value in merged.items() if key not in ordered)
    return ordered


def _provenance(command: str, signature: str, when: str, source: str = "") -> str:
    origin = f" from {source}" if source else ""
    return f"{PROVENANCE} {command}{origin} by {signature} on {when}"


def po_header(*, command: str, signature: str, language: str = "", source_language: str = "en",
              project: str = "", description: str = "", template: bool = False,
              now: datetime | None = None) -> tuple[dict[str, str], str]:
    """The header fields and header comment of a new PO (or, with *template*, a POT).

    *command* names what made it (``align``, ``export``...), *signature* the
    tool and rule versions (:func:`tm._shared.signature.signature`);
    *description* opens the header comment, whose last line is the provenance.
    """
    when = po_timestamp(now)
    lang = po_language(language)
    project = one_line(project)  # a file name: a line break in it would start a header line
    fields = {"Project-Id-Version": project or "PACKAGE VERSION", "Report-Msgid-Bugs-To": "",
              "POT-Creation-Date": when, "PO-Revision-Date": when,
              "Last-Translator": f"tm {command}", "Language-Team": lang, "Language": lang,
              "Plural-Forms": plural_forms(lang)}
    if template:  # as xgettext: placeholders, no Plural-Forms (msgfmt -c refuses INTEGER)
        fields.update({k: v for k, v in _TEMPLATE_PLACEHOLDERS.items()
                       if k != "Project-Id-Version" or not project})
        del fields["Plural-Forms"]
    fields["X-Generator"] = signature
    fields[SIGNATURE_FIELD] = signature
    fields["X-Source-Language"] = po_language(source_language)
    lines = [*(description.split("\n") if description else []),
             _provenance(command, signature, when)]
    return ordered_header(fields), "\n".join(lines)


def refresh_provenance(fields: Mapping[str, str], comment: str, *, command: str, signature: str,
                       source: str = "", now: datetime | None = None
                       ) -> tuple[dict[str, str], str]:
    """*fields* and *comment* of an existing header, re-signed by *command* (``tm update``).

    The translator's lines of the comment stay; tm's provenance line is
    replaced (or added); ``X-Generator`` and ``X-Tm-Signature`` name the new
    signature.  ``POT-Creation-Date`` is the time the source last changed.
    """
    when = po_timestamp(now)
    lines = [line for line in comment.split("\n") if not line.startswith(PROVENANCE)] \
        if comment else []
    lines.append(_provenance(command, signature, when, source))
    updated = dict(fields)
    updated["POT-Creation-Date"] = when
    updated["X-Generator"] = signature
    updated[SIGNATURE_FIELD] = signature
    return ordered_header(updated), "\n".join(lines)


def declared_language(fields: Mapping[str, str]) -> str:
    """The ``Language`` a PO header declares, as written; "" when none (or a POT's blank).

    Every writer keeps a declared language as it is (tm update, tm pretranslate):
    only a header that declares none gets one.
    """
    return one_line(fields.get("Language", "")).strip()


def complete_header(fields: Mapping[str, str], *, language: str, command: str,
                    signature: str, now: datetime | None = None) -> dict[str, str]:
    """A template's header made a PO's, as msginit would: placeholders replaced, signed.

    Fields the template fills in for real are kept, and so is the ``Language``
    the file declares, as written, when it is *language* (Weblate's ``zh_Hans``,
    ``zh-Hans``: a code the project chose, often its folder's name; rewriting it
    is an edit nobody asked for).  A missing ``Language``, one that names another
    language (a template that says ``en``, its source language), and a missing or
    placeholder ``Plural-Forms`` come from *language*; the plural forms of a
    replaced language are replaced with it.
    """
    when = po_timestamp(now)
    declared = declared_language(fields)
    kept = bool(declared) and same_language(normalize_lang(declared), normalize_lang(language))
    lang = declared if kept else po_language(language)
    done = dict(fields)
    done["Language"] = lang
    if "INTEGER" in done.get("Plural-Forms", "INTEGER") or (declared and not kept):
        done["Plural-Forms"] = plural_forms(lang)
    if "CHARSET" in done.get("Content-Type", "CHARSET"):
        done["Content-Type"] = "text/plain; charset=UTF-8"
    done["PO-Revision-Date"] = when
    for key, placeholder, value in (("Last-Translator", "FULL NAME", f"tm {command}"),
                                    ("Language-Team", "LANGUAGE", lang)):
        if placeholder in done.get(key, placeholder):
            done[key] = value
    if not done.get("X-Generator", "").startswith("tm "):
        done["X-Generator"] = signature
    done[SIGNATURE_FIELD] = signature
    return ordered_header(done)
