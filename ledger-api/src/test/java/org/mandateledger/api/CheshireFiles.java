package org.mandateledger.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Cheshire ODS files as the tests read them, independently of the service's importer:
 * plain line splitting, so that expected values come from the files, not from the code under test.
 */
public final class CheshireFiles {

    private static final String DIR = "/demo/cheshire-27d/";

    private CheshireFiles() {
    }

    public static byte[] bytes(String file) {
        try (InputStream in = CheshireFiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, byte[]> importFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("epraccur", bytes("epraccur.csv"));
        files.put("epcn", bytes("epcn-core-partners.csv"));
        files.put("listSizes", bytes("gp-reg-pat-prac-all.csv"));
        return files;
    }

    /** Active GP practices in epraccur (status A or ACTIVE, prescribing setting 4 or RO76), by code. */
    public static List<String> activePractices() {
        List<String> codes = new ArrayList<>();
        for (String line : lines("epraccur.csv")) {
            String[] f = line.substring(1, line.length() - 1).split("\",\"", -1);
            boolean active = f[12].equals("A") || f[12].equals("ACTIVE");
            boolean gp = f[25].equals("4") || f[25].equals("RO76");
            if (active && gp) {
                codes.add(f[0]);
            }
        }
        return codes;
    }

    public static int epraccurRows() {
        return lines("epraccur.csv").size();
    }

    /** Registered patients per practice from the list-size file. */
    public static Map<String, Long> registeredPatients() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        List<String> lines = lines("gp-reg-pat-prac-all.csv");
        List<String> header = List.of(lines.get(0).split(","));
        int code = header.indexOf("CODE");
        int patients = header.indexOf("NUMBER_OF_PATIENTS");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            sizes.put(f[code], Long.parseLong(f[patients]));
        }
        return sizes;
    }

    /** The current PCN codes in the ePCN file (rows with no end date). */
    public static List<String> currentPcns() {
        List<String> lines = lines("epcn-core-partners.csv");
        List<String> pcns = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // PCN names may hold quoted commas; the code is the first field after the sub-ICB name pair.
            String[] f = line.replaceAll("\"[^\"]*\"", "QUOTED").split(",", -1);
            if (f[9].isEmpty() && !pcns.contains(f[4])) {
                pcns.add(f[4]);
            }
        }
        return pcns;
    }

    /** Practices ordered by list size, smallest first. */
    public static List<String> bySize(Map<String, Long> sizes) {
        return sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    public static Comparator<String> largestFirst(Map<String, Long> sizes) {
        return Comparator.comparing((String c) -> sizes.get(c)).reversed();
    }

    private static List<String> lines(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
