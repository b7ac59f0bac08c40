"""Process-wide settings of a test run, loaded before pytest imports its plugins.

pyproject.toml loads this module with ``-p process_setup`` (its folder is on
``pythonpath``), so it runs before pytest imports the installed plugins
(hypothesis, pytest-xdist, platformdirs).  pytest rewrites the asserts of every
installed plugin's modules and caches the result only where bytecode may be
written: with ``PYTHONDONTWRITEBYTECODE`` set, as the shells on the shared
development machine set it, each pytest process (the xdist controller and every
worker) rewrote and compiled about 90 modules again, 0.6 CPU s a process, before
collecting a test.  Set here, first, the cache below serves them too.

:mod:`conftest` imports this module as well, so the settings hold however
pytest was started.
"""

from __future__ import annotations

import os
import sys
import tempfile


def _temporary_files_in_memory() -> None:
    """Put the tests' temporary files (tmp_path, tempfile, child processes) in RAM.

    Every memory a test creates commits, and SQLite syncs each commit to disk:
    on this machine's shared disk those syncs were the largest wait of the suite
    (a property test opening 200 memories spent two thirds of its time in them).
    Nothing the tests check survives a crash of the machine, so a RAM file system
    (``/dev/shm``) tests the same code with the waits gone.  ``TM_TEST_TMPDIR``
    names another folder; without a writable ``/dev/shm`` the system default stays.
    """
    chosen = os.environ.get("TM_TEST_TMPDIR") or "/dev/shm"
    if os.path.isdir(chosen) and os.access(chosen, os.W_OK | os.X_OK):
        os.environ["TMPDIR"] = chosen   # child processes (tm serve, initdb, chromium)
        tempfile.tempdir = None         # this process: gettempdir() looks again


def _compiled_code_kept_outside_the_tree() -> None:
    """Keep compiled bytecode between processes, in the temporary folder, not the tree.

    With ``PYTHONDONTWRITEBYTECODE`` set every process compiled tm, the test
    modules and pytest's rewritten plugins again: each pytest-xdist worker spent
    about 2.5 CPU s of its collection rewriting and compiling the test modules,
    and every ``tm`` child process compiled tm.  The cache goes under
    ``sys.pycache_prefix`` in the temporary folder (RAM, above), so the tree
    still gets no ``__pycache__``; Python and pytest check each cached file
    against its source before using it.  A ``PYTHONPYCACHEPREFIX`` the user
    chose is left alone.
    """
    if not sys.dont_write_bytecode or sys.pycache_prefix:
        return
    user = getattr(os, "getuid", lambda: 0)()
    prefix = os.path.join(tempfile.gettempdir(), f"tm-test-pycache-{user}")
    sys.pycache_prefix = prefix
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = prefix  # child processes (tm, tm serve)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_temporary_files_in_memory()
_compiled_code_kept_outside_the_tree()
