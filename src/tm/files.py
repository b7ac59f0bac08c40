"""Reading input and writing output the way the ``tm`` command does.

:func:`read_text` reads a text file (``-`` for stdin) with tm's rules: UTF-8
with or without a BOM, UTF-16 by its BOM, CRLF and CR folded to LF, a binary
or undecodable file refused with a one-line :class:`tm.ParseError` naming the
file and line.  :func:`atomic_writer` writes a file (``-`` for stdout) through
a temporary file that is renamed over it only when complete, so a failure
never leaves a half-written file.  :func:`signature` is the "what produced
this" string every output carries, and :func:`po_timestamp` the date format
of PO headers (both honour ``SOURCE_DATE_EPOCH``).  :func:`check_encoding`
validates an encoding name, :func:`same_file` tells whether an output would
overwrite an input, :func:`forget_inputs` drops the copies kept of inputs
that can be read only once (pipes, stdin), and :func:`no_cycle_collection`
pauses the cycle collector around bulk work that makes no reference cycles
(writing a large report).

The code lives in tm's private foundation layer; this module is its public face.
"""

from tm._shared.collector import no_cycle_collection
from tm._shared.files import (
    atomic_writer,
    check_encoding,
    forget_inputs,
    read_text,
    same_file,
)
from tm._shared.signature import po_timestamp, signature

__all__ = ["atomic_writer", "check_encoding", "forget_inputs", "no_cycle_collection",
           "po_timestamp", "read_text", "same_file", "signature"]
