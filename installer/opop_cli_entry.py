"""Entry point of the frozen `opop` console program."""
import sys

from opop_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
