"""`python -m opop_desktop` is the `opop` command line."""
import sys

from opop_desktop.cli import main

sys.exit(main())
