"""Presentation: turning service responses into what an adapter shows (no I/O here)."""
