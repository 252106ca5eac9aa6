"""`python -m opop_desktop` is the `opop` command line."""
from opop_desktop.cli import run

run()
