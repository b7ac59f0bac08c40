"""Glossaries: TBX, CSV and PO term lists, and term finding with spans; and the bilingual
dictionary (CC-CEDICT, the ``dict`` extra) that the aligner and the term checks read.
"""

from tm.glossary._dictionary import (
    SENSES_VERSION,
    STOP,
    cedict_entries,
    cedict_path,
    english_keys,
    english_verbs,
    gloss_words,
    senses_glossing,
    stem,
    word_senses,
)
from tm.glossary._dictionary_cache import DictionaryTables, cached_dictionary_tables
from tm.glossary._glossary import (
    SAVE_FORMATS,
    Glossary,
    TermHit,
)
from tm.glossary._verbs import verb_word_forms

__all__ = [
    "SAVE_FORMATS",
    "SENSES_VERSION",
    "STOP",
    "DictionaryTables",
    "Glossary",
    "TermHit",
    "cached_dictionary_tables",
    "cedict_entries",
    "cedict_path",
    "english_keys",
    "english_verbs",
    "gloss_words",
    "senses_glossing",
    "stem",
    "verb_word_forms",
    "word_senses",
]
