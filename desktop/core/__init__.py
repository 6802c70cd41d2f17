"""Pure domain rules: no Qt, no SQL. Everything here runs in milliseconds under test."""
