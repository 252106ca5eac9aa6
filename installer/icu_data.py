"""A smaller ICU data library for the Linux bundle.

PySide6's Qt is built with ICU, so libQt6Core needs libicuuc, libicui18n and libicudata; the last
is 32 MB of data for every language, script and legacy character set. Qt reaches ICU for
collation (QCollator, QString::localeAwareCompare: the file dialog's sorting), locale-aware case
mapping, time-zone names and the codecs of QStringConverter beyond UTF/Latin-1. This application
speaks Indonesian and English and decodes its files in Python, so the bundle keeps ICU's
language-independent data, the root locale and the Indonesian and English locales of every
category (collation included), and leaves out the other languages, the break-iterator
dictionaries (Thai, CJK, …, which Qt's own line breaking never asks ICU for), the transliterators
and the legacy code pages. The kept items are byte for byte those of the original library.

The data is ICU's "common data" (format ``CmnD``): a header, a table of contents sorted by item
name, then the items. It is read from the ``icudtNN_dat`` symbol of the original library, and the
kept items are written into a new library with the same soname and symbol (built with ``cc``).

    python installer/icu_data.py ORIGINAL/libicudata.so.73 OUT_DIR   # prints what was kept
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Locale data kept in every tree: root, Indonesian ("in" is its old code) and English. English
# variants stay because a laptop's system locale may be en_GB, en_AU, … and the root fallback
# would change its collation and names.
_KEPT_LOCALE = re.compile(r"^(root|pool|res_index|id|in|en)(_[A-Za-z0-9_]+)?\.res$")
# A locale item's name: a 2-3 letter language code, optionally with script/region/variant parts.
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9_]+)?\.res$")
# Whole categories the application never reaches through Qt.
_DROPPED_TREES = ("translit/",)
# Legacy code-page converters (.cnv), break-iterator dictionaries (.dict) and StringPrep
# profiles (.spp: IDNA 2003, NFS4, LDAP) — Qt converts UTF/Latin-1 itself and uses UTS #46.
_DROPPED_SUFFIXES = (".cnv", ".dict", ".spp")


def keep(name: str) -> bool:
    """Whether the item ``name`` (path inside the package, e.g. ``coll/id.res``) stays."""
    if name.startswith(_DROPPED_TREES) or name.endswith(_DROPPED_SUFFIXES):
        return False
    base = name.rsplit("/", 1)[-1]
    if _LOCALE_ITEM.match(base) or base in ("pool.res", "res_index.res", "root.res"):
        return bool(_KEPT_LOCALE.match(base))
    return True


def _symbol_bytes(elf: bytes) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol of an ELF64 little-endian shared library: (name, bytes)."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not an ELF64 little-endian library")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for off in range(dynsym[4], dynsym[4] + dynsym[5], dynsym[9]):
        st_name, _info, _other, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", elf, off)
        end = elf.index(b"\0", strtab[4] + st_name)
        name = elf[strtab[4] + st_name:end].decode()
        if re.fullmatch(r"icudt\d+_dat", name):
            section = sections[st_shndx]
            start = section[4] + (st_value - section[3])
            return name, elf[start:start + st_size]
    raise ValueError("no icudtNN_dat symbol")


def _header_size(data: bytes) -> int:
    size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not little-endian ICU common data")
    return size


def items(data: bytes) -> list[tuple[str, bytes]]:
    """The (name, bytes) items of ICU common data, in table-of-contents order."""
    head = _header_size(data)
    count, = struct.unpack_from("<I", data, head)
    toc = [struct.unpack_from("<II", data, head + 4 + 8 * i) for i in range(count)]
    out = []
    for i, (name_off, data_off) in enumerate(toc):
        name_start = head + name_off
        name = data[name_start:data.index(b"\0", name_start)].decode("ascii")
        end = head + toc[i + 1][1] if i + 1 < count else len(data)
        out.append((name, data[head + data_off:end]))
    return out


def common_data(header: bytes, entries: list[tuple[str, bytes]]) -> bytes:
    """ICU common data holding ``entries`` (already sorted by name), items 16-byte aligned."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in entries)
    toc_size = 4 + 8 * len(entries)
    first_item = -(-(toc_size + len(names)) // 16) * 16
    name_offsets, data_offsets, pos, name_pos = [], [], first_item, toc_size
    for name, blob in entries:
        name_offsets.append(name_pos)
        name_pos += len(name) + 1
        data_offsets.append(pos)
        pos += -(-len(blob) // 16) * 16
    out = bytearray(header)
    out += struct.pack("<I", len(entries))
    for n, d in zip(name_offsets, data_offsets):
        out += struct.pack("<II", n, d)
    out += names
    for (_, blob), d in zip(entries, data_offsets):
        out += b"\0" * (len(header) + d - len(out)) + blob
    return bytes(out)


def pruned(data: bytes) -> tuple[bytes, list[str], list[str]]:
    """(smaller common data, kept item names, dropped item names)."""
    head = _header_size(data)
    all_items = items(data)
    prefix = all_items[0][0].split("/", 1)[0] + "/"  # icudt73l/
    kept = [(n, b) for n, b in all_items if keep(n[len(prefix):])]
    dropped = [n for n, _ in all_items if not keep(n[len(prefix):])]
    return common_data(data[:head], kept), [n for n, _ in kept], dropped


def build_library(original: Path, out_dir: Path) -> Path:
    """Write ``out_dir/<same name>``: the original's soname and symbol, only the kept data."""
    symbol, data = _symbol_bytes(original.read_bytes())
    small, _, _ = pruned(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / original.name
    soname = re.sub(r"(\.so\.\d+).*$", r"\1", original.name)
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icudata.dat"
        dat.write_bytes(small)
        asm = Path(tmp) / "icudata.S"
        asm.write_text(f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
                       f'{symbol}:\n.incbin "{dat}"\n.size {symbol}, .-{symbol}\n'
                       '.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([shutil.which("cc") or "cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}",
                        "-o", str(target), str(asm)], check=True)
    return target


if __name__ == "__main__":
    src, dest = Path(sys.argv[1]), Path(sys.argv[2])
    _, data = _symbol_bytes(src.read_bytes())
    small, kept_names, dropped_names = pruned(data)
    built = build_library(src, dest)
    print(f"{len(kept_names)} items kept, {len(dropped_names)} left out; data {len(data) / 1e6:.1f} MB -> "
          f"{len(small) / 1e6:.1f} MB; {built} {built.stat().st_size / 1e6:.1f} MB")
