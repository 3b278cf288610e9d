-- The ledger's schema as the last release before migrations made it (Hibernate's ddl-auto on PostgreSQL, payloads as bytea):
-- Axon's event store, tokens, sagas and dead letters; every read model; the personal-data vault; the seal; idempotency keys.
-- A ledger made by such a release is baselined at this version and not changed.

create sequence association_value_entry_seq start with 1 increment by 50;

create sequence domain_event_entry_seq start with 1 increment by 1;

create table appointment_view (
    term_from date not null,
    term_until date,
    appointed_at timestamp(6) with time zone not null,
    ended_at timestamp(6) with time zone,
    id uuid not null,
    person uuid not null,
    ceiling varchar(20) not null check ((ceiling in ('OBSERVE','REPRESENT','NEGOTIATE','AGREE'))),
    confederation varchar(64) not null,
    end_reason varchar(4000),
    forums varchar(65000) not null,
    topics varchar(65000) not null,
    primary key (id)
    );

create table association_value_entry (
    id bigint not null,
    association_key varchar(255) not null,
    association_value varchar(255),
    saga_id varchar(255) not null,
    saga_type varchar(255),
    primary key (id)
    );

create table audit_action (
    due date not null,
    completed_at timestamp(6) with time zone,
    picked_up_at timestamp(6) with time zone not null,
    brief uuid not null,
    id uuid not null,
    meeting uuid not null,
    owner varchar(20) not null,
    confederation varchar(64) not null,
    completion_note varchar(4000),
    description varchar(4000) not null,
    primary key (id)
    );

create table audit_finding (
    raised_at timestamp(6) with time zone not null,
    resolved_at timestamp(6) with time zone,
    brief uuid not null,
    id uuid not null,
    issue uuid,
    meeting uuid not null,
    person uuid not null,
    resolution varchar(20) check ((resolution in ('RATIFIED','REJECTED'))),
    type varchar(32) not null check ((type in ('RED_LINE_BREACH','AUTHORITY_EXCEEDED','AWAITING_RATIFICATION','UNBRIEFED','BRIEF_EXCEEDED','FEEDBACK_OVERDUE','ACTION_OVERDUE','MANDATE_LAPSING'))),
    confederation varchar(64) not null,
    topic varchar(64),
    terms varchar(20000) not null,
    primary key (id)
    );

create table brief_feedback (
    version integer not null,
    recorded_at timestamp(6) with time zone not null,
    brief uuid not null,
    primary key (brief)
    );

create table brief_feedback_commitment (
    item integer not null,
    ordinal integer not null check ((ordinal>=0)),
    brief uuid not null,
    commitment varchar(4000) not null,
    primary key (ordinal, brief)
    );

create table brief_feedback_outcome (
    ordinal integer not null check ((ordinal>=0)),
    brief uuid not null,
    issue uuid not null,
    outcome varchar(20) not null check ((outcome in ('AGREED','NOT_AGREED','DEFERRED','NOTED'))),
    summary varchar(4000),
    conceded varchar(20000) not null,
    primary key (ordinal, brief)
    );

create table brief_feedback_unbriefed (
    ordinal integer not null check ((ordinal>=0)),
    brief uuid not null,
    topic varchar(64) not null,
    summary varchar(4000),
    primary key (ordinal, brief)
    );

create table brief_item (
    interest_declared boolean,
    ordinal integer not null check ((ordinal>=0)),
    position_version integer,
    issue uuid not null,
    authority varchar(20) not null check ((authority in ('OBSERVE','REPRESENT','NEGOTIATE','AGREE'))),
    brief_version varchar(36) not null,
    topic varchar(64) not null,
    notes varchar(4000),
    may_concede varchar(20000) not null,
    must_not_concede varchar(20000) not null,
    primary key (ordinal, brief_version)
    );

create table brief_refer_back (
    item integer not null,
    ordinal integer not null check ((ordinal>=0)),
    brief_version varchar(36) not null,
    matter varchar(4000) not null,
    primary key (ordinal, brief_version)
    );

