"""Answering: retrieve → answer → present, and the adapters (CLI, Discord, web)."""
