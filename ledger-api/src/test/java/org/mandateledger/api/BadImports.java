package org.mandateledger.api;

import static org.mandateledger.api.BadRequests.pick;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mandateledger.api.BadRequests.Expect;
import org.mandateledger.api.BadRequests.Request;

/**
 * Bad ODS imports made from a good one: small epraccur, ePCN and list-size files of the campaign's
 * own codes (so that nothing another test counts could change), each broken one way at a time —
 * a row cut short, a bad code, status, date, number or name, bytes that are not UTF-8, a column
 * too many or missing, a file missing or empty — or the multipart request itself malformed, of
 * the wrong content type, or over 32 MiB. Every mutation leaves the import invalid as a whole:
 * the importer reads every file before recording anything, so none may record anything.
 */
final class BadImports {

    static final String PATH = "/api/v1/organisations/import";
    static final long MULTIPART_LIMIT = 32L * 1024 * 1024;

    private static final List<String> EPRACCUR_TEMPLATE = List.of("CODE", "NAME", "Y62", "QYG", "FUZZ HOUSE", "1 FUZZ STREET", "CREWE",
            "CHESHIRE", "", "CW1 1AA", "19740401", "", "A", "B", "27D", "20200401", "", "01270 000000", "", "", "", "0", "", "27D", "", "4", "");
    private static final List<String> EPCN_HEADER = List.of("Partner Organisation Code", "Partner Name", "Practice Parent Sub ICB Loc Code",
            "Practice Parent Sub ICB Loc Name", "PCN Code", "PCN Name", "PCN Parent Sub ICB Loc Code", "PCN Parent Sub ICB Loc Name",
            "Practice to PCN Relationship Start Date", "Practice to PCN Relationship End Date",
            "Practice Sub ICB Loc and PCN Sub ICB Loc Match");
    private static final List<String> LIST_HEADER = List.of("PUBLICATION", "EXTRACT_DATE", "TYPE", "SUB_ICB_LOCATION_CODE",
            "ONS_SUB_ICB_LOCATION_CODE", "CODE", "POSTCODE", "SEX", "AGE", "NUMBER_OF_PATIENTS");

    /** One file as rows of fields; epraccur has no header and quotes every field. */
    private record CsvFile(String part, boolean quoted, List<List<String>> rows) {

        CsvFile copy() {
            List<List<String>> copied = new ArrayList<>();
            rows.forEach(r -> copied.add(new ArrayList<>(r)));
            return new CsvFile(part, quoted, copied);
        }

        String text() {
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                out.append(line(row)).append("\r\n");
            }
            return out.toString();
        }

        String line(List<String> row) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(quoted || cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            return String.join(",", cells);
        }

