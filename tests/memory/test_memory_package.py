"""tm.memory's surface: its names are imported lazily, and a helper process loads little."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import tm.memory
from package_surface import lookup_bindings, typed_imports

INIT = Path(tm.memory.__file__)


def test_all_sources_and_typing_imports_agree() -> None:
    typed = typed_imports(INIT)
    assert typed == tm.memory._SOURCES
    assert set(typed) == set(tm.memory.__all__)


def test_type_checkers_do_not_see_the_lazy_lookup() -> None:
    """A module ``__getattr__`` a type checker sees types every unknown name as its result,
    so a misspelt ``from tm.memory import TranslationMemroy`` would pass mypy --strict
    (review X-6): the lookup is bound only where ``TYPE_CHECKING`` is false."""
    visible, hidden = lookup_bindings(INIT)
    assert "__getattr__" not in visible
    assert hidden == ["__getattr__"]


def test_every_public_name_resolves_to_its_source() -> None:
    for name, module in tm.memory._SOURCES.items():
        assert getattr(tm.memory, name) is getattr(importlib.import_module(module), name)
    assert set(tm.memory.__all__) <= set(dir(tm.memory))
    assert "importlib" not in dir(tm.memory)


def test_the_bulk_builds_helper_loads_only_what_prepares_a_chunk() -> None:
    """The helper process (tm.memory._helper) starts for every large import: it loads
    neither the memory, nor the analysis, nor PostgreSQL's code."""
    code = ("import json, sys; import tm.memory._helper; "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('tm.'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": ":".join(sys.path)}).stdout
    loaded = set(json.loads(out))
    assert "tm.memory._prepare" in loaded
    assert not loaded & {"tm.memory._memory", "tm.memory._analysis", "tm.memory._postgres",
                         "tm.memory._sqlite", "tm.memory._writer"}, sorted(loaded)
