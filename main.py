"""Starts OPOP Desktop (the Qt application) from a source checkout."""
import sys

from opop_desktop.gui.app import run

if __name__ == "__main__":
    sys.exit(run())
