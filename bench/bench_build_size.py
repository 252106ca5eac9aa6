"""Size of the frozen build (dist/opop-desktop, made by `make dist`), by top-level folder.

Building takes minutes, so this reads the last build instead of making one; it says so when
there is none. Aim: < 150 MB.

    .venv/bin/python bench/bench_build_size.py [dist/opop-desktop]
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "installer"))

from _table import row  # noqa: E402
from bundle_size import report, sizes_by_folder  # noqa: E402


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "opop-desktop"
    if not bundle.is_dir():
        print(f"no build at {bundle}: run `make dist` first (1-2 minutes)")
        return 0
    built = datetime.fromtimestamp(bundle.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    print(report(bundle))
    total = sum(size for _, size in sizes_by_folder(bundle)) / 1e6
    row("build-size", total, None, unit="MB", note=f"{sys.platform} build of {built}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
