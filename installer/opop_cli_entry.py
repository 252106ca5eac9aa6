"""Entry point of the frozen `opop` console program."""
if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen program is also the PDF workers' program
    from opop_desktop.cli import run

    run()
