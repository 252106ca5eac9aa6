from __future__ import annotations

import json


def test_init_and_regions(cli):
    code, out, _ = cli("init", "--role", "venue", "--regency", "32.05", "--name", "Garut-1", "--json")
    assert code == 0
    info = json.loads(out)
    assert info["role"] == "venue" and info["regency_code"] == "32.05" and info["name"] == "Garut-1"
    code, out, _ = cli("regions", "--json")
    regencies = json.loads(out)
    assert len(regencies) == 27 and {"code": "32.04", "name": "Kabupaten Bandung", "type": "kabupaten"} in regencies
    code, out, _ = cli("regions", "--level", "district", "--json")
    assert len(json.loads(out)) == 627
    code, out, _ = cli("regions", "--level", "village", "--json")
    assert len(json.loads(out)) == 5957


def test_bad_regency_is_usage_error(cli):
    code, _, err = cli("init", "--regency", "99.99")
    assert code == 2 and "tidak dikenal" in err
