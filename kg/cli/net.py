"""The options every command that reaches the network shares: --user and --timeout beside --endpoint."""
from __future__ import annotations

import functools
import os

import click

from kg.remote import DEFAULT_TIMEOUT, PASSWORD_ENV

USER_HELP = (f"User name for HTTP basic auth on the endpoint (or USER:PASSWORD@ in the URL). The password comes "
             f"from the URL or the {PASSWORD_ENV} environment variable; it is never printed.")


def timeout_option(default: float = DEFAULT_TIMEOUT, what: str = "each request to the server"):
    """A documented ``--timeout SECONDS``: the total time ``what`` may take."""
    return click.option("--timeout", default=default, show_default=True, type=click.FloatRange(min=0.1),
                        metavar="SECONDS", help=f"Seconds {what} may take in all before the command gives up.")


def user_option(func):
    """``--user NAME`` for HTTP basic auth (password from the URL or the environment)."""
    return click.option("--user", metavar="NAME", help=USER_HELP)(func)


def remote_endpoint(endpoint: str | None, user: str | None, timeout: float | None):
    """The :class:`kg.remote.Endpoint` the options name, or None without ``--endpoint``."""
    if endpoint is None:
        return None
    from kg.remote import connect
    return connect(endpoint, user=user, password=os.environ.get(PASSWORD_ENV) or None, timeout=timeout)


def endpoint_source(func):
    """Add --user and --timeout, and hand the command its ``endpoint`` as a :class:`kg.remote.Endpoint`."""
    @user_option
    @timeout_option(what="reading from the --endpoint server")
    @functools.wraps(func)
    def wrapper(*args, user=None, timeout=None, **kwargs):
        if kwargs.get("endpoint") is not None:
            from kg.cli import user_errors
            kwargs["endpoint"] = user_errors(remote_endpoint)(kwargs["endpoint"], user, timeout)
        return func(*args, **kwargs)
    return wrapper
