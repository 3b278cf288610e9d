package org.mandateledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic England shaped by the real NHS files: 42 ICBs, about 180 places (each a confederation's
 * patch), about 6,300 practices in PCNs of three to eight, each practice's list size drawn from the
 * real list sizes of the shape folder (the project's Cheshire files) with a little spread. Written out
 * as the three NHS files the service imports (epraccur, ePCN core partners, list sizes), in their
 * published formats, so the import is the real one. The same seed and scale give the same England.
 */
public final class SyntheticEngland {

    static final int ICBS = 42;
    static final int PLACES = 180;
    static final int PRACTICES = 6_300;

    /** A practice: its ODS-shaped code (Z and five digits: no real practice has such a code), PCN and list size. */
    public record Practice(String code, String name, String pcn, long listSize) {
    }

    /** A place: one confederation's patch within an ICB, with its practices (largest first) and their PCNs. */
    public record Place(int icb, int number, String name, List<Practice> practices) {

        public String slug() {
            return "icb" + icb + "-place" + number;
        }

        public String subIcb() {
            return String.format("S%02d", icb);
        }
    }

    private final List<Place> places;

    private SyntheticEngland(List<Place> places) {
        this.places = places;
    }

    public List<Place> places() {
        return places;
    }

    public int practices() {
        return places.stream().mapToInt(p -> p.practices().size()).sum();
    }

    /**
     * England at {@code scale} (1 for all of it; 0.05 keeps 2 ICBs, 9 places and about 315 practices),
     * with list sizes resampled from {@code shapeListSizes}.
     */
    public static SyntheticEngland generate(long seed, double scale, List<Long> shapeListSizes) {
        if (shapeListSizes.isEmpty()) {
            throw new IllegalArgumentException("the shape folder has no list sizes to resample");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int icbs = Math.max(1, (int) Math.round(ICBS * scale));
        int placeCount = Math.max(icbs, (int) Math.round(PLACES * scale));
        int practiceCount = Math.max(placeCount * 3, (int) Math.round(PRACTICES * scale));
        // Places per ICB: one each, the rest spread at random (some ICBs have one place, some eight or more).
        int[] placesOf = new int[icbs];
        for (int i = 0; i < placeCount; i++) {
            placesOf[i < icbs ? i : random.nextInt(icbs)]++;
        }
        // Practices per place: the mean, give or take a half.
        double mean = (double) practiceCount / placeCount;
        List<Place> places = new ArrayList<>();
        int practiceNumber = 0;
        int pcnNumber = 0;
        for (int icb = 1; icb <= icbs; icb++) {
            for (int place = 1; place <= placesOf[icb - 1]; place++) {
                int size = Math.max(3, (int) Math.round(mean * (0.5 + random.nextDouble())));
                List<Practice> practices = new ArrayList<>();
                int inPcn = 0;
                int pcnSize = 0;
                String pcn = null;
                for (int i = 0; i < size; i++) {
                    if (inPcn == pcnSize) {
                        pcnNumber++;
                        pcn = String.format("U9%04d", pcnNumber);
                        pcnSize = 3 + random.nextInt(6);
                        inPcn = 0;
                    }
                    inPcn++;
                    practiceNumber++;
                    long base = shapeListSizes.get(random.nextInt(shapeListSizes.size()));
                    long listSize = Math.max(800, Math.round(base * Math.exp(0.15 * random.nextGaussian())));
                    practices.add(new Practice(String.format("Z%05d", practiceNumber), "SYNTHETIC PRACTICE " + practiceNumber, pcn, listSize));
                }
                practices.sort((a, b) -> Long.compare(b.listSize(), a.listSize()));
                places.add(new Place(icb, place, "Place " + place + " of ICB " + icb, List.copyOf(practices)));
            }
        }
        return new SyntheticEngland(List.copyOf(places));
    }

    /** The list sizes of a "Patients Registered at a GP Practice" file (the shape folder's). */
    public static List<Long> listSizes(Path listSizeFile) throws IOException {
        List<Long> sizes = new ArrayList<>();
        List<String> lines = Files.readAllLines(listSizeFile, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length >= 10 && "ALL".equals(fields[7]) && "ALL".equals(fields[8])) {
                sizes.add(Long.parseLong(fields[9].trim()));
            }
        }
        return sizes;
    }

    /** Writes epraccur.csv, epcn-core-partners.csv and gp-reg-pat-prac-all.csv into {@code folder}. */
    public void writeOdsFiles(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder epraccur = new StringBuilder();
        StringBuilder epcn = new StringBuilder("Partner Organisation Code,Partner Name,Practice Parent Sub ICB Loc Code,"
                + "Practice Parent Sub ICB Loc Name,PCN Code,PCN Name,PCN Parent Sub ICB Loc Code,PCN Parent Sub ICB Loc Name,"
                + "Practice to PCN Relationship Start Date,Practice to PCN Relationship End Date,Practice Sub ICB Loc and PCN Sub ICB Loc Match\n");
        StringBuilder sizes = new StringBuilder("PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,"
                + "NUMBER_OF_PATIENTS\n");
        for (Place place : places) {
            String subIcb = place.subIcb();
            String subIcbName = "NHS SYNTHETIC ICB " + place.icb() + " - " + subIcb;
            for (Practice p : place.practices()) {
                // The 27 columns of epraccur: code, name, national grouping, health geography, address (4), postcode, open date,
                // close date, status A, type B, sub-ICB, join date, ..., prescribing setting 4 (a GP practice) in column 26.
                epraccur.append(String.format("\"%s\",\"%s\",\"Y99\",\"Q99\",\"1 SYNTHETIC ROAD\",\"\",\"SYNTHTOWN\",\"\",\"\",\"ZZ1 1ZZ\","
                        + "\"20040401\",\"\",\"A\",\"B\",\"%s\",\"20200401\",\"\",\"\",\"\",\"\",\"\",\"0\",\"\",\"%s\",\"\",\"4\",\"\"%n",
                        p.code(), p.name(), subIcb, subIcb));
                epcn.append(String.format("%s,%s,%s,%s,%s,SYNTHETIC PCN %s,%s,%s,20191001,,1%n",
                        p.code(), p.name(), subIcb, subIcbName, p.pcn(), p.pcn(), subIcb, subIcbName));
                sizes.append(String.format("GP_PRAC_PAT_LIST,2026-04-01,GP,%s,E38000999,%s,ZZ1 1ZZ,ALL,ALL,%d%n", subIcb, p.code(), p.listSize()));
            }
        }
        Files.writeString(folder.resolve("epraccur.csv"), epraccur.toString().replace(System.lineSeparator(), "\n"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("epcn-core-partners.csv"), epcn.toString().replace(System.lineSeparator(), "\n"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("gp-reg-pat-prac-all.csv"), sizes.toString().replace(System.lineSeparator(), "\n"), StandardCharsets.UTF_8);
    }
}
