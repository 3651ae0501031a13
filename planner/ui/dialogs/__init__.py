"""Dialogs: errors, stale-version conflicts, programme items, about."""
