"""Screens and the widgets they are built from."""
