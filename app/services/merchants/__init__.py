"""Merchants across cases: recognising one by its identifiers, search as the clerk types,
profiles, the blacklist and merges."""
