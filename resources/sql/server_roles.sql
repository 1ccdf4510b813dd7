-- Arborist on a team's PostgreSQL server: every person signs in with a login of their own, and
-- the server itself refuses what their role may not do, whatever client they use.
--
-- Run by `arborist-cli server init` as the owner of the Arborist tables (a superuser, or a role
-- with CREATEROLE that owns them), after the schema migrations, in one transaction. Idempotent:
-- running it again brings roles, grants, functions, triggers and policies to this version (every
-- grant is revoked first, every policy and trigger dropped and made again). PostgreSQL only.
-- One statement per block, separated by lines holding only ';'. {{SCHEMA}} is the quoted schema
-- of the Arborist tables.
--
-- The rules (docs/team-server.md has them as a table):
-- * Group roles, NOLOGIN and cluster-wide: arborist_annotator; arborist_lead, which includes the
--   annotator's rights; arborist_admin, which includes the lead's. Each person's LOGIN role is
--   named like their Arborist user and is a member of exactly one of them.
-- * Facts (messages, labels, rankings, emojis, skipped tasks, revisions, the audit log) are
--   inserted only in one's own name and are never updated or deleted (admins may purge; one's
--   own report may be revised and one's own emoji taken back, as the engine does).
-- * Derived state (counters, review results, ranks, tree states, emoji counts) is updated by
--   whoever's work changes it: exactly the columns the engine writes in an annotator's
--   operations (request, submit, skip, emoji, report) are granted. `arborist-cli check`
--   recomputes every derived value from the facts.
-- * Leads moderate (message.deleted, text edits with revisions, tree halts through the state),
--   import and export, change settings and count the dashboard's aggregates.
-- * Admins manage users: app_user, and logins through the SECURITY DEFINER functions below (no
--   CREATEROLE for anyone but the owner: in PostgreSQL 15 that attribute is not inherited and
--   would let its holder grant itself any non-superuser role).
-- * The audit log is INSERT-only for everyone, in one's own name.
-- The table owner and superusers are not subject to row-level security: the owner's own
-- connection (init, generate, maintenance) works as on a server without logins.

-- 0. Only the tables' owner can run this, and it must be able to create roles.
DO $$
BEGIN
    IF to_regclass('{{SCHEMA}}.app_user') IS NULL THEN
        RAISE EXCEPTION 'There are no Arborist tables in schema %; run arborist-cli init first.', {{SCHEMA_LITERAL}};
    END IF;
    IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = '{{SCHEMA}}.app_user'::regclass), 'USAGE') THEN
        RAISE EXCEPTION 'server init must run as the owner of the Arborist tables (or a superuser), not as %.', current_user
            USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RAISE EXCEPTION 'server init creates roles: % needs the CREATEROLE attribute (ALTER ROLE % CREATEROLE) or must be a superuser.', current_user, current_user
            USING ERRCODE = '42501';
    END IF;
END
$$
;
-- 1. The group roles.
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['arborist_annotator', 'arborist_lead', 'arborist_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
    IF NOT pg_has_role('arborist_lead', 'arborist_annotator', 'MEMBER') THEN
        GRANT arborist_annotator TO arborist_lead;
    END IF;
    IF NOT pg_has_role('arborist_admin', 'arborist_lead', 'MEMBER') THEN
        GRANT arborist_lead TO arborist_admin;
    END IF;
END
$$
;
COMMENT ON ROLE arborist_annotator IS 'Arborist: annotators (does tasks)'
;
COMMENT ON ROLE arborist_lead IS 'Arborist: leads (annotator, and moderates, imports, exports, edits settings)'
;
COMMENT ON ROLE arborist_admin IS 'Arborist: admins (lead, and manages users)'
;
-- 2. Start from nothing: no privileges for the groups, no policies, no guards.
REVOKE ALL ON ALL TABLES IN SCHEMA {{SCHEMA}} FROM arborist_annotator, arborist_lead, arborist_admin
;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA {{SCHEMA}} FROM arborist_annotator, arborist_lead, arborist_admin
;
DO $$
DECLARE
    p record;
BEGIN
    FOR p IN SELECT policyname, tablename FROM pg_policies
             WHERE schemaname = {{SCHEMA_LITERAL}} AND policyname LIKE 'arborist\_%' LOOP
        EXECUTE format('DROP POLICY %I ON {{SCHEMA}}.%I', p.policyname, p.tablename);
    END LOOP;
END
$$
;
GRANT USAGE ON SCHEMA {{SCHEMA}} TO arborist_annotator
;
-- 3. Who is signing in. The login's Arborist user: a row of app_user named like the login,
-- enabled and not deleted (NULL for anyone else, so that a disabled user's open connection can
-- write nothing more). Runs with the caller's rights; everyone may read app_user.
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_user_id() RETURNS text
    LANGUAGE sql STABLE
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
    SELECT id FROM app_user WHERE name = current_user AND enabled = 1 AND deleted = 0
$$
;
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_user_role() RETURNS text
    LANGUAGE sql STABLE
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
    SELECT role FROM app_user WHERE name = current_user AND enabled = 1 AND deleted = 0
$$
;
-- The owner of the tables (or a superuser): the set-up and maintenance login, bound by no rule.
-- `who` is the role asking: current_user in triggers, session_user in the SECURITY DEFINER
-- functions (where current_user is the owner).
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_is_owner(who name) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND rolsuper)
        OR pg_has_role(who, (SELECT relowner FROM pg_class WHERE oid = to_regclass('app_user')), 'USAGE')
