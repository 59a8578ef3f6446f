"""Use cases: every read and write a user can do, with permission checks and transactions. No Qt here."""
