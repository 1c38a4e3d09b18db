"""briefbook: offline, cited intelligence assessments rendered as periodic briefings."""

from __future__ import annotations

__version__ = "0.1.0"