$$
;
-- Whether the role asking is the owner, or an enabled lead or admin of this database.
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_may_moderate() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
    SELECT arborist_is_owner(current_user) OR COALESCE(arborist_user_role() IN ('lead', 'admin'), false)
$$
;
-- 4. Logins. Admins create and change them through these functions, which run with the
-- owner's rights and can do nothing else: create a LOGIN role for a user of this database with
-- a SCRAM-SHA-256 verifier (computed by the client: the password itself never reaches the
-- server), put it in exactly one Arborist group, allow or refuse its logins. They refuse roles
-- that are not Arborist logins (superusers, roles with CREATEROLE, the owner, the groups, and
-- any role that is in no Arborist group, unless the owner asks).
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_check_login_target(p_name text) RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    caller_is_owner boolean := arborist_is_owner(session_user);
BEGIN
    IF NOT caller_is_owner AND NOT EXISTS (SELECT 1 FROM app_user WHERE name = session_user AND role = 'admin'
                                                                      AND enabled = 1 AND deleted = 0) THEN
        RAISE EXCEPTION 'permission denied: only Arborist admins manage logins (you are %)', session_user
            USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE name = p_name AND deleted = 0) THEN
        RAISE EXCEPTION '% is not a user of this Arborist database', p_name USING ERRCODE = '42501';
    END IF;
    SELECT oid, rolsuper, rolcreaterole INTO r FROM pg_roles WHERE rolname = p_name;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF r.rolsuper OR r.rolcreaterole OR p_name IN ('arborist_annotator', 'arborist_lead', 'arborist_admin')
       OR pg_has_role(p_name, (SELECT relowner FROM pg_class WHERE oid = to_regclass('app_user')), 'USAGE') THEN
        RAISE EXCEPTION 'the server role % is not an Arborist login; Arborist does not change it', p_name
            USING ERRCODE = '42501';
    END IF;
    IF NOT caller_is_owner AND NOT EXISTS (
            SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
            WHERE m.member = r.oid AND g.rolname IN ('arborist_annotator', 'arborist_lead', 'arborist_admin')) THEN
        RAISE EXCEPTION 'a server role called % exists already and is not an Arborist login; the database owner can adopt it with arborist-cli user password', p_name
            USING ERRCODE = '42710';
    END IF;
    RETURN true;
END
$$
;
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_set_login_group(p_name text, p_group text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
DECLARE
    g text;
BEGIN
    IF p_group NOT IN ('arborist_annotator', 'arborist_lead', 'arborist_admin') THEN
        RAISE EXCEPTION '% is not an Arborist group', p_group USING ERRCODE = '22023';
    END IF;
    IF NOT arborist_check_login_target(p_name) THEN
        RETURN; -- a user without a login (made before server init, or by an import)
    END IF;
    FOREACH g IN ARRAY ARRAY['arborist_annotator', 'arborist_lead', 'arborist_admin'] LOOP
        IF g <> p_group AND EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = to_regrole(g)
                                     AND m.member = to_regrole(quote_ident(p_name))) THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_name);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = to_regrole(p_group)
                   AND m.member = to_regrole(quote_ident(p_name))) THEN
        EXECUTE format('GRANT %I TO %I', p_group, p_name);
    END IF;
