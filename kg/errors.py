"""The exceptions kg-builder raises for problems a user can fix."""


class KGError(Exception):
    """A problem the user can fix. ``str(err)`` is the whole one-line message shown to them."""


class InputError(KGError):
    """An article, graph or query file that cannot be read as asked."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class QueryError(KGError):
    """A SPARQL query that is malformed or not allowed."""


class StoreError(KGError):
    """A persistent store that cannot be opened, locked or written."""


class OutputError(KGError):
    """An output that cannot be written."""


def one_line(err: BaseException) -> str:
    """An exception's message squeezed onto one short line."""
    return " ".join(str(err).split())[:300] or type(err).__name__
