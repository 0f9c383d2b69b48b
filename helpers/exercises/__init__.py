"""Exercises: placeholder until the exercises issue lands."""
