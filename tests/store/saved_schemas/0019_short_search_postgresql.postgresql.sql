--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: wq_saved_8ee9056d; Type: SCHEMA; Schema: -; Owner: -
--



--
-- Name: reference_version_bump(); Type: FUNCTION; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE FUNCTION __SCHEMA__.reference_version_bump() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE reference_version SET token = md5(random()::text || clock_timestamp()::text); RETURN NULL; END $$;


--
-- Name: search_cases_sort_keys(); Type: FUNCTION; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE FUNCTION __SCHEMA__.search_cases_sort_keys() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN 
    NEW.consumer_sort := coalesce((SELECT name FROM consumers WHERE id = NEW.consumer_id), '');
    NEW.merchant_sort := coalesce((SELECT name FROM merchants WHERE id = NEW.merchant_id), '');
    NEW.mediator_sort := coalesce((SELECT name FROM users WHERE id = NEW.mediator_id), '');
 RETURN NEW; END $$;


--
-- Name: search_consumers_sort_key(); Type: FUNCTION; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE FUNCTION __SCHEMA__.search_consumers_sort_key() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE cases SET consumer_sort = NEW.name WHERE consumer_id = NEW.id; RETURN NULL; END $$;


--
-- Name: search_merchants_sort_key(); Type: FUNCTION; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE FUNCTION __SCHEMA__.search_merchants_sort_key() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE cases SET merchant_sort = NEW.name WHERE merchant_id = NEW.id; RETURN NULL; END $$;


--
-- Name: search_users_sort_key(); Type: FUNCTION; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE FUNCTION __SCHEMA__.search_users_sort_key() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE cases SET mediator_sort = NEW.name WHERE mediator_id = NEW.id; RETURN NULL; END $$;


