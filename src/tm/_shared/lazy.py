"""Public names a package imports on first use (PEP 562).

``import tm`` and ``import tm.memory`` stay cheap (``tm --version`` loads no
checks; the bulk build's helper process loads no memory or PostgreSQL code)
because each name is imported from its module only when it is first read.  The
package lists, for type checkers, the same names under ``if TYPE_CHECKING:`` and
binds the lookup only under ``if not TYPE_CHECKING:``: a lookup a type checker
sees would type every misspelt name as ``object`` instead of an error.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping


def lazy_attributes(module_name: str, sources: Mapping[str, str], public: Iterable[str],
                    ) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of package *module_name*.

    *sources* maps each public name to the module it is imported from; the value
    is cached in the package's namespace, so the lookup runs once per name.
    ``__dir__`` lists the public API and the module's dunders, not the names the
    package's ``__init__`` imports for itself.
    """
    namespace = sys.modules[module_name].__dict__
    listed = frozenset(public)

    def __getattr__(name: str) -> object:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({name for name in namespace if name.startswith("__")} | listed)

    return __getattr__, __dir__
