"""The administrator's designer for entry forms and list layouts (System settings → Forms and lists)."""
