"""Widgets: one module per view plus shared widgets."""
