"""Normalization of values: amounts, units, clock times, dates and places."""
