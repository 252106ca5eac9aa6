"""Starts OPOP Desktop (the Qt application) from a source checkout."""
import sys

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen program is also the PDF workers' program
    from opop_desktop.gui.app import run

    sys.exit(run())
