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
-- Name: wq_saved_e4252c8f; Type: SCHEMA; Schema: -; Owner: -
--



SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: agreements; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
-- Name: alembic_version; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE TABLE __SCHEMA__.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: assessments; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
-- Name: audit_log; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.audit_log_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.audit_log_id_seq OWNED BY __SCHEMA__.audit_log.id;


--
-- Name: case_counters; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE TABLE __SCHEMA__.case_counters (
    year integer NOT NULL,
    last integer NOT NULL
);


--
-- Name: case_history; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
    note text NOT NULL
);


--
-- Name: case_history_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.case_history_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: case_history_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.case_history_id_seq OWNED BY __SCHEMA__.case_history.id;


--
-- Name: case_requests; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE TABLE __SCHEMA__.case_requests (
    case_id integer NOT NULL,
    code character varying(24) NOT NULL
);


--
-- Name: cases; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
    version integer NOT NULL
);


--
-- Name: cases_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.cases_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cases_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.cases_id_seq OWNED BY __SCHEMA__.cases.id;


--
-- Name: consumers; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
-- Name: consumers_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.consumers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: consumers_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.consumers_id_seq OWNED BY __SCHEMA__.consumers.id;


--
-- Name: evidence; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
-- Name: evidence_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.evidence_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evidence_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.evidence_id_seq OWNED BY __SCHEMA__.evidence.id;


--
-- Name: holiday_years; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE TABLE __SCHEMA__.holiday_years (
    year integer NOT NULL,
    source character varying(40) NOT NULL
);


--
-- Name: holidays; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE TABLE __SCHEMA__.holidays (
    day date NOT NULL,
    is_workday boolean NOT NULL,
    name character varying(40) NOT NULL
);


--
-- Name: mediation_sessions; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
-- Name: mediation_sessions_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.mediation_sessions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mediation_sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.mediation_sessions_id_seq OWNED BY __SCHEMA__.mediation_sessions.id;


--
-- Name: merchants; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
-- Name: merchants_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.merchants_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: merchants_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.merchants_id_seq OWNED BY __SCHEMA__.merchants.id;


--
-- Name: offers; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE TABLE __SCHEMA__.offers (
    id integer NOT NULL,
    session_id integer NOT NULL,
    party character varying(16) NOT NULL,
    amount numeric(12,2) NOT NULL,
    description text NOT NULL
);


--
-- Name: offers_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.offers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: offers_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.offers_id_seq OWNED BY __SCHEMA__.offers.id;


--
-- Name: rule_sets; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE TABLE __SCHEMA__.rule_sets (
    code character varying(32) NOT NULL,
    name character varying(200) NOT NULL,
    effective_from date NOT NULL,
    acceptance_days integer NOT NULL,
    mediation_days integer NOT NULL,
    notice_days integer NOT NULL,
    extension_days integer NOT NULL,
    day_kind character varying(16) NOT NULL,
    non_acceptance_grounds text NOT NULL,
    termination_grounds text NOT NULL,
    note text NOT NULL
);


--
-- Name: settings; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE TABLE __SCHEMA__.settings (
    key character varying(64) NOT NULL,
    value text NOT NULL
);


--
-- Name: suspensions; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
-- Name: suspensions_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.suspensions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: suspensions_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.suspensions_id_seq OWNED BY __SCHEMA__.suspensions.id;


--
-- Name: users; Type: TABLE; Schema: wq_saved_e4252c8f; Owner: -
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
    version integer NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE SEQUENCE __SCHEMA__.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER SEQUENCE __SCHEMA__.users_id_seq OWNED BY __SCHEMA__.users.id;


--
-- Name: audit_log id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.audit_log ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.audit_log_id_seq'::regclass);


--
-- Name: case_history id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_history ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.case_history_id_seq'::regclass);


--
-- Name: cases id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.cases_id_seq'::regclass);


--
-- Name: consumers id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.consumers ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.consumers_id_seq'::regclass);


