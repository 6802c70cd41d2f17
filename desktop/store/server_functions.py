"""The SQL that server_roles.install runs after the grants: Kirjuri's SECURITY DEFINER functions
and the server-side guards. The register's role prefix is written into the functions' bodies, so
a function can only ever name this register's roles (it is [a-z0-9_] only: server_roles)."""

from __future__ import annotations

from desktop.core.roles import Role

_DEFINER = "SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
_CHECK_USER = (
    "IF username IS NULL OR username !~ '^[a-z0-9][a-z0-9._-]{1,31}$' THEN "
    "RAISE EXCEPTION 'not a Kirjuri user name' USING ERRCODE = 'invalid_parameter_value'; "
    "END IF;"
)
_CHECK_ROLE = (
    "IF kirjuri_role IS NULL OR kirjuri_role NOT IN ('admin', 'clerk', 'reader') THEN "
    "RAISE EXCEPTION 'not a Kirjuri role' USING ERRCODE = 'invalid_parameter_value'; END IF;"
)
# Only a verifier: a password given in clear would sit in the server's log and catalog.
_CHECK_VERIFIER = (
    "IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\\$' THEN "
    "RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value'; "
    "END IF;"
)


def statements(prefix: str, groups: dict[Role, str]) -> list[str]:
    """`groups`: the quoted group names."""
    assert prefix.replace("_", "").isalnum() and prefix.isascii()
    admin = f"'{prefix}_admin'"
    login = f"'{prefix}.' || username"
    group = f"'{prefix}_' || kirjuri_role"
    everyone = ", ".join(groups.values())
    absent = f"NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {login})"
    functions = [
        f"CREATE OR REPLACE FUNCTION kirjuri_role_prefix() RETURNS text LANGUAGE sql IMMUTABLE "
        f"AS $f$ SELECT '{prefix}'::text $f$",
        # A main user adds a user: the login, in its role's group and nothing else.
        f"CREATE OR REPLACE FUNCTION kirjuri_create_login(username text, kirjuri_role text, "
        f"verifier text) RETURNS void LANGUAGE plpgsql {_DEFINER} AS $f$ BEGIN "
        f"{_CHECK_USER} {_CHECK_ROLE} {_CHECK_VERIFIER} "
        f"EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE "
        f"NOREPLICATION NOBYPASSRLS PASSWORD %L IN ROLE %I', {login}, verifier, {group}); "
        f"END $f$",
        f"CREATE OR REPLACE FUNCTION kirjuri_set_login_role(username text, kirjuri_role text) "
        f"RETURNS void LANGUAGE plpgsql {_DEFINER} AS $f$ DECLARE other text; BEGIN "
        f"{_CHECK_USER} {_CHECK_ROLE} IF {absent} THEN RETURN; END IF; "
        f"FOREACH other IN ARRAY ARRAY['admin', 'clerk', 'reader'] LOOP "
        f"IF pg_has_role({login}, '{prefix}_' || other, 'MEMBER') THEN "
        f"EXECUTE format('REVOKE %I FROM %I', '{prefix}_' || other, {login}); END IF; "
        f"END LOOP; "
        f"EXECUTE format('GRANT %I TO %I', {group}, {login}); END $f$",
        # The main user resets anyone's; everyone changes their own (session_user: the caller,
        # not the function's owner).
        f"CREATE OR REPLACE FUNCTION kirjuri_set_login_password(username text, verifier text) "
        f"RETURNS boolean LANGUAGE plpgsql {_DEFINER} AS $f$ BEGIN "
        f"{_CHECK_USER} {_CHECK_VERIFIER} IF {absent} THEN RETURN false; END IF; "
        f"IF session_user::text <> {login} AND NOT pg_has_role(session_user, {admin}, 'MEMBER') "
        f"THEN RAISE EXCEPTION 'only the main user sets another user''s password' "
        f"USING ERRCODE = 'insufficient_privilege'; END IF; "
        f"EXECUTE format('ALTER ROLE %I PASSWORD %L', {login}, verifier); RETURN true; END $f$",
        f"CREATE OR REPLACE FUNCTION kirjuri_drop_login(username text) RETURNS void "
        f"LANGUAGE plpgsql {_DEFINER} AS $f$ BEGIN {_CHECK_USER} "
        f"EXECUTE format('DROP ROLE IF EXISTS %I', {login}); END $f$",
        # A customer's history, as the services show it to whoever may view the customer.
        "CREATE OR REPLACE FUNCTION kirjuri_audit_of(customer_id text, max_rows integer, "
        "skip_action text) RETURNS TABLE (at timestamp, username varchar, action varchar, "
        f"fields text) LANGUAGE sql STABLE {_DEFINER} AS $f$ "
        "SELECT a.at, a.username, a.action, a.fields FROM public.audit_log a "
        "WHERE a.entity = 'customer' AND a.entity_id = customer_id AND a.action <> skip_action "
        "ORDER BY a.id DESC LIMIT least(max_rows, 500) $f$",
        # A customer row leaves only through a merge the audit log records, in the same
        # transaction (checked at commit), unless a main user deletes it.
        "CREATE OR REPLACE FUNCTION kirjuri_customer_delete_audited() RETURNS trigger "
        f"LANGUAGE plpgsql {_DEFINER} AS $f$ BEGIN "
        f"IF pg_has_role(session_user, {admin}, 'MEMBER') THEN RETURN NULL; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM public.audit_log a WHERE a.action = 'customer_deleted' "
        "AND a.entity = 'customer' AND a.entity_id = OLD.id::text AND a.fields = 'merged') "
        "THEN RAISE EXCEPTION 'a customer is removed only by a merge the audit log records' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NULL; END $f$",
        # An entry written through a Kirjuri login names that login's user: a clerk with psql
        # cannot put their doings on the main user's name.
        "CREATE OR REPLACE FUNCTION kirjuri_audit_names_its_writer() RETURNS trigger "
        f"LANGUAGE plpgsql {_DEFINER} AS $f$ DECLARE own text; BEGIN "
        f"IF left(session_user::text, {len(prefix) + 1}) <> '{prefix}.' THEN RETURN NEW; END IF; "
        f"own := substr(session_user::text, {len(prefix) + 2}); "
        "IF NEW.username IS DISTINCT FROM own OR NEW.user_id IS DISTINCT FROM "
        "(SELECT u.id FROM public.users u WHERE u.username = own) THEN "
        "RAISE EXCEPTION 'an audit entry names the user who writes it' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $f$",
    ]
    names = [
        ("kirjuri_role_prefix()", everyone),
        ("kirjuri_create_login(text, text, text)", groups[Role.ADMIN]),
        ("kirjuri_set_login_role(text, text)", groups[Role.ADMIN]),
        ("kirjuri_set_login_password(text, text)", everyone),
        ("kirjuri_drop_login(text)", groups[Role.ADMIN]),
        ("kirjuri_audit_of(text, integer, text)", everyone),
        ("kirjuri_customer_delete_audited()", None),
        ("kirjuri_audit_names_its_writer()", None),
    ]
    grants = []
    for name, to in names:
        grants.append(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC")
        if to is not None:
            grants.append(f"GRANT EXECUTE ON FUNCTION {name} TO {to}")
    guards = [
        "DROP TRIGGER IF EXISTS customers_delete_audited ON customers",
        "CREATE CONSTRAINT TRIGGER customers_delete_audited AFTER DELETE ON customers "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "EXECUTE FUNCTION kirjuri_customer_delete_audited()",
        "DROP TRIGGER IF EXISTS audit_log_names_its_writer ON audit_log",
        "CREATE TRIGGER audit_log_names_its_writer BEFORE INSERT ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION kirjuri_audit_names_its_writer()",
        # These and migration 0001's append-only triggers fire even under
        # session_replication_role = replica.
        *(
            f"ALTER TABLE audit_log ENABLE ALWAYS TRIGGER {name}"
            for name in (
                "audit_log_no_update",
                "audit_log_no_delete",
                "audit_log_no_truncate",
                "audit_log_names_its_writer",
            )
        ),
    ]
    return functions + grants + guards