END
$$
;
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_create_login(p_name text, p_verifier text, p_group text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a login password must be given as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF p_group NOT IN ('arborist_annotator', 'arborist_lead', 'arborist_admin') THEN
        RAISE EXCEPTION '% is not an Arborist group', p_group USING ERRCODE = '22023';
    END IF;
    IF octet_length(p_name) > 63 OR p_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'a login cannot be called %: a server role''s name has at most 63 bytes and does not begin with pg_', p_name
            USING ERRCODE = '22023';
    END IF;
    IF arborist_check_login_target(p_name) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
        PERFORM arborist_set_login_group(p_name, p_group);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_name, p_verifier, p_group);
        EXECUTE format('COMMENT ON ROLE %I IS %L', p_name, 'Arborist login');
    END IF;
END
$$
;
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_set_login_enabled(p_name text, p_enabled boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
BEGIN
    IF arborist_check_login_target(p_name) THEN
        EXECUTE format('ALTER ROLE %I %s', p_name, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
END
$$
;
-- Fresh planner statistics after an import (ANALYZE is the owner's).
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_analyze() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
BEGIN
    ANALYZE tree, message, text_label, ranking, emoji_count, message_emoji, app_user;
END
$$
;
REVOKE ALL ON FUNCTION {{SCHEMA}}.arborist_check_login_target(text) FROM PUBLIC
;
REVOKE ALL ON FUNCTION {{SCHEMA}}.arborist_set_login_group(text, text) FROM PUBLIC
;
REVOKE ALL ON FUNCTION {{SCHEMA}}.arborist_create_login(text, text, text) FROM PUBLIC
;
REVOKE ALL ON FUNCTION {{SCHEMA}}.arborist_set_login_enabled(text, boolean) FROM PUBLIC
;
REVOKE ALL ON FUNCTION {{SCHEMA}}.arborist_analyze() FROM PUBLIC
;
GRANT EXECUTE ON FUNCTION {{SCHEMA}}.arborist_create_login(text, text, text) TO arborist_admin
;
GRANT EXECUTE ON FUNCTION {{SCHEMA}}.arborist_set_login_group(text, text) TO arborist_admin
;
GRANT EXECUTE ON FUNCTION {{SCHEMA}}.arborist_set_login_enabled(text, boolean) TO arborist_admin
;
GRANT EXECUTE ON FUNCTION {{SCHEMA}}.arborist_analyze() TO arborist_lead
;
-- 5. Guards for what grants and policies cannot say, because it depends on the row's old value.
-- message.deleted: leads and admins moderate; an annotator's work may only delete, and only
-- what auto-moderation deletes (T11: a message, with what lies below it, whose red flags
-- reached auto_mod_red_flags while auto-moderation is on).
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_guard_message() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
DECLARE
    flags integer;
BEGIN
    IF arborist_may_moderate() THEN
        RETURN NEW;
    END IF;
    IF NEW.deleted = 1 AND COALESCE((SELECT value FROM setting WHERE key = 'auto_mod_enabled'), 'true') = 'true' THEN
        flags := COALESCE((SELECT value FROM setting WHERE key = 'auto_mod_red_flags'), '4')::integer;
        IF EXISTS (WITH RECURSIVE up (id, parent_id) AS (
                       SELECT id, parent_id FROM message WHERE id = NEW.id
                       UNION ALL
                       SELECT m.id, m.parent_id FROM message m JOIN up ON m.id = up.parent_id)
                   SELECT 1 FROM up JOIN emoji_count e ON e.message_id = up.id
                   WHERE e.emoji = 'red_flag' AND e.count >= flags) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'permission denied: only leads and admins delete or undelete messages' USING ERRCODE = '42501';
END
$$
;
DROP TRIGGER IF EXISTS arborist_guard_message ON {{SCHEMA}}.message
;
CREATE TRIGGER arborist_guard_message BEFORE UPDATE OF deleted ON {{SCHEMA}}.message
    FOR EACH ROW WHEN (OLD.deleted IS DISTINCT FROM NEW.deleted)
    EXECUTE FUNCTION {{SCHEMA}}.arborist_guard_message()
;
-- tree: an annotator's work may halt a tree (auto-moderation, T12), never unhalt one.
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_guard_tree() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
BEGIN
    IF arborist_may_moderate() THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'permission denied: only leads and admins unhalt a tree' USING ERRCODE = '42501';
END
$$
;
DROP TRIGGER IF EXISTS arborist_guard_tree ON {{SCHEMA}}.tree
;
CREATE TRIGGER arborist_guard_tree BEFORE UPDATE OF state ON {{SCHEMA}}.tree
    FOR EACH ROW WHEN (OLD.state = 'halted_by_moderator' AND NEW.state IS DISTINCT FROM OLD.state)
    EXECUTE FUNCTION {{SCHEMA}}.arborist_guard_tree()
;
-- task: only the task's owner finishes it (done or skipped; an admin may act for them), and a
-- finished task stays as it is (the dashboard's `counted` mark aside).
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_guard_task() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
BEGIN
    IF arborist_is_owner(current_user) THEN
        RETURN NEW;
    END IF;
    IF OLD.done <> 0 OR OLD.skipped <> 0 THEN
        RAISE EXCEPTION 'permission denied: task % is finished and stays as it is', OLD.id USING ERRCODE = '42501';
    END IF;
    IF OLD.user_id IS DISTINCT FROM arborist_user_id() AND arborist_user_role() IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'permission denied: task % belongs to someone else', OLD.id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$
;
DROP TRIGGER IF EXISTS arborist_guard_task ON {{SCHEMA}}.task
;
CREATE TRIGGER arborist_guard_task BEFORE UPDATE ON {{SCHEMA}}.task
    FOR EACH ROW WHEN ((OLD.done, OLD.skipped, OLD.finished, OLD.result_message_id, OLD.skip_reason)
                       IS DISTINCT FROM (NEW.done, NEW.skipped, NEW.finished, NEW.result_message_id, NEW.skip_reason))
    EXECUTE FUNCTION {{SCHEMA}}.arborist_guard_task()
;
-- text_label: a label is changed only by its author (or an admin acting for them), and only a
-- free label (a report, which its author may revise); labels of review tasks never change (the
-- `counted` mark aside).
CREATE OR REPLACE FUNCTION {{SCHEMA}}.arborist_guard_text_label() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = {{SCHEMA}}, pg_catalog, pg_temp
AS $$
BEGIN
    IF arborist_is_owner(current_user) THEN
        RETURN NEW;
    END IF;
    IF OLD.task_id IS NOT NULL
       OR (OLD.user_id IS DISTINCT FROM arborist_user_id() AND arborist_user_role() IS DISTINCT FROM 'admin') THEN
        RAISE EXCEPTION 'permission denied: label % is not a report of yours', OLD.id USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$
;
DROP TRIGGER IF EXISTS arborist_guard_text_label ON {{SCHEMA}}.text_label
;
CREATE TRIGGER arborist_guard_text_label BEFORE UPDATE ON {{SCHEMA}}.text_label
    FOR EACH ROW WHEN ((OLD.labels, OLD.text, OLD.is_report, OLD.created) IS DISTINCT FROM
                       (NEW.labels, NEW.text, NEW.is_report, NEW.created))
    EXECUTE FUNCTION {{SCHEMA}}.arborist_guard_text_label()
;
-- 6. Grants. Everyone on the team reads everything.
GRANT SELECT ON ALL TABLES IN SCHEMA {{SCHEMA}} TO arborist_annotator
;
-- 6a. Annotators: their own facts, and the derived columns their work updates.
GRANT INSERT ON {{SCHEMA}}.message, {{SCHEMA}}.tree, {{SCHEMA}}.task, {{SCHEMA}}.text_label, {{SCHEMA}}.ranking,
    {{SCHEMA}}.message_emoji, {{SCHEMA}}.emoji_count, {{SCHEMA}}.rank_position TO arborist_annotator
;
-- submit (children_count, review_count, ranking_count), the review decision (review_result),
-- scoring (rank), auto-moderation (deleted, guarded above).
GRANT UPDATE (children_count, review_count, review_result, ranking_count, rank, deleted) ON {{SCHEMA}}.message
    TO arborist_annotator
;
-- The state machine: every transition an annotator's work sets off (T1-T12), the lottery (T4).
GRANT UPDATE (state, active, updated, won_lottery_at) ON {{SCHEMA}}.tree TO arborist_annotator
;
-- submit and skip.
GRANT UPDATE (done, finished, result_message_id, skipped, skip_reason) ON {{SCHEMA}}.task TO arborist_annotator
;
-- report: a new report replaces the author's earlier one.
GRANT UPDATE (labels, text, is_report, created) ON {{SCHEMA}}.text_label TO arborist_annotator
;
-- emojis: the count; an emoji taken back (or a vote turned round) removes the user's own row.
GRANT UPDATE (count), DELETE ON {{SCHEMA}}.emoji_count TO arborist_annotator
;
GRANT DELETE ON {{SCHEMA}}.message_emoji TO arborist_annotator
;
-- 6b. Leads: moderation, settings, import, the dashboard's aggregates, the audit log.
GRANT UPDATE (text, edited) ON {{SCHEMA}}.message TO arborist_lead
;
GRANT INSERT ON {{SCHEMA}}.message_revision, {{SCHEMA}}.audit_log, {{SCHEMA}}.setting, {{SCHEMA}}.app_user
    TO arborist_lead
;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {{SCHEMA}} TO arborist_lead
;
GRANT UPDATE (value, updated, updated_by) ON {{SCHEMA}}.setting TO arborist_lead
;
GRANT UPDATE (revision) ON {{SCHEMA}}.settings_revision TO arborist_lead
;
GRANT UPDATE (counted) ON {{SCHEMA}}.text_label, {{SCHEMA}}.ranking, {{SCHEMA}}.task TO arborist_lead
;
GRANT UPDATE (updated) ON {{SCHEMA}}.stat_state TO arborist_lead
;
GRANT INSERT, UPDATE ON {{SCHEMA}}.stat_label, {{SCHEMA}}.stat_label_pair, {{SCHEMA}}.stat_label_units,
    {{SCHEMA}}.stat_ranking_group, {{SCHEMA}}.stat_task_day, {{SCHEMA}}.stat_annotator_day,
    {{SCHEMA}}.stat_annotator_duration TO arborist_lead
;
-- 6c. Admins: users (roles, enabling), and purging a user's messages (the one hard delete).
GRANT UPDATE (role, enabled) ON {{SCHEMA}}.app_user TO arborist_admin
;
GRANT DELETE ON {{SCHEMA}}.message, {{SCHEMA}}.tree, {{SCHEMA}}.task, {{SCHEMA}}.text_label, {{SCHEMA}}.ranking,
    {{SCHEMA}}.message_emoji, {{SCHEMA}}.message_revision, {{SCHEMA}}.rank_position, {{SCHEMA}}.stat_label,
    {{SCHEMA}}.stat_label_pair, {{SCHEMA}}.stat_label_units, {{SCHEMA}}.stat_ranking_group, {{SCHEMA}}.stat_task_day,
    {{SCHEMA}}.stat_annotator_day, {{SCHEMA}}.stat_annotator_duration TO arborist_admin
;
-- 7. Row-level security: which rows. Every table with a policy refuses what no policy allows.
-- Every policy that writes asks for an enabled user of this database (a login of another
-- database's team, or a disabled user's open connection, writes nothing), reading the login's
-- user once per statement: `(SELECT arborist_user_id())` is planned as an InitPlan.
ALTER TABLE {{SCHEMA}}.app_user ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.setting ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.audit_log ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.tree ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.message ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.task ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.text_label ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.ranking ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.message_emoji ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.message_revision ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.rank_position ENABLE ROW LEVEL SECURITY
;
ALTER TABLE {{SCHEMA}}.emoji_count ENABLE ROW LEVEL SECURITY
;
-- Reading: everything, for everyone on the team.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['app_user', 'setting', 'audit_log', 'tree', 'message', 'task', 'text_label', 'ranking',
                             'message_emoji', 'message_revision', 'rank_position', 'emoji_count'] LOOP
        EXECUTE format('CREATE POLICY arborist_select_read ON {{SCHEMA}}.%I FOR SELECT TO arborist_annotator USING (true)', t);
    END LOOP;
END
$$
;
-- Facts are inserted in one's own name (leads import other people's work: any author).
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.message FOR INSERT TO arborist_annotator
    WITH CHECK (user_id = (SELECT arborist_user_id()))
;
CREATE POLICY arborist_insert_import ON {{SCHEMA}}.message FOR INSERT TO arborist_lead
    WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin'))
;
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.task FOR INSERT TO arborist_annotator
    WITH CHECK (user_id = (SELECT arborist_user_id()))
;
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.text_label FOR INSERT TO arborist_annotator
    WITH CHECK (user_id = (SELECT arborist_user_id()))
;
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.ranking FOR INSERT TO arborist_annotator
    WITH CHECK (user_id = (SELECT arborist_user_id()))
;
CREATE POLICY arborist_insert_import ON {{SCHEMA}}.ranking FOR INSERT TO arborist_lead
    WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin'))
;
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.message_emoji FOR INSERT TO arborist_annotator
    WITH CHECK (user_id = (SELECT arborist_user_id()))
;
CREATE POLICY arborist_insert_import ON {{SCHEMA}}.message_emoji FOR INSERT TO arborist_lead
    WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin'))
;
-- A first place counts for the ranked message's author, from a ranking of one's own.
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.rank_position FOR INSERT TO arborist_annotator
    WITH CHECK (EXISTS (SELECT 1 FROM ranking r WHERE r.id = ranking_id AND r.user_id = (SELECT arborist_user_id())))
;
-- A tree row belongs to a root message (a new prompt, reconciliation); an import writes its
-- trees in batches beside their messages.
CREATE POLICY arborist_insert_root ON {{SCHEMA}}.tree FOR INSERT TO arborist_annotator
    WITH CHECK ((SELECT arborist_user_id()) IS NOT NULL AND EXISTS (SELECT 1 FROM message m WHERE m.id = tree.id AND m.parent_id IS NULL))
;
CREATE POLICY arborist_insert_import ON {{SCHEMA}}.tree FOR INSERT TO arborist_lead
    WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin'))
;
-- A revision keeps the moderator's new text, or the author's original.
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.message_revision FOR INSERT TO arborist_lead
    WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin') AND (user_id = (SELECT arborist_user_id())
                OR user_id IS NOT DISTINCT FROM (SELECT m.user_id FROM message m WHERE m.id = message_id)))
;
-- The audit log: INSERT only, in one's own name.
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.audit_log FOR INSERT TO arborist_lead
    WITH CHECK (user_id = (SELECT arborist_user_id()) AND (SELECT arborist_user_role()) IN ('lead', 'admin'))
;
CREATE POLICY arborist_insert_own ON {{SCHEMA}}.setting FOR INSERT TO arborist_lead
    WITH CHECK (updated_by = (SELECT arborist_user_id()) AND (SELECT arborist_user_role()) IN ('lead', 'admin'))
;
CREATE POLICY arborist_update_own ON {{SCHEMA}}.setting FOR UPDATE TO arborist_lead
    USING ((SELECT arborist_user_role()) IN ('lead', 'admin')) WITH CHECK (updated_by = (SELECT arborist_user_id()))
;
-- Users: leads import authors only as the import's own users; admins add anyone.
CREATE POLICY arborist_insert_import ON {{SCHEMA}}.app_user FOR INSERT TO arborist_lead
    WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin') AND role = 'annotator' AND (name = 'import' OR name LIKE 'imported-%'))
;
CREATE POLICY arborist_insert_admin ON {{SCHEMA}}.app_user FOR INSERT TO arborist_admin
    WITH CHECK ((SELECT arborist_user_role()) = 'admin')
;
CREATE POLICY arborist_update_admin ON {{SCHEMA}}.app_user FOR UPDATE TO arborist_admin
    USING ((SELECT arborist_user_role()) = 'admin') WITH CHECK ((SELECT arborist_user_role()) = 'admin')
;
-- Derived state: whoever's work changes it (the columns are the grants' business).
CREATE POLICY arborist_update_derived ON {{SCHEMA}}.tree FOR UPDATE TO arborist_annotator
    USING ((SELECT arborist_user_id()) IS NOT NULL) WITH CHECK ((SELECT arborist_user_id()) IS NOT NULL)
