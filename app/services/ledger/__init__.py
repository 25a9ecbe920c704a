"""The ledger (台账) of domain.md section 9: its columns, import (all or nothing) and bulk export rows."""

from app.services.ledger.columns import HEADERS, REQUIRED
from app.services.ledger.importer import ImportReport, import_ledger

__all__ = ["HEADERS", "REQUIRED", "ImportReport", "import_ledger"]
