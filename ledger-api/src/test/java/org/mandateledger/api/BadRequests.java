package org.mandateledger.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Bad requests made from good ones, for the bad-input campaign: a valid request to a write endpoint
 * is taken apart one way at a time — the body cut short or broken, a field of the wrong type, out
 * of its bounds, naming nothing recorded, missing, duplicated or unknown, nested too deep, a body
 * too large, a wrong content type, a malformed or unknown identifier in the path — so that every
 * request is refused for one reason, and reaches as far into the service as that reason lets it.
 *
 * <p>Each mutation is chosen to be invalid whatever else the request holds: a field is removed or
 * set to null only if it is required, a reference is replaced only by one nothing recorded bears,
 * a date only by one the calendar or the ledger's years refuse. Where the contract leaves room
 * (nothing here does yet), the request is marked {@link Expect#MAY_BE_ACCEPTED} with the reason.
 */
final class BadRequests {

    /** What a generated request must get: refused as a 4xx problem recording nothing, or, if legal after all, anything but a 5xx. */
    enum Expect { REFUSED, MAY_BE_ACCEPTED }

    /** One generated request. {@code body} is null for none. */
    record Request(String mutation, String method, String path, byte[] body, String contentType, boolean chunked, Expect expect) {

        String describe() {
            String shown = body == null ? "(no body)" : new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8)
                    .replaceAll("[\\x00-\\x1F\\x7F-\\x9F]", "\u00bf") + (body.length > 600 ? "... (" + body.length + " bytes)" : "");
            return "[" + mutation + "] " + method + " " + abbreviate(path, 200) + " (" + (contentType == null ? "no content type" : contentType)
                    + (chunked ? ", chunked" : "") + ") " + shown;
        }
    }

    /** A path segment: fixed text, or a parameter with its valid value and how an unknown one fares. */
    record Segment(String text, Param param, Supplier<String> valid) {

        static Segment literal(String text) {
            return new Segment(text, null, null);
        }

        static Segment param(Param param, Supplier<String> valid) {
            return new Segment(null, param, valid);
        }
    }

    /**
     * Path parameters. An unknown but well-formed value is a bad request only where the endpoint
     * refers to something that must exist; {@code PUT} by natural key registers an unknown one.
     */
    enum Param {
        UUID(true), SLUG(true), CODE(true), FRESH_SLUG(false), FRESH_CODE(false);

        final boolean unknownRefused;

        Param(boolean unknownRefused) {
            this.unknownRefused = unknownRefused;
        }
    }

    /**
     * A write endpoint and a valid request to it. {@code body} gives a fresh valid body (null for an
     * endpoint without one); {@code required} lists the fields whose absence or null is invalid
     * (dotted paths, {@code items[0].issue}).
     */
    record Target(String name, String method, String user, List<Segment> path, Supplier<JsonNode> body, Set<String> required,
                  boolean bodyOptional) {

        String validPath() {
            StringBuilder out = new StringBuilder();
            for (Segment segment : path) {
                out.append(segment.text() != null ? segment.text() : segment.valid().get());
            }
            return out.toString();
        }
    }

    /** The kinds of values the contract's bodies hold, by what bounds them. */
    enum Kind { TITLE, TEXT, ENUM, DATE, INSTANT, UUID, CODE, SLUG, SCOPE, TERM, SHARE, DAYS, COUNT, OBJECT, LIST }

    static final Map<String, List<String>> ENUMS = Map.of(
            "ceiling", List.of("OBSERVE", "REPRESENT", "NEGOTIATE", "AGREE"),
            "authority", List.of("OBSERVE", "REPRESENT", "NEGOTIATE", "AGREE"),
            "kind", List.of("PRACTICE", "PCN", "FEDERATION", "LMC", "CONFEDERATION", "ICB", "TRUST", "LOCAL_AUTHORITY", "OTHER"),
            "level", List.of("NEIGHBOURHOOD", "PLACE", "SYSTEM", "REGION", "NATIONAL"),
            "scope", List.of("COLLECTIVE", "RESERVED"),
            "category", List.of("FINANCIAL", "PROFESSIONAL", "PERSONAL", "INDIRECT"),
            "outcome", List.of("AGREED", "NOT_AGREED", "DEFERRED", "NOTED"),
            "decision", List.of("RATIFIED", "REJECTED"),
            "ground", List.of("PERSON_ASKED", "NO_LONGER_NEEDED", "UNLAWFULLY_HELD", "LEGAL_OBLIGATION"));

    private static final Map<String, Kind> BY_NAME = Map.ofEntries(
            Map.entry("name", Kind.TITLE), Map.entry("title", Kind.TITLE), Map.entry("place", Kind.TITLE), Map.entry("role", Kind.TITLE),
            Map.entry("login", Kind.TITLE),
            Map.entry("description", Kind.TEXT), Map.entry("reason", Kind.TEXT), Map.entry("statement", Kind.TEXT),
            Map.entry("summary", Kind.TEXT), Map.entry("notes", Kind.TEXT), Map.entry("note", Kind.TEXT), Map.entry("terms", Kind.TEXT),
            Map.entry("evidence", Kind.TEXT),
            Map.entry("validFrom", Kind.DATE), Map.entry("validUntil", Kind.DATE), Map.entry("from", Kind.DATE),
            Map.entry("until", Kind.DATE), Map.entry("due", Kind.DATE), Map.entry("listSizeDate", Kind.DATE),
            Map.entry("startsAt", Kind.INSTANT), Map.entry("agreedAt", Kind.INSTANT),
            Map.entry("appointment", Kind.UUID), Map.entry("meeting", Kind.UUID), Map.entry("issue", Kind.UUID), Map.entry("person", Kind.UUID),
            Map.entry("grantor", Kind.CODE), Map.entry("raisedBy", Kind.CODE), Map.entry("reservedTo", Kind.CODE),
            Map.entry("organisation", Kind.CODE), Map.entry("owner", Kind.CODE), Map.entry("convenor", Kind.CODE), Map.entry("pcn", Kind.CODE),
            Map.entry("topic", Kind.SLUG), Map.entry("parent", Kind.SLUG), Map.entry("forum", Kind.SLUG),
            Map.entry("practices", Kind.SHARE), Map.entry("patients", Kind.SHARE),
            Map.entry("feedbackDueDays", Kind.DAYS), Map.entry("registeredPatients", Kind.COUNT));

    private static final Map<String, Kind> ELEMENTS = Map.ofEntries(
            Map.entry("topics", Kind.SCOPE), Map.entry("forums", Kind.SCOPE),
            Map.entry("for", Kind.CODE), Map.entry("against", Kind.CODE), Map.entry("abstain", Kind.CODE),
            Map.entry("essentialTerms", Kind.TEXT), Map.entry("negotiableTerms", Kind.TEXT), Map.entry("referBack", Kind.TEXT),
            Map.entry("commitments", Kind.TEXT),
            Map.entry("mayConcede", Kind.TERM), Map.entry("conceded", Kind.TERM),
            Map.entry("items", Kind.OBJECT), Map.entry("unbriefed", Kind.OBJECT), Map.entry("actions", Kind.OBJECT));

    /** Fields whose values name something recorded: one nothing bears is refused. */
    private static final Set<String> REFERENCES = Set.of("grantor", "raisedBy", "reservedTo", "organisation", "owner", "convenor", "pcn",
            "topic", "parent", "forum", "appointment", "meeting", "issue", "person", "topics", "forums", "for", "against", "abstain",
            "mayConcede", "conceded");

    /** Lists that hold at least one item. */
    private static final Set<String> NON_EMPTY_LISTS = Set.of("topics", "forums");

    /** One place in a body: an object's member or an array's element. */
    record Field(List<Object> path, String name, boolean element, JsonNode value, Kind kind) {

        String dotted() {
            return dotted(path);
        }

        static String dotted(List<Object> path) {
            StringBuilder out = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer i) {
                    out.append('[').append(i).append(']');
                } else {
                    if (!out.isEmpty()) {
                        out.append('.');
                    }
                    out.append(step);
                }
            }
            return out.toString();
        }
    }

    /** A change to a body as it is written out: the edited JSON is written by hand, so it may be anything. */
    sealed interface Edit permits Replace, Remove, AddMember, Duplicate {
    }

    record Replace(List<Object> at, String raw) implements Edit {
    }

    record Remove(List<Object> at) implements Edit {
    }

    record AddMember(List<Object> object, String name, String raw) implements Edit {
    }

    record Duplicate(List<Object> at, String raw) implements Edit {
    }

    /** A bad value for a field, as JSON text. */
    private record Bad(String what, String raw, Expect expect) {

        Bad(String what, String raw) {
            this(what, raw, Expect.REFUSED);
        }
    }

    /** Marks where bytes that are not UTF-8 go into a body. */
    private static final String NOT_UTF8 = "@@NOT-UTF8@@";

    private static final String[] CONTENT_TYPES = {null, "text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded",
            "application/octet-stream", "text/json", "image/png", "multipart/form-data; boundary=ledger", "application/jsonx", "json", "application/"};

    private BadRequests() {
    }

    // ---------------------------------------------------------------------------------------------------------------------------
    // Requests to JSON endpoints

    /**
     * One bad request to a target, drawn with {@code random}. A state transition (a withdrawal, a
     * closure, feedback...) happens once: there, nothing that may be legal is sent, so that the
     * record it acts on stays as it was for the tries after.
     */
    static Request next(Random random, Target target) {
        Request request = draw(random, target);
        while (request.expect() == Expect.MAY_BE_ACCEPTED && transition(target)) {
            request = draw(random, target);
        }
        return request;
    }

    private static boolean transition(Target target) {
        String last = target.path().get(target.path().size() - 1).text();
        return last != null && List.of("/withdrawal", "/closure", "/end", "/acknowledgement", "/feedback", "/ratification", "/completion")
                .contains(last);
    }

    private static Request draw(Random random, Target target) {
        JsonNode valid = target.body() == null ? null : target.body().get();
        boolean pathable = target.path().stream().anyMatch(s -> s.param() != null);
        if (valid == null || (pathable && random.nextInt(8) == 0)) {
            return badPath(random, target, valid);
        }
        String compact = LedgerHttp.JSON.writeValueAsString(valid);
        int choice = random.nextInt(100);
        if (choice < 45) {
            return fieldMutation(random, target, valid);
        }
        String path = target.validPath();
        if (choice < 53) {
            int cut = target.bodyOptional() ? 1 + random.nextInt(compact.length() - 1) : random.nextInt(compact.length());
            return json(target, "truncated at " + cut + " of " + compact.length(), path, compact.substring(0, cut));
        }
        if (choice < 59) {
            return json(target, "structure broken", path, breakStructure(random, compact));
        }
        if (choice < 62) {
            String junk = pick(random, "}", "]", "x", "{}", "[]", "null", ",", "\"", "0", "/* */", "\u00e9");
            return json(target, "trailing '" + junk + "'", path, compact + pick(random, "", " ", "\n") + junk);
        }
        if (choice < 65) {
            List<String> shapes = new ArrayList<>(List.of("[]", "[" + compact + "]", "\"" + "text" + "\"", "42", "true", "{\"\":" + compact + "}"));
            if (!target.bodyOptional()) {
                shapes.addAll(List.of("null", "", "   ", "{}"));
            }
            String shape = shapes.get(random.nextInt(shapes.size()));
            return json(target, "body is '" + abbreviate(shape, 30) + "'", path, shape);
        }
        if (choice < 72) {
            return objectMutation(random, target, valid);
        }
        if (choice < 76) {
            return deepNesting(random, target, valid, compact, path);
        }
        if (choice < 78) {
            return tooLarge(random, target, valid, path);
        }
        if (choice < 84) {
            return stringMutation(random, target, valid, path);
        }
        if (choice < 92) {
            String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            return new Request("content type " + type, target.method(), path, utf8(compact), type, false, Expect.REFUSED);
        }
        return fieldMutation(random, target, valid);
    }

    private static Request json(Target target, String mutation, String path, String body) {
        return new Request(mutation, target.method(), path, utf8(body), "application/json", false, Expect.REFUSED);
    }

    private static Request json(Target target, String mutation, String path, JsonNode valid, Edit edit, Expect expect) {
        return new Request(mutation, target.method(), path, utf8(write(valid, edit)), "application/json", false, expect);
    }

    /** A field's value made bad for its kind, of another type, naming nothing recorded, or the field missing or null. */
    private static Request fieldMutation(Random random, Target target, JsonNode valid) {
        List<Field> fields = fields(valid);
        Field field = fields.get(random.nextInt(fields.size()));
        String path = target.validPath();
        boolean required = target.required().contains(field.dotted());
        int choice = random.nextInt(10);
        if (required && choice == 0) {
            return json(target, field.dotted() + " missing", path, valid, new Remove(field.path()), Expect.REFUSED);
        }
        if (required && choice == 1) {
            return json(target, field.dotted() + " null", path, valid, new Replace(field.path(), "null"), Expect.REFUSED);
        }
        if (choice == 2 && REFERENCES.contains(field.name()) && field.value().isString()) {
            String unknown = unknownLike(random, field);
            if (unknown != null) {
                return json(target, field.dotted() + " names nothing recorded", path, valid, new Replace(field.path(), str(unknown)),
                        Expect.REFUSED);
            }
        }
        Bad bad = badValue(random, field);
        return json(target, field.dotted() + " " + bad.what(), path, valid, new Replace(field.path(), bad.raw()), bad.expect());
    }

    /** An unknown member, a duplicate key, in the body or any object within it. */
    private static Request objectMutation(Random random, Target target, JsonNode valid) {
        List<List<Object>> objects = new ArrayList<>();
        objects.add(List.of());
        for (Field field : fields(valid)) {
            if (field.value().isObject()) {
                objects.add(field.path());
            }
        }
        List<Object> object = objects.get(random.nextInt(objects.size()));
        JsonNode node = at(valid, object);
        String path = target.validPath();
        if (random.nextBoolean() && node.size() > 0) {
            List<String> names = new ArrayList<>(node.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            List<Object> member = append(object, name);
            String again = random.nextBoolean() ? LedgerHttp.JSON.writeValueAsString(node.get(name)) : pick(random, "null", "\"x\"", "1", "{}");
            return json(target, "duplicate key " + Field.dotted(member), path, valid, new Duplicate(member, again), Expect.REFUSED);
        }
        String name = unknownName(random, node);
        return json(target, "unknown field " + (object.isEmpty() ? "" : Field.dotted(object) + ".") + name, path, valid,
                new AddMember(object, name, pick(random, "null", "\"x\"", "1", "{}", "[]", "true")), Expect.REFUSED);
    }

    /** A value, or the whole body, nested past the contract's 32 levels. */
    private static Request deepNesting(Random random, Target target, JsonNode valid, String compact, String path) {
        int depth = 33 + (random.nextInt(4) == 0 ? random.nextInt(20_000) : random.nextInt(40));
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        if (random.nextInt(3) == 0) {
            return json(target, "body nested " + depth + " deep", path, "[".repeat(depth) + compact + "]".repeat(depth));
        }
        List<Field> fields = fields(valid);
        Field field = fields.get(random.nextInt(fields.size()));
        return json(target, field.dotted() + " nested " + depth + " deep", path, valid, new Replace(field.path(), nested), Expect.REFUSED);
    }

    /** A body past 1 MiB: a string that long, or padding; declared, or streamed without a length. */
    private static Request tooLarge(Random random, Target target, JsonNode valid, String path) {
        int size = BODY_LIMIT + 1 + random.nextInt(512 * 1024);
        boolean chunked = random.nextBoolean();
        List<Field> strings = fields(valid).stream().filter(f -> f.value().isString()).toList();
        String body;
        String what;
        if (!strings.isEmpty() && random.nextBoolean()) {
            Field field = strings.get(random.nextInt(strings.size()));
            body = write(valid, new Replace(field.path(), str("x".repeat(size))));
            what = field.dotted() + " of " + size + " characters";
        } else {
            String compact = LedgerHttp.JSON.writeValueAsString(valid);
            body = compact.substring(0, compact.length() - 1) + " ".repeat(size) + "}";
            what = "body padded to " + body.length() + " bytes";
        }
        return new Request(what + (chunked ? ", streamed" : ""), target.method(), path, utf8(body), "application/json", chunked, Expect.REFUSED);
    }

    /** A string field made bad in ways the parser lets through to validation: huge, control characters, not UTF-8, lone surrogates. */
    private static Request stringMutation(Random random, Target target, JsonNode valid, String path) {
        List<Field> strings = fields(valid).stream().filter(f -> f.value().isString()).toList();
        if (strings.isEmpty()) {
            return fieldMutation(random, target, valid);
        }
        Field field = strings.get(random.nextInt(strings.size()));
        String value = field.value().asString();
        int choice = random.nextInt(5);
        if (choice == 0) {
            int length = 4_001 + random.nextInt(random.nextBoolean() ? 5_000 : 900_000);
            return json(target, field.dotted() + " of " + length + " characters", path, valid,
                    new Replace(field.path(), str(randomText(random, length))), Expect.REFUSED);
        }
        if (choice == 1) {
            char control = control(random);
            int at = random.nextInt(value.length() + 1);
            String raw = str(value.substring(0, at) + control + value.substring(at));
            return json(target, field.dotted() + " with control character U+" + hex(control) + " at " + at, path, valid,
                    new Replace(field.path(), raw), trimmed(field, control, at, value) ? Expect.MAY_BE_ACCEPTED : Expect.REFUSED);
        }
        if (choice == 2) {
            char control = random.nextBoolean() ? (char) random.nextInt(0x20) : (char) 0x7F;
            int at = random.nextInt(value.length() + 1);
            String escaped = LedgerHttp.JSON.writeValueAsString(value.substring(0, at));
            String rest = LedgerHttp.JSON.writeValueAsString(value.substring(at));
            String raw = escaped.substring(0, escaped.length() - 1) + control + rest.substring(1);
            String what = control == '\t' || control == '\n' ? "unescaped" : "unescaped control";
            return json(target, field.dotted() + " with " + what + " U+" + hex(control) + " at " + at, path, valid,
                    new Replace(field.path(), raw), Expect.REFUSED);
        }
        if (choice == 3) {
            String bytes = pick(random, "C3 28", "FF", "FE FF", "80", "E2 82", "ED A0 80", "C0 AF", "F8 88 80 80 80", "F4 90 80 80");
            String raw = str(value.substring(0, value.length() / 2) + NOT_UTF8 + bytes + NOT_UTF8 + value.substring(value.length() / 2));
            return json(target, field.dotted() + " with bytes " + bytes + " (not UTF-8)", path, valid, new Replace(field.path(), raw),
                    Expect.REFUSED);
        }
        String surrogate = pick(random, "\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d");
        String escaped = LedgerHttp.JSON.writeValueAsString(value);
        String raw = escaped.substring(0, escaped.length() - 1) + surrogate + "\"";
        return json(target, field.dotted() + " with lone surrogate " + surrogate, path, valid, new Replace(field.path(), raw),
                Expect.REFUSED);
    }

    /**
     * Legal after all: Jackson reads an enum name and a UUID with {@code String.trim()}, which drops
     * every character up to U+0020 at either end; what is recorded is exactly the name or the UUID.
     */
    private static boolean trimmed(Field field, char added, int at, String value) {
        return (field.kind() == Kind.ENUM || field.kind() == Kind.UUID) && added <= ' ' && (at == 0 || at == value.length());
    }

    /** A path parameter malformed, or well-formed but naming nothing recorded where something must exist. */
    private static Request badPath(Random random, Target target, JsonNode valid) {
        List<Integer> params = new ArrayList<>();
        for (int i = 0; i < target.path().size(); i++) {
            if (target.path().get(i).param() != null) {
                params.add(i);
            }
        }
        int index = params.get(random.nextInt(params.size()));
        Segment segment = target.path().get(index);
        String bad;
        String what;
        if (segment.param().unknownRefused && random.nextInt(3) == 0) {
            bad = switch (segment.param()) {
                case UUID -> UUID.randomUUID().toString();
                case SLUG -> "fz-none-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                default -> "ZQ" + (1000 + random.nextInt(9000));
            };
            what = "path names nothing recorded: " + bad;
        } else {
            bad = malformedSegment(random, segment);
            what = "path malformed: '" + abbreviate(bad, 40) + "'";
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < target.path().size(); i++) {
            Segment s = target.path().get(i);
            path.append(i == index ? bad : s.text() != null ? s.text() : s.valid().get());
        }
        byte[] body = valid == null ? null : utf8(LedgerHttp.JSON.writeValueAsString(valid));
        return new Request(what, target.method(), path.toString(), body, body == null ? null : "application/json", false, Expect.REFUSED);
    }

    private static String malformedSegment(Random random, Segment segment) {
        String valid = segment.valid().get();
        List<String> bad = new ArrayList<>(List.of("%20", "%00", "..%3B", "%3B", "%25", "%C3%A9", "%FF", "a%0Ab", "%2e%2e", "x".repeat(65),
                "%E2%80%AE" + valid, "%7B%7D"));
        if (segment.param() != Param.UUID) {
            // Spring trims whitespace around a UUID in the path: there it names the same record.
            bad.add(valid + "%09");
        }
        switch (segment.param()) {
            case UUID -> bad.addAll(List.of("not-a-uuid", "1234", valid + "0", valid.substring(1), "g" + valid.substring(1),
                    "%7B" + valid + "%7D", valid.replace("-", ""), "null", "0", "-1", "1e3", "x".repeat(2000)));
            case SLUG, FRESH_SLUG -> bad.addAll(List.of(valid.toUpperCase(), "fz_topic", "fz%20topic", "-".repeat(65), "%2A", "fz.topic",
                    "fz%C3%A9", "x".repeat(2000)));
            default -> bad.addAll(List.of(valid.toLowerCase(), "N8", "N".repeat(21), "-" + valid, "FZ%20001", "FZ_001", "%2A",
                    "FZ%C3%89", "x".repeat(2000)));
        }
        return bad.get(random.nextInt(bad.size()));
    }

    // ---------------------------------------------------------------------------------------------------------------------------
    // Bad values by kind

    private static Bad badValue(Random random, Field field) {
        JsonNode value = field.value();
        String text = value.isString() ? value.asString() : "";
        List<Bad> bad = new ArrayList<>();
        switch (field.kind()) {
            case TITLE -> {
                bad.add(new Bad("over 200 characters", str(randomText(random, 201 + random.nextInt(random.nextBoolean() ? 20 : 5_000)))));
                bad.add(new Bad("blank", str(pick(random, "", " ", "   "))));
                bad.add(new Bad("with control character", str(insert(random, text, control(random)))));
                bad.addAll(wrongTypes(random, "string"));
            }
            case TEXT -> {
                bad.add(new Bad("over 4,000 characters", str(randomText(random, 4_001 + random.nextInt(random.nextBoolean() ? 20 : 20_000)))));
                bad.add(new Bad("with control character", str(insert(random, text, control(random)))));
                bad.addAll(wrongTypes(random, "string"));
            }
            case ENUM -> {
                List<String> names = ENUMS.get(field.name());
                String name = names.get(random.nextInt(names.size()));
                bad.add(new Bad("unknown value", str(pick(random, "SUPREME", "UNKNOWN", "NONE", "ALL", "*", name + "S", name + "_"))));
                bad.add(new Bad("in lower case", str(name.toLowerCase())));
                // Legal after all: Jackson trims whitespace around an enum name, and the name is unambiguous.
                bad.add(new Bad("padded (Jackson trims it: may be accepted)", str(pick(random, " " + name, name + " ", "\t" + name)),
                        Expect.MAY_BE_ACCEPTED));
                bad.add(new Bad("empty", str("")));
                bad.add(new Bad("as a list", "[" + str(name) + "]"));
                bad.add(new Bad("as an index", String.valueOf(random.nextInt(names.size()))));
                bad.addAll(wrongTypes(random, "enum"));
            }
            case DATE -> {
                bad.add(new Bad("impossible", str(pick(random, "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-02-29",
                        "2026-12-32", "2026-01-00"))));
                bad.add(new Bad("in another form", str(pick(random, "2026/01/01", "01-02-2026", "20260101", "2026-1-1", "26-01-01",
                        "1 January 2026", "2026-01-01 ", "2026-W01-1", "tomorrow"))));
                bad.add(new Bad("outside 1900-9999", str(pick(random, "1899-12-31", "0999-12-31", "0001-01-01", "0000-01-01",
                        "+10000-01-01", "-2026-01-01", "+999999999-12-31", "-999999999-01-01"))));
                bad.add(new Bad("as an instant", str(pick(random, "2026-01-01T00:00:00Z", "2026-01-01T10:00"))));
                bad.add(new Bad("as numbers", pick(random, "20260101", "[2026,1,1]", "1767225600")));
                bad.add(new Bad("empty", str("")));
                bad.addAll(wrongTypes(random, "date"));
            }
            case INSTANT -> {
                bad.add(new Bad("impossible", str(pick(random, "2026-11-22T25:00:00Z", "2026-02-30T10:00:00Z", "2026-11-22T10:61:00Z",
                        "2026-11-22T10:00:60Z"))));
                bad.add(new Bad("in another form", str(pick(random, "2026-11-22", "2026-11-22T10:00:00", "2026-11-22 10:00:00Z",
                        "22/11/2026 10:00", "now", "2026-11-22T10:00:00+25:00", "2026-11-22T10:00:00 Z"))));
                bad.add(new Bad("outside 1900-9999", str(pick(random, "1899-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
                        "+10000-01-01T00:00:00Z", "+1000000000-06-01T00:00:00Z", "-1000000000-06-01T00:00:00Z"))));
                bad.add(new Bad("as a number", pick(random, "1767225600", "1767225600.5", "-1", "1e20")));
                bad.add(new Bad("empty", str("")));
                bad.addAll(wrongTypes(random, "instant"));
            }
            case UUID -> {
                bad.add(new Bad("malformed", str(pick(random, "not-a-uuid", "1234", text + "0", text.substring(1), "g" + text.substring(1),
                        "{" + text + "}", text.replace("-", ""), "00000000-0000-0000-0000-00000000000G", ""))));
                bad.add(new Bad("padded (Jackson trims it: may be accepted)", str(pick(random, " " + text, text + "\t")), Expect.MAY_BE_ACCEPTED));
                bad.add(new Bad("as a number", pick(random, "0", "42", "-1")));
                bad.addAll(wrongTypes(random, "uuid"));
            }
            case CODE -> {
                bad.add(new Bad("malformed", str(pick(random, text.toLowerCase(), "N8", "N".repeat(21), "-" + text, text.charAt(0) + " " + text.substring(1),
                        text + "_1", text + "\u00c9", "", "*", " " + text, text + " "))));
                bad.addAll(wrongTypes(random, "code"));
            }
            case SLUG -> {
                bad.add(new Bad("malformed", str(pick(random, text.toUpperCase(), text.replace('-', '_'), text.replace('-', ' '), "x".repeat(65),
                        "", "*", text + "\u00e9", " " + text, text + "/x"))));
                bad.addAll(wrongTypes(random, "slug"));
            }
            case SCOPE -> {
                bad.add(new Bad("malformed", str(pick(random, text.toUpperCase(), text.replace('-', '_'), "x".repeat(65), "", "**", "all",
                        " " + text))));
                bad.addAll(wrongTypes(random, "slug"));
            }
            case TERM -> {
                bad.add(new Bad("over 10 characters", str(pick(random, "N1234567890", "N" + "1".repeat(11 + random.nextInt(100))))));
                if (field.name().equals("conceded")) {
                    // Conceding an essential term (E1) is not bad input: feedback records it, and the ledger finds a red-line
                    // breach (domain.md). Only a term the position does not have is refused.
                    bad.add(new Bad("not a term of the position", str(pick(random, "N99", "", "n1", "N0", "X1"))));
                } else {
                    bad.add(new Bad("not a negotiable term", str(pick(random, "E1", "N99", "", "n1", "N0", "X1"))));
                }
                bad.addAll(wrongTypes(random, "term"));
            }
            case SHARE -> {
                bad.add(new Bad("outside (0, 1]", pick(random, "0", "-0.5", "1.0000000001", "1.5", "2", "10", "-0", "1e400", "-1e-400")));
                bad.add(new Bad("with 11 decimals or more", pick(random, "0.12345678901", "1e-20", "0.50000000001")));
                bad.add(new Bad("as text", str(pick(random, "half", "50%", "1/2", ""))));
                bad.addAll(wrongTypes(random, "share"));
            }
            case DAYS -> {
                bad.add(new Bad("outside 0-365", pick(random, "-1", "366", "1000000", "2147483648", "-2147483649", "99999999999999999999")));
                bad.add(new Bad("not whole", pick(random, "7.5", "1e400", "0.1")));
                bad.add(new Bad("as text", str(pick(random, "seven", "7 days", ""))));
                bad.addAll(wrongTypes(random, "count"));
            }
            case COUNT -> {
                bad.add(new Bad("negative or too large", pick(random, "-1", "-100", "9223372036854775808", "1e30", "-9223372036854775809")));
                bad.add(new Bad("not whole", pick(random, "12.5", "0.1")));
                bad.add(new Bad("as text", str(pick(random, "many", "1,000", ""))));
                bad.addAll(wrongTypes(random, "count"));
            }
            case OBJECT -> bad.addAll(wrongTypes(random, "object"));
            case LIST -> {
                bad.addAll(wrongTypes(random, "list"));
                JsonNode first = value.size() > 0 ? value.get(0) : null;
                String element = first != null ? LedgerHttp.JSON.writeValueAsString(first) : "\"x\"";
                int length = 1_001 + random.nextInt(random.nextBoolean() ? 10 : 3_000);
                bad.add(new Bad("of " + length + " items", "[" + String.join(",", java.util.Collections.nCopies(length, element)) + "]"));
                bad.add(new Bad("holding null", first == null ? "[null]" : "[" + element + ",null]"));
                if (NON_EMPTY_LISTS.contains(field.name())) {
                    bad.add(new Bad("empty", "[]"));
                }
                if (field.kind() == Kind.LIST && ELEMENTS.get(field.name()) == Kind.SCOPE) {
                    bad.add(new Bad("with * beside a slug", "[\"*\"," + element + "]"));
                }
            }
        }
        return bad.get(random.nextInt(bad.size()));
    }

    /** Values of other JSON types than the field's, none of which the contract accepts. */
    private static List<Bad> wrongTypes(Random random, String kind) {
        List<Bad> bad = new ArrayList<>();
        if (!kind.equals("object")) {
            bad.add(new Bad("as an object", pick(random, "{}", "{\"value\":\"x\"}")));
        }
        if (!kind.equals("list")) {
            bad.add(new Bad("as a list", pick(random, "[]", "[\"x\"]", "[1,2]")));
        }
        bad.add(new Bad("as a boolean", pick(random, "true", "false")));
        if (!kind.equals("count") && !kind.equals("share")) {
            bad.add(new Bad("as a number", pick(random, "42", "-1", "3.5", "1e400")));
        }
        return bad;
    }

    /** A value of the field's shape that nothing recorded bears; null where a made-up one might exist. */
    private static String unknownLike(Random random, Field field) {
        String tag = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        return switch (field.kind()) {
            case UUID -> UUID.randomUUID().toString();
            case CODE -> "ZQ" + tag.substring(0, Math.min(6, tag.length())).toUpperCase();
            case SLUG, SCOPE -> "fz-none-" + tag;
            case TERM -> "N" + (50 + random.nextInt(50));
            default -> null;
        };
    }

    private static String unknownName(Random random, JsonNode object) {
        String name;
        do {
            name = pick(random, "x", "id", "status", "version", "grantedBy", "supporting", "Title", "NAME", "code", "confederation", "_links",
                    "", " ", "\u00e9", "$ref", "__proto__", "items2") + (random.nextInt(4) == 0 ? Integer.toString(random.nextInt(100)) : "");
        } while (object.has(name));
        return name;
    }

    // ---------------------------------------------------------------------------------------------------------------------------
    // Bodies as trees, and writing them out edited

    static List<Field> fields(JsonNode root) {
        List<Field> fields = new ArrayList<>();
        collect(root, List.of(), fields);
        return fields;
    }

    private static void collect(JsonNode node, List<Object> path, List<Field> out) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode value = node.get(name);
                List<Object> at = append(path, name);
                out.add(new Field(at, name, false, value, kindOf(name, value, false)));
                collect(value, at, out);
            }
        } else if (node.isArray()) {
            String name = path.isEmpty() ? "" : String.valueOf(path.get(path.size() - 1));
            for (int i = 0; i < node.size(); i++) {
                List<Object> at = append(path, i);
                out.add(new Field(at, name, true, node.get(i), kindOf(name, node.get(i), true)));
                collect(node.get(i), at, out);
            }
        }
    }

    private static Kind kindOf(String name, JsonNode value, boolean element) {
        if (element) {
            Kind kind = ELEMENTS.get(name);
            return kind != null ? kind : value.isObject() ? Kind.OBJECT : Kind.TEXT;
        }
        if (value.isArray()) {
            return Kind.LIST;
        }
        if (value.isObject()) {
            return Kind.OBJECT;
        }
        if (ENUMS.containsKey(name)) {
            return Kind.ENUM;
        }
        Kind kind = BY_NAME.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("no kind known for field '" + name + "': add it to BadRequests");
        }
        return kind;
    }

    static String write(JsonNode root, Edit edit) {
        StringBuilder out = new StringBuilder();
        write(root, List.of(), edit, out);
        return out.toString();
    }

    private static void write(JsonNode node, List<Object> path, Edit edit, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            if (edit instanceof AddMember add && add.object().equals(path)) {
                out.append(str(add.name())).append(':').append(add.raw());
                first = false;
            }
            for (String name : node.propertyNames()) {
                List<Object> at = append(path, name);
                if (edit instanceof Remove remove && remove.at().equals(at)) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(str(name)).append(':');
                writeValue(node.get(name), at, edit, out);
                if (edit instanceof Duplicate duplicate && duplicate.at().equals(at)) {
                    out.append(',').append(str(name)).append(':').append(duplicate.raw());
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            boolean first = true;
            for (int i = 0; i < node.size(); i++) {
                List<Object> at = append(path, i);
                if (edit instanceof Remove remove && remove.at().equals(at)) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeValue(node.get(i), at, edit, out);
            }
            out.append(']');
        } else {
            out.append(LedgerHttp.JSON.writeValueAsString(node));
        }
    }

    private static void writeValue(JsonNode value, List<Object> at, Edit edit, StringBuilder out) {
        if (edit instanceof Replace replace && replace.at().equals(at)) {
            out.append(replace.raw());
        } else {
            write(value, at, edit, out);
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    /** Breaks the JSON at one of its structural characters outside strings: removed, doubled or replaced. */
    private static String breakStructure(Random random, String json) {
        List<Integer> positions = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    positions.add(i);
                }
            } else if (c == '"') {
                inString = true;
                positions.add(i);
            } else if ("{}[]:,".indexOf(c) >= 0) {
                positions.add(i);
            }
        }
        int at = positions.get(random.nextInt(positions.size()));
        char c = json.charAt(at);
        return switch (random.nextInt(3)) {
            case 0 -> json.substring(0, at) + json.substring(at + 1);
            case 1 -> json.substring(0, at) + c + json.substring(at);
            default -> json.substring(0, at) + pick(random, "x", "#", ";", "'", "=", "\\") + json.substring(at + 1);
        };
    }

    // ---------------------------------------------------------------------------------------------------------------------------
    // Small helpers

    static final int BODY_LIMIT = 1024 * 1024;

    static String str(String value) {
        return LedgerHttp.JSON.writeValueAsString(value);
    }

    /** UTF-8, except where {@link #NOT_UTF8} marks hex bytes that are no UTF-8 at all. */
    static byte[] utf8(String text) {
        if (!text.contains(NOT_UTF8)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.split(NOT_UTF8, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            } else {
                for (String hex : parts[i].split(" ")) {
                    out.write(Integer.parseInt(hex, 16));
                }
            }
        }
        return out.toByteArray();
    }

    /** A control character the contract refuses: C0 but newline and tab, DEL, or C1. */
    static char control(Random random) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            char c;
            do {
                c = (char) random.nextInt(0x20);
            } while (c == '\n' || c == '\t');
            return c;
        }
        return kind == 1 ? (char) 0x7F : (char) (0x80 + random.nextInt(0x20));
    }

    private static String insert(Random random, String text, char c) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + c + text.substring(at);
    }

    static String randomText(Random random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,'-\u00e9\u00fc\u4e2d";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    @SafeVarargs
    static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }
}
