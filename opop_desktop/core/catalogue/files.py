"""Messages of the files core reads and writes: core/excel, core/pdf, core/demo, region and text
matching (region_match.py, textnorm.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
