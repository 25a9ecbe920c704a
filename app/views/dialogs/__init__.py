"""Dialogs: the new-case form, one per workflow transition, sessions, evidence."""
