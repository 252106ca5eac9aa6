"""PDF documents (reportlab, no Qt): score sheets, attendance lists, participant cards, recaps,
official minutes, juror reports. Shared page layout in ``layout.py``; data access in ``data.py``."""
