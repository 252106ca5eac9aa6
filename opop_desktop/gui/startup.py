"""First start: until the first-start wizard exists, initialise with defaults."""
from __future__ import annotations

from datetime import date

from opop_desktop.core.services import installation

from .context import AppContext


def first_start(ctx: AppContext) -> bool:
    """Returns False when the user cancelled the first start (the app then quits)."""
    with ctx.db.session() as s:
        if not installation.is_initialised(s):
            installation.initialise(s, role="province", regency_code=None, name=None, year=date.today().year)
    return True