--
-- Name: short_search_grams(text); Type: FUNCTION; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE FUNCTION __SCHEMA__.short_search_grams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT COST 1000 PARALLEL SAFE
    AS $$ SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (SELECT lower(substr(t, i, 2)) AS g FROM generate_series(1, length(t) - 1) AS i UNION ALL SELECT lower(substr(t, i, 1)) FROM generate_series(1, length(t)) AS i) AS grams $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: advance_payments; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.advance_payments (
    id integer NOT NULL,
    case_id integer NOT NULL,
    payer_kind character varying(24) NOT NULL,
    payer_name character varying(120) NOT NULL,
    amount numeric(12,2) NOT NULL,
    paid_on date NOT NULL,
    note text NOT NULL,
    recorded_by character varying(64) NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: advance_payments_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.advance_payments_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: advance_payments_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.advance_payments_id_seq OWNED BY __SCHEMA__.advance_payments.id;


--
-- Name: agreements; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.agreements (
    case_id integer NOT NULL,
    terms text NOT NULL,
    agreed_on date NOT NULL,
    refund numeric(12,2) NOT NULL,
    compensation numeric(12,2) NOT NULL,
    punitive numeric(12,2) NOT NULL,
    performance_due_on date NOT NULL,
    confirmed_on date
);


--
-- Name: alembic_version; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: assessments; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.assessments (
    case_id integer NOT NULL,
    registered boolean NOT NULL,
    sells_continuously boolean NOT NULL,
    brand_agent boolean NOT NULL,
    posts_regularly boolean NOT NULL,
    has_shop boolean NOT NULL,
    buyers_known integer NOT NULL,
    conclusion character varying(16) NOT NULL,
    note text NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.audit_log (
    id integer NOT NULL,
    at timestamp with time zone NOT NULL,
    actor character varying(64) NOT NULL,
    action character varying(40) NOT NULL,
    entity character varying(24) NOT NULL,
    entity_id character varying(40) NOT NULL,
    detail text NOT NULL,
    prev_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL
);


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.audit_log_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.audit_log_id_seq OWNED BY __SCHEMA__.audit_log.id;


--
-- Name: case_counters; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.case_counters (
    year integer NOT NULL,
    last integer NOT NULL
);


--
-- Name: case_groups; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.case_groups (
    id integer NOT NULL,
    merchant_id integer NOT NULL,
    title character varying(120) NOT NULL,
    created_by character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: case_groups_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.case_groups_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.case_groups_id_seq OWNED BY __SCHEMA__.case_groups.id;


--
-- Name: case_history; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.case_history (
    id integer NOT NULL,
    case_id integer NOT NULL,
    from_state character varying(16),
    to_state character varying(16) NOT NULL,
    action character varying(24) NOT NULL,
    actor character varying(64) NOT NULL,
    at timestamp with time zone NOT NULL,
    grounds character varying(200) NOT NULL,
    note text NOT NULL,
    event_on date,
    outcome character varying(32),
    recovered_amount numeric(12,2),
    punitive_amount numeric(12,2),
    due_on date
);


--
-- Name: case_history_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.case_history_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_history_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.case_history_id_seq OWNED BY __SCHEMA__.case_history.id;


--
-- Name: case_links; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.case_links (
    id integer NOT NULL,
    case_id integer NOT NULL,
    related_id integer NOT NULL,
    note text NOT NULL,
    created_by character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: case_links_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.case_links_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_links_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.case_links_id_seq OWNED BY __SCHEMA__.case_links.id;


--
-- Name: case_requests; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.case_requests (
    case_id integer NOT NULL,
    code character varying(24) NOT NULL
);


--
-- Name: case_respondents; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.case_respondents (
    id integer NOT NULL,
    case_id integer NOT NULL,
    merchant_id integer NOT NULL,
    role character varying(24) NOT NULL,
    note text NOT NULL,
    added_by character varying(64) NOT NULL,
    added_at timestamp with time zone NOT NULL
);


--
-- Name: case_respondents_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.case_respondents_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_respondents_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.case_respondents_id_seq OWNED BY __SCHEMA__.case_respondents.id;


--
-- Name: cases; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.cases (
    id integer NOT NULL,
    case_no character varying(32) NOT NULL,
    source character varying(24) NOT NULL,
    ref_12315 character varying(40),
    received_on date NOT NULL,
    registered_at timestamp with time zone NOT NULL,
    state character varying(16) NOT NULL,
    rule_set_code character varying(32) NOT NULL,
    consumer_id integer NOT NULL,
    merchant_id integer NOT NULL,
    channel character varying(24),
    payment character varying(24),
    purchase_date date,
    order_no character varying(64),
    amount_claimed numeric(12,2) NOT NULL,
    nature character varying(24),
    category character varying(24),
    facts text NOT NULL,
    request_text text NOT NULL,
    accepted_on date,
    rejected_on date,
    decision_reason text,
    mediator_id integer,
    consumer_consent boolean NOT NULL,
    merchant_consent boolean NOT NULL,
    extension_days integer NOT NULL,
    terminated_on date,
    termination_ground character varying(32),
    notice_on date,
    closed_on date,
    outcome character varying(32),
    recovered_amount numeric(12,2) NOT NULL,
    punitive_amount numeric(12,2) NOT NULL,
    paid_by character varying(24),
    next_due_on date,
    next_due_kind character varying(24),
    group_id integer,
    created_by character varying(64) NOT NULL,
    version integer NOT NULL,
    consumer_sort character varying(64) DEFAULT ''::character varying NOT NULL,
    merchant_sort character varying(120) DEFAULT ''::character varying NOT NULL,
    mediator_sort character varying(64) DEFAULT ''::character varying NOT NULL,
    entrusted_by character varying(120),
    entrusted_received_on date,
    entrusted_accepted_on date,
    decision_notified_on date,
    sub_category character varying(32)
);


--
-- Name: cases_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.cases_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cases_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.cases_id_seq OWNED BY __SCHEMA__.cases.id;


--
-- Name: consumers; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.consumers (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    name_initials character varying(32) NOT NULL,
    phone character varying(20) NOT NULL,
    id_number character varying(18),
    address character varying(200),
    agent_name character varying(64),
    agent_authorised boolean NOT NULL
);


--
-- Name: consumers_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.consumers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: consumers_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.consumers_id_seq OWNED BY __SCHEMA__.consumers.id;


--
-- Name: document_counters; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.document_counters (
    year integer NOT NULL,
    last integer NOT NULL
);


--
-- Name: enquiries; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.enquiries (
    id integer NOT NULL,
    received_on date NOT NULL,
    channel character varying(24) NOT NULL,
    topic text NOT NULL,
    nature character varying(24),
    category character varying(24),
    handled_by character varying(64) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    case_id integer
);


--
-- Name: enquiries_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.enquiries_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: enquiries_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.enquiries_id_seq OWNED BY __SCHEMA__.enquiries.id;


--
-- Name: evidence; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.evidence (
    id integer NOT NULL,
    case_id integer NOT NULL,
    kind character varying(24) NOT NULL,
    filename character varying(255) NOT NULL,
    sha256 character varying(64) NOT NULL,
    size integer NOT NULL,
    stored_path character varying(500),
    content bytea,
    added_by character varying(64) NOT NULL,
    added_at timestamp with time zone NOT NULL,
    note text NOT NULL
);


--
-- Name: evidence_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.evidence_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evidence_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.evidence_id_seq OWNED BY __SCHEMA__.evidence.id;


--
-- Name: evidence_readings; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.evidence_readings (
    evidence_id integer NOT NULL,
    case_id integer NOT NULL,
    kind character varying(16) NOT NULL,
    amount numeric(12,2),
    paid_at timestamp without time zone,
    year_shown boolean,
    payee character varying(120),
    transaction_no character varying(64),
    order_no character varying(64),
    card_tail character varying(8),
    text text NOT NULL,
    confidence text NOT NULL,
    read_at timestamp with time zone NOT NULL
);


--
-- Name: follow_up_visits; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.follow_up_visits (
    id integer NOT NULL,
    case_id integer NOT NULL,
    visited_on date NOT NULL,
    method character varying(16) NOT NULL,
    result text NOT NULL,
    note text NOT NULL,
    recorded_by character varying(64) NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: follow_up_visits_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.follow_up_visits_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: follow_up_visits_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.follow_up_visits_id_seq OWNED BY __SCHEMA__.follow_up_visits.id;


--
-- Name: grounds; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.grounds (
    kind character varying(16) NOT NULL,
    code character varying(32) NOT NULL,
    label_zh character varying(200) NOT NULL,
    label_en character varying(200) NOT NULL,
    clock character varying(24) NOT NULL,
    basis text NOT NULL
);


--
-- Name: holiday_years; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.holiday_years (
    year integer NOT NULL,
    source character varying(40) NOT NULL
);


--
-- Name: holidays; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.holidays (
    day date NOT NULL,
    is_workday boolean NOT NULL,
    name character varying(40) NOT NULL
);


--
-- Name: issued_documents; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.issued_documents (
    id integer NOT NULL,
    case_id integer NOT NULL,
    kind character varying(32) NOT NULL,
    session_id integer,
    year integer NOT NULL,
    serial integer NOT NULL,
    number character varying(80) NOT NULL,
    issued_on date NOT NULL,
    issued_by character varying(64) NOT NULL
);


--
-- Name: issued_documents_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.issued_documents_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: issued_documents_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.issued_documents_id_seq OWNED BY __SCHEMA__.issued_documents.id;


--
-- Name: mediation_sessions; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.mediation_sessions (
    id integer NOT NULL,
    case_id integer NOT NULL,
    held_at timestamp with time zone NOT NULL,
    mode character varying(16) NOT NULL,
    participants text NOT NULL,
    summary text NOT NULL,
    result text NOT NULL,
    recorded_by character varying(64) NOT NULL
);


--
-- Name: mediation_sessions_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.mediation_sessions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mediation_sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.mediation_sessions_id_seq OWNED BY __SCHEMA__.mediation_sessions.id;


--
-- Name: merchant_aliases; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.merchant_aliases (
    id integer NOT NULL,
    merchant_id integer NOT NULL,
    kind character varying(16) NOT NULL,
    value character varying(120) NOT NULL,
    value_key character varying(120) NOT NULL,
    seen_at timestamp with time zone NOT NULL
);


--
-- Name: merchant_aliases_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.merchant_aliases_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: merchant_aliases_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.merchant_aliases_id_seq OWNED BY __SCHEMA__.merchant_aliases.id;


--
-- Name: merchant_merges; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.merchant_merges (
    id integer NOT NULL,
    kept_id integer NOT NULL,
    merged_id integer NOT NULL,
    case_ids text NOT NULL,
    kept_before text NOT NULL,
    reason text NOT NULL,
    merged_by character varying(64) NOT NULL,
    merged_at timestamp with time zone NOT NULL,
    undone_by character varying(64),
    undone_at timestamp with time zone
);


--
-- Name: merchant_merges_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.merchant_merges_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: merchant_merges_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.merchant_merges_id_seq OWNED BY __SCHEMA__.merchant_merges.id;


--
-- Name: merchants; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.merchants (
    id integer NOT NULL,
    name character varying(120) NOT NULL,
    name_key character varying(120) NOT NULL,
    kind character varying(24) NOT NULL,
    uscc character varying(18),
    wechat_id character varying(64),
    wechat_key character varying(64),
    phone character varying(24),
    payee character varying(64),
    payee_key character varying(64),
    shop_name character varying(120),
    address character varying(200),
    verified boolean NOT NULL,
    verified_how character varying(64),
    blacklisted boolean NOT NULL,
    blacklist_reason text,
    merged_into_id integer,
    created_at timestamp with time zone NOT NULL,
    version integer NOT NULL
);


--
-- Name: merchants_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.merchants_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: merchants_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.merchants_id_seq OWNED BY __SCHEMA__.merchants.id;


--
-- Name: offers; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.offers (
    id integer NOT NULL,
    session_id integer NOT NULL,
    party character varying(16) NOT NULL,
    amount numeric(12,2) NOT NULL,
    description text NOT NULL
);


--
-- Name: offers_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.offers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: offers_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.offers_id_seq OWNED BY __SCHEMA__.offers.id;


--
-- Name: reference_version; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.reference_version (
    id integer NOT NULL,
    token character varying(32) NOT NULL
);


--
-- Name: report_snapshots; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.report_snapshots (
    id integer NOT NULL,
    month date NOT NULL,
    as_of date NOT NULL,
    exported_at timestamp with time zone NOT NULL,
    exported_by character varying(64) NOT NULL,
    figures text NOT NULL
);


--
-- Name: report_snapshots_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.report_snapshots_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: report_snapshots_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.report_snapshots_id_seq OWNED BY __SCHEMA__.report_snapshots.id;


--
-- Name: rule_sets; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.rule_sets (
    code character varying(32) NOT NULL,
    name character varying(200) NOT NULL,
    effective_from date NOT NULL,
    acceptance_days integer NOT NULL,
    mediation_days integer NOT NULL,
    notice_days integer NOT NULL,
    extension_days integer NOT NULL,
    non_acceptance_grounds text NOT NULL,
    termination_grounds text NOT NULL,
    note text NOT NULL,
    acceptance_kind character varying(16) DEFAULT 'working'::character varying NOT NULL,
    mediation_kind character varying(16) DEFAULT 'working'::character varying NOT NULL,
    notice_kind character varying(16) DEFAULT 'working'::character varying NOT NULL,
    performance_days integer DEFAULT 0 NOT NULL,
    performance_kind character varying(16) DEFAULT 'working'::character varying NOT NULL,
    rollover text DEFAULT ''::text NOT NULL,
    region character varying(40) DEFAULT ''::character varying NOT NULL,
    suspension_reasons text DEFAULT ''::text NOT NULL,
    pausing_reasons text DEFAULT ''::text NOT NULL,
    provenance text DEFAULT ''::text NOT NULL
);


--
-- Name: settings; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.settings (
    key character varying(64) NOT NULL,
    value text NOT NULL
);


--
-- Name: suspensions; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.suspensions (
    id integer NOT NULL,
    case_id integer NOT NULL,
    reason character varying(16) NOT NULL,
    note text NOT NULL,
    started_on date NOT NULL,
    ended_on date
);


--
-- Name: suspensions_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.suspensions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: suspensions_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.suspensions_id_seq OWNED BY __SCHEMA__.suspensions.id;


--
-- Name: users; Type: TABLE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TABLE __SCHEMA__.users (
    id integer NOT NULL,
    login character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    roles character varying(100) NOT NULL,
    password_hash character varying(200),
    active boolean NOT NULL,
    failed_logins integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    last_failed_at timestamp with time zone,
    password_changed_at timestamp with time zone,
    must_change_password boolean DEFAULT false NOT NULL,
    deactivated_at timestamp with time zone
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE SEQUENCE __SCHEMA__.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER SEQUENCE __SCHEMA__.users_id_seq OWNED BY __SCHEMA__.users.id;


--
-- Name: advance_payments id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.advance_payments ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.advance_payments_id_seq'::regclass);


--
-- Name: audit_log id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.audit_log ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.audit_log_id_seq'::regclass);


--
-- Name: case_groups id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_groups ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.case_groups_id_seq'::regclass);


--
-- Name: case_history id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_history ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.case_history_id_seq'::regclass);


--
-- Name: case_links id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_links ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.case_links_id_seq'::regclass);


--
-- Name: case_respondents id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_respondents ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.case_respondents_id_seq'::regclass);


--
-- Name: cases id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.cases_id_seq'::regclass);


--
-- Name: consumers id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.consumers ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.consumers_id_seq'::regclass);


--
-- Name: enquiries id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.enquiries ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.enquiries_id_seq'::regclass);


--
-- Name: evidence id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.evidence_id_seq'::regclass);


--
-- Name: follow_up_visits id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.follow_up_visits ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.follow_up_visits_id_seq'::regclass);


--
-- Name: issued_documents id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.issued_documents ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.issued_documents_id_seq'::regclass);


--
-- Name: mediation_sessions id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.mediation_sessions ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.mediation_sessions_id_seq'::regclass);


--
-- Name: merchant_aliases id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchant_aliases ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.merchant_aliases_id_seq'::regclass);


--
-- Name: merchant_merges id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchant_merges ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.merchant_merges_id_seq'::regclass);


--
-- Name: merchants id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchants ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.merchants_id_seq'::regclass);


--
-- Name: offers id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.offers ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.offers_id_seq'::regclass);


--
-- Name: report_snapshots id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.report_snapshots ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.report_snapshots_id_seq'::regclass);


--
-- Name: suspensions id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.suspensions ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.suspensions_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.users ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.users_id_seq'::regclass);


--
-- Data for Name: advance_payments; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.advance_payments VALUES (1, 7, 'platform', '拼好物电商平台', 99.50, '2026-10-12', '', 'cli:root', '2026-12-02 04:33:00.839695+00');


--
-- Data for Name: agreements; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.alembic_version VALUES ('0019_short_search_postgresql');


--
-- Data for Name: assessments; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.assessments VALUES (5, false, true, false, true, false, 12, 'operator', '');
INSERT INTO __SCHEMA__.assessments VALUES (6, false, true, false, true, false, 12, 'operator', '');
INSERT INTO __SCHEMA__.assessments VALUES (7, false, true, false, true, false, 12, 'operator', '');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.audit_log VALUES (1, '2026-12-02 04:32:59+00', 'cli:root', 'add_user', 'user', 'zhao', '{"after": {"name": "赵调解", "password_set": false, "roles": ["mediator", "supervisor"]}, "before": {}}', '0000000000000000000000000000000000000000000000000000000000000000', 'bb50fe1eb6c57d5553258cd232a505dc833291e7afe90550e091687a0eafaa7c');
INSERT INTO __SCHEMA__.audit_log VALUES (2, '2026-12-02 04:32:59+00', 'cli:root', 'add_user', 'user', 'qian', '{"after": {"name": "钱登记", "password_set": false, "roles": ["clerk"]}, "before": {}}', 'bb50fe1eb6c57d5553258cd232a505dc833291e7afe90550e091687a0eafaa7c', 'fdb6a7ec76737f4088121544ffd67e602104f16840224e7194dd5acb4a2d34c2');
INSERT INTO __SCHEMA__.audit_log VALUES (3, '2026-12-02 04:33:00+00', 'cli:root', 'register', 'case', 'WQ2026-000001', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone", "sub_category": null}, "before": {}}', 'fdb6a7ec76737f4088121544ffd67e602104f16840224e7194dd5acb4a2d34c2', 'c46c12c519167017d069195b2751954deff3947040c31e238ebbdf3e93fe6083');
INSERT INTO __SCHEMA__.audit_log VALUES (4, '2026-12-02 04:33:00+00', 'cli:root', 'register', 'case', 'WQ2026-000002', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone", "sub_category": null}, "before": {}}', 'c46c12c519167017d069195b2751954deff3947040c31e238ebbdf3e93fe6083', '50a77d8e1facec1f27ee58b772720e46b35af045bc8707520b6bcbcb4c27cf3d');
INSERT INTO __SCHEMA__.audit_log VALUES (5, '2026-12-02 04:33:00+00', 'cli:root', 'register', 'case', 'WQ2026-000003', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone", "sub_category": null}, "before": {}}', '50a77d8e1facec1f27ee58b772720e46b35af045bc8707520b6bcbcb4c27cf3d', 'b6b96c57a85b1c65295d8bb947ee7a8fab6adec3cc5fb14a2b3bca29bfcfaffb');
INSERT INTO __SCHEMA__.audit_log VALUES (6, '2026-12-02 04:33:00+00', 'cli:root', 'register', 'case', 'WQ2026-000004', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone", "sub_category": null}, "before": {}}', 'b6b96c57a85b1c65295d8bb947ee7a8fab6adec3cc5fb14a2b3bca29bfcfaffb', '98048ef23c1e98e59d61be0067df5be1667ccf9566095b7b8ab1d3ef35ecf4bd');
INSERT INTO __SCHEMA__.audit_log VALUES (7, '2026-12-02 04:33:00+00', 'cli:root', 'register', 'case', 'WQ2026-000005', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone", "sub_category": null}, "before": {}}', '98048ef23c1e98e59d61be0067df5be1667ccf9566095b7b8ab1d3ef35ecf4bd', '57535cb97a4bb3f6290e936370d163b8060b40a18055a9b220f969b20a81e026');
INSERT INTO __SCHEMA__.audit_log VALUES (8, '2026-12-02 04:33:00+00', 'cli:root', 'accept', 'case', 'WQ2026-000005', '{"after": {"accepted_on": "2026-10-13", "conclusion": "operator", "notified_on": null, "state": "accepted"}, "before": {"state": "registered"}}', '57535cb97a4bb3f6290e936370d163b8060b40a18055a9b220f969b20a81e026', 'ecccfb7daf911c1b851f8f014c3fec23a4b9ea6ac5f63559c6073b9ea05a7c9a');
INSERT INTO __SCHEMA__.audit_log VALUES (9, '2026-12-02 04:33:00+00', 'cli:root', 'assign_mediator', 'case', 'WQ2026-000005', '{"after": {"mediator": "zhao"}, "before": {"mediator": null}}', 'ecccfb7daf911c1b851f8f014c3fec23a4b9ea6ac5f63559c6073b9ea05a7c9a', '909bb704770adec9fc7ee3447ed9eb2aff21837886b2fb54d47d0657ebdc51e2');
INSERT INTO __SCHEMA__.audit_log VALUES (10, '2026-12-02 04:33:00+00', 'cli:root', 'start', 'case', 'WQ2026-000005', '{"after": {"consent": true, "state": "mediating"}, "before": {"state": "accepted"}}', '909bb704770adec9fc7ee3447ed9eb2aff21837886b2fb54d47d0657ebdc51e2', 'f25479b59f3c65b1a78cb6c20173b980c2c7c94b9d3ec9a2f92d402fa23a938a');
INSERT INTO __SCHEMA__.audit_log VALUES (11, '2026-12-02 04:33:00+00', 'cli:root', 'register', 'case', 'WQ2026-000006', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone", "sub_category": null}, "before": {}}', 'f25479b59f3c65b1a78cb6c20173b980c2c7c94b9d3ec9a2f92d402fa23a938a', '4ae85e7683561cd5cc50b79620c99039feafe01f3c3b63d396cf7ac565929aaf');
INSERT INTO __SCHEMA__.audit_log VALUES (12, '2026-12-02 04:33:00+00', 'cli:root', 'accept', 'case', 'WQ2026-000006', '{"after": {"accepted_on": "2026-10-13", "conclusion": "operator", "notified_on": null, "state": "accepted"}, "before": {"state": "registered"}}', '4ae85e7683561cd5cc50b79620c99039feafe01f3c3b63d396cf7ac565929aaf', '53eede4abbac02e0802576a929022bab7ae50f427c0f6e7398393a7f13791ee4');
INSERT INTO __SCHEMA__.audit_log VALUES (13, '2026-12-02 04:33:00+00', 'cli:root', 'assign_mediator', 'case', 'WQ2026-000006', '{"after": {"mediator": "zhao"}, "before": {"mediator": null}}', '53eede4abbac02e0802576a929022bab7ae50f427c0f6e7398393a7f13791ee4', 'e1d178a8a3c24f9e045154392bfed35deaa27efcf3627d332dfa8109d6a70c18');
INSERT INTO __SCHEMA__.audit_log VALUES (14, '2026-12-02 04:33:00+00', 'cli:root', 'start', 'case', 'WQ2026-000006', '{"after": {"consent": true, "state": "mediating"}, "before": {"state": "accepted"}}', 'e1d178a8a3c24f9e045154392bfed35deaa27efcf3627d332dfa8109d6a70c18', 'f5a7d389a08f2ddc9e61d10a99795d37e081b3a9d09747b7f12597e469efc505');
INSERT INTO __SCHEMA__.audit_log VALUES (15, '2026-12-02 04:33:00+00', 'cli:root', 'register', 'case', 'WQ2026-000007', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone", "sub_category": null}, "before": {}}', 'f5a7d389a08f2ddc9e61d10a99795d37e081b3a9d09747b7f12597e469efc505', 'ad2c15c31fb41fe8140834ebe115c216c0ff21745fda26cea4242a35ec0e977e');
INSERT INTO __SCHEMA__.audit_log VALUES (16, '2026-12-02 04:33:00+00', 'cli:root', 'accept', 'case', 'WQ2026-000007', '{"after": {"accepted_on": "2026-10-13", "conclusion": "operator", "notified_on": null, "state": "accepted"}, "before": {"state": "registered"}}', 'ad2c15c31fb41fe8140834ebe115c216c0ff21745fda26cea4242a35ec0e977e', '0adcb29e91766d0588f1c1633902aa880d7fa64fb3fc418d7b30c3ebf31beebe');
INSERT INTO __SCHEMA__.audit_log VALUES (17, '2026-12-02 04:33:00+00', 'cli:root', 'assign_mediator', 'case', 'WQ2026-000007', '{"after": {"mediator": "zhao"}, "before": {"mediator": null}}', '0adcb29e91766d0588f1c1633902aa880d7fa64fb3fc418d7b30c3ebf31beebe', 'c85c5554b8fe0a7daa668dfb3acc71220b3af346a4f8a36d0ea159ab93d3edd9');
INSERT INTO __SCHEMA__.audit_log VALUES (18, '2026-12-02 04:33:00+00', 'cli:root', 'start', 'case', 'WQ2026-000007', '{"after": {"consent": true, "state": "mediating"}, "before": {"state": "accepted"}}', 'c85c5554b8fe0a7daa668dfb3acc71220b3af346a4f8a36d0ea159ab93d3edd9', 'deea75e38ebf4b51f5ca907cdb42f386b278912a449bd466d2b77de7e349b23a');
INSERT INTO __SCHEMA__.audit_log VALUES (19, '2026-12-02 04:33:00+00', 'cli:root', 'add_evidence', 'case', 'WQ2026-000007', '{"after": {"evidence": 1, "file": "聊天截图.png", "kind": "chat_screenshot", "sha256": "8650fa3ad33b680c77fdf3067057857d38ade7f3ce31806131530d3a4d027052"}, "before": {}}', 'deea75e38ebf4b51f5ca907cdb42f386b278912a449bd466d2b77de7e349b23a', 'a9b5736a13b6782b1de4d8cbe9f6841472e804512c120dc2400856870dc7fcd7');
INSERT INTO __SCHEMA__.audit_log VALUES (20, '2026-12-02 04:33:00+00', 'cli:root', 'add_respondent', 'case', 'WQ2026-000007', '{"after": {"merchant_id": 2, "name": "拼好物电商平台", "respondent": 1, "role": "platform"}, "before": {}}', 'a9b5736a13b6782b1de4d8cbe9f6841472e804512c120dc2400856870dc7fcd7', '5c831dc9bc8d42e8c72738d22412e3c9fc947608569c08086a146f15d8ec6d8d');
INSERT INTO __SCHEMA__.audit_log VALUES (21, '2026-12-02 04:33:00+00', 'cli:root', 'advance_payment', 'case', 'WQ2026-000007', '{"after": {"amount": "99.50", "paid_on": "2026-10-12", "payer": "拼好物电商平台", "payer_kind": "platform", "payment": 1}, "before": {}}', '5c831dc9bc8d42e8c72738d22412e3c9fc947608569c08086a146f15d8ec6d8d', 'fb3443f7d927b60c93787ef48f644c08307ce338a0b696a767e3e1d11757c341');


--
-- Data for Name: case_counters; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.case_counters VALUES (2026, 7);


--
-- Data for Name: case_groups; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: case_history; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.case_history VALUES (1, 1, NULL, 'registered', 'register', 'cli:root', '2026-12-02 04:33:00.672943+00', '', '', '2026-10-12', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (2, 2, NULL, 'registered', 'register', 'cli:root', '2026-12-02 04:33:00.700532+00', '', '', '2026-10-12', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (3, 3, NULL, 'registered', 'register', 'cli:root', '2026-12-02 04:33:00.707042+00', '', '', '2026-10-12', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (4, 4, NULL, 'registered', 'register', 'cli:root', '2026-12-02 04:33:00.713021+00', '', '', '2026-10-12', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (5, 5, NULL, 'registered', 'register', 'cli:root', '2026-12-02 04:33:00.718868+00', '', '', '2026-10-12', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (6, 5, 'registered', 'accepted', 'accept', 'cli:root', '2026-12-02 04:33:00.73605+00', '', '', '2026-10-13', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (7, 5, 'accepted', 'mediating', 'start', 'cli:root', '2026-12-02 04:33:00.754069+00', '', '', '2026-10-14', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (8, 6, NULL, 'registered', 'register', 'cli:root', '2026-12-02 04:33:00.759983+00', '', '', '2026-10-12', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (9, 6, 'registered', 'accepted', 'accept', 'cli:root', '2026-12-02 04:33:00.765412+00', '', '', '2026-10-13', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (10, 6, 'accepted', 'mediating', 'start', 'cli:root', '2026-12-02 04:33:00.772487+00', '', '', '2026-10-14', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (11, 7, NULL, 'registered', 'register', 'cli:root', '2026-12-02 04:33:00.777459+00', '', '', '2026-10-12', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (12, 7, 'registered', 'accepted', 'accept', 'cli:root', '2026-12-02 04:33:00.783708+00', '', '', '2026-10-13', NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.case_history VALUES (13, 7, 'accepted', 'mediating', 'start', 'cli:root', '2026-12-02 04:33:00.790633+00', '', '', '2026-10-14', NULL, NULL, NULL, NULL);


--
-- Data for Name: case_links; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: case_requests; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.case_requests VALUES (1, 'refund');
INSERT INTO __SCHEMA__.case_requests VALUES (1, 'punitive');
INSERT INTO __SCHEMA__.case_requests VALUES (2, 'refund');
INSERT INTO __SCHEMA__.case_requests VALUES (2, 'punitive');
INSERT INTO __SCHEMA__.case_requests VALUES (3, 'refund');
INSERT INTO __SCHEMA__.case_requests VALUES (3, 'punitive');
INSERT INTO __SCHEMA__.case_requests VALUES (4, 'refund');
INSERT INTO __SCHEMA__.case_requests VALUES (4, 'punitive');
INSERT INTO __SCHEMA__.case_requests VALUES (5, 'refund');
INSERT INTO __SCHEMA__.case_requests VALUES (5, 'punitive');
INSERT INTO __SCHEMA__.case_requests VALUES (6, 'refund');
INSERT INTO __SCHEMA__.case_requests VALUES (6, 'punitive');
INSERT INTO __SCHEMA__.case_requests VALUES (7, 'refund');
INSERT INTO __SCHEMA__.case_requests VALUES (7, 'punitive');


--
-- Data for Name: case_respondents; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.case_respondents VALUES (1, 7, 2, 'platform', '', 'cli:root', '2026-12-02 04:33:00.832369+00');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.cases VALUES (1, 'WQ2026-000001', 'phone', NULL, '2026-10-12', '2026-12-02 04:32:59.851322+00', 'registered', 'SAMR-2026', 1, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', NULL, NULL, NULL, NULL, false, false, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-10-21', 'acceptance', NULL, 'cli:root', 1, '张三', '美妆小铺', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.cases VALUES (2, 'WQ2026-000002', 'phone', NULL, '2026-10-12', '2026-12-02 04:33:00.69993+00', 'registered', 'SAMR-2026', 2, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', NULL, NULL, NULL, NULL, false, false, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-10-21', 'acceptance', NULL, 'cli:root', 1, '张三', '美妆小铺', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.cases VALUES (3, 'WQ2026-000003', 'phone', NULL, '2026-10-12', '2026-12-02 04:33:00.706621+00', 'registered', 'SAMR-2026', 3, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', NULL, NULL, NULL, NULL, false, false, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-10-21', 'acceptance', NULL, 'cli:root', 1, '张三', '美妆小铺', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.cases VALUES (4, 'WQ2026-000004', 'phone', NULL, '2026-10-12', '2026-12-02 04:33:00.712618+00', 'registered', 'SAMR-2026', 4, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', NULL, NULL, NULL, NULL, false, false, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-10-21', 'acceptance', NULL, 'cli:root', 1, '张三', '美妆小铺', '', NULL, NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.cases VALUES (5, 'WQ2026-000005', 'phone', NULL, '2026-10-12', '2026-12-02 04:33:00.718514+00', 'mediating', 'SAMR-2026', 5, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', '2026-10-13', NULL, NULL, 1, true, true, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-12-14', 'mediation', NULL, 'cli:root', 4, '张三', '美妆小铺', '赵调解', NULL, NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.cases VALUES (6, 'WQ2026-000006', 'phone', NULL, '2026-10-12', '2026-12-02 04:33:00.759539+00', 'mediating', 'SAMR-2026', 6, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', '2026-10-13', NULL, NULL, 1, true, true, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-12-14', 'mediation', NULL, 'cli:root', 4, '张三', '美妆小铺', '赵调解', NULL, NULL, NULL, NULL, NULL);
INSERT INTO __SCHEMA__.cases VALUES (7, 'WQ2026-000007', 'phone', NULL, '2026-10-12', '2026-12-02 04:33:00.777042+00', 'mediating', 'SAMR-2026', 7, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', '2026-10-13', NULL, NULL, 1, true, true, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-12-14', 'mediation', NULL, 'cli:root', 4, '张三', '美妆小铺', '赵调解', NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: consumers; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.consumers VALUES (1, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (2, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (3, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (4, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (5, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (6, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (7, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);


--
-- Data for Name: document_counters; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: enquiries; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: evidence; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.evidence VALUES (1, 7, 'chat_screenshot', '聊天截图.png', '8650fa3ad33b680c77fdf3067057857d38ade7f3ce31806131530d3a4d027052', 72, 'WQ2026-000007/8650fa3ad33b680c-聊天截图.png', NULL, 'cli:root', '2026-12-02 04:33:00.794544+00', '');


--
-- Data for Name: evidence_readings; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: follow_up_visits; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: grounds; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'out_of_scope', '不属于受理范围或无管辖权', 'Out of scope or no authority', 'acceptance', '20号令第15条(一)；121号令第16条(一)');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'handled_elsewhere', '法院、仲裁机构、行政机关、消费者协会或其他调解组织已受理或处理', 'Already accepted or handled by a court, arbitration body, agency, association or other mediator', 'acceptance', '20号令第15条(二)；121号令第16条(二)');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'no_consumer_relationship', '不是为生活消费需要，或不能证明存在消费关系', 'Not bought for personal consumption, or no consumer relationship shown', 'acceptance', '20号令第15条(三)；121号令第16条(三)');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'time_barred', '知道或应当知道权益受损超过三年', 'More than 3 years since the harm was known', 'acceptance', '20号令第15条(四)；121号令第16条(四)');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'materials_missing', '未提供必要材料', 'Required materials missing', 'acceptance', '20号令第15条(五)；121号令第16条(五)');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'business_dispute', '经营者之间的纠纷', 'Dispute between businesses', 'acceptance', '协会实务');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'private_deal', '个人之间的私下交易', 'Private deal between individuals', 'acceptance', '协会实务');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'already_performed', '已达成协议并已履行，且无新事实', 'Agreement already performed and no new facts', 'acceptance', '协会实务');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'false_materials', '提供虚假材料', 'False materials', 'acceptance', '121号令第16条(五)');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'impersonation', '冒用他人名义', 'Impersonation', 'acceptance', '121号令第16条(六)');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'refuses_identity_check', '拒不配合核验真实身份信息', 'Refuses identity check', 'acceptance', '121号令第16条(六)');
INSERT INTO __SCHEMA__.grounds VALUES ('non_acceptance', 'other', '其他', 'Other', 'acceptance', '20号令第15条(六)；121号令第16条(七)');
INSERT INTO __SCHEMA__.grounds VALUES ('termination', 'withdrawn_or_settled', '投诉人撤回投诉或双方自行和解', 'Complaint withdrawn or parties settled', 'termination_notice', '20号令第21条(一)；121号令第23条(一)');
INSERT INTO __SCHEMA__.grounds VALUES ('termination', 'no_testing_agreement', '双方对检测鉴定机构或费用不能达成一致', 'No agreement on testing body or its cost', 'termination_notice', '20号令第21条(二)；121号令第23条(四)');
INSERT INTO __SCHEMA__.grounds VALUES ('termination', 'absent_or_refused', '一方无正当理由不参加调解或经营者拒绝调解', 'A party absent without reason, or the merchant refuses mediation', 'termination_notice', '20号令第21条(三)；121号令第23条(二)');
INSERT INTO __SCHEMA__.grounds VALUES ('termination', 'no_agreement_possible', '一方明确表示无法达成协议', 'A party says no agreement is possible', 'termination_notice', '20号令第21条(四)；121号令第23条(三)');
INSERT INTO __SCHEMA__.grounds VALUES ('termination', 'limit_expired', '调解期限内未达成协议', 'No agreement within the mediation limit', 'termination_notice', '20号令第21条(五)；121号令第23条(五)');
INSERT INTO __SCHEMA__.grounds VALUES ('termination', 'non_acceptance_found', '受理后发现不予受理情形', 'A non-acceptance ground found after acceptance', 'termination_notice', '20号令第21条(六)；121号令第23条(六)');
INSERT INTO __SCHEMA__.grounds VALUES ('termination', 'party_ceased', '投诉人、被投诉人死亡或者主体资格灭失', 'A party died or ceased to exist', 'termination_notice', '121号令第23条(七)');
INSERT INTO __SCHEMA__.grounds VALUES ('termination', 'other', '其他', 'Other', 'termination_notice', '20号令第21条(七)；121号令第23条(八)');
INSERT INTO __SCHEMA__.grounds VALUES ('suspension', 'testing', '检测、鉴定', 'Testing or appraisal', 'mediation', '20号令第20条：检测鉴定时间不计入调解期限');
INSERT INTO __SCHEMA__.grounds VALUES ('suspension', 'recusal', '申请回避', 'Recusal request', 'mediation', '20号令第19条：申请回避的，中止调解');
INSERT INTO __SCHEMA__.grounds VALUES ('suspension', 'other', '其他', 'Other', 'mediation', '无法定依据：期限照常计算');


--
-- Data for Name: holiday_years; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.holiday_years VALUES (2004, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2005, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2006, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2007, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2008, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2009, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2010, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2011, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2012, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2013, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2014, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2015, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2016, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2017, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2018, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2019, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2020, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2021, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2022, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2023, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2024, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2025, 'chinesecalendar');
INSERT INTO __SCHEMA__.holiday_years VALUES (2026, 'chinesecalendar');


--
-- Data for Name: holidays; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-17', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-18', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-22', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-23', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-24', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-25', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-26', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-27', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-01-28', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-06', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-07', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-08', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-05-09', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-09', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2004-10-10', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-05', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-06', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-09', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-10', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-11', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-12', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-13', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-14', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-02-15', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-04-30', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-05-06', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-05-07', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-05-08', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-08', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2005-10-09', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-01-28', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-01-29', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-01-30', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-01-31', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-02-01', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-02-02', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-02-03', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-02-04', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-02-05', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-04-29', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-04-30', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-05-06', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-05-07', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-09-30', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-10-08', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-12-30', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2006-12-31', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-17', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-18', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-19', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-20', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-21', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-22', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-23', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-24', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-02-25', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-04-28', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-04-29', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-05-06', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-05-07', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-09-29', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-09-30', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-12-29', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-12-30', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2007-12-31', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-02', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-03', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-06', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-07', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-08', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-09', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-10', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-11', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-02-12', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-05-04', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-06-07', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-06-08', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-06-09', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-09-13', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-09-14', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-09-15', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-09-27', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-09-28', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-09-29', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-09-30', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2008-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-04', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-24', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-25', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-26', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-27', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-28', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-29', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-30', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-01-31', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-02-01', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-05-28', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-05-29', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-05-30', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-05-31', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-09-27', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-03', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-08', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2009-10-10', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-13', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-14', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-15', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-16', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-17', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-18', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-19', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-20', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-02-21', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-04-03', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-06-12', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-06-13', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-06-14', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-06-15', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-06-16', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-09-19', true, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-09-22', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-09-23', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-09-24', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-09-25', true, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-09-26', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2010-10-09', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-01-30', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-02-02', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-02-03', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-02-04', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-02-05', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-02-06', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-02-07', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-02-08', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-02-12', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-04-02', true, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-04-03', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-04-30', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-06-04', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-06-06', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-09-10', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-09-11', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-09-12', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-08', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-10-09', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2011-12-31', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-21', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-22', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-23', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-24', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-25', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-26', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-27', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-28', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-01-29', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-03-31', true, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-04-01', true, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-04-02', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-04-03', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-04-28', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-04-29', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-04-30', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-06-22', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-06-24', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-09-29', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-09-30', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2012-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-01-05', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-01-06', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-09', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-10', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-11', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-12', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-13', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-14', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-15', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-16', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-02-17', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-04-07', true, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-04-27', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-04-28', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-04-29', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-04-30', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-06-08', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-06-09', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-06-10', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-06-11', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-06-12', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-09-19', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-09-20', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-09-21', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-09-22', true, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-09-29', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2013-10-12', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-01-26', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-01-31', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-02-01', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-02-02', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-02-03', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-02-04', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-02-05', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-02-06', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-02-08', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-04-07', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-05-04', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-06-02', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-09-08', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-09-28', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2014-10-11', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-01-04', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-15', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-18', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-19', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-20', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-21', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-22', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-23', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-24', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-02-28', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-06-20', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-06-22', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-09-03', false, '抗战胜利纪念日');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-09-04', false, '抗战胜利纪念日');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-09-06', true, '抗战胜利纪念日');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-09-27', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2015-10-10', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-06', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-07', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-08', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-09', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-10', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-11', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-12', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-13', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-02-14', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-06-09', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-06-10', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-06-11', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-06-12', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-09-15', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-09-16', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-09-17', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-09-18', true, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-08', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2016-10-09', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-01-22', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-01-27', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-01-28', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-01-29', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-01-30', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-01-31', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-02-01', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-02-02', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-02-04', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-04-01', true, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-04-02', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-04-03', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-05-27', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-05-28', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-05-29', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-05-30', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-09-30', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-10-04', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2017-10-08', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-11', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-15', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-16', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-17', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-18', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-19', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-20', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-21', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-02-24', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-04-07', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-04-08', true, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-04-28', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-04-29', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-04-30', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-06-18', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-09-24', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-09-29', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-09-30', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-12-29', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-12-30', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2018-12-31', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-02', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-03', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-04', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-05', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-06', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-07', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-08', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-09', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-02-10', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-04-07', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-04-28', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-05-05', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-06-07', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-06-08', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-06-09', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-09-13', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-09-14', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-09-15', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-09-29', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2019-10-12', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-19', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-24', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-25', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-26', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-27', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-28', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-29', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-30', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-01-31', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-02-01', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-02-02', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-04-26', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-05-09', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-06-25', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-06-26', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-06-27', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-06-28', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-09-27', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-08', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2020-10-10', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-07', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-11', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-12', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-13', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-14', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-15', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-16', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-17', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-02-20', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-04-03', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-04-25', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-05-08', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-06-12', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-06-13', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-06-14', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-09-18', true, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-09-19', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-09-20', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-09-21', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-09-26', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2021-10-09', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-01-29', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-01-30', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-01-31', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-02-01', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-02-02', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-02-03', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-02-04', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-02-05', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-02-06', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-04-02', true, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-04-03', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-04-24', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-04-30', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-05-07', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-06-03', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-06-04', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-06-05', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-09-10', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-09-11', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-09-12', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-08', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-10-09', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2022-12-31', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-21', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-22', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-23', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-24', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-25', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-26', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-27', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-28', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-01-29', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-04-23', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-04-29', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-04-30', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-05-06', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-06-22', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-06-23', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-06-24', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-06-25', true, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-09-29', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-09-30', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-10-07', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-10-08', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-12-30', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2023-12-31', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-04', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-10', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-11', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-12', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-13', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-14', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-15', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-16', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-17', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-02-18', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-04-07', true, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-04-28', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-05-11', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-06-10', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-09-14', true, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-09-15', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-09-16', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-09-17', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-09-29', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2024-10-12', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-01-26', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-01-28', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-01-29', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-01-30', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-01-31', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-02-01', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-02-02', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-02-03', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-02-04', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-02-08', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-04-27', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-05-31', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-06-01', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-06-02', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-09-28', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-06', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-08', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2025-10-11', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-01-01', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-01-02', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-01-03', false, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-01-04', true, '元旦');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-14', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-15', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-16', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-17', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-18', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-19', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-20', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-21', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-22', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-23', false, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-02-28', true, '春节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-04-04', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-04-05', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-04-06', false, '清明节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-05-01', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-05-02', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-05-03', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-05-04', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-05-05', false, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-05-09', true, '劳动节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-06-19', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-06-20', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-06-21', false, '端午节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-09-20', true, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-09-25', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-09-26', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-09-27', false, '中秋节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-10-01', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-10-02', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-10-03', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-10-04', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-10-05', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-10-06', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-10-07', false, '国庆节');
INSERT INTO __SCHEMA__.holidays VALUES ('2026-10-10', true, '国庆节');


--
-- Data for Name: issued_documents; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: mediation_sessions; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: merchant_aliases; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.merchant_aliases VALUES (1, 1, 'name', '美妆小铺', '美妆小铺', '2026-12-02 04:32:59.847031+00');
INSERT INTO __SCHEMA__.merchant_aliases VALUES (2, 1, 'wechat_id', 'meizhuang_88', 'meizhuang_88', '2026-12-02 04:32:59.8497+00');
INSERT INTO __SCHEMA__.merchant_aliases VALUES (3, 1, 'phone', '13900001111', '13900001111', '2026-12-02 04:32:59.850218+00');


--
-- Data for Name: merchant_merges; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: merchants; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.merchants VALUES (1, '美妆小铺', '美妆小铺', 'unregistered', NULL, 'meizhuang_88', 'meizhuang_88', '13900001111', NULL, NULL, NULL, NULL, false, NULL, false, NULL, NULL, '2026-12-02 04:32:59.842311+00', 1);
INSERT INTO __SCHEMA__.merchants VALUES (2, '拼好物电商平台', '拼好物电商平台', 'platform', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, NULL, false, NULL, NULL, '2026-12-02 04:33:00.830944+00', 1);


--
-- Data for Name: offers; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: reference_version; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.reference_version VALUES (1, '73858d8d512449759a504669fd7ab8d2');


--
-- Data for Name: report_snapshots; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: rule_sets; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.rule_sets VALUES ('SAMR-2022', '市场监督管理投诉举报处理暂行办法（2019年第20号令，2022年修订）', '2020-01-01', 7, 45, 7, 0, 'out_of_scope,handled_elsewhere,no_consumer_relationship,time_barred,materials_missing,business_dispute,private_deal,already_performed,other', 'withdrawn_or_settled,no_testing_agreement,absent_or_refused,no_agreement_possible,limit_expired,non_acceptance_found,other', '', 'working', 'working', 'working', 0, 'working', 'acceptance,mediation,termination_notice,performance', '', 'testing,recusal,other', 'testing,recusal', '市场监督管理投诉举报处理暂行办法（总局令第20号，2019-11-30公布，2020-01-01施行；2022年第55号、第61号令修正）。全文转载：http://qichexian.net/zhijian/law/398083.html（施行日期，第40条）；第14条七个工作日、第21条四十五个工作日及七个工作日告知：https://xiezuofangchengshi.com/doc/62764.html；第15条不予受理情形：http://uianet.net/dictionary/b9350909.html；第16、17条：https://66.wendadaohang.com/zd/vni2DsUv22iDixUpxv.html；第55号、第61号修正：https://m.taowenge.com/p-86515658.html。详见 docs/law/order-20.md');
INSERT INTO __SCHEMA__.rule_sets VALUES ('SAMR-2026', '市场监督管理投诉举报处理办法（第121号令）', '2026-04-15', 7, 60, 7, 0, 'out_of_scope,handled_elsewhere,no_consumer_relationship,time_barred,materials_missing,business_dispute,private_deal,already_performed,false_materials,impersonation,refuses_identity_check,other', 'withdrawn_or_settled,no_testing_agreement,absent_or_refused,no_agreement_possible,limit_expired,non_acceptance_found,party_ceased,other', '调解期限六十日、不予受理与终止调解情形据公开转载的文书式样；受理与终止告知期限（七个工作日）未见官方全文，待核对', 'working', 'calendar', 'working', 0, 'working', 'acceptance,mediation,termination_notice,performance', '', 'testing,recusal,other', 'testing,recusal', '市场监督管理投诉举报处理办法（总局令第121号，2025-12-30公布，2026-04-15施行）。公布与施行日期、第1-7条：https://www.googgg.com/product/2974.html；修订要点（新增6条、修改22条，调解期限、委托调解、回访）：http://nongye.huashangw.com/fazhan/30113.html；第16条不予受理七项、第23条第一款终止调解八项（含“自投诉受理之日起六十日内”、“死亡或者主体资格灭失”）：公开代码中转载的121号令文书式样六、八。未读到官方全文。详见 docs/law/order-121.md');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: suspensions; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: wq_saved_8ee9056d; Owner: -
--

INSERT INTO __SCHEMA__.users VALUES (1, 'zhao', '赵调解', 'mediator,supervisor', NULL, true, 0, '2026-12-02 04:32:59.82319+00', 1, NULL, NULL, false, NULL);
INSERT INTO __SCHEMA__.users VALUES (2, 'qian', '钱登记', 'clerk', NULL, true, 0, '2026-12-02 04:32:59.830255+00', 1, NULL, NULL, false, NULL);


--
-- Name: advance_payments_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.advance_payments_id_seq', 1, true);


--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.audit_log_id_seq', 21, true);


--
-- Name: case_groups_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.case_groups_id_seq', 1, false);


--
-- Name: case_history_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.case_history_id_seq', 13, true);


--
-- Name: case_links_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.case_links_id_seq', 1, false);


--
-- Name: case_respondents_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.case_respondents_id_seq', 1, true);


--
-- Name: cases_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.cases_id_seq', 7, true);


--
-- Name: consumers_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.consumers_id_seq', 7, true);


--
-- Name: enquiries_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.enquiries_id_seq', 1, false);


--
-- Name: evidence_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.evidence_id_seq', 1, true);


--
-- Name: follow_up_visits_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.follow_up_visits_id_seq', 1, false);


--
-- Name: issued_documents_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.issued_documents_id_seq', 1, false);


--
-- Name: mediation_sessions_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.mediation_sessions_id_seq', 1, false);


--
-- Name: merchant_aliases_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.merchant_aliases_id_seq', 3, true);


--
-- Name: merchant_merges_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.merchant_merges_id_seq', 1, false);


--
-- Name: merchants_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.merchants_id_seq', 2, true);


--
-- Name: offers_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.offers_id_seq', 1, false);


--
-- Name: report_snapshots_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.report_snapshots_id_seq', 1, false);


--
-- Name: suspensions_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.suspensions_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: wq_saved_8ee9056d; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.users_id_seq', 2, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: advance_payments pk_advance_payments; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.advance_payments
    ADD CONSTRAINT pk_advance_payments PRIMARY KEY (id);


--
-- Name: agreements pk_agreements; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.agreements
    ADD CONSTRAINT pk_agreements PRIMARY KEY (case_id);


--
-- Name: assessments pk_assessments; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.assessments
    ADD CONSTRAINT pk_assessments PRIMARY KEY (case_id);


--
-- Name: audit_log pk_audit_log; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.audit_log
    ADD CONSTRAINT pk_audit_log PRIMARY KEY (id);


--
-- Name: case_counters pk_case_counters; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_counters
    ADD CONSTRAINT pk_case_counters PRIMARY KEY (year);


--
-- Name: case_groups pk_case_groups; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_groups
    ADD CONSTRAINT pk_case_groups PRIMARY KEY (id);


--
-- Name: case_history pk_case_history; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_history
    ADD CONSTRAINT pk_case_history PRIMARY KEY (id);


--
-- Name: case_links pk_case_links; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_links
    ADD CONSTRAINT pk_case_links PRIMARY KEY (id);


--
-- Name: case_requests pk_case_requests; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_requests
    ADD CONSTRAINT pk_case_requests PRIMARY KEY (case_id, code);


--
-- Name: case_respondents pk_case_respondents; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_respondents
    ADD CONSTRAINT pk_case_respondents PRIMARY KEY (id);


--
-- Name: cases pk_cases; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT pk_cases PRIMARY KEY (id);


--
-- Name: consumers pk_consumers; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.consumers
    ADD CONSTRAINT pk_consumers PRIMARY KEY (id);


--
-- Name: document_counters pk_document_counters; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.document_counters
    ADD CONSTRAINT pk_document_counters PRIMARY KEY (year);


--
-- Name: enquiries pk_enquiries; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.enquiries
    ADD CONSTRAINT pk_enquiries PRIMARY KEY (id);


--
-- Name: evidence pk_evidence; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence
    ADD CONSTRAINT pk_evidence PRIMARY KEY (id);


--
-- Name: evidence_readings pk_evidence_readings; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence_readings
    ADD CONSTRAINT pk_evidence_readings PRIMARY KEY (evidence_id);


--
-- Name: follow_up_visits pk_follow_up_visits; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.follow_up_visits
    ADD CONSTRAINT pk_follow_up_visits PRIMARY KEY (id);


--
-- Name: grounds pk_grounds; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.grounds
    ADD CONSTRAINT pk_grounds PRIMARY KEY (kind, code);


--
-- Name: holiday_years pk_holiday_years; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.holiday_years
    ADD CONSTRAINT pk_holiday_years PRIMARY KEY (year);


--
-- Name: holidays pk_holidays; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.holidays
    ADD CONSTRAINT pk_holidays PRIMARY KEY (day);


--
-- Name: issued_documents pk_issued_documents; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.issued_documents
    ADD CONSTRAINT pk_issued_documents PRIMARY KEY (id);


--
-- Name: mediation_sessions pk_mediation_sessions; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.mediation_sessions
    ADD CONSTRAINT pk_mediation_sessions PRIMARY KEY (id);


--
-- Name: merchant_aliases pk_merchant_aliases; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchant_aliases
    ADD CONSTRAINT pk_merchant_aliases PRIMARY KEY (id);


--
-- Name: merchant_merges pk_merchant_merges; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchant_merges
    ADD CONSTRAINT pk_merchant_merges PRIMARY KEY (id);


--
-- Name: merchants pk_merchants; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchants
    ADD CONSTRAINT pk_merchants PRIMARY KEY (id);


--
-- Name: offers pk_offers; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.offers
    ADD CONSTRAINT pk_offers PRIMARY KEY (id);


--
-- Name: reference_version pk_reference_version; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.reference_version
    ADD CONSTRAINT pk_reference_version PRIMARY KEY (id);


--
-- Name: report_snapshots pk_report_snapshots; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.report_snapshots
    ADD CONSTRAINT pk_report_snapshots PRIMARY KEY (id);


--
-- Name: rule_sets pk_rule_sets; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.rule_sets
    ADD CONSTRAINT pk_rule_sets PRIMARY KEY (code);


--
-- Name: settings pk_settings; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.settings
    ADD CONSTRAINT pk_settings PRIMARY KEY (key);


--
-- Name: suspensions pk_suspensions; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.suspensions
    ADD CONSTRAINT pk_suspensions PRIMARY KEY (id);


--
-- Name: users pk_users; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.users
    ADD CONSTRAINT pk_users PRIMARY KEY (id);


--
-- Name: case_links uq_case_links_case_id; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_links
    ADD CONSTRAINT uq_case_links_case_id UNIQUE (case_id, related_id);


--
-- Name: case_respondents uq_case_respondents_case_id; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_respondents
    ADD CONSTRAINT uq_case_respondents_case_id UNIQUE (case_id, merchant_id);


--
-- Name: cases uq_cases_case_no; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT uq_cases_case_no UNIQUE (case_no);


--
-- Name: issued_documents uq_issued_documents_year_serial; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.issued_documents
    ADD CONSTRAINT uq_issued_documents_year_serial UNIQUE (year, serial);


--
-- Name: merchant_aliases uq_merchant_aliases_merchant_id; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchant_aliases
    ADD CONSTRAINT uq_merchant_aliases_merchant_id UNIQUE (merchant_id, kind, value_key);


--
-- Name: users uq_users_login; Type: CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.users
    ADD CONSTRAINT uq_users_login UNIQUE (login);


--
-- Name: ix_advance_payments_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_advance_payments_case_id ON __SCHEMA__.advance_payments USING btree (case_id);


--
-- Name: ix_agreements_performance_due_on; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_agreements_performance_due_on ON __SCHEMA__.agreements USING btree (performance_due_on);


--
-- Name: ix_audit_log_entity_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_audit_log_entity_id ON __SCHEMA__.audit_log USING btree (entity_id);


--
-- Name: ix_case_groups_merchant_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_case_groups_merchant_id ON __SCHEMA__.case_groups USING btree (merchant_id);


--
-- Name: ix_case_history_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_case_history_case_id ON __SCHEMA__.case_history USING btree (case_id);


--
-- Name: ix_case_history_state_event; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_case_history_state_event ON __SCHEMA__.case_history USING btree (to_state, event_on);


--
-- Name: ix_case_links_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_case_links_case_id ON __SCHEMA__.case_links USING btree (case_id);


--
-- Name: ix_case_links_related_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_case_links_related_id ON __SCHEMA__.case_links USING btree (related_id);


--
-- Name: ix_case_respondents_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_case_respondents_case_id ON __SCHEMA__.case_respondents USING btree (case_id);


--
-- Name: ix_case_respondents_merchant_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_case_respondents_merchant_id ON __SCHEMA__.case_respondents USING btree (merchant_id);


--
-- Name: ix_cases_accepted_on; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_accepted_on ON __SCHEMA__.cases USING btree (accepted_on);


--
-- Name: ix_cases_category; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_category ON __SCHEMA__.cases USING btree (category);


--
-- Name: ix_cases_channel; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_channel ON __SCHEMA__.cases USING btree (channel);


--
-- Name: ix_cases_closed_on; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_closed_on ON __SCHEMA__.cases USING btree (closed_on);


--
-- Name: ix_cases_consumer_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_consumer_id ON __SCHEMA__.cases USING btree (consumer_id);


--
-- Name: ix_cases_consumer_sort; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_consumer_sort ON __SCHEMA__.cases USING btree (consumer_sort);


--
-- Name: ix_cases_group_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_group_id ON __SCHEMA__.cases USING btree (group_id);


--
-- Name: ix_cases_mediator_sort; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_mediator_sort ON __SCHEMA__.cases USING btree (mediator_sort);


--
-- Name: ix_cases_mediator_state; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_mediator_state ON __SCHEMA__.cases USING btree (mediator_id, state);


--
-- Name: ix_cases_merchant_received; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_merchant_received ON __SCHEMA__.cases USING btree (merchant_id, received_on);


--
-- Name: ix_cases_merchant_record; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_merchant_record ON __SCHEMA__.cases USING btree (merchant_id, received_on, state, termination_ground, outcome);


--
-- Name: ix_cases_merchant_sort; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_merchant_sort ON __SCHEMA__.cases USING btree (merchant_sort);


--
-- Name: ix_cases_nature; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_nature ON __SCHEMA__.cases USING btree (nature);


--
-- Name: ix_cases_next_due_on; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_next_due_on ON __SCHEMA__.cases USING btree (next_due_on);


--
-- Name: ix_cases_order_no; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_order_no ON __SCHEMA__.cases USING btree (order_no);


--
-- Name: ix_cases_received_on; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_received_on ON __SCHEMA__.cases USING btree (received_on);


--
-- Name: ix_cases_rejected_on; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_rejected_on ON __SCHEMA__.cases USING btree (rejected_on);


--
-- Name: ix_cases_search_trgm_case_no; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_search_trgm_case_no ON __SCHEMA__.cases USING gin (case_no __EXT__.gin_trgm_ops);


--
-- Name: ix_cases_search_trgm_facts; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_search_trgm_facts ON __SCHEMA__.cases USING gin (facts __EXT__.gin_trgm_ops);


--
-- Name: ix_cases_short_search; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_short_search ON __SCHEMA__.cases USING gin (__SCHEMA__.short_search_grams((((COALESCE(case_no, ''::character varying))::text || ' '::text) || COALESCE(facts, ''::text))));


--
-- Name: ix_cases_state; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_state ON __SCHEMA__.cases USING btree (state);


--
-- Name: ix_cases_state_due; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_state_due ON __SCHEMA__.cases USING btree (state, next_due_on);


--
-- Name: ix_cases_state_nature_channel_received; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_cases_state_nature_channel_received ON __SCHEMA__.cases USING btree (state, nature, channel, received_on);


--
-- Name: ix_consumers_name; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_consumers_name ON __SCHEMA__.consumers USING btree (name);


--
-- Name: ix_consumers_name_initials; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_consumers_name_initials ON __SCHEMA__.consumers USING btree (name_initials);


--
-- Name: ix_consumers_phone; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_consumers_phone ON __SCHEMA__.consumers USING btree (phone);


--
-- Name: ix_consumers_search_trgm_name; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_consumers_search_trgm_name ON __SCHEMA__.consumers USING gin (name __EXT__.gin_trgm_ops);


--
-- Name: ix_consumers_search_trgm_phone; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_consumers_search_trgm_phone ON __SCHEMA__.consumers USING gin (phone __EXT__.gin_trgm_ops);


--
-- Name: ix_enquiries_received_on; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_enquiries_received_on ON __SCHEMA__.enquiries USING btree (received_on);


--
-- Name: ix_evidence_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_evidence_case_id ON __SCHEMA__.evidence USING btree (case_id);


--
-- Name: ix_evidence_readings_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_evidence_readings_case_id ON __SCHEMA__.evidence_readings USING btree (case_id);


--
-- Name: ix_evidence_readings_search_trgm_text; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_evidence_readings_search_trgm_text ON __SCHEMA__.evidence_readings USING gin (text __EXT__.gin_trgm_ops);


--
-- Name: ix_evidence_readings_transaction_no; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_evidence_readings_transaction_no ON __SCHEMA__.evidence_readings USING btree (transaction_no);


--
-- Name: ix_follow_up_visits_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_follow_up_visits_case_id ON __SCHEMA__.follow_up_visits USING btree (case_id);


--
-- Name: ix_issued_documents_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_issued_documents_case_id ON __SCHEMA__.issued_documents USING btree (case_id);


--
-- Name: ix_mediation_sessions_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_mediation_sessions_case_id ON __SCHEMA__.mediation_sessions USING btree (case_id);


--
-- Name: ix_merchant_aliases_merchant_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchant_aliases_merchant_id ON __SCHEMA__.merchant_aliases USING btree (merchant_id);


--
-- Name: ix_merchant_aliases_search_prefix_value_key; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchant_aliases_search_prefix_value_key ON __SCHEMA__.merchant_aliases USING btree (value_key COLLATE "C");


--
-- Name: ix_merchant_aliases_value_key; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchant_aliases_value_key ON __SCHEMA__.merchant_aliases USING btree (value_key);


--
-- Name: ix_merchant_merges_kept_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchant_merges_kept_id ON __SCHEMA__.merchant_merges USING btree (kept_id);


--
-- Name: ix_merchant_merges_merged_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchant_merges_merged_id ON __SCHEMA__.merchant_merges USING btree (merged_id);


--
-- Name: ix_merchants_blacklisted; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_blacklisted ON __SCHEMA__.merchants USING btree (blacklisted);


--
-- Name: ix_merchants_name; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_name ON __SCHEMA__.merchants USING btree (name);


--
-- Name: ix_merchants_name_key; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_name_key ON __SCHEMA__.merchants USING btree (name_key);


--
-- Name: ix_merchants_payee_key; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_payee_key ON __SCHEMA__.merchants USING btree (payee_key);


--
-- Name: ix_merchants_phone; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_phone ON __SCHEMA__.merchants USING btree (phone);


--
-- Name: ix_merchants_search_prefix_name_key; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_search_prefix_name_key ON __SCHEMA__.merchants USING btree (name_key COLLATE "C");


--
-- Name: ix_merchants_search_prefix_phone; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_search_prefix_phone ON __SCHEMA__.merchants USING btree (phone COLLATE "C");


--
-- Name: ix_merchants_search_prefix_uscc; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_search_prefix_uscc ON __SCHEMA__.merchants USING btree (uscc COLLATE "C");


--
-- Name: ix_merchants_search_prefix_wechat_key; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_search_prefix_wechat_key ON __SCHEMA__.merchants USING btree (wechat_key COLLATE "C");


--
-- Name: ix_merchants_search_trgm_name; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_search_trgm_name ON __SCHEMA__.merchants USING gin (name __EXT__.gin_trgm_ops);


--
-- Name: ix_merchants_search_trgm_phone; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_search_trgm_phone ON __SCHEMA__.merchants USING gin (phone __EXT__.gin_trgm_ops);


--
-- Name: ix_merchants_search_trgm_wechat_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_search_trgm_wechat_id ON __SCHEMA__.merchants USING gin (wechat_id __EXT__.gin_trgm_ops);


--
-- Name: ix_merchants_short_search; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_short_search ON __SCHEMA__.merchants USING gin (__SCHEMA__.short_search_grams((((COALESCE(name, ''::character varying))::text || ' '::text) || (COALESCE(wechat_id, ''::character varying))::text)));


--
-- Name: ix_merchants_uscc; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_uscc ON __SCHEMA__.merchants USING btree (uscc);


--
-- Name: ix_merchants_wechat_key; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_merchants_wechat_key ON __SCHEMA__.merchants USING btree (wechat_key);


--
-- Name: ix_offers_session_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_offers_session_id ON __SCHEMA__.offers USING btree (session_id);


--
-- Name: ix_report_snapshots_month; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_report_snapshots_month ON __SCHEMA__.report_snapshots USING btree (month);


--
-- Name: ix_suspensions_case_id; Type: INDEX; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE INDEX ix_suspensions_case_id ON __SCHEMA__.suspensions USING btree (case_id);


--
-- Name: grounds reference_version_bump; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER reference_version_bump AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON __SCHEMA__.grounds FOR EACH STATEMENT EXECUTE FUNCTION __SCHEMA__.reference_version_bump();


--
-- Name: holiday_years reference_version_bump; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER reference_version_bump AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON __SCHEMA__.holiday_years FOR EACH STATEMENT EXECUTE FUNCTION __SCHEMA__.reference_version_bump();


--
-- Name: holidays reference_version_bump; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER reference_version_bump AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON __SCHEMA__.holidays FOR EACH STATEMENT EXECUTE FUNCTION __SCHEMA__.reference_version_bump();


--
-- Name: rule_sets reference_version_bump; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER reference_version_bump AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON __SCHEMA__.rule_sets FOR EACH STATEMENT EXECUTE FUNCTION __SCHEMA__.reference_version_bump();


--
-- Name: settings reference_version_delete; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER reference_version_delete AFTER DELETE ON __SCHEMA__.settings FOR EACH ROW WHEN (((old.key)::text = 'office.region'::text)) EXECUTE FUNCTION __SCHEMA__.reference_version_bump();


--
-- Name: settings reference_version_insert; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER reference_version_insert AFTER INSERT ON __SCHEMA__.settings FOR EACH ROW WHEN (((new.key)::text = 'office.region'::text)) EXECUTE FUNCTION __SCHEMA__.reference_version_bump();


--
-- Name: settings reference_version_update; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER reference_version_update AFTER UPDATE ON __SCHEMA__.settings FOR EACH ROW WHEN ((((new.key)::text = 'office.region'::text) OR ((old.key)::text = 'office.region'::text))) EXECUTE FUNCTION __SCHEMA__.reference_version_bump();


--
-- Name: cases search_cases_sort; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER search_cases_sort BEFORE INSERT OR UPDATE OF consumer_id, merchant_id, mediator_id ON __SCHEMA__.cases FOR EACH ROW EXECUTE FUNCTION __SCHEMA__.search_cases_sort_keys();


--
-- Name: consumers search_consumers_sort; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER search_consumers_sort AFTER UPDATE OF name ON __SCHEMA__.consumers FOR EACH ROW EXECUTE FUNCTION __SCHEMA__.search_consumers_sort_key();


--
-- Name: merchants search_merchants_sort; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER search_merchants_sort AFTER UPDATE OF name ON __SCHEMA__.merchants FOR EACH ROW EXECUTE FUNCTION __SCHEMA__.search_merchants_sort_key();


--
-- Name: users search_users_sort; Type: TRIGGER; Schema: wq_saved_8ee9056d; Owner: -
--

CREATE TRIGGER search_users_sort AFTER UPDATE OF name ON __SCHEMA__.users FOR EACH ROW EXECUTE FUNCTION __SCHEMA__.search_users_sort_key();


--
-- Name: advance_payments fk_advance_payments_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.advance_payments
    ADD CONSTRAINT fk_advance_payments_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: agreements fk_agreements_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.agreements
    ADD CONSTRAINT fk_agreements_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: assessments fk_assessments_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.assessments
    ADD CONSTRAINT fk_assessments_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: case_groups fk_case_groups_merchant_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_groups
    ADD CONSTRAINT fk_case_groups_merchant_id_merchants FOREIGN KEY (merchant_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: case_history fk_case_history_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_history
    ADD CONSTRAINT fk_case_history_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: case_links fk_case_links_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_links
    ADD CONSTRAINT fk_case_links_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: case_links fk_case_links_related_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_links
    ADD CONSTRAINT fk_case_links_related_id_cases FOREIGN KEY (related_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: case_requests fk_case_requests_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_requests
    ADD CONSTRAINT fk_case_requests_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: case_respondents fk_case_respondents_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_respondents
    ADD CONSTRAINT fk_case_respondents_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: case_respondents fk_case_respondents_merchant_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_respondents
    ADD CONSTRAINT fk_case_respondents_merchant_id_merchants FOREIGN KEY (merchant_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: cases fk_cases_consumer_id_consumers; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT fk_cases_consumer_id_consumers FOREIGN KEY (consumer_id) REFERENCES __SCHEMA__.consumers(id);


--
-- Name: cases fk_cases_mediator_id_users; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT fk_cases_mediator_id_users FOREIGN KEY (mediator_id) REFERENCES __SCHEMA__.users(id);


--
-- Name: cases fk_cases_merchant_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT fk_cases_merchant_id_merchants FOREIGN KEY (merchant_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: cases fk_cases_rule_set_code_rule_sets; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT fk_cases_rule_set_code_rule_sets FOREIGN KEY (rule_set_code) REFERENCES __SCHEMA__.rule_sets(code);


--
-- Name: enquiries fk_enquiries_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.enquiries
    ADD CONSTRAINT fk_enquiries_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE SET NULL;


--
-- Name: evidence fk_evidence_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence
    ADD CONSTRAINT fk_evidence_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: evidence_readings fk_evidence_readings_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence_readings
    ADD CONSTRAINT fk_evidence_readings_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: evidence_readings fk_evidence_readings_evidence_id_evidence; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence_readings
    ADD CONSTRAINT fk_evidence_readings_evidence_id_evidence FOREIGN KEY (evidence_id) REFERENCES __SCHEMA__.evidence(id) ON DELETE CASCADE;


--
-- Name: follow_up_visits fk_follow_up_visits_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.follow_up_visits
    ADD CONSTRAINT fk_follow_up_visits_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: issued_documents fk_issued_documents_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.issued_documents
    ADD CONSTRAINT fk_issued_documents_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: mediation_sessions fk_mediation_sessions_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.mediation_sessions
    ADD CONSTRAINT fk_mediation_sessions_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: merchant_aliases fk_merchant_aliases_merchant_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchant_aliases
    ADD CONSTRAINT fk_merchant_aliases_merchant_id_merchants FOREIGN KEY (merchant_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: merchant_merges fk_merchant_merges_kept_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchant_merges
    ADD CONSTRAINT fk_merchant_merges_kept_id_merchants FOREIGN KEY (kept_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: merchant_merges fk_merchant_merges_merged_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchant_merges
    ADD CONSTRAINT fk_merchant_merges_merged_id_merchants FOREIGN KEY (merged_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: merchants fk_merchants_merged_into_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchants
    ADD CONSTRAINT fk_merchants_merged_into_id_merchants FOREIGN KEY (merged_into_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: offers fk_offers_session_id_mediation_sessions; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.offers
    ADD CONSTRAINT fk_offers_session_id_mediation_sessions FOREIGN KEY (session_id) REFERENCES __SCHEMA__.mediation_sessions(id) ON DELETE CASCADE;


--
-- Name: suspensions fk_suspensions_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_8ee9056d; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.suspensions
    ADD CONSTRAINT fk_suspensions_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


