"""The case page: header, sections, evidence, sessions and the history timeline."""