        /** The first data row (after the header, if the file has one). */
        int firstData() {
            return quoted ? 0 : 1;
        }
    }

    private BadImports() {
    }

    /** The valid files: two active GP practices, each of its own current PCN, with their list sizes. */
    private static List<CsvFile> validFiles() {
        List<List<String>> practices = new ArrayList<>();
        practices.add(epraccurRow("FZI01", "FUZZ IMPORT PRACTICE ONE"));
        practices.add(epraccurRow("FZI02", "FUZZ IMPORT PRACTICE TWO"));
        List<List<String>> epcn = new ArrayList<>();
        epcn.add(new ArrayList<>(EPCN_HEADER));
        epcn.add(new ArrayList<>(List.of("FZI01", "FUZZ IMPORT PRACTICE ONE", "27D", "NHS CHESHIRE - 27D", "UFZI1", "FUZZ, IMPORT PCN", "27D",
                "NHS CHESHIRE - 27D", "20191001", "", "1")));
        // One PCN per practice: each row's PCN name is the one the import keeps.
        epcn.add(new ArrayList<>(List.of("FZI02", "FUZZ IMPORT PRACTICE TWO", "27D", "NHS CHESHIRE - 27D", "UFZI2", "FUZZ, IMPORT PCN TWO", "27D",
                "NHS CHESHIRE - 27D", "20191001", "", "1")));
        List<List<String>> sizes = new ArrayList<>();
        sizes.add(new ArrayList<>(LIST_HEADER));
        sizes.add(new ArrayList<>(List.of("GP_PRAC_PAT_LIST", "2026-04-01", "GP", "27D", "E38000233", "FZI01", "CW1 1AA", "ALL", "ALL", "4000")));
        sizes.add(new ArrayList<>(List.of("GP_PRAC_PAT_LIST", "2026-04-01", "GP", "27D", "E38000233", "FZI02", "CW1 1AB", "ALL", "ALL", "6000")));
        return List.of(new CsvFile("epraccur", true, practices), new CsvFile("epcn", false, epcn), new CsvFile("listSizes", false, sizes));
    }

    private static List<String> epraccurRow(String code, String name) {
        List<String> row = new ArrayList<>(EPRACCUR_TEMPLATE);
        row.set(0, code);
        row.set(1, name);
        return row;
    }

    /** The valid import, as the parts a client sends: for checking the starting point is valid. */
    static Map<String, byte[]> validParts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        validFiles().forEach(f -> parts.put(f.part(), f.text().getBytes(StandardCharsets.UTF_8)));
        return parts;
    }

    static Request next(Random random) {
        List<CsvFile> files = new ArrayList<>();
        validFiles().forEach(f -> files.add(f.copy()));
        int choice = random.nextInt(100);
        if (choice < 70) {
            CsvFile file = files.get(random.nextInt(files.size()));
            Map<String, byte[]> parts = new LinkedHashMap<>();
            String what = breakFile(random, file, parts);
            files.forEach(f -> parts.putIfAbsent(f.part(), f.text().getBytes(StandardCharsets.UTF_8)));
            return multipart(what, parts);
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        files.forEach(f -> parts.put(f.part(), f.text().getBytes(StandardCharsets.UTF_8)));
        if (choice < 80) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    parts.remove("epraccur");
                    return multipart("no epraccur part", parts);
                }
                case 1 -> {
                    parts.put("epraccur", new byte[0]);
                    return multipart("epraccur empty", parts);
                }
                case 2 -> {
                    byte[] epraccur = parts.remove("epraccur");
                    // Not "epraccur " with a space: the container trims a part's name, so that one is epraccur after all.
                    String name = pick(random, "EPRACCUR", "epraccur.csv", "file", "epraccur_", "");
                    parts.put(name, epraccur);
                    return multipart("epraccur sent as part '" + name + "'", parts);
                }
                default -> {
                    String name = pick(random, "epcn", "listSizes");
                    parts.put(name, new byte[0]);
                    return multipart(name + " empty", parts);
                }
            }
        }
        byte[] body = multipartBody("ledger-fuzz", parts);
        switch (random.nextInt(6)) {
            case 0 -> {
                String type = pick(random, "application/json", "text/csv", "text/plain", "application/octet-stream", null,
                        "multipart/mixed; boundary=ledger-fuzz", "application/x-www-form-urlencoded");
                return new Request("content type " + type, "POST", PATH, body, type, false, Expect.REFUSED);
            }
            case 1 -> {
                return new Request("multipart without a boundary", "POST", PATH, body, "multipart/form-data", false, Expect.REFUSED);
            }
            case 2 -> {
                return new Request("multipart of another boundary", "POST", PATH, body, "multipart/form-data; boundary=other", false,
                        Expect.REFUSED);
            }
            case 3 -> {
                // Cut before the closing delimiter's line: the last part never ends.
                int closing = ("\r\n--ledger-fuzz--\r\n").length();
                int cut = 1 + random.nextInt(body.length - closing - 1);
                byte[] cutBody = java.util.Arrays.copyOf(body, cut);
                return new Request("multipart cut at " + cut + " of " + body.length, "POST", PATH, cutBody,
                        "multipart/form-data; boundary=ledger-fuzz", random.nextBoolean(), Expect.REFUSED);
            }
            case 4 -> {
                String garbage = pick(random, "{\"epraccur\":\"x\"}", "--ledger-fuzz\r\n\r\n\r\n--ledger-fuzz--\r\n",
                        "--ledger-fuzz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--ledger-fuzz--\r\n",
                        "--ledger-fuzz\r\nContent-Disposition: form-data; name=\"epraccur\"\r\n\r\nno file\r\n--ledger-fuzz--\r\n",
                        "--ledger-fuzz\r\nContent-Disposition: form-data; name=\"epraccur\"; filename=\"e.csv\"\r\n", "");
                return new Request("multipart body '" + BadRequests.abbreviate(garbage.replace("\r\n", "|"), 40) + "'", "POST", PATH,
                        garbage.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=ledger-fuzz", false, Expect.REFUSED);
            }
            default -> {
                if (random.nextInt(4) != 0) {
                    return multipart("epraccur of 30,000 rows, one cut short", largeBroken(random));
                }
                byte[] huge = new byte[(int) MULTIPART_LIMIT + 1 + random.nextInt(1024)];
                byte[] head = multipartHead("ledger-fuzz", "epraccur");
                System.arraycopy(head, 0, huge, 0, head.length);
                java.util.Arrays.fill(huge, head.length, huge.length, (byte) 'x');
                return new Request("multipart of " + huge.length + " bytes", "POST", PATH, huge, "multipart/form-data; boundary=ledger-fuzz",
                        false, Expect.REFUSED);
            }
        }
    }

    /** Breaks one file one way; says how. Puts the file's bytes into {@code parts} when they are not its text. */
    private static String breakFile(Random random, CsvFile file, Map<String, byte[]> parts) {
        int row = file.firstData() + random.nextInt(file.rows().size() - file.firstData());
        List<String> cells = file.rows().get(row);
        String where = file.part() + " line " + (row + 1);
        switch (file.part()) {
            case "epraccur" -> {
                switch (random.nextInt(12)) {
                    case 0, 1 -> {
                        return cut(random, file, row, parts);
                    }
                    case 2 -> {
                        cells.set(0, badCode(random));
                        return where + ": code '" + cells.get(0) + "'";
                    }
                    case 3 -> {
                        cells.set(12, pick(random, "Q", "", "ACTIVEX", "1", "a b"));
                        return where + ": status '" + cells.get(12) + "'";
                    }
                    case 4 -> {
                        cells.set(11, badCompactDate(random));
                        return where + ": close date '" + cells.get(11) + "'";
                    }
                    case 5, 6 -> {
                        return badName(random, file, row, 1, parts);
                    }
                    default -> {
                        return structure(random, file, row, parts);
                    }
                }
            }
            case "epcn" -> {
                switch (random.nextInt(10)) {
                    case 0, 1 -> {
                        return cut(random, file, row, parts);
                    }
                    case 2 -> {
                        int column = random.nextBoolean() ? 0 : 4;
                        cells.set(column, badCode(random));
                        return where + ": " + (column == 0 ? "practice" : "PCN") + " code '" + cells.get(column) + "'";
                    }
                    case 3 -> {
                        cells.set(8, random.nextInt(4) == 0 ? "" : badCompactDate(random));
                        return where + ": start date '" + cells.get(8) + "'";
                    }
                    case 4 -> {
                        cells.set(9, random.nextBoolean() ? badCompactDate(random) : pick(random, "20191001".replace("2019", "2018"), "19000101"));
                        return where + ": end date '" + cells.get(9) + "' (start " + cells.get(8) + ")";
                    }
                    case 5, 6 -> {
                        return badName(random, file, row, 5, parts);
                    }
                    default -> {
                        return structure(random, file, row, parts);
                    }
                }
            }
            default -> {
                switch (random.nextInt(10)) {
                    case 0, 1 -> {
                        return cut(random, file, row, parts);
                    }
                    case 2 -> {
                        cells.set(5, badCode(random));
                        return where + ": code '" + cells.get(5) + "'";
                    }
                    case 3 -> {
                        cells.set(9, pick(random, "-5", "5.5", "1,000", "99999999999", "", "x", "2147483648", "1e3", "+5", " "));
                        return where + ": patients '" + cells.get(9) + "'";
                    }
                    case 4 -> {
                        cells.set(1, pick(random, "2026-02-30", "01XYZ2024", "", "2026/04/01", "32-Apr-2024", "2026-4-1", "April 2026",
                                "29-Feb-23", "31APR2024"));
                        return where + ": extract date '" + cells.get(1) + "'";
                    }
                    case 5 -> {
                        cells.set(1, pick(random, "0001-01-01", "1899-12-31", "+10000-01-01", "+999999999-12-31", "01-Jan-0001"));
                        return where + ": extract date '" + cells.get(1) + "' outside 1900-9999";
                    }
                    default -> {
                        return structure(random, file, row, parts);
                    }
                }
            }
        }
    }

    /** A data row cut short before its last separator: too few columns, or an open quote. Everything after it is lost. */
    private static String cut(Random random, CsvFile file, int row, Map<String, byte[]> parts) {
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < row; i++) {
            before.append(file.line(file.rows().get(i))).append("\r\n");
        }
        String line = file.line(file.rows().get(row));
        int last = file.quoted() ? line.lastIndexOf("\",\"") : lastSeparator(line);
        int at = 1 + random.nextInt(last);
        parts.put(file.part(), (before + line.substring(0, at)).getBytes(StandardCharsets.UTF_8));
        return file.part() + " cut on line " + (row + 1) + " at " + at + " of " + line.length();
    }

    /** The last comma outside quotes. */
    private static int lastSeparator(String line) {
        boolean quoted = false;
        int last = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                last = i;
            }
        }
        return last;
    }

    private static String badName(Random random, CsvFile file, int row, int column, Map<String, byte[]> parts) {
        List<String> cells = file.rows().get(row);
        String where = file.part() + " line " + (row + 1);
        switch (random.nextInt(4)) {
            case 0 -> {
                cells.set(column, BadRequests.randomText(random, 201 + random.nextInt(3000)).replace(",", " ").replace("'", " "));
                return where + ": name of " + cells.get(column).length() + " characters";
            }
            case 1 -> {
                char control = BadRequests.control(random);
                if (control == '\r') {
                    control = '\u0007';
                }
                String name = cells.get(column);
                int at = 1 + random.nextInt(name.length() - 1);
                cells.set(column, name.substring(0, at) + control + name.substring(at));
                if (!file.quoted()) {
                    // A control character in an unquoted cell: quote it, so only the character is wrong.
                    cells.set(column, name.substring(0, at) + control + name.substring(at) + ",");
                }
                return where + ": name with U+" + BadRequests.hex(control);
            }
            case 2 -> {
                cells.set(column, pick(random, "", " ", "   "));
                return where + ": blank name";
            }
            default -> {
                String name = cells.get(column);
                String marker = "@@BYTES@@";
                cells.set(column, name.substring(0, 3) + marker + name.substring(3));
                String bytes = pick(random, "C3 28", "FF", "80", "E2 82", "ED A0 80", "C0 AF", "E9");
                String text = file.text();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                String[] pieces = text.split(marker, -1);
                out.writeBytes(pieces[0].getBytes(StandardCharsets.UTF_8));
                for (String hex : bytes.split(" ")) {
                    out.write(Integer.parseInt(hex, 16));
                }
                out.writeBytes(pieces[1].getBytes(StandardCharsets.UTF_8));
                parts.put(file.part(), out.toByteArray());
                return where + ": name with bytes " + bytes + " (not UTF-8)";
            }
        }
    }

    /** A column too many, a header column missing, misnamed or twice, a stray quote, or the file replaced by bytes that are no CSV. */
    private static String structure(Random random, CsvFile file, int row, Map<String, byte[]> parts) {
        List<String> cells = file.rows().get(row);
        String where = file.part() + " line " + (row + 1);
        int choice = random.nextInt(file.quoted() ? 3 : 5);
        switch (choice) {
            case 0 -> {
                cells.add(random.nextInt(cells.size() + 1), pick(random, "", "x", "27D"));
                return where + ": a column too many";
            }
            case 1 -> {
                // In the code's cell: after a quoted code, text before the separator; before an unquoted one, a quote never closed.
                int code = file.part().equals("listSizes") ? 5 : 0;
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < file.rows().size(); i++) {
                    String line = file.line(file.rows().get(i));
                    if (i == row) {
                        List<String> raw = new ArrayList<>(List.of(line.split(",", -1)));
                        if (file.quoted()) {
                            line = line.replaceFirst("^(\"[^\"]*\")", "$1" + pick(random, "x", "x\"y\"", " \""));
                        } else {
                            raw.set(code, "\"" + raw.get(code));
                            line = String.join(",", raw);
                        }
                    }
                    text.append(line).append("\r\n");
                }
                parts.put(file.part(), text.toString().getBytes(StandardCharsets.UTF_8));
                return where + ": a stray quote by the code";
            }
            case 2 -> {
                byte[] garbage = new byte[1 + random.nextInt(4096)];
                random.nextBytes(garbage);
                garbage[0] = (byte) 0xFF;
                parts.put(file.part(), garbage);
                return file.part() + ": " + garbage.length + " random bytes";
            }
            default -> {
                List<String> header = file.rows().get(0);
                List<String> required = file.part().equals("epcn")
                        ? List.of("Partner Organisation Code", "Partner Name", "PCN Code", "PCN Name", "Practice to PCN Relationship Start Date",
                        "Practice to PCN Relationship End Date")
                        : List.of("CODE", "NUMBER_OF_PATIENTS", "EXTRACT_DATE", "SEX", "AGE", "SUB_ICB_LOCATION_CODE");
                String column = required.get(random.nextInt(required.size()));
                int index = header.indexOf(column);
                if (choice == 3) {
                    header.set(index, column.toLowerCase().replace('_', ' ') + "x");
                    return file.part() + ": header column " + column + " misnamed";
                }
                header.set((index + 1) % header.size(), column);
                return file.part() + ": header column " + column + " twice";
            }
        }
    }

    /** An epraccur of 30,000 valid rows with one cut short near the end: the importer reads everything before recording. */
    private static Map<String, byte[]> largeBroken(Random random) {
        StringBuilder text = new StringBuilder();
        CsvFile file = new CsvFile("epraccur", true, new ArrayList<>());
        int rows = 30_000;
        int broken = rows - 1 - random.nextInt(100);
        for (int i = 0; i < rows; i++) {
            String line = file.line(epraccurRow(String.format("FZL%05d", i), "FUZZ LARGE " + i));
            text.append(i == broken ? line.substring(0, line.indexOf("\",\"") + 1) : line).append("\r\n");
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("epraccur", text.toString().getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    private static String badCode(Random random) {
        return pick(random, "F Z01", "F", "-FZ01", "FZ01\u00c9", "FZ" + "1".repeat(20), "FZ_01", "", "F.Z01", "*");
    }

    private static String badCompactDate(Random random) {
        return pick(random, "20261340", "2026-01-01", "31/12/2026", "2026010", "202601011", "20260230", "2026013x", "00000000");
    }

    private static Request multipart(String what, Map<String, byte[]> parts) {
        return new Request(what, "POST", PATH, multipartBody("ledger-fuzz", parts), "multipart/form-data; boundary=ledger-fuzz", false,
                Expect.REFUSED);
    }

    private static byte[] multipartHead(String boundary, String name) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] multipartBody(String boundary, Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, content) -> {
            out.writeBytes(multipartHead(boundary, name));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