;
CREATE POLICY arborist_update_derived ON {{SCHEMA}}.message FOR UPDATE TO arborist_annotator
    USING ((SELECT arborist_user_id()) IS NOT NULL) WITH CHECK ((SELECT arborist_user_id()) IS NOT NULL)
;
-- Tasks: one's own (the guard above keeps finished ones as they are); leads mark counted ones.
CREATE POLICY arborist_update_own ON {{SCHEMA}}.task FOR UPDATE TO arborist_annotator
    USING ((SELECT arborist_user_id()) IS NOT NULL) WITH CHECK (user_id = (SELECT arborist_user_id()))
;
CREATE POLICY arborist_update_counted ON {{SCHEMA}}.task FOR UPDATE TO arborist_lead
    USING ((SELECT arborist_user_role()) IN ('lead', 'admin')) WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin'))
;
-- Labels: one's own report; leads mark counted ones.
CREATE POLICY arborist_update_own ON {{SCHEMA}}.text_label FOR UPDATE TO arborist_annotator
    USING (task_id IS NULL AND user_id = (SELECT arborist_user_id())) WITH CHECK (task_id IS NULL AND user_id = (SELECT arborist_user_id()))
;
CREATE POLICY arborist_update_counted ON {{SCHEMA}}.text_label FOR UPDATE TO arborist_lead
    USING ((SELECT arborist_user_role()) IN ('lead', 'admin')) WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin'))
