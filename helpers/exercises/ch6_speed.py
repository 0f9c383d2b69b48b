"""Chapter 6 exercises: why numpy's ReLU is fast (the chapter's author fills this in)."""

from __future__ import annotations

from helpers.exercises.registry import Exercise

EXERCISES: list[Exercise] = []
