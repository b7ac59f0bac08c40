"""The package surface: __all__ is sorted and complete; imports point one way."""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import re
from pathlib import Path

import tm
from package_surface import lookup_bindings, typed_imports
from rows import every_row

SRC = Path(tm.__file__).parent


def test_all_is_sorted_and_unique() -> None:
    assert list(tm.__all__) == sorted(set(tm.__all__))


def test_all_names_exist_and_are_documented() -> None:
    for name in tm.__all__:
        obj = getattr(tm, name)
        if name != "__version__":
            assert inspect.getdoc(obj), f"tm.{name} has no docstring"


def test_public_modules_are_all_exported() -> None:
    """__all__, the lazy-import table and the typing imports of tm/__init__.py agree."""
    typed = typed_imports(SRC / "__init__.py")
    assert typed == tm._SOURCES
    assert set(typed) | {"__version__"} == set(tm.__all__)


def test_type_checkers_do_not_see_the_lazy_lookup() -> None:
    """``tm.TranslationMemroy`` must be a mypy error, not ``object`` (review X-6 and
    X-10: the fix was first made in tm.memory's copy of the lookup only)."""
    visible, hidden = lookup_bindings(SRC / "__init__.py")
    assert "__getattr__" not in visible
    assert hidden == ["__getattr__"]


def test_every_public_name_resolves_to_its_source() -> None:
    for name, module in tm._SOURCES.items():
        assert getattr(tm, name) is getattr(importlib.import_module(module), name)


def test_nothing_imports_the_cli() -> None:
    for path in SRC.rglob("*.py"):
        if "cli" in path.relative_to(SRC).parts or path.name == "__main__.py":
            continue
        for node in _import_nodes(path):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("tm.cli"), f"{path} imports {node.module}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("tm.cli"), f"{path} imports the CLI"


def test_version_is_shown(tm_cli) -> None:
    result = tm_cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"tm {tm.__version__}"


def test_unwritable_output_is_a_one_line_error(tm_cli, tmp_path) -> None:
    result = tm_cli("segment", "locales/en/article.txt", "-o", str(tmp_path / "no" / "out.txt"))
    assert result.code == 2
    assert result.err.startswith("tm: error: ")
    assert "cannot write" in result.err
    assert len(result.err.strip().splitlines()) == 1


@functools.cache
def _import_nodes(path: Path) -> tuple[ast.Import | ast.ImportFrom, ...]:
    """The import statements of *path*, at any depth, parsed once for the architecture tests.

    Only these nodes are kept: the whole syntax tree of every module of tm, kept to the
    end of the run, was some 360,000 objects that the test process's cycle collector
    walked in every full collection, pytest's last one included.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return tuple(node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom))


@functools.cache
def _imports(path: Path) -> list[tuple[str, str, int]]:
    """(module, name, line) of every ``from MODULE import NAME`` in *path*, at any depth."""
    return [(node.module, alias.name, node.lineno)
            for node in _import_nodes(path)
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
            for alias in node.names]


def test_the_cli_imports_only_public_names() -> None:
    """cli/ is a client of the public API: names in a public module's __all__ (or its own)."""
    for path in sorted((SRC / "cli").glob("*.py")):
        for module, name, line in _imports(path):
            if not module.startswith("tm") or module.startswith("tm.cli"):
                continue
            where = f"{path.relative_to(SRC)}:{line}: from {module} import {name}"
            assert not any(part.startswith("_") for part in module.split(".")), where
            exported = importlib.import_module(module).__all__
            assert name in exported, where


# -- one owner per fact: what only tm/_shared may spell out ---------------------------

def _sources() -> dict[str, str]:
    """Every module of tm outside _shared/, by path relative to the package."""
    return {str(path.relative_to(SRC)): path.read_text(encoding="utf-8")
            for path in sorted(SRC.rglob("*.py")) if "_shared" not in path.parts}


#: Han ranges: Unicode script properties, or the code points the Han blocks start or end at.
HAN_RANGE = re.compile(
    r"(?i)\\p\{(?:script=|sc=)?han\}"
    r"|0x(?:3007|3400|4dbf|4e00|9fff|f900|faff|2e80|20000|2f800)\b"
    r"|\\u(?:3007|3400|4dbf|4e00|9fff|f900|faff|2e80)|\\U000(?:20000|2f800|323af)")
#: A language code tested by its spelling instead of asking tm._shared.lang: a prefix
#: test, or a list of the Chinese macrolanguage's members.
LANG_PREFIX = re.compile(
    r"""startswith\(\(?\s*["'](?:zh|cmn|yue|lzh|wuu|en)\b|["'](?:cmn|yue|lzh|wuu)["']""")
