"""Table models: ids plus display-ready rows, columns defined as data."""
