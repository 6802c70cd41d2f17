"""The encrypted register: SQLCipher through SQLAlchemy, key slots, migrations, audit. No Qt."""
