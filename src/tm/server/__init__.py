"""``tm serve``: a translation memory over HTTP, for Weblate and for tm's own clients.

:func:`create_app` is the WSGI application (Translate Toolkit's tmserver
protocol, which Weblate's "tmserver" machine-translation backend speaks,
plus tm's JSON API); :func:`serve` runs it under gunicorn with the limits of
a :class:`ServerConfig`.  Needs the ``serve`` extra (``pip install
'tm[serve]'``: Werkzeug and gunicorn).  The guide is docs/team.md.
"""

from tm.server._app import create_app
from tm.server._config import DEFAULT_PORT, ServerConfig
from tm.server._runner import serve

__all__ = ["DEFAULT_PORT", "ServerConfig", "create_app", "serve"]