PLURAL_TABLE = re.compile(r"nplurals\s*=")
XML_ESCAPING = re.compile(r"xml\.sax\.saxutils|&amp;|&lt;|&gt;|&quot;|&#\d+;|&#x[0-9a-fA-F]+;")

# Display width and line-break classes live in tm/_shared/width.py (generated tables):
# nothing else spells a Han range to guess how wide a character is.
HAN_RANGE_ALLOWED: set[str] = set()
# PO headers with their plural forms live in tm/_shared/po_header.py, XML writing and
# escaping in tm/_shared/xml.py: nothing else spells them.
PLURAL_TABLE_ALLOWED: set[str] = set()
XML_ESCAPING_ALLOWED: set[str] = set()


@every_row(("rule", "pattern", "allowed"), [
    ("Han ranges", HAN_RANGE, HAN_RANGE_ALLOWED),
    ("language-code prefixes (use is_chinese / lang_key)", LANG_PREFIX, set()),
    ("plural-form tables", PLURAL_TABLE, PLURAL_TABLE_ALLOWED),
    ("XML escaping", XML_ESCAPING, XML_ESCAPING_ALLOWED),
], ids=["han-ranges", "lang-prefixes", "plural-forms", "xml-escaping"])
def test_facts_of_the_foundation_layer_are_spelled_only_there(
        rule: str, pattern: re.Pattern[str], allowed: set[str]) -> None:
    found = {name: [text.count("\n", 0, m.start()) + 1 for m in pattern.finditer(text)]
             for name, text in _sources().items()}
    offenders = {name: lines for name, lines in found.items() if lines and name not in allowed}
    assert not offenders, f"{rule} outside tm/_shared: {offenders}"
    stale = sorted(name for name in allowed if not found.get(name))
    assert not stale, f"{rule}: {stale} no longer need their place on the allow-list"


def _package(path: Path) -> str:
    """The top-level package of *path* inside tm ("" for tm's own modules)."""
    parts = path.relative_to(SRC).parts
    return parts[0] if len(parts) > 1 else ""


def test_no_package_imports_another_packages_private_module() -> None:
    """``tm.P._module`` is P's business; tm._shared is the foundation everyone may use."""
    for path in sorted(SRC.rglob("*.py")):
        own = _package(path)
        for module, name, line in _imports(path):
            parts = module.split(".")
            if parts[0] != "tm" or len(parts) < 3 or parts[1] in ("_shared", own):
                continue
            where = f"{path.relative_to(SRC)}:{line}: from {module} import {name}"
            assert not any(p.startswith("_") for p in parts[2:]), where


#: The import direction (docs/design.md): a package may import the ones of lower layers only.
LAYERS = [
    {"_version", "errors", "model"},                        # the values and errors
    {"_shared", "config"},                                  # the foundation, settings
    {"segmentation", "numbers", "formats"},                 # text and file stages
    {"glossary"},                                           # terms (TBX through formats)
    {"alignment", "memory", "checks"},                      # the stages over units
    {"updating"},                                           # merge: segment, align, write PO
    {"files", "text"},                                      # public faces of _shared
    {"__init__"},                                           # tm: the API, re-exported lazily
    {"server"},                                             # tm serve's application
    {"cli"},                                                # the command line
    {"__main__"},                                           # python -m tm
]


def test_imports_point_down_the_layers() -> None:
    layer_of = {name: i for i, names in enumerate(LAYERS) for name in names}
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC).parts
        own = parts[0] if len(parts) > 1 else path.stem
        for module, name, line in _imports(path):
            target = module.split(".")[1] if module.startswith("tm.") else module
            if module == "tm":
                target = "__init__"
            if not module.startswith("tm") or target == own:
                continue
            where = f"{path.relative_to(SRC)}:{line}: from {module} import {name}"
            assert layer_of[target] < layer_of[own], where


def test_the_module_map_in_docs_design_names_every_package_and_foundation_module() -> None:
    """docs/design.md maps src/tm: a package or _shared module it leaves out is news to a reader."""
    text = (Path(__file__).parents[1] / "docs" / "design.md").read_text(encoding="utf-8")
    map_block = text.split("```text", 1)[1].split("```", 1)[0]
    named = set(re.findall(r"[\w.]+", map_block))
    top = {p.name + "/" if p.is_dir() else p.name for p in SRC.iterdir()
           if not p.name.startswith("__pycache__") and p.name != "py.typed"}
    shared = {p.name for p in (SRC / "_shared").glob("*.py")
              if p.name not in ("__init__.py", "_unidata.py")}
    unmapped = ("_version.py", "__main__.py")   # the version string; python -m tm
    missing = sorted(n for n in top if n.rstrip("/") not in named and n not in unmapped)
    missing += sorted(f"_shared/{n}" for n in shared if n not in named)
    assert not missing, f"docs/design.md's module map does not name: {missing}"