--
-- Name: evidence id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.evidence_id_seq'::regclass);


--
-- Name: mediation_sessions id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.mediation_sessions ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.mediation_sessions_id_seq'::regclass);


--
-- Name: merchants id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchants ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.merchants_id_seq'::regclass);


--
-- Name: offers id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.offers ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.offers_id_seq'::regclass);


--
-- Name: suspensions id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.suspensions ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.suspensions_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.users ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.users_id_seq'::regclass);


--
-- Data for Name: agreements; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--



--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.alembic_version VALUES ('0001');


--
-- Data for Name: assessments; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.assessments VALUES (5, false, true, false, true, false, 12, 'operator', '');
INSERT INTO __SCHEMA__.assessments VALUES (6, false, true, false, true, false, 12, 'operator', '');
INSERT INTO __SCHEMA__.assessments VALUES (7, false, true, false, true, false, 12, 'operator', '');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.audit_log VALUES (1, '2026-12-01 22:44:36+00', 'cli:root', 'add_user', 'user', 'zhao', '{"after": {"name": "赵调解", "password_set": false, "roles": ["mediator", "supervisor"]}, "before": {}}', '0000000000000000000000000000000000000000000000000000000000000000', '3f29f0d29f679206b04c47b7b2d24b203209070be7ca2551a6cc1e44b923b569');
INSERT INTO __SCHEMA__.audit_log VALUES (2, '2026-12-01 22:44:36+00', 'cli:root', 'add_user', 'user', 'qian', '{"after": {"name": "钱登记", "password_set": false, "roles": ["clerk"]}, "before": {}}', '3f29f0d29f679206b04c47b7b2d24b203209070be7ca2551a6cc1e44b923b569', '8e57c7d71708fd141d9f5590b495de24344e1fba24e6ff9dba646e7bb5ac13e4');
INSERT INTO __SCHEMA__.audit_log VALUES (3, '2026-12-01 22:44:36+00', 'cli:root', 'register', 'case', 'WQ2026-000001', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone"}, "before": {}}', '8e57c7d71708fd141d9f5590b495de24344e1fba24e6ff9dba646e7bb5ac13e4', '9c0f4c695f7ff26eaf408cb8ad234f748f8e66534e95cd1b652f882fb4e54020');
INSERT INTO __SCHEMA__.audit_log VALUES (4, '2026-12-01 22:44:36+00', 'cli:root', 'register', 'case', 'WQ2026-000002', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone"}, "before": {}}', '9c0f4c695f7ff26eaf408cb8ad234f748f8e66534e95cd1b652f882fb4e54020', '48b4012e955fe59f7680577a6cde4d6d1149493e195102ce5abc128d09c2f223');
INSERT INTO __SCHEMA__.audit_log VALUES (5, '2026-12-01 22:44:36+00', 'cli:root', 'register', 'case', 'WQ2026-000003', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone"}, "before": {}}', '48b4012e955fe59f7680577a6cde4d6d1149493e195102ce5abc128d09c2f223', 'b17da88ea4ac0a7bb6e2abc315f8d52b726c0e3597bb7a2374b870b00b789dc1');
INSERT INTO __SCHEMA__.audit_log VALUES (6, '2026-12-01 22:44:36+00', 'cli:root', 'register', 'case', 'WQ2026-000004', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone"}, "before": {}}', 'b17da88ea4ac0a7bb6e2abc315f8d52b726c0e3597bb7a2374b870b00b789dc1', '6d0e5b23878fb58f62ad69644cfd5f7f94da25661b5ade8120b31ba85fe9832f');
INSERT INTO __SCHEMA__.audit_log VALUES (7, '2026-12-01 22:44:37+00', 'cli:root', 'register', 'case', 'WQ2026-000005', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone"}, "before": {}}', '6d0e5b23878fb58f62ad69644cfd5f7f94da25661b5ade8120b31ba85fe9832f', 'b4bd0fd64b2dd296daa9e3359672c025f8e7dac1880348fe1506643ac2046f2e');
INSERT INTO __SCHEMA__.audit_log VALUES (8, '2026-12-01 22:44:37+00', 'cli:root', 'accept', 'case', 'WQ2026-000005', '{"after": {"accepted_on": "2026-10-13", "conclusion": "operator", "state": "accepted"}, "before": {"state": "registered"}}', 'b4bd0fd64b2dd296daa9e3359672c025f8e7dac1880348fe1506643ac2046f2e', 'c803dd5ad46781e610728dfaf1a5ad7bb8675b7e4084762a71de7788199f93c1');
INSERT INTO __SCHEMA__.audit_log VALUES (9, '2026-12-01 22:44:37+00', 'cli:root', 'assign_mediator', 'case', 'WQ2026-000005', '{"after": {"mediator": "zhao"}, "before": {"mediator": null}}', 'c803dd5ad46781e610728dfaf1a5ad7bb8675b7e4084762a71de7788199f93c1', '75190d79dbb64fec3199858ae0081e7ae2f4d14bcfd4e5d6c3505cb9f75a04a0');
INSERT INTO __SCHEMA__.audit_log VALUES (10, '2026-12-01 22:44:37+00', 'cli:root', 'start', 'case', 'WQ2026-000005', '{"after": {"consent": true, "state": "mediating"}, "before": {"state": "accepted"}}', '75190d79dbb64fec3199858ae0081e7ae2f4d14bcfd4e5d6c3505cb9f75a04a0', '19a0d7948d9e3edab74da24ca520980f424f73a9bb5f88d0a7d4e371631cd371');
INSERT INTO __SCHEMA__.audit_log VALUES (11, '2026-12-01 22:44:37+00', 'cli:root', 'register', 'case', 'WQ2026-000006', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone"}, "before": {}}', '19a0d7948d9e3edab74da24ca520980f424f73a9bb5f88d0a7d4e371631cd371', 'bd3836fa371e32db3aa2e2d297082a1864d35b3989aefc5e7b24ed054a14ec4e');
INSERT INTO __SCHEMA__.audit_log VALUES (12, '2026-12-01 22:44:37+00', 'cli:root', 'accept', 'case', 'WQ2026-000006', '{"after": {"accepted_on": "2026-10-13", "conclusion": "operator", "state": "accepted"}, "before": {"state": "registered"}}', 'bd3836fa371e32db3aa2e2d297082a1864d35b3989aefc5e7b24ed054a14ec4e', '85f45be9ff1baf0f7739dbe00677da5ee114c9f2de470e643c0db6f76985b5c1');
INSERT INTO __SCHEMA__.audit_log VALUES (13, '2026-12-01 22:44:37+00', 'cli:root', 'assign_mediator', 'case', 'WQ2026-000006', '{"after": {"mediator": "zhao"}, "before": {"mediator": null}}', '85f45be9ff1baf0f7739dbe00677da5ee114c9f2de470e643c0db6f76985b5c1', '310da173c5b96380a929e66f1fc816b0edb717bcf6380e0806a55386da392b5e');
INSERT INTO __SCHEMA__.audit_log VALUES (14, '2026-12-01 22:44:37+00', 'cli:root', 'start', 'case', 'WQ2026-000006', '{"after": {"consent": true, "state": "mediating"}, "before": {"state": "accepted"}}', '310da173c5b96380a929e66f1fc816b0edb717bcf6380e0806a55386da392b5e', '54e21eea86e3041520dfd84d0e3675f04f762547b97dbf08d7f462d6bba0724a');
INSERT INTO __SCHEMA__.audit_log VALUES (15, '2026-12-01 22:44:37+00', 'cli:root', 'register', 'case', 'WQ2026-000007', '{"after": {"amount_claimed": "399.00", "category": "g_daily", "channel": "wechat_moments", "consumer_id_number": null, "consumer_name": "张三", "consumer_phone": "13812348000", "facts": "在朋友圈购买面霜，使用后过敏，检测含铅。", "merchant_id": 1, "nature": "quality", "order_no": null, "payment": "wechat_red_envelope", "purchase_date": "2026-10-02", "ref_12315": null, "request_text": "退款并赔偿", "requests": ["refund", "punitive"], "source": "phone"}, "before": {}}', '54e21eea86e3041520dfd84d0e3675f04f762547b97dbf08d7f462d6bba0724a', '46e70be3339743b008b3bb24840b54cec8305c64201e0bd38e04778b8eebb23b');
INSERT INTO __SCHEMA__.audit_log VALUES (16, '2026-12-01 22:44:37+00', 'cli:root', 'accept', 'case', 'WQ2026-000007', '{"after": {"accepted_on": "2026-10-13", "conclusion": "operator", "state": "accepted"}, "before": {"state": "registered"}}', '46e70be3339743b008b3bb24840b54cec8305c64201e0bd38e04778b8eebb23b', 'e0b69bf16b7e3e1bf5a4274795fe53bed9415331d4e3fc47bc88c027187887bc');
INSERT INTO __SCHEMA__.audit_log VALUES (17, '2026-12-01 22:44:37+00', 'cli:root', 'assign_mediator', 'case', 'WQ2026-000007', '{"after": {"mediator": "zhao"}, "before": {"mediator": null}}', 'e0b69bf16b7e3e1bf5a4274795fe53bed9415331d4e3fc47bc88c027187887bc', '234de93285c12cc280871a047a1aa21e1f2ba653d1b4998784d68ef483ee603c');
INSERT INTO __SCHEMA__.audit_log VALUES (18, '2026-12-01 22:44:37+00', 'cli:root', 'start', 'case', 'WQ2026-000007', '{"after": {"consent": true, "state": "mediating"}, "before": {"state": "accepted"}}', '234de93285c12cc280871a047a1aa21e1f2ba653d1b4998784d68ef483ee603c', '654cb1c0b437d8faa449d0993eab73e3a073383bcb0b8cb74c6d95098ab08ab1');
INSERT INTO __SCHEMA__.audit_log VALUES (19, '2026-12-01 22:44:37+00', 'cli:root', 'add_evidence', 'case', 'WQ2026-000007', '{"after": {"evidence": 1, "file": "聊天截图.png", "kind": "chat_screenshot", "sha256": "8650fa3ad33b680c77fdf3067057857d38ade7f3ce31806131530d3a4d027052"}, "before": {}}', '654cb1c0b437d8faa449d0993eab73e3a073383bcb0b8cb74c6d95098ab08ab1', '5b7c97f18dfab10b98366fd8e41be352a085fc7239b4031c9f74f6be73ed13bb');


--
-- Data for Name: case_counters; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.case_counters VALUES (2026, 7);


--
-- Data for Name: case_history; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.case_history VALUES (1, 1, NULL, 'registered', 'register', 'cli:root', '2026-12-01 22:44:36.811281+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (2, 2, NULL, 'registered', 'register', 'cli:root', '2026-12-01 22:44:36.891135+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (3, 3, NULL, 'registered', 'register', 'cli:root', '2026-12-01 22:44:36.94136+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (4, 4, NULL, 'registered', 'register', 'cli:root', '2026-12-01 22:44:36.971238+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (5, 5, NULL, 'registered', 'register', 'cli:root', '2026-12-01 22:44:37.017863+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (6, 5, 'registered', 'accepted', 'accept', 'cli:root', '2026-12-01 22:44:37.123573+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (7, 5, 'accepted', 'mediating', 'start', 'cli:root', '2026-12-01 22:44:37.193586+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (8, 6, NULL, 'registered', 'register', 'cli:root', '2026-12-01 22:44:37.232637+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (9, 6, 'registered', 'accepted', 'accept', 'cli:root', '2026-12-01 22:44:37.26422+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (10, 6, 'accepted', 'mediating', 'start', 'cli:root', '2026-12-01 22:44:37.304795+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (11, 7, NULL, 'registered', 'register', 'cli:root', '2026-12-01 22:44:37.315689+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (12, 7, 'registered', 'accepted', 'accept', 'cli:root', '2026-12-01 22:44:37.361699+00', '', '');
INSERT INTO __SCHEMA__.case_history VALUES (13, 7, 'accepted', 'mediating', 'start', 'cli:root', '2026-12-01 22:44:37.431577+00', '', '');


--
-- Data for Name: case_requests; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
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
-- Data for Name: cases; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.cases VALUES (1, 'WQ2026-000001', 'phone', NULL, '2026-10-12', '2026-12-01 22:44:36.801375+00', 'registered', 'SAMR-2026', 1, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', NULL, NULL, NULL, NULL, false, false, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-10-21', 'acceptance', NULL, 'cli:root', 2);
INSERT INTO __SCHEMA__.cases VALUES (2, 'WQ2026-000002', 'phone', NULL, '2026-10-12', '2026-12-01 22:44:36.890028+00', 'registered', 'SAMR-2026', 2, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', NULL, NULL, NULL, NULL, false, false, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-10-21', 'acceptance', NULL, 'cli:root', 2);
INSERT INTO __SCHEMA__.cases VALUES (3, 'WQ2026-000003', 'phone', NULL, '2026-10-12', '2026-12-01 22:44:36.940971+00', 'registered', 'SAMR-2026', 3, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', NULL, NULL, NULL, NULL, false, false, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-10-21', 'acceptance', NULL, 'cli:root', 2);
INSERT INTO __SCHEMA__.cases VALUES (4, 'WQ2026-000004', 'phone', NULL, '2026-10-12', '2026-12-01 22:44:36.970898+00', 'registered', 'SAMR-2026', 4, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', NULL, NULL, NULL, NULL, false, false, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-10-21', 'acceptance', NULL, 'cli:root', 2);
INSERT INTO __SCHEMA__.cases VALUES (5, 'WQ2026-000005', 'phone', NULL, '2026-10-12', '2026-12-01 22:44:37.017522+00', 'mediating', 'SAMR-2026', 5, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', '2026-10-13', NULL, NULL, 1, true, true, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-12-14', 'mediation', NULL, 'cli:root', 6);
INSERT INTO __SCHEMA__.cases VALUES (6, 'WQ2026-000006', 'phone', NULL, '2026-10-12', '2026-12-01 22:44:37.220033+00', 'mediating', 'SAMR-2026', 6, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', '2026-10-13', NULL, NULL, 1, true, true, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-12-14', 'mediation', NULL, 'cli:root', 6);
INSERT INTO __SCHEMA__.cases VALUES (7, 'WQ2026-000007', 'phone', NULL, '2026-10-12', '2026-12-01 22:44:37.315387+00', 'mediating', 'SAMR-2026', 7, 1, 'wechat_moments', 'wechat_red_envelope', '2026-10-02', NULL, 399.00, 'quality', 'g_daily', '在朋友圈购买面霜，使用后过敏，检测含铅。', '退款并赔偿', '2026-10-13', NULL, NULL, 1, true, true, 0, NULL, NULL, NULL, NULL, NULL, 0.00, 0.00, NULL, '2026-12-14', 'mediation', NULL, 'cli:root', 6);


--
-- Data for Name: consumers; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.consumers VALUES (1, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (2, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (3, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (4, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (5, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (6, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);
INSERT INTO __SCHEMA__.consumers VALUES (7, '张三', 'zs', '13812348000', NULL, NULL, NULL, false);


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.evidence VALUES (1, 7, 'chat_screenshot', '聊天截图.png', '8650fa3ad33b680c77fdf3067057857d38ade7f3ce31806131530d3a4d027052', 72, 'WQ2026-000007/8650fa3ad33b680c-聊天截图.png', NULL, 'cli:root', '2026-12-01 22:44:37.459013+00', '');


--
-- Data for Name: holiday_years; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
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
-- Data for Name: holidays; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
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
-- Data for Name: mediation_sessions; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--



--
-- Data for Name: merchants; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.merchants VALUES (1, '美妆小铺', '美妆小铺', 'unregistered', NULL, 'meizhuang_88', 'meizhuang_88', '13900001111', NULL, NULL, NULL, NULL, false, NULL, false, NULL, NULL, '2026-12-01 22:44:36.76729+00', 1);


--
-- Data for Name: offers; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--



--
-- Data for Name: rule_sets; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.rule_sets VALUES ('SAMR-2022', '市场监督管理投诉举报处理暂行办法（2019年第20号令，2022年修订）', '2020-01-01', 7, 45, 7, 0, 'working', 'out_of_scope,handled_elsewhere,no_consumer_relationship,time_barred,materials_missing,business_dispute,private_deal,already_performed,other', 'withdrawn_or_settled,no_testing_agreement,absent_or_refused,no_agreement_possible,limit_expired,non_acceptance_found,other', '');
INSERT INTO __SCHEMA__.rule_sets VALUES ('SAMR-2026', '市场监督管理投诉举报处理办法（第121号令）', '2026-04-15', 7, 60, 7, 0, 'working', 'out_of_scope,handled_elsewhere,no_consumer_relationship,time_barred,materials_missing,business_dispute,private_deal,already_performed,false_materials,impersonation,refuses_identity_check,other', 'withdrawn_or_settled,no_testing_agreement,absent_or_refused,no_agreement_possible,limit_expired,non_acceptance_found,party_ceased,other', '调解期限六十日、不予受理与终止调解情形据公开转载的文书式样；受理与终止告知期限（七个工作日）未见官方全文，待核对');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--



--
-- Data for Name: suspensions; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: wq_saved_e4252c8f; Owner: -
--

INSERT INTO __SCHEMA__.users VALUES (1, 'zhao', '赵调解', 'mediator,supervisor', NULL, true, 0, '2026-12-01 22:44:36.714269+00', 1);
INSERT INTO __SCHEMA__.users VALUES (2, 'qian', '钱登记', 'clerk', NULL, true, 0, '2026-12-01 22:44:36.737109+00', 1);


--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.audit_log_id_seq', 19, true);


--
-- Name: case_history_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.case_history_id_seq', 13, true);


--
-- Name: cases_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.cases_id_seq', 7, true);


--
-- Name: consumers_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.consumers_id_seq', 7, true);


--
-- Name: evidence_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.evidence_id_seq', 1, true);


--
-- Name: mediation_sessions_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.mediation_sessions_id_seq', 1, false);


--
-- Name: merchants_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.merchants_id_seq', 1, true);


--
-- Name: offers_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.offers_id_seq', 1, false);


--
-- Name: suspensions_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.suspensions_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: wq_saved_e4252c8f; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.users_id_seq', 2, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: agreements pk_agreements; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.agreements
    ADD CONSTRAINT pk_agreements PRIMARY KEY (case_id);


--
-- Name: assessments pk_assessments; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.assessments
    ADD CONSTRAINT pk_assessments PRIMARY KEY (case_id);


--
-- Name: audit_log pk_audit_log; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.audit_log
    ADD CONSTRAINT pk_audit_log PRIMARY KEY (id);


--
-- Name: case_counters pk_case_counters; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_counters
    ADD CONSTRAINT pk_case_counters PRIMARY KEY (year);


--
-- Name: case_history pk_case_history; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_history
    ADD CONSTRAINT pk_case_history PRIMARY KEY (id);


--
-- Name: case_requests pk_case_requests; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_requests
    ADD CONSTRAINT pk_case_requests PRIMARY KEY (case_id, code);


--
-- Name: cases pk_cases; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT pk_cases PRIMARY KEY (id);


--
-- Name: consumers pk_consumers; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.consumers
    ADD CONSTRAINT pk_consumers PRIMARY KEY (id);


--
-- Name: evidence pk_evidence; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence
    ADD CONSTRAINT pk_evidence PRIMARY KEY (id);


--
-- Name: holiday_years pk_holiday_years; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.holiday_years
    ADD CONSTRAINT pk_holiday_years PRIMARY KEY (year);


--
-- Name: holidays pk_holidays; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.holidays
    ADD CONSTRAINT pk_holidays PRIMARY KEY (day);


--
-- Name: mediation_sessions pk_mediation_sessions; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.mediation_sessions
    ADD CONSTRAINT pk_mediation_sessions PRIMARY KEY (id);


--
-- Name: merchants pk_merchants; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchants
    ADD CONSTRAINT pk_merchants PRIMARY KEY (id);


--
-- Name: offers pk_offers; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.offers
    ADD CONSTRAINT pk_offers PRIMARY KEY (id);


--
-- Name: rule_sets pk_rule_sets; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.rule_sets
    ADD CONSTRAINT pk_rule_sets PRIMARY KEY (code);


--
-- Name: settings pk_settings; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.settings
    ADD CONSTRAINT pk_settings PRIMARY KEY (key);


--
-- Name: suspensions pk_suspensions; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.suspensions
    ADD CONSTRAINT pk_suspensions PRIMARY KEY (id);


--
-- Name: users pk_users; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.users
    ADD CONSTRAINT pk_users PRIMARY KEY (id);


--
-- Name: cases uq_cases_case_no; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT uq_cases_case_no UNIQUE (case_no);


--
-- Name: users uq_users_login; Type: CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.users
    ADD CONSTRAINT uq_users_login UNIQUE (login);


--
-- Name: ix_agreements_performance_due_on; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_agreements_performance_due_on ON __SCHEMA__.agreements USING btree (performance_due_on);


--
-- Name: ix_audit_log_entity_id; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_audit_log_entity_id ON __SCHEMA__.audit_log USING btree (entity_id);


--
-- Name: ix_case_history_case_id; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_case_history_case_id ON __SCHEMA__.case_history USING btree (case_id);


--
-- Name: ix_cases_accepted_on; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_accepted_on ON __SCHEMA__.cases USING btree (accepted_on);


--
-- Name: ix_cases_category; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_category ON __SCHEMA__.cases USING btree (category);


--
-- Name: ix_cases_channel; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_channel ON __SCHEMA__.cases USING btree (channel);


--
-- Name: ix_cases_closed_on; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_closed_on ON __SCHEMA__.cases USING btree (closed_on);


--
-- Name: ix_cases_consumer_id; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_consumer_id ON __SCHEMA__.cases USING btree (consumer_id);


--
-- Name: ix_cases_group_id; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_group_id ON __SCHEMA__.cases USING btree (group_id);


--
-- Name: ix_cases_mediator_state; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_mediator_state ON __SCHEMA__.cases USING btree (mediator_id, state);


--
-- Name: ix_cases_merchant_received; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_merchant_received ON __SCHEMA__.cases USING btree (merchant_id, received_on);


--
-- Name: ix_cases_nature; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_nature ON __SCHEMA__.cases USING btree (nature);


--
-- Name: ix_cases_order_no; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_order_no ON __SCHEMA__.cases USING btree (order_no);


--
-- Name: ix_cases_received_on; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_received_on ON __SCHEMA__.cases USING btree (received_on);


--
-- Name: ix_cases_rejected_on; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_rejected_on ON __SCHEMA__.cases USING btree (rejected_on);


--
-- Name: ix_cases_state; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_state ON __SCHEMA__.cases USING btree (state);


--
-- Name: ix_cases_state_due; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_cases_state_due ON __SCHEMA__.cases USING btree (state, next_due_on);


--
-- Name: ix_consumers_name_initials; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_consumers_name_initials ON __SCHEMA__.consumers USING btree (name_initials);


--
-- Name: ix_consumers_phone; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_consumers_phone ON __SCHEMA__.consumers USING btree (phone);


--
-- Name: ix_evidence_case_id; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_evidence_case_id ON __SCHEMA__.evidence USING btree (case_id);


--
-- Name: ix_mediation_sessions_case_id; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_mediation_sessions_case_id ON __SCHEMA__.mediation_sessions USING btree (case_id);


--
-- Name: ix_merchants_blacklisted; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_merchants_blacklisted ON __SCHEMA__.merchants USING btree (blacklisted);


--
-- Name: ix_merchants_name; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_merchants_name ON __SCHEMA__.merchants USING btree (name);


--
-- Name: ix_merchants_name_key; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_merchants_name_key ON __SCHEMA__.merchants USING btree (name_key);


--
-- Name: ix_merchants_payee_key; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_merchants_payee_key ON __SCHEMA__.merchants USING btree (payee_key);


--
-- Name: ix_merchants_phone; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_merchants_phone ON __SCHEMA__.merchants USING btree (phone);


--
-- Name: ix_merchants_uscc; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_merchants_uscc ON __SCHEMA__.merchants USING btree (uscc);


--
-- Name: ix_merchants_wechat_key; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_merchants_wechat_key ON __SCHEMA__.merchants USING btree (wechat_key);


--
-- Name: ix_offers_session_id; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_offers_session_id ON __SCHEMA__.offers USING btree (session_id);


--
-- Name: ix_suspensions_case_id; Type: INDEX; Schema: wq_saved_e4252c8f; Owner: -
--

CREATE INDEX ix_suspensions_case_id ON __SCHEMA__.suspensions USING btree (case_id);


--
-- Name: agreements fk_agreements_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.agreements
    ADD CONSTRAINT fk_agreements_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: assessments fk_assessments_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.assessments
    ADD CONSTRAINT fk_assessments_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: case_history fk_case_history_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_history
    ADD CONSTRAINT fk_case_history_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: case_requests fk_case_requests_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.case_requests
    ADD CONSTRAINT fk_case_requests_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: cases fk_cases_consumer_id_consumers; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT fk_cases_consumer_id_consumers FOREIGN KEY (consumer_id) REFERENCES __SCHEMA__.consumers(id);


--
-- Name: cases fk_cases_mediator_id_users; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT fk_cases_mediator_id_users FOREIGN KEY (mediator_id) REFERENCES __SCHEMA__.users(id);


--
-- Name: cases fk_cases_merchant_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT fk_cases_merchant_id_merchants FOREIGN KEY (merchant_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: cases fk_cases_rule_set_code_rule_sets; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.cases
    ADD CONSTRAINT fk_cases_rule_set_code_rule_sets FOREIGN KEY (rule_set_code) REFERENCES __SCHEMA__.rule_sets(code);


--
-- Name: evidence fk_evidence_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.evidence
    ADD CONSTRAINT fk_evidence_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: mediation_sessions fk_mediation_sessions_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.mediation_sessions
    ADD CONSTRAINT fk_mediation_sessions_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- Name: merchants fk_merchants_merged_into_id_merchants; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.merchants
    ADD CONSTRAINT fk_merchants_merged_into_id_merchants FOREIGN KEY (merged_into_id) REFERENCES __SCHEMA__.merchants(id);


--
-- Name: offers fk_offers_session_id_mediation_sessions; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.offers
    ADD CONSTRAINT fk_offers_session_id_mediation_sessions FOREIGN KEY (session_id) REFERENCES __SCHEMA__.mediation_sessions(id) ON DELETE CASCADE;


--
-- Name: suspensions fk_suspensions_case_id_cases; Type: FK CONSTRAINT; Schema: wq_saved_e4252c8f; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.suspensions
    ADD CONSTRAINT fk_suspensions_case_id_cases FOREIGN KEY (case_id) REFERENCES __SCHEMA__.cases(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


