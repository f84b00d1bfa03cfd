"""Structured knowledge from documents: activities, minutes items and decisions, the bodies."""
