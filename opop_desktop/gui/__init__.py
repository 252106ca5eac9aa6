"""Qt shell of OPOP Desktop. Everything that touches the database goes through gui/tasks.py."""
