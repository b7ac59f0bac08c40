"""Old keyword names of the public API, kept working for one release.

The API spells each concept one way (``source_lang``/``target_lang``,
``min_score``).  A function that used to take another spelling is wrapped by
:func:`renamed_keywords`: the old keyword still works, with a
``DeprecationWarning`` that names the new one.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["renamed_keywords"]

P = ParamSpec("P")
R = TypeVar("R")


def renamed_keywords(**renames: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Accept each old keyword ``old=`` of *renames* (``old="new"``) as ``new=``, with a warning.

    Passing both spellings is a TypeError, as passing one keyword twice is.
    """

    def wrap(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            for old, new in renames.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(f"{func.__qualname__}() got both {old}= and {new}=")
                    warnings.warn(f"{func.__qualname__}({old}=...) is deprecated; use {new}=",
                                  DeprecationWarning, stacklevel=2)
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)

        return call

    return wrap
