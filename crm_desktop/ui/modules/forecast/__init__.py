"""Forecast and quota per fiscal quarter."""
