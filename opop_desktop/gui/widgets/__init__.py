"""Reusable widgets of the Qt shell (combos of codes and regions, the pesantren filter, ...)."""
