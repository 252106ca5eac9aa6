"""What the Linux bundle leaves out: ICU data of other languages (installer/icu_data.py) and
libraries no kept binary loads (installer/bundle_prune.py). Checked on PySide6's own libraries."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import bundle_prune  # noqa: E402
import icu_data  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle only")


def _qt_lib() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "lib"


def _icudata() -> Path:
    found = sorted(_qt_lib().glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU")
    return found[0]


def test_kept_items_are_root_indonesian_english_and_language_independent_data():
    kept = ["coll/root.res", "coll/id.res", "coll/en_GB.res", "coll/ucadata.icu", "id.res", "in_ID.res",
            "zone/en.res", "zone/pool.res", "res_index.res", "cnvalias.icu", "unames.icu", "zoneinfo64.res",
            "supplementalData.res", "metaZones.res", "nfkc.nrm", "brkitr/root.res", "brkitr/line.brk"]
    dropped = ["coll/de.res", "coll/zh.res", "de.res", "zh_Hant_TW.res", "zone/fr.res", "brkitr/cjdict.dict",
               "translit/root.res", "ibm-943_P15A-2003.cnv", "rfc3491.spp", "curr/ja.res"]
    assert [n for n in kept if not icu_data.keep(n)] == []
    assert [n for n in dropped if icu_data.keep(n)] == []


def test_pruned_data_keeps_each_item_byte_for_byte():
    _, data = icu_data._symbol_bytes(_icudata().read_bytes())
    original = dict(icu_data.items(data))
    small, kept, dropped = icu_data.pruned(data)
    assert len(small) < len(data) / 4 and kept and dropped
    again = icu_data.items(small)
    assert [name for name, _ in again] == kept == sorted(kept)
    assert all(blob == original[name] for name, blob in again)


@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler")
def test_qt_collates_and_names_time_zones_the_same_with_the_small_library(tmp_path):
    small = icu_data.build_library(_icudata(), tmp_path)
    assert small.stat().st_size < _icudata().stat().st_size / 4
    probe = (
        "import functools\n"
        "from PySide6.QtCore import QCollator, QLocale, QTimeZone\n"
        "words = ['Émile', 'bandung', 'Ciamis', 'apel', 'Zaitun', 'ćevapi', 'Bandung', '10', '9']\n"
        "for name in ('id_ID', 'en_US', 'en_GB'):\n"
        "    print(sorted(words, key=functools.cmp_to_key(QCollator(QLocale(name)).compare)))\n"
        "zone = QTimeZone(b'Asia/Jakarta')\n"
        "for name in ('id_ID', 'en_US'):\n"
        "    print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,\n"
        "                           QLocale(name)))\n")

    def run(preload: str | None) -> str:
        env = {"PATH": "/usr/bin:/bin", **({"LD_PRELOAD": preload} if preload else {})}
        return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                              check=True).stdout

    with_small = run(str(small))
    assert with_small == run(None)
    assert "['10', '9', 'apel', 'bandung', 'Bandung', 'ćevapi', 'Ciamis', 'Émile', 'Zaitun']" in with_small
    assert "Waktu Indonesia Barat" in with_small and "Western Indonesia Time" in with_small


def test_only_libraries_that_a_kept_binary_links_are_kept():
    import PySide6.QtCore

    lib = _qt_lib()
    module = Path(PySide6.QtCore.__file__)
    icuuc = sorted(lib.glob("libicuuc.so.*"))[0]
    assert "libQt6Core.so.6" in bundle_prune.needed(module)
    entries = [("PySide6/QtCore.abi3.so", str(module), "EXTENSION"),
               ("PySide6/Qt/lib/libQt6Core.so.6", str(lib / "libQt6Core.so.6"), "BINARY"),
               ("PySide6/Qt/lib/libQt6Pdf.so.6", str(lib / "libQt6Pdf.so.6"), "BINARY"),
               ("PySide6/Qt/lib/" + icuuc.name, str(icuuc), "BINARY"),
               ("PySide6/Qt/lib/" + _icudata().name, str(_icudata()), "BINARY")]
    kept = [dest for dest, _, _ in bundle_prune.reachable(entries)]
    # QtCore links Qt6Core, which links ICU, whose libicuuc links libicudata; nothing links Qt6Pdf.
    assert kept == [entries[0][0], entries[1][0], entries[3][0], entries[4][0]]


def test_libcups_is_left_to_the_system():
    plugin = _qt_lib().parent / "plugins" / "printsupport" / "libcupsprintersupport.so"
    if not plugin.exists():
        pytest.skip("no CUPS plugin in this PySide6")
    assert "libcups.so.2" in bundle_prune.needed(plugin)
    entries = [("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", str(plugin), "BINARY"),
               ("libcups.so.2", str(plugin), "BINARY")]
    assert [dest for dest, _, _ in bundle_prune.reachable(entries)] == [entries[0][0]]
