"""A request cut short by Ctrl-C is logged in one line, not as a crash (red team R11-11).

gunicorn ends each worker with ``SystemExit(0)`` on a quick stop; a worker writing a
response then logged "Error handling request" with a traceback.  The server's filter on
gunicorn's error log turns that record into one warning and leaves real errors alone.
"""

from __future__ import annotations

import io
import logging
import sys

from tm.server._runner import QuietStop


def _logged(error: BaseException) -> str:
    logger = logging.getLogger("tm-test-quiet-stop")
    logger.propagate = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger.handlers[:] = [handler]
    logger.filters[:] = [QuietStop()]
    try:
        raise error
    except BaseException:
        assert sys.exc_info()[0] is type(error)
        logger.exception("Error handling request")
    return stream.getvalue()


def test_a_request_cut_short_by_the_stop_is_one_warning_line() -> None:
    text = _logged(SystemExit(0))
    assert text == "WARNING a request in flight was cut short by the stop\n"


def test_a_real_error_keeps_its_traceback() -> None:
    text = _logged(ValueError("bad"))
    assert text.startswith("ERROR Error handling request\nTraceback")
    assert "ValueError: bad" in text
