"""What a package's ``__init__.py`` shows type checkers, read from its source.

tm and tm.memory import their public names on first use (tm._shared.lazy): the
``if TYPE_CHECKING:`` imports must name the same modules as the lazy table, and
the lookup must be bound only where type checkers do not look.
"""

from __future__ import annotations

import ast
from pathlib import Path


def _blocks(tree: ast.Module, test: str) -> list[ast.stmt]:
    return [node for block in tree.body
            if isinstance(block, ast.If) and ast.unparse(block.test) == test
            for node in block.body]


def _bound(nodes: list[ast.stmt]) -> list[str]:
    names = [node.name for node in nodes if isinstance(node, ast.FunctionDef)]
    names += [target.id for node in nodes if isinstance(node, ast.Assign)
              for target in node.targets if isinstance(target, ast.Name)]
    names += [element.id for node in nodes if isinstance(node, ast.Assign)
              for target in node.targets if isinstance(target, ast.Tuple)
              for element in target.elts if isinstance(element, ast.Name)]
    return names


def typed_imports(init: Path) -> dict[str, str]:
    """Each name the ``if TYPE_CHECKING:`` block imports, with its module."""
    tree = ast.parse(init.read_text(encoding="utf-8"))
    return {alias.asname or alias.name: str(node.module)
            for node in _blocks(tree, "TYPE_CHECKING") if isinstance(node, ast.ImportFrom)
            for alias in node.names}


def lookup_bindings(init: Path) -> tuple[list[str], list[str]]:
    """Names bound at the top of *init*, and names bound under ``if not TYPE_CHECKING:``."""
    tree = ast.parse(init.read_text(encoding="utf-8"))
    return _bound(tree.body), _bound(_blocks(tree, "not TYPE_CHECKING"))
