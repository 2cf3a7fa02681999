"""Scanned pages to clean images, text with word boxes, and extracted fields.

Pure functions: no database, no Qt.
"""
