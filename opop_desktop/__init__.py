"""OPOP Desktop: offline audition system for One Pesantren One Product, Jawa Barat."""

__version__ = "0.1.0"
APP_NAME = "OPOP Desktop"
APP_SLUG = "opop-desktop"
ORG_NAME = "Dinas KUK Jawa Barat"
