"""User-definable fields, entry forms and list layouts: the definitions, their validation, storage and layers."""