create table brief_version (
    version integer not null,
    acknowledged_at timestamp(6) with time zone,
    fed_back_at timestamp(6) with time zone,
    issued_at timestamp(6) with time zone not null,
    superseded_at timestamp(6) with time zone,
    appointment uuid not null,
    brief uuid not null,
    meeting uuid not null,
    person uuid not null,
    event_id varchar(36) not null,
    confederation varchar(64) not null,
    primary key (event_id)
    );

create table confederation_constitution (
    adoption_patients numeric(12,10) not null,
    adoption_practices numeric(12,10) not null,
    agree_patients numeric(12,10) not null,
    agree_practices numeric(12,10) not null,
    feedback_due_days integer,
    negotiate_patients numeric(12,10) not null,
    negotiate_practices numeric(12,10) not null,
    represent_patients numeric(12,10) not null,
    represent_practices numeric(12,10) not null,
    recorded_at timestamp(6) with time zone not null,
    event_id varchar(36) not null,
    confederation varchar(64) not null,
    primary key (event_id)
    );

create table confederation_membership (
    admitted_at timestamp(6) with time zone not null,
    left_at timestamp(6) with time zone,
    member varchar(20) not null,
    event_id varchar(36) not null,
    confederation varchar(64) not null,
    primary key (event_id)
    );

create table confederation_view (
    adoption_patients numeric(12,10) not null,
    adoption_practices numeric(12,10) not null,
    agree_patients numeric(12,10) not null,
    agree_practices numeric(12,10) not null,
    feedback_due_days integer,
    negotiate_patients numeric(12,10) not null,
    negotiate_practices numeric(12,10) not null,
    represent_patients numeric(12,10) not null,
    represent_practices numeric(12,10) not null,
    formed_at timestamp(6) with time zone not null,
    slug varchar(64) not null,
    name varchar(200) not null,
    place varchar(200) not null,
    primary key (slug)
    );

create table dead_letter_entry (
    enqueued_at timestamp(6) with time zone not null,
    last_touched timestamp(6) with time zone,
    processing_started timestamp(6) with time zone,
    sequence_index bigint not null,
    sequence_number bigint,
    cause_message varchar(1023),
    diagnostics bytea,
    meta_data bytea,
    payload bytea not null,
    token bytea,
    aggregate_identifier varchar(255),
    cause_type varchar(255),
    dead_letter_id varchar(255) not null,
    event_identifier varchar(255) not null,
    message_type varchar(255) not null,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    processing_group varchar(255) not null,
    sequence_identifier varchar(255) not null,
    time_stamp varchar(255) not null,
    token_type varchar(255),
    type varchar(255),
    primary key (dead_letter_id),
    unique (processing_group, sequence_identifier, sequence_index)
    );

create table domain_event_entry (
    global_index bigint not null,
    sequence_number bigint not null,
    meta_data bytea,
    payload bytea not null,
    aggregate_identifier varchar(255) not null,
    event_identifier varchar(255) not null unique,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    time_stamp varchar(255) not null,
    type varchar(255),
    primary key (global_index),
    unique (aggregate_identifier, sequence_number)
    );

create table forum_view (
    convenor varchar(20),
    level varchar(20) not null check ((level in ('NEIGHBOURHOOD','PLACE','SYSTEM','REGION','NATIONAL'))),
    slug varchar(64) not null,
    name varchar(200) not null,
    primary key (slug)
    );

create table idempotency_key (
    answer_status integer,
    answer_position bigint,
    recorded_at timestamp(6) with time zone not null,
    fingerprint varchar(64) not null,
    answer_content_type varchar(200),
    caller varchar(200) not null,
    answer_location varchar(2000),
    idempotency_key varchar(255) not null,
    answer_body bytea,
    primary key (caller, idempotency_key)
    );

create table issue_position (
    version integer not null,
    agreed_at timestamp(6) with time zone,
    recorded_at timestamp(6) with time zone not null,
    issue uuid not null,
    event_id varchar(36) not null,
    statement varchar(4000) not null,
    primary key (event_id)
    );

