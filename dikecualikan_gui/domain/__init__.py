"""Pure data and rules: no Qt, no database."""
