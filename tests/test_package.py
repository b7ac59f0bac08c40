"""The package surface: __all__ is sorted and complete; imports point one way."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import tm

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
    tree = ast.parse((SRC / "__init__.py").read_text(encoding="utf-8"))
    typed = {
        alias.asname or alias.name: node.module
        for block in tree.body
        if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == tm._SOURCES
    assert set(typed) | {"__version__"} == set(tm.__all__)


def test_every_public_name_resolves_to_its_source() -> None:
    for name, module in tm._SOURCES.items():
        assert getattr(tm, name) is getattr(importlib.import_module(module), name)


def test_nothing_imports_the_cli() -> None:
    for path in SRC.rglob("*.py"):
        if "cli" in path.relative_to(SRC).parts or path.name == "__main__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
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


def _imports(path: Path) -> list[tuple[str, str, int]]:
    """(module, name, line) of every ``from MODULE import NAME`` in *path*, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.module, alias.name, node.lineno)
            for node in ast.walk(tree)
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
