"""Tabs of the Persiapan (audition set-up) screen: venues/panels/jurors, conflicts, rubric, accounts."""
