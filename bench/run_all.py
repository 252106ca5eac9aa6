"""Run every bench/bench_*.py in turn (each prints its own figures); exit 1 if any failed."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = []
    for script in sorted(here.glob("bench_*.py")):
        print(f"=== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=here.parent)
        if result.returncode != 0:
            failed.append(script.name)
        print(flush=True)
    if failed:
        print("gagal: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
