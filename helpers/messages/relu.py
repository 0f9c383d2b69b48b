"""Catalogue section: what the code cells of Chapter 1 (what ReLU is) print and draw."""

MESSAGES: dict[str, dict[str, str]] = {}
