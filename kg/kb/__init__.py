"""A knowledge base you bring: a Wikidata dump (and entities of your own) as an SQLite index for linking.

:func:`build_kb` streams a dump into ``DIR/kb.sqlite``; :class:`KnowledgeBase` looks names up in it;
:func:`link_graph` links an article graph's unlinked entities; :func:`relink_store` links a store's.
"""
from kg.kb.index import KB_FILE, KBError, KnowledgeBase, add_entities, build_kb, read_user_entities
from kg.kb.link import Link, link_graph
from kg.kb.relink import relink_store

__all__ = ["KB_FILE", "KBError", "KnowledgeBase", "add_entities", "build_kb", "read_user_entities", "Link",
           "link_graph", "relink_store"]
