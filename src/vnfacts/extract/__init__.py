"""Extraction stages: people and offices, events, figures."""
