"""The screens ``selftest --screenshots`` saves besides the main pages, and the demo data they show.

Importing this package registers every screen in :data:`SCREENS`.
"""

from app.devtools.screens import case_screens, document_screens, page_screens
from app.devtools.screens.registry import SCREENS, Screen, screenshot

__all__ = ["SCREENS", "Screen", "case_screens", "document_screens", "page_screens", "screenshot"]
