"""Generating demo data from the GUI (Beranda's empty state; the first-start wizard has its own)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DEMO_CHANGES = frozenset({"pesantren", "setup", "attendance", "scores", "results", "accounts"})


def demo_op(scale: str = "small", seed: int = 1, actor: str = "sistem"):
    def op(session, task):
        from opop_desktop.core.demo import generate_demo
        return generate_demo(session, scale=scale, seed=seed, progress=task.progress, actor=actor)
    return op


def run_demo(ctx, parent, *, on_done=None, on_error=None, scale: str = "small", seed: int = 1):
    """Off the UI thread with progress and Batal; screens refresh through the change tags."""
    title = QCoreApplication.translate("demo", "Membuat data contoh…")
    from ..login import actor_label
    return ctx.tasks.run_with_progress(parent, title, demo_op(scale, seed, actor_label(ctx.user)), on_done=on_done,
                                       on_error=on_error, changes=DEMO_CHANGES)
