package org.mandateledger.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the REST contract by method and path: its {@code operationId} (what a generated
 * client calls it), summary, tag, the success statuses it really answers and, where it is not JSON,
 * its media type. One table, so an integrator's names are chosen here, once, and a new endpoint
 * without an entry stops the document (see {@link OpenApiContract}).
 */
final class ApiOperations {

    /** An operation: its name, what it does, its group, its success statuses and (if not JSON) its media type. */
    record Op(String id, String summary, String tag, List<Integer> success, String mediaType, boolean records) {
    }

    static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("Organisations", "Practices, PCNs and other organisations, from the NHS ODS files or one at a time."),
            Map.entry("Topics", "What general practice speaks on; a topic may sit under another."),
            Map.entry("Forums", "Where the system meets: boards and committees by level."),
            Map.entry("Confederations", "Who holds mandates from the practices: constitution and members."),
            Map.entry("Mandates", "What each practice grants its confederation, on which topics, up to which authority."),
            Map.entry("Coverage", "The dual majority behind each level of authority, now or as at any instant."),
            Map.entry("People", "The people who may be appointed and briefed, and their declared interests."),
            Map.entry("Issues", "The register: issues raised and general practice's positions on them."),
            Map.entry("Appointments", "Who may speak for a confederation, at which forums, on which topics, up to which authority."),
            Map.entry("Meetings", "The system meetings delegates are briefed for."),
            Map.entry("Briefs", "What a delegate may agree, must not concede and must refer back; acknowledgement and feedback."),
            Map.entry("Speaking rights", "Who may speak for general practice on a topic, with what authority."),
            Map.entry("Audit", "Findings by severity and the actions agreed at meetings."),
            Map.entry("Event feed", "Every event in ledger order, within the caller's reach and redacted for their role."),
            Map.entry("Ledger", "The sealed ledger: verification, signed checkpoints, the key and the export."),
            Map.entry("Administration", "The operator's work: replaying read models, erasing personal data, backing up."),
            Map.entry("Open data", "Who speaks for whom, in Popolo JSON, as system partners may see it."),
            Map.entry("Webhooks", "Events pushed to a receiver as they are recorded, signed in the Standard Webhooks form."));

    private static final List<Integer> OK = List.of(200);
    private static final List<Integer> CREATED = List.of(201);
    private static final List<Integer> UPSERTED = List.of(200, 201);

    private static final Map<String, Op> OPERATIONS = new LinkedHashMap<>();

    static {
        op("PUT /api/v1/organisations/{code}", "recordOrganisation", "Record an organisation", "Organisations", UPSERTED);
        op("GET /api/v1/organisations/{code}", "getOrganisation", "Read an organisation", "Organisations", OK);
        op("GET /api/v1/organisations", "listOrganisations", "List organisations by kind or name", "Organisations", OK);
        op("POST /api/v1/organisations/import", "importOrganisations", "Import the NHS ODS files", "Organisations", OK);
        op("PUT /api/v1/topics/{slug}", "defineTopic", "Define a topic", "Topics", UPSERTED);
        op("GET /api/v1/topics/{slug}", "getTopic", "Read a topic", "Topics", OK);
        op("GET /api/v1/topics", "listTopics", "List the topics", "Topics", OK);
        op("PUT /api/v1/forums/{slug}", "recordForum", "Record a forum", "Forums", UPSERTED);
        op("GET /api/v1/forums/{slug}", "getForum", "Read a forum", "Forums", OK);
        op("GET /api/v1/forums", "listForums", "List the forums", "Forums", OK);
        op("PUT /api/v1/confederations/{slug}", "recordConfederation", "Form a confederation or amend its constitution", "Confederations",
                UPSERTED);
        op("GET /api/v1/confederations/{slug}", "getConfederation", "Read a confederation: its constitution and members now",
                "Confederations", OK);
        op("GET /api/v1/confederations", "listConfederations", "List the confederations", "Confederations", OK);
        op("PUT /api/v1/confederations/{slug}/members/{code}", "admitMember", "Admit a member organisation", "Confederations", UPSERTED);
        op("DELETE /api/v1/confederations/{slug}/members/{code}", "removeMember", "Record that a member left (its mandates end)",
                "Confederations", OK);
        op("POST /api/v1/confederations/{slug}/mandates", "grantMandate", "Grant a mandate (grant-mandate)", "Mandates", CREATED);
        op("GET /api/v1/confederations/{slug}/mandates", "listMandates", "List a confederation's mandates by status and grantor",
                "Mandates", OK);
        op("GET /api/v1/mandates/{id}", "getMandate", "Read a mandate", "Mandates", OK);
        op("POST /api/v1/mandates/{id}/withdrawal", "withdrawMandate", "Withdraw a mandate", "Mandates", OK);
        op("GET /api/v1/confederations/{slug}/coverage", "getCoverage", "Coverage of a topic and the authority it gives", "Coverage", OK);
        op("GET /api/v1/confederations/{slug}/coverage/practices", "getCoveragePractices",
                "Which practices count on a topic, and what it would take to reach each level", "Coverage", OK);
        op("POST /api/v1/people", "registerPerson", "Register a person", "People", CREATED);
        op("GET /api/v1/people/{id}", "getPerson", "Read a person", "People", OK);
        op("POST /api/v1/people/{id}/interests", "declareInterest", "Declare an interest", "People", CREATED);
        op("POST /api/v1/confederations/{slug}/issues", "raiseIssue", "Raise an issue (raise-issue)", "Issues", CREATED);
        op("GET /api/v1/confederations/{slug}/issues", "listIssues", "The issue register", "Issues", OK);
        op("GET /api/v1/issues/{id}", "getIssue", "Read an issue with its positions", "Issues", OK);
        op("POST /api/v1/issues/{id}/positions", "recordPosition", "Record general practice's position (record-position)", "Issues",
                CREATED);
        op("POST /api/v1/issues/{id}/closure", "closeIssue", "Close an issue", "Issues", OK);
        op("POST /api/v1/confederations/{slug}/appointments", "appointDelegate", "Appoint a delegate", "Appointments", CREATED);
        op("GET /api/v1/appointments/{id}", "getAppointment", "Read an appointment", "Appointments", OK);
        op("POST /api/v1/appointments/{id}/end", "endAppointment", "End an appointment", "Appointments", OK);
        op("POST /api/v1/meetings", "scheduleMeeting", "Record a meeting", "Meetings", CREATED);
        op("GET /api/v1/meetings/{id}", "getMeeting", "Read a meeting", "Meetings", OK);
        op("POST /api/v1/briefs", "issueBrief", "Brief a delegate for a meeting (brief-delegate)", "Briefs", CREATED);
        op("GET /api/v1/briefs/{id}", "getBrief", "Read a brief", "Briefs", OK);
        op("GET /api/v1/me/briefs", "listMyBriefs", "The caller's own briefs", "Briefs", OK);
        op("GET /api/v1/confederations/{slug}/briefs", "listConfederationBriefs", "A confederation's briefs", "Briefs", OK);
        op("POST /api/v1/briefs/{id}/acknowledgement", "acknowledgeBrief", "Acknowledge a brief", "Briefs", OK);
        op("POST /api/v1/briefs/{id}/feedback", "feedBack", "Feed back after the meeting (feed-back)", "Briefs", CREATED);
        op("POST /api/v1/briefs/{id}/items/{issue}/ratification", "ratifyOutcome", "Ratify or reject an outcome", "Briefs", OK);
        op("GET /api/v1/speaking-rights", "getSpeakingRights", "Who may speak on a topic, with what authority", "Speaking rights", OK);
        op("GET /api/v1/confederations/{slug}/audit", "getAudit", "The chair's audit: findings by severity", "Audit", OK);
        op("GET /api/v1/confederations/{slug}/actions", "listActions", "Actions agreed at meetings", "Audit", OK);
        op("POST /api/v1/actions/{id}/completion", "completeAction", "Mark an action done", "Audit", OK);
        op("GET /api/v1/events", "listEvents", "The event feed, after a position", "Event feed", OK);
        op("GET /api/v1/confederations/{slug}/popolo", "getPopolo", "Who speaks for whom in a confederation, in Popolo JSON", "Open data",
                OK);
        op("GET /api/v1/ledger/verify", "verifyLedger", "Verify the sealed ledger now", "Ledger", OK);
        op("GET /api/v1/ledger/checkpoints", "listCheckpoints", "The signed checkpoints", "Ledger", OK);
        op("GET /api/v1/ledger/checkpoints/latest", "getLatestCheckpoint", "The latest signed checkpoint", "Ledger", OK);
        op("GET /api/v1/ledger/key", "getLedgerKey", "The public key that checks every checkpoint", "Ledger", OK);
        OPERATIONS.put("GET /api/v1/ledger/export", new Op("exportLedger", "Export the ledger for the offline verifier (JSON lines)",
                "Ledger", OK, "application/x-ndjson", false));
        op("POST /api/v1/admin/replay", "replayReadModels", "Rebuild every read model from the events", "Administration",
                List.of(202));
        op("GET /api/v1/admin/replay", "getReplayProgress", "The replay's progress", "Administration", OK);
        op("POST /api/v1/admin/erasures", "erasePersonalData", "Erase a person's personal data", "Administration", OK);
        keep("POST /api/v1/admin/backups", "backUpLedger", "Back up the embedded ledger online (H2)", "Administration", CREATED);
        keep("GET /api/v1/admin/backups", "listBackups", "The backups taken, newest first", "Administration", OK);
        keep("POST /api/v1/webhooks", "subscribeWebhook", "Subscribe a receiver to events (the secret is shown once)", "Webhooks", CREATED);
        keep("GET /api/v1/webhooks", "listWebhooks", "List webhook subscriptions and their delivery state", "Webhooks", OK);
        keep("GET /api/v1/webhooks/{id}", "getWebhook", "Read a webhook subscription and its delivery state", "Webhooks", OK);
        keep("GET /api/v1/webhooks/{id}/deliveries", "listWebhookDeliveries", "A subscription's delivery log, newest first", "Webhooks", OK);
        keep("POST /api/v1/webhooks/{id}/resumption", "resumeWebhook", "Resume deliveries, from a position or where they stopped", "Webhooks",
                OK);
        keep("DELETE /api/v1/webhooks/{id}", "deleteWebhook", "Delete a subscription and its delivery log", "Webhooks", List.of(204));
    }

    private ApiOperations() {
    }

    private static void op(String key, String id, String summary, String tag, List<Integer> success) {
        OPERATIONS.put(key, new Op(id, summary, tag, success, null, true));
    }

    /** An operation that keeps the service's own arrangements (a webhook, a backup) and records no event: no {@code Ledger-Position}. */
    private static void keep(String key, String id, String summary, String tag, List<Integer> success) {
        OPERATIONS.put(key, new Op(id, summary, tag, success, null, false));
    }

    /** The operation at {@code method path} (path as the document writes it), or {@code null} if the table lacks it. */
    static Op of(String method, String path) {
        return OPERATIONS.get(method + " " + path);
    }
}
