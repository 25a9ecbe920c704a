"""Backup and restore of the whole office: the archive, database dumps, restore, the daily
automatic backup."""
