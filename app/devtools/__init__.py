"""Tools for developers and demonstrations: demo data, selftest and its screenshots.
Imported only by the command line, never by a production page or service."""
