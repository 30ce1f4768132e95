"""Maintainer tools that are not part of the shipped SDK."""
