"""Which of PyInstaller's collected Linux binaries the frozen programs can actually load.

PyInstaller collects the shared libraries of every binary it sees, including those of plugins the
spec then leaves out (the GTK theme's GIO, HarfBuzz, …). This walks the ``DT_NEEDED`` entries
from what is loaded by name — the Python extension modules, the Qt plugins, libpython — and keeps
only the libraries reached, so a library no kept binary links is not shipped.

Libraries in ``SYSTEM_ONLY`` are left to the system and not followed: libcups is only useful
where CUPS runs, and every system running CUPS has its own libcups (with its GnuTLS, Kerberos and
Avahi, another 9 MB). Without it Qt's CUPS print plugin does not load and printing offers
"print to PDF" — which is what a laptop without CUPS gets anyway.
"""
from __future__ import annotations

import struct
from pathlib import Path

SYSTEM_ONLY = frozenset({"libcups.so.2"})

_DT_NEEDED, _DT_STRTAB, _SHT_DYNAMIC = 1, 5, 6


def needed(path: str | Path) -> list[str]:
    """The ``DT_NEEDED`` names of an ELF64 little-endian file ([] for anything else)."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next((s for s in sections if s[1] == _SHT_DYNAMIC), None)
    if dynamic is None:
        return []
    strtab = sections[dynamic[6]][4]  # sh_link of .dynamic names the string table section
    names = []
    for off in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, off)
        if tag == 0:
            break
        if tag == _DT_NEEDED:
            names.append(data[strtab + value:data.index(b"\0", strtab + value)].decode())
    return names


def _is_root(entry: tuple) -> bool:
    """Loaded by name at run time (extension modules, plugins, libpython) rather than as another
    binary's dependency; entries that are not plain binaries (symbolic links) are left alone."""
    dest = "/" + entry[0].replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    return (entry[2] != "BINARY" or not name.startswith("lib") or "/plugins/" in dest
            or name.startswith("libpython"))


def reachable(binaries: list[tuple]) -> list[tuple]:
    """The entries of a PyInstaller binaries list (dest, source, kind) that some root loads."""
    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        by_name.setdefault(entry[0].replace("\\", "/").rsplit("/", 1)[-1], []).append(entry)
    kept = {id(e) for e in binaries if _is_root(e)}
    todo = [e for e in binaries if id(e) in kept]
    while todo:
        entry = todo.pop()
        for name in needed(entry[1]):
            if name in SYSTEM_ONLY:
                continue
            for dep in by_name.get(name, []):
                if id(dep) not in kept:
                    kept.add(id(dep))
                    todo.append(dep)
    return [e for e in binaries if id(e) in kept]
