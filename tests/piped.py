"""A real `opop` process piped into `head`, as `opop ... | head -N` runs in a shell."""
from __future__ import annotations

import subprocess


def into_head(argv: list[str], lines: int, **popen) -> tuple[bytes, str, int]:
    """Runs ``argv`` with its stdout read by ``head -<lines>`` alone (which exits early);
    returns what head printed, the command's stderr and its exit code."""
    opop = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)
    head = subprocess.Popen(["head", f"-{lines}"], stdin=opop.stdout, stdout=subprocess.PIPE)
    opop.stdout.close()  # head alone holds the read end now
    shown, _ = head.communicate(timeout=120)
    err = opop.stderr.read().decode()
    opop.stderr.close()
    return shown, err, opop.wait(timeout=120)
