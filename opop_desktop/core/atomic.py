"""Writing files so that readers never see half a file (a power cut leaves the old one or none)."""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def temporary_beside(out: Path) -> Path:
    """A fresh hidden name in the target's folder (same file system, so the rename is atomic;
    created with the user's normal permissions, unlike mkstemp's 0600)."""
    return out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.tmp")


@contextmanager
def replacing(out: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; it replaces ``out`` when the block succeeds and is
    removed when the block raises (including a user's cancel)."""
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_beside(target)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
