"""The SQL that server_roles.install runs after the grants: Kirjuri's SECURITY DEFINER functions
and the server-side guards. The register's role prefix is written into the functions' bodies, so
a function can only ever name this register's roles (it is [a-z0-9_] only: server_roles)."""

from __future__ import annotations

from desktop.core.roles import Role
from desktop.core.settings import LAST_BACKUP_AT
from desktop.store import crypto

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


def _own_key_slot(prefix: str) -> str:
    """A clerk or reader replaces their own key slot in the settings row `key_slots` (their own
    password change; server_login). Only main users' sessions write the whole document. The
    slot is built here from checked parts, with the owner taken from session_user, so a login
    can neither name another user nor leave a slot that every workstation would refuse to read
    (keyslots.Slot.from_json's bounds, repeated here)."""
    b64 = "'^[A-Za-z0-9+/]+={0,2}$'"
    (mem_low, mem_high), (it_low, it_high) = crypto.MEMORY_KIB_BOUNDS, crypto.ITERATION_BOUNDS
    (lane_low, lane_high), (salt_low, salt_high) = crypto.LANE_BOUNDS, crypto.SALT_BOUNDS
    refuse = "RAISE EXCEPTION 'not a key slot' USING ERRCODE = 'invalid_parameter_value'"
    return (
        "CREATE OR REPLACE FUNCTION kirjuri_set_own_key_slot(kdf_salt text, memory_kib integer, "
        "iterations integer, lanes integer, nonce text, wrapped text) RETURNS boolean "
        f"LANGUAGE plpgsql {_DEFINER} AS $f$ DECLARE own text; document jsonb; slot jsonb; "
        "BEGIN "
        f"IF left(session_user::text, {len(prefix) + 1}) <> '{prefix}.' THEN "
        "RAISE EXCEPTION 'only a Kirjuri login has a key slot' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; "
        f"own := substr(session_user::text, {len(prefix) + 2}); "
        f"IF pg_has_role(session_user, '{prefix}_admin', 'MEMBER') THEN "
        "RAISE EXCEPTION 'a main user''s session writes the whole key-slot document' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; "
        f"IF kdf_salt IS NULL OR nonce IS NULL OR wrapped IS NULL OR kdf_salt !~ {b64} "
        f"OR nonce !~ {b64} OR wrapped !~ {b64} "
        f"OR octet_length(decode(kdf_salt, 'base64')) NOT BETWEEN {salt_low} AND {salt_high} "
        f"OR octet_length(decode(nonce, 'base64')) <> {crypto.NONCE_BYTES} "
        f"OR octet_length(decode(wrapped, 'base64')) <> {crypto.WRAPPED_KEY_BYTES} "
        f"OR memory_kib IS NULL OR memory_kib NOT BETWEEN {mem_low} AND {mem_high} "
        f"OR iterations IS NULL OR iterations NOT BETWEEN {it_low} AND {it_high} "
        f"OR lanes IS NULL OR lanes NOT BETWEEN {lane_low} AND {lane_high} "
        "OR memory_kib < 8 * lanes "
        f"OR memory_kib::bigint * iterations > {crypto.MAX_WORK_KIB} THEN {refuse}; END IF; "
        "SELECT (s.value #>> '{}')::jsonb INTO document FROM public.settings s "
        "WHERE s.key = 'key_slots' FOR UPDATE; "
        "IF document IS NULL THEN RETURN false; END IF; "
        "slot := jsonb_build_object('kind', 'password', 'owner', own, 'kdf', "
        "jsonb_build_object('salt', kdf_salt, 'memory_kib', memory_kib, "
        "'iterations', iterations, 'lanes', lanes, 'name', 'argon2id'), "
        "'nonce', nonce, 'wrapped', wrapped); "
        "document := jsonb_set(document, '{slots}', coalesce((SELECT jsonb_agg(old) "
        "FROM jsonb_array_elements(document -> 'slots') old "
        "WHERE NOT (old ->> 'kind' = 'password' AND old ->> 'owner' = own)), '[]'::jsonb) "
        "|| jsonb_build_array(slot)); "
        "UPDATE public.settings SET value = to_json(jsonb_pretty(document)) "
        "WHERE key = 'key_slots'; RETURN true; END $f$"
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
        _own_key_slot(prefix),
        # A backup from a workstation reads every audit entry in its snapshot: clerks and main
        # users may back up (core/roles.py), readers may not, and no clerk reads the table.
        "CREATE OR REPLACE FUNCTION kirjuri_audit_export() RETURNS SETOF public.audit_log "
        f"LANGUAGE plpgsql STABLE {_DEFINER} AS $f$ BEGIN "
        f"IF NOT (pg_has_role(session_user, {admin}, 'MEMBER') "
        f"OR pg_has_role(session_user, '{prefix}_clerk', 'MEMBER')) THEN "
        "RAISE EXCEPTION 'only clerks and main users back the register up' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; "
        "RETURN QUERY SELECT * FROM public.audit_log a ORDER BY a.id; END $f$",
        # ... and records when it was made, in the one settings row a backup writes.
        "CREATE OR REPLACE FUNCTION kirjuri_backup_made(made_at text) RETURNS void "
        f"LANGUAGE plpgsql {_DEFINER} AS $f$ BEGIN "
        f"IF NOT (pg_has_role(session_user, {admin}, 'MEMBER') "
        f"OR pg_has_role(session_user, '{prefix}_clerk', 'MEMBER')) THEN "
        "RAISE EXCEPTION 'only clerks and main users back the register up' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; "
        "IF made_at IS NULL OR made_at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+$' THEN "
        "RAISE EXCEPTION 'not a time' USING ERRCODE = 'invalid_parameter_value'; END IF; "
        "INSERT INTO public.settings (key, value) VALUES "
        f"('{LAST_BACKUP_AT.key}', to_json(made_at)) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value; END $f$",
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
        ("kirjuri_set_own_key_slot(text, integer, integer, integer, text, text)", everyone),
        ("kirjuri_audit_of(text, integer, text)", everyone),
        ("kirjuri_audit_export()", f"{groups[Role.CLERK]}, {groups[Role.ADMIN]}"),
        ("kirjuri_backup_made(text)", f"{groups[Role.CLERK]}, {groups[Role.ADMIN]}"),
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
