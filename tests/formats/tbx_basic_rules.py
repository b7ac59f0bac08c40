"""The TBX-Basic dialect's Schematron rules (TBX-Basic_DCA.sch) as XPath 1.0 checks.

The dialect's own file needs an XSLT 2.0 Schematron processor, which lxml is
not; its rules are short, so each is spelled here as an XPath 1.0 query that
selects the nodes *breaking* the rule.  :func:`violations` runs them all over a
parsed TBX v3 document and returns one message per offending node, the
dialect's own message text first.  Every pattern of the .sch file is here
except the XLIFF inline-markup ones (``sc``/``ec``), which tm never writes and
which are checked too for completeness.
"""

from __future__ import annotations

from lxml import etree

NS = {"tbx": "urn:iso:std:iso:30042:ed-2"}

# (the rule's message in TBX-Basic_DCA.sch, XPath selecting the nodes that break it)
_GRP_OF = "parent::tbx:*[contains(local-name(), 'Grp') and local-name() != 'transacGrp']"


def _levels(*levels: str, groups: str = _GRP_OF) -> str:
    """XPath 1.0 test: the context node sits at one of *levels* (directly or in a *Grp)."""
    tests = []
    for level in levels:
        tests.append(f"parent::tbx:{level}")
        tests.append(f"{groups}/parent::tbx:{level}")
    return " or ".join(tests)


def _one_of(*values: str) -> str:
    return " or ".join(f".='{v}'" for v in values)


