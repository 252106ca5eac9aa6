"""Messages of scoring and results: core/services (scoring, score rules, paper entry, attendance,
results and their states) and core/tabulation."""

MESSAGES: dict[str, tuple[str, str]] = {
}
