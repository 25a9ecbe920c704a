"""Case use cases: intake, the workflow, sessions, evidence, documents and the case views.
Every public function takes the acting user and runs in one transaction."""
