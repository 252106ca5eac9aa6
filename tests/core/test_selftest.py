from __future__ import annotations

import json


def test_selftest_passes_every_step(cli):
    code, out, err = cli("selftest", "--json")
    report = json.loads(out)
    assert code == 0, err + out
    assert report["ok"] is True
    assert [s["name"] for s in report["steps"]] == ["data contoh", "impor pendaftar", "bundel ekspor/impor",
                                                    "cetak PDF", "tampilan Qt"]
    assert all(s["ok"] for s in report["steps"])
