"""Messages of core/sync: bundles, keys and signatures, authority and trust checks, merging,
conflicts."""

MESSAGES: dict[str, tuple[str, str]] = {
}
