"""Building blocks of the demo-data generator (``app.devtools.demo``): people and identifiers,
merchants, complaint stories and the simulated life of a case. Pure Python, seeded, no database."""