create table issue_position_essential (
    ordinal integer not null check ((ordinal>=0)),
    term_id varchar(10) not null,
    position_event varchar(36) not null,
    term_text varchar(4000) not null,
    primary key (ordinal, position_event)
    );

create table issue_position_negotiable (
    ordinal integer not null check ((ordinal>=0)),
    term_id varchar(10) not null,
    position_event varchar(36) not null,
    term_text varchar(4000) not null,
    primary key (ordinal, position_event)
    );

create table issue_position_support (
    stance varchar(10) not null check ((stance in ('FOR','AGAINST','ABSTAIN'))),
    practice varchar(20) not null,
    position_event varchar(36) not null
    );

create table issue_view (
    closed_at timestamp(6) with time zone,
    raised_at timestamp(6) with time zone not null,
    status varchar(10) not null check ((status in ('OPEN','CLOSED'))),
    id uuid not null,
    level varchar(20) not null check ((level in ('NEIGHBOURHOOD','PLACE','SYSTEM','REGION','NATIONAL'))),
    raised_by varchar(20) not null,
    reserved_to varchar(20),
    scope varchar(20) not null check ((scope in ('COLLECTIVE','RESERVED'))),
    confederation varchar(64) not null,
    topic varchar(64) not null,
    title varchar(200) not null,
    close_reason varchar(4000),
    description varchar(4000),
    primary key (id)
    );

create table ledger_checkpoint (
    size bigint not null,
    key_id varchar(16) not null,
    signed_at varchar(40) not null,
    root varchar(64) not null,
    signature varchar(200) not null,
    primary key (size)
    );

create table ledger_seal (
    leaf bigint not null,
    position bigint not null unique,
    sealed_at timestamp(6) with time zone not null,
    leaf_hash varchar(64) not null,
    primary key (leaf)
    );

create table mandate_view (
    superseded_from date,
    valid_from date not null,
    valid_until date,
    granted_at timestamp(6) with time zone not null,
    superseded_at timestamp(6) with time zone,
    withdrawn_at timestamp(6) with time zone,
    id uuid not null,
    superseded_by uuid,
    ceiling varchar(20) not null check ((ceiling in ('OBSERVE','REPRESENT','NEGOTIATE','AGREE'))),
    grantor varchar(20) not null,
    confederation varchar(64) not null,
    evidence varchar(4000),
    terms varchar(4000),
    withdrawal_reason varchar(4000),
    topics varchar(65000) not null,
    primary key (id)
    );

create table meeting_view (
    starts_at timestamp(6) with time zone not null,
    id uuid not null,
    forum varchar(64) not null,
    title varchar(200) not null,
    primary key (id)
    );

create table organisation_list_size (
    list_size_date date,
    recorded_at timestamp(6) with time zone not null,
    registered_patients bigint not null,
    code varchar(20) not null,
    event_id varchar(36) not null,
    primary key (event_id)
    );

create table organisation_view (
    list_size_date date,
    registered_at timestamp(6) with time zone not null,
    registered_patients bigint,
    code varchar(20) not null,
    kind varchar(20) not null check ((kind in ('PRACTICE','PCN','FEDERATION','LMC','CONFEDERATION','ICB','TRUST','LOCAL_AUTHORITY','OTHER'))),
    pcn varchar(20),
    name varchar(200) not null,
    primary key (code)
    );

create table person_interest (
    declared_at timestamp(6) with time zone not null,
    id uuid not null,
    person uuid not null,
    category varchar(20) not null check ((category in ('FINANCIAL','PROFESSIONAL','PERSONAL','INDIRECT'))),
    topic varchar(64) not null,
    description varchar(4000),
    primary key (id)
    );

create table person_view (
    erased boolean not null,
    id uuid not null,
    organisation varchar(20) not null,
    login varchar(200),
    name varchar(200) not null,
    role varchar(200) not null,
    primary key (id)
    );

