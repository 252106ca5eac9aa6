"""Pausing Python's cyclic garbage collector around bulk work (ranking a province, merging its
bundles).

Such work makes hundreds of thousands of short-lived objects and no reference cycles; left on, the
collector sweeps the growing heap again and again for nothing (a tenth to a third of the time).
Reference counting still frees everything, and any cycle goes at the next collection after the
block. Free what is done with inside the block: the collector resumes with a sweep of what is
left. The switch is process-wide: a block in one thread pauses collection for all, for as long as
the block runs; whoever paused it turns it back on."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
