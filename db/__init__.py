"""Persistence: SQLAlchemy models, engines, unit of work, repositories, file store."""
