"""Delegation Planner: plan the visits of foreign delegations."""
__version__ = "0.2.0"