;
CREATE POLICY arborist_update_counted ON {{SCHEMA}}.ranking FOR UPDATE TO arborist_lead
    USING ((SELECT arborist_user_role()) IN ('lead', 'admin')) WITH CHECK ((SELECT arborist_user_role()) IN ('lead', 'admin'))
;
-- Emoji counts: derived, kept by whoever's work changes them.
CREATE POLICY arborist_insert_derived ON {{SCHEMA}}.emoji_count FOR INSERT TO arborist_annotator
    WITH CHECK ((SELECT arborist_user_id()) IS NOT NULL)
;
CREATE POLICY arborist_update_derived ON {{SCHEMA}}.emoji_count FOR UPDATE TO arborist_annotator
    USING ((SELECT arborist_user_id()) IS NOT NULL) WITH CHECK ((SELECT arborist_user_id()) IS NOT NULL)
;
CREATE POLICY arborist_delete_derived ON {{SCHEMA}}.emoji_count FOR DELETE TO arborist_annotator
    USING ((SELECT arborist_user_id()) IS NOT NULL)
;
-- Emojis: one's own may be taken back, except the marks that skips leave.
CREATE POLICY arborist_delete_own ON {{SCHEMA}}.message_emoji FOR DELETE TO arborist_annotator
    USING (user_id = (SELECT arborist_user_id()) AND emoji NOT IN ('_skip_reply', '_skip_ranking', '_skip_labeling'))
