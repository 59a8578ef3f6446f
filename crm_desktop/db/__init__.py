"""Database layer: engines, typed models, migrations. No Qt here."""
