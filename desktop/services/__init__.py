"""Use cases the UI and the CLI call: each checks the role, works in one transaction, audits.

No Qt here. The UI never reaches past these into SQL.
"""