;
-- Admins may act for anyone (`--user NAME`): their inserts name any user. Not in the audit log,
-- whose entries name the admin.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['message', 'tree', 'task', 'text_label', 'ranking', 'message_emoji', 'rank_position',
                             'message_revision', 'setting'] LOOP
        EXECUTE format('CREATE POLICY arborist_insert_for_anyone ON {{SCHEMA}}.%I FOR INSERT TO arborist_admin WITH CHECK ((SELECT arborist_user_role()) = ''admin'')', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['task', 'text_label', 'setting'] LOOP
        EXECUTE format('CREATE POLICY arborist_update_for_anyone ON {{SCHEMA}}.%I FOR UPDATE TO arborist_admin USING ((SELECT arborist_user_role()) = ''admin'') WITH CHECK ((SELECT arborist_user_role()) = ''admin'')', t);
    END LOOP;
END
$$
;
-- Purge (admins): the one hard delete.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tree', 'message', 'task', 'text_label', 'ranking', 'message_emoji', 'message_revision',
                             'rank_position'] LOOP
        EXECUTE format('CREATE POLICY arborist_delete_purge ON {{SCHEMA}}.%I FOR DELETE TO arborist_admin USING ((SELECT arborist_user_role()) = ''admin'')', t);
    END LOOP;
END
$$
;
COMMENT ON FUNCTION {{SCHEMA}}.arborist_create_login(text, text, text) IS 'Arborist server roles, version 1'