create table personal_data (
    sealed_copy boolean not null,
    erased_at timestamp(6) with time zone,
    kept_at timestamp(6) with time zone not null,
    ref uuid not null,
    field varchar(40) not null,
    subject varchar(320) not null,
    kept_value varchar(4000),
    primary key (ref)
    );

create table saga_entry (
    serialized_saga bytea,
    revision varchar(255),
    saga_id varchar(255) not null,
    saga_type varchar(255),
    primary key (saga_id)
    );

create table snapshot_event_entry (
    sequence_number bigint not null,
    meta_data bytea,
    payload bytea not null,
    aggregate_identifier varchar(255) not null,
    event_identifier varchar(255) not null unique,
    payload_revision varchar(255),
    payload_type varchar(255) not null,
    time_stamp varchar(255) not null,
    type varchar(255) not null,
    primary key (sequence_number, aggregate_identifier, type)
    );

create table token_entry (
    segment integer not null,
    token bytea,
    owner varchar(255),
    processor_name varchar(255) not null,
    timestamp varchar(255) not null,
    token_type varchar(255),
    primary key (segment, processor_name)
    );

create table topic_view (
    defined_at timestamp(6) with time zone not null,
    parent varchar(64),
    slug varchar(64) not null,
    title varchar(200) not null,
    primary key (slug)
    );

create index ix_appointment_confederation
    on appointment_view (confederation);

create index IDXk45eqnxkgd8hpdn6xixn8sgft
    on association_value_entry (saga_type, association_key, association_value);

create index IDXgv5k1v2mh6frxuy5c0hgbau94
    on association_value_entry (saga_id, saga_type);

create index ix_audit_action_confederation
    on audit_action (confederation, due);

create index ix_audit_finding_confederation
    on audit_finding (confederation, raised_at);

create index ix_brief_version_brief
    on brief_version (brief, version);

create index ix_brief_version_person
    on brief_version (person);

create index ix_brief_version_appointment
    on brief_version (appointment);

create index ix_constitution_slug
    on confederation_constitution (confederation, recorded_at);

create index ix_membership_slug
    on confederation_membership (confederation, member);

create index IDXe67wcx5fiq9hl4y4qkhlcj9cg
    on dead_letter_entry (processing_group);

create index IDXrwucpgs6sn93ldgoeh2q9k6bn
    on dead_letter_entry (processing_group, sequence_identifier);

create index ix_position_issue
    on issue_position (issue, version);

create index ix_issue_confederation
    on issue_view (confederation, raised_at);

create index ix_mandate_confederation
    on mandate_view (confederation, grantor);

create index ix_list_size_code
    on organisation_list_size (code, recorded_at);

create index personal_data_subject
    on personal_data (subject);

alter table if exists brief_feedback_commitment
    add constraint FKi7t02cb6vo2ohevnmnbrxlgyb
       foreign key (brief)
       references brief_feedback;

alter table if exists brief_feedback_outcome
    add constraint FKpdaj5f1j48l6k35tjl9ihqyfw
       foreign key (brief)
       references brief_feedback;

alter table if exists brief_feedback_unbriefed
    add constraint FK3aq4umg67d91sd948g38kkexa
       foreign key (brief)
       references brief_feedback;

alter table if exists brief_item
    add constraint FKeliklafguqc6os9593k0rn0dx
       foreign key (brief_version)
       references brief_version;

alter table if exists brief_refer_back
    add constraint FK8xrtfrugw4arvn9pjfv18x9ov
       foreign key (brief_version)
       references brief_version;

alter table if exists issue_position_essential
    add constraint FKc4arss5gwd3fqu953yyf1i4le
       foreign key (position_event)
       references issue_position;

alter table if exists issue_position_negotiable
    add constraint FK4dqk9l8nw4jjrmlv183ofoci4
       foreign key (position_event)
       references issue_position;

alter table if exists issue_position_support
    add constraint FKmo7d7ngxnoo5q55fo69i74qxh
       foreign key (position_event)
       references issue_position;
