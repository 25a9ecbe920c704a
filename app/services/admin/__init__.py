"""Administration: users and signing in, passwords, rule sets, the holiday calendar and the
office details."""