RULES: list[tuple[str, str]] = [
    # pattern coreEnforcement
    ("Any termNote is only allowed at the termSec level.",
     "//tbx:termNote[not(parent::tbx:termSec or parent::tbx:termNoteGrp/parent::tbx:termSec)]"),
    ("Data category must be declared.", "//tbx:*[@type and @type = '']"),
    ("ID must be IDREF for internal references or URI following HTTP protocol.",
     "//*[@target][not(starts-with(@target, 'http://') or starts-with(@target, 'https://')"
     " or @target = //*/@id)]"),
    # pattern XLIFF.inlineConstraints
    ("@isolated must be 'no' if <sc/> has its <ec/> in the same note text",
     "//tbx:sc[following-sibling::tbx:ec][@isolated and @isolated != 'no']"),
    ("@isolated must be 'no' and @startRef used if <ec/> has its <sc/>",
     "//tbx:ec[preceding-sibling::tbx:sc][(@isolated and @isolated != 'no') or not(@startRef)]"),
    ("@isolated must be 'yes' if <sc/> has no <ec/> in the same note text",
     "//tbx:sc[not(following-sibling::tbx:ec)][@isolated and @isolated != 'yes']"),
    ("@isolated must be 'yes' and @id given if <ec/> has no <sc/>",
     "//tbx:ec[not(preceding-sibling::tbx:sc)][(@isolated and @isolated != 'yes') or not(@id)]"),
    ("ID is required if @isolated is 'yes'.", "//tbx:ec[@isolated='yes'][not(@id != '')]"),
    # pattern dialectEnforcement
    ("The name of this dialect should be TBX-Basic.", "/tbx:tbx[not(@type='TBX-Basic')]"),
    ("The style of this dialect should be declared as 'dca'.", "/tbx:tbx[not(@style='dca')]"),
    ("DCT style elements are not permitted in DCA style TBX.",
     "//*[namespace-uri() != 'urn:iso:std:iso:30042:ed-2']"),
    ("admin: permitted types customerSubset, projectSubset, source",
     "//tbx:admin[not(@type='customerSubset' or @type='projectSubset' or @type='source')]"),
    ("descrip: permitted types subjectField, context, definition",
     "//tbx:descrip[not(@type='subjectField' or @type='context' or @type='definition')]"),
    ("ref: permitted type crossReference", "//tbx:ref[not(@type='crossReference')]"),
    ("termNote: permitted types administrativeStatus, partOfSpeech, geographicalUsage, "
     "grammaticalGender, termLocation, termType",
     "//tbx:termNote[not(@type='administrativeStatus' or @type='partOfSpeech' or "
     "@type='geographicalUsage' or @type='grammaticalGender' or @type='termLocation' or "
     "@type='termType')]"),
    ("transac: permitted type transactionType", "//tbx:transac[not(@type='transactionType')]"),
    ("transacNote: permitted type responsibility",
     "//tbx:transacNote[not(@type='responsibility')]"),
    ("xref: permitted types externalCrossReference, xGraphic",
     "//tbx:xref[not(@type='externalCrossReference' or @type='xGraphic')]"),
    # modules min and basic: where each data category may appear, and its picklist
    ("customerSubset may only appear at level(s): conceptEntry, termSec",
     f"//tbx:admin[@type='customerSubset'][not({_levels('conceptEntry', 'termSec')})]"),
    ("subjectField may only appear at level(s): conceptEntry",
     "//tbx:descrip[@type='subjectField'][not(parent::tbx:conceptEntry or "
     "parent::tbx:descripGrp/parent::tbx:conceptEntry)]"),
    ("administrativeStatus may be admittedTerm-admn-sts, deprecatedTerm-admn-sts, "
     "supersededTerm-admn-sts or preferredTerm-admn-sts",
     "//tbx:termNote[@type='administrativeStatus'][not("
     + _one_of("admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts",
               "preferredTerm-admn-sts") + ")]"),
    ("partOfSpeech may be adjective, noun, other, verb or adverb",
     "//tbx:termNote[@type='partOfSpeech'][not("
     + _one_of("adjective", "noun", "other", "verb", "adverb") + ")]"),
    ("externalCrossReference may only appear at level(s): conceptEntry, langSec, termSec",
     "//tbx:xref[@type='externalCrossReference'][not(parent::tbx:conceptEntry or "
     "parent::tbx:langSec or parent::tbx:termSec)]"),
    ("projectSubset may only appear at level(s): conceptEntry, termSec",
     f"//tbx:admin[@type='projectSubset'][not({_levels('conceptEntry', 'termSec')})]"),
    ("source may only appear at level(s): conceptEntry, langSec, termSec",
     f"//tbx:admin[@type='source'][not({_levels('conceptEntry', 'langSec', 'termSec')})]"),
    ("context may only appear at level(s): termSec",
     "//tbx:descrip[@type='context'][not(parent::tbx:termSec or "
     "parent::tbx:descripGrp/parent::tbx:termSec)]"),
    ("definition may only appear at level(s): conceptEntry, langSec",
     "//tbx:descrip[@type='definition'][not(parent::tbx:conceptEntry or "
     "parent::tbx:descripGrp/parent::tbx:conceptEntry or parent::tbx:langSec or "
     "parent::tbx:descripGrp/parent::tbx:langSec)]"),
    ("crossReference may only appear at level(s): conceptEntry, termSec",
     "//tbx:ref[@type='crossReference'][not("
     + _levels("conceptEntry", "termSec",
               groups="parent::tbx:*[contains(local-name(), 'Grp')]") + ")]"),
    ("grammaticalGender may be masculine, feminine, neuter or other",
     "//tbx:termNote[@type='grammaticalGender'][not("
     + _one_of("masculine", "feminine", "neuter", "other") + ")]"),
    ("termLocation: a value of the dialect's picklist",
     "//tbx:termNote[@type='termLocation'][not("
     + _one_of("checkBox", "comboBox", "comboBoxElement", "dialogBox", "groupBox",
               "informativeMessage", "interactiveMessage", "menuItem", "progressBar",
               "pushButton", "radioButton", "slider", "spinBox", "tab", "tableText", "textBox",
               "toolTip", "user-definedType") + ")]"),
    ("termType may be fullForm, acronym, abbreviation, shortForm, variant or phrase",
     "//tbx:termNote[@type='termType'][not("
     + _one_of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase") + ")]"),
    ("transactionType may only appear at level(s): conceptEntry, langSec, termSec",
     "//tbx:transac[@type='transactionType'][not(parent::tbx:conceptEntry or "
     "parent::tbx:transacGrp/parent::tbx:conceptEntry or parent::tbx:langSec or "
     "parent::tbx:transacGrp/parent::tbx:langSec or parent::tbx:termSec or "
     "parent::tbx:transacGrp/parent::tbx:termSec)]"),
    ("transactionType may be origination or modification",
     "//tbx:transac[@type='transactionType'][not(.='origination' or .='modification')]"),
    ("responsibility may only appear at level(s): conceptEntry, langSec, termSec",
     "//tbx:transacNote[@type='responsibility'][not(parent::tbx:conceptEntry or "
     "parent::tbx:transacGrp/parent::tbx:conceptEntry or parent::tbx:langSec or "
     "parent::tbx:transacGrp/parent::tbx:langSec or parent::tbx:termSec or "
     "parent::tbx:transacGrp/parent::tbx:termSec)]"),
    ("xGraphic may only appear at level(s): conceptEntry, langSec",
     "//tbx:xref[@type='xGraphic'][not(parent::tbx:conceptEntry or parent::tbx:langSec)]"),
]


def violations(doc: etree._ElementTree) -> list[str]:
    """One ``line N: message`` per node of *doc* that breaks a TBX-Basic rule."""
    found = []
    for message, query in RULES:
        for node in doc.xpath(query, namespaces=NS):
            found.append(f"line {node.sourceline}: {message}: {etree.tostring(node)[:80]!r}")
    return found
