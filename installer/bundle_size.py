"""Prints the size of a built bundle by top-level folder, largest first (run by build.sh).

    python installer/bundle_size.py dist/opop-desktop
The folders inside ``_internal/`` (PyInstaller's one-folder layout) count as top level."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def tree_size(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(tree_size(child) for child in path.iterdir())


def sizes_by_folder(bundle: Path) -> list[tuple[str, int]]:
    rows = []
    for top in bundle.iterdir():
        children = top.iterdir() if top.is_dir() and top.name == "_internal" else [top]
        for child in children:
            rows.append((str(child.relative_to(bundle)), tree_size(child)))
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def report(bundle: Path, shown: int = 25) -> str:
    rows = sizes_by_folder(bundle)
    total = sum(size for _, size in rows)
    lines = [f"{size / 1e6:9.1f} MB  {name}" for name, size in rows[:shown]]
    rest = rows[shown:]
    if rest:
        lines.append(f"{sum(s for _, s in rest) / 1e6:9.1f} MB  ({len(rest)} more)")
    lines.append(f"{total / 1e6:9.1f} MB  total {bundle}")
    return os.linesep.join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/opop-desktop")))
