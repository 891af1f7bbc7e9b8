package uk.headsup.directory.internal.gias;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a made-up but realistic GIAS {@code edubasealldata} file: the real file's ~140 columns in its order, every
 * local authority of an invented England (LA 937 is Elmshire), Windows-1252, CRLF, text quoted and numbers not,
 * dd-MM-yyyy dates, names with apostrophes, commas, quotes and accents. 51,000 rows come to about 50 MB, as the real
 * file does. For the benchmark ({@code bench/gias.sh}) and the tests; nothing in it is real.
 *
 * <pre>java -cp target/test-classes uk.headsup.directory.internal.gias.GiasFileGenerator FILE [ROWS] [SEED]</pre>
 */
public final class GiasFileGenerator {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int AUTHORITIES = 152;
    static final String ELMSHIRE = "937";

    /** The columns of a 2025 edubasealldata file, in order. */
    static final List<String> COLUMNS = List.of(
            "URN",
            "LA (code)",
            "LA (name)",
            "EstablishmentNumber",
            "EstablishmentName",
            "TypeOfEstablishment (code)",
            "TypeOfEstablishment (name)",
            "EstablishmentTypeGroup (code)",
            "EstablishmentTypeGroup (name)",
            "EstablishmentStatus (code)",
            "EstablishmentStatus (name)",
            "ReasonEstablishmentOpened (code)",
            "ReasonEstablishmentOpened (name)",
            "OpenDate",
            "ReasonEstablishmentClosed (code)",
            "ReasonEstablishmentClosed (name)",
            "CloseDate",
            "PhaseOfEducation (code)",
            "PhaseOfEducation (name)",
            "StatutoryLowAge",
            "StatutoryHighAge",
            "Boarders (code)",
            "Boarders (name)",
            "NurseryProvision (name)",
            "OfficialSixthForm (code)",
            "OfficialSixthForm (name)",
            "Gender (code)",
            "Gender (name)",
            "ReligiousCharacter (code)",
            "ReligiousCharacter (name)",
            "ReligiousEthos (name)",
            "Diocese (code)",
            "Diocese (name)",
            "AdmissionsPolicy (code)",
            "AdmissionsPolicy (name)",
            "SchoolCapacity",
            "SpecialClasses (code)",
            "SpecialClasses (name)",
            "CensusDate",
            "NumberOfPupils",
            "NumberOfBoys",
            "NumberOfGirls",
            "PercentageFSM",
            "TrustSchoolFlag (code)",
            "TrustSchoolFlag (name)",
            "Trusts (code)",
            "Trusts (name)",
            "SchoolSponsorFlag (name)",
            "SchoolSponsors (name)",
            "FederationFlag (name)",
            "Federations (code)",
            "Federations (name)",
            "UKPRN",
            "FEHEIdentifier",
            "FurtherEducationType (name)",
            "OfstedLastInsp",
            "OfstedSpecialMeasures (code)",
            "OfstedSpecialMeasures (name)",
            "LastChangedDate",
            "Street",
            "Locality",
            "Address3",
            "Town",
            "County (name)",
            "Postcode",
            "SchoolWebsite",
            "TelephoneNum",
            "HeadTitle (name)",
            "HeadFirstName",
            "HeadLastName",
            "HeadPreferredJobTitle",
            "BSOInspectorateName (name)",
            "InspectorateReport",
            "DateOfLastInspectionVisit",
            "NextInspectionVisit",
            "TeenMoth (name)",
            "TeenMothPlaces",
            "CCF (name)",
            "SENPRU (name)",
            "EBD (name)",
            "PlacesPRU",
            "FTProv (name)",
            "EdByOther (name)",
            "Section41Approved (name)",
            "SEN1 (name)",
            "SEN2 (name)",
            "SEN3 (name)",
            "SEN4 (name)",
            "SEN5 (name)",
            "SEN6 (name)",
            "SEN7 (name)",
            "SEN8 (name)",
            "SEN9 (name)",
            "SEN10 (name)",
            "SEN11 (name)",
            "SEN12 (name)",
            "SEN13 (name)",
            "TypeOfResourcedProvision (name)",
            "ResourcedProvisionOnRoll",
            "ResourcedProvisionCapacity",
            "SenUnitOnRoll",
            "SenUnitCapacity",
            "GOR (code)",
            "GOR (name)",
            "DistrictAdministrative (code)",
            "DistrictAdministrative (name)",
            "AdministrativeWard (code)",
            "AdministrativeWard (name)",
            "ParliamentaryConstituency (code)",
            "ParliamentaryConstituency (name)",
            "UrbanRural (code)",
            "UrbanRural (name)",
            "GSSLACode (name)",
            "Easting",
            "Northing",
            "MSOA (name)",
            "LSOA (name)",
            "InspectorateName (name)",
            "SENStat",
            "SENNoStat",
            "BoardingEstablishment (name)",
            "PropsName",
            "PreviousLA (code)",
            "PreviousLA (name)",
            "PreviousEstablishmentNumber",
            "OfstedRating (name)",
            "RSCRegion (name)",
            "Country (name)",
            "UPRN",
            "SiteName",
            "QABName (code)",
            "QABName (name)",
            "EstablishmentAccredited (code)",
            "EstablishmentAccredited (name)",
            "QABReport",
            "CHNumber",
            "MSOA (code)",
            "LSOA (code)",
            "FSM",
            "AccreditationExpiryDate");

    private static final String[] SYLLABLES = {
        "Ash", "Brook", "Elm", "Thorn", "Kings", "Mere", "Stow", "Hol", "Wyn", "Lark", "Fen", "Ot", "Brad", "Cal",
        "Dun", "Gar", "Hart", "Lin", "Mar", "Nor", "Pen", "Rother", "Sand", "Tam", "Wey", "Ald", "Bex", "Chel"
    };
    private static final String[] ENDINGS = {
        "ford", "bury", "ton", "ley", "field", "wick", "well", "by", "dale", "mouth", "minster", "stead", "combe"
    };
    private static final String[] FIRST = {
        "Amélie",
        "Ben",
        "Chloë",
        "Dev",
        "Eleanor",
        "Faisal",
        "Grace",
        "Hélène",
        "Isaac",
        "Jo",
        "Kwame",
        "Leah",
        "Mohammed",
        "Niamh",
        "Oliver",
        "Priya",
        "Rhys",
        "Siân",
        "Tom",
        "Zoë"
    };
    private static final String[] LAST = {
        "Adeyemi",
        "Bennett",
        "Côté",
        "Durand",
        "Evans",
        "Fairweather",
        "Gupta",
        "Hart",
        "Iqbal",
        "Jones",
        "Khan",
        "Llewellyn",
        "Mensah",
        "Nowak",
        "O’Neill",
        "Patel",
        "Quinn",
        "Roberts",
        "Shah",
        "Turner"
    };
    private static final String[] STREETS = {
        "School Lane",
        "Church Street",
        "Mill Road",
        "Orchard Way",
        "Station Road",
        "The Green",
        "Manor Drive",
        "Place de l’Église",
        "High Street",
        "Chapel Row"
    };
    private static final String[][] TYPES = {
        {"1", "Community school", "4", "Local authority maintained schools", "Primary"},
        {"2", "Voluntary aided school", "4", "Local authority maintained schools", "Primary"},
        {"3", "Voluntary controlled school", "4", "Local authority maintained schools", "Primary"},
        {"28", "Academy converter", "10", "Academies", "Secondary"},
        {"34", "Academy sponsor led", "10", "Academies", "Primary"},
        {"35", "Free schools", "11", "Free Schools", "Secondary"},
        {"11", "Other independent school", "3", "Independent schools", "Not applicable"},
        {"15", "Local authority nursery school", "4", "Local authority maintained schools", "Nursery"},
        {"14", "Pupil referral unit", "4", "Local authority maintained schools", "Not applicable"},
        {"7", "Community special school", "5", "Special schools", "Not applicable"},
        {"18", "Further education", "9", "Colleges", "16 plus"},
        {"36", "Free schools special", "11", "Free Schools", "All-through"}
    };
    private static final String[][] PHASES = {
        {"0", "Not applicable"}, {"1", "Nursery"}, {"2", "Primary"}, {"3", "Middle deemed primary"},
        {"4", "Secondary"}, {"5", "Middle deemed secondary"}, {"6", "16 plus"}, {"7", "All-through"}
    };
    private static final String[] SUFFIXES = {
        "Primary School", "Church of England Primary School", "Academy", "High School", "Infant School",
        "Junior School", "Nursery School", "School", "College", "St Mary’s Catholic Primary School"
    };

    private final Random random;
    private final StringBuilder line = new StringBuilder(2048);

    private GiasFileGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: GiasFileGenerator FILE [ROWS] [SEED]");
            System.exit(2);
        }
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 51_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            new GiasFileGenerator(seed).write(out, rows);
        }
    }

    /** A whole file in memory. */
    static byte[] generate(int rows, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 1100);
        try {
            new GiasFileGenerator(seed).write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The local authority code of row {@code i}; every 152nd row (from the first) is Elmshire's. */
    static String laCode(int i) {
        int n = i % AUTHORITIES;
        return n == 0 ? ELMSHIRE : String.valueOf(200 + n * 4);
    }

    /** How many of {@code rows} rows belong to Elmshire. */
    static int elmshireRows(int rows) {
        return (rows + AUTHORITIES - 1) / AUTHORITIES;
    }

    private void write(OutputStream out, int rows) throws IOException {
        line.setLength(0);
        for (String column : COLUMNS) {
            text(column);
        }
        flush(out);
        for (int i = 0; i < rows; i++) {
            row(i);
            flush(out);
        }
    }

    private void flush(OutputStream out) throws IOException {
        line.setLength(line.length() - 1); // the last comma
        line.append("\r\n");
        out.write(line.toString().getBytes(WINDOWS_1252));
        line.setLength(0);
    }

    private void row(int i) {
        String la = laCode(i);
        String laName = la.equals(ELMSHIRE) ? "Elmshire" : place(Integer.parseInt(la)) + "shire";
        String[] type = TYPES[random.nextInt(TYPES.length)];
        int statusRoll = random.nextInt(100);
        String[] status = statusRoll < 55
                ? new String[] {"1", "Open"}
                : statusRoll < 97
                        ? new String[] {"2", "Closed"}
                        : statusRoll < 99
                                ? new String[] {"3", "Open, but proposed to close"}
                                : new String[] {"4", "Proposed to open"};
        boolean closed = status[1].equals("Closed");
        String[] phase = phase(type[4]);
        String town = place(random.nextInt(5000));
        boolean academy = type[2].equals("10") || type[2].equals("11");
        int trust = academy ? 1000 + random.nextInt(2500) : 0;

        number(100000 + i); // URN
        number(la);
        text(laName);
        number(1000 + random.nextInt(8999));
        text(name(town, i));
        number(type[0]);
        text(type[1]);
        number(type[2]);
        text(type[3]);
        number(status[0]);
        text(status[1]);
        number("0");
        text("Not applicable");
        text(date(1950, 2025));
        number(closed ? "99" : "0");
        text(closed ? "Closure" : "Not applicable");
        text(closed ? date(1995, 2025) : "");
        number(phase[0]);
        text(phase[1]);
        number(String.valueOf(phase[1].equals("Secondary") ? 11 : 4));
        number(String.valueOf(phase[1].equals("Secondary") ? 18 : 11));
        number("1");
        text("No boarders");
        text(random.nextBoolean() ? "Has Nursery Classes" : "No Nursery Classes");
        number("2");
        text("Does not have a sixth form");
        number("3");
        text("Mixed");
        number("0");
        text(random.nextInt(4) == 0 ? "Church of England" : "Does not apply");
        text("Does not apply");
        text("0000");
        text("Not applicable");
        number("0");
        text("Not applicable");
        number(closed ? "" : String.valueOf(30 * (1 + random.nextInt(60))));
        number("2");
        text("No Special Classes");
        text("16-01-2025");
        number(closed ? "" : String.valueOf(20 + random.nextInt(1500)));
        number(closed ? "" : String.valueOf(10 + random.nextInt(700)));
        number(closed ? "" : String.valueOf(10 + random.nextInt(700)));
        number(closed ? "" : String.format(Locale.ROOT, "%.1f", random.nextDouble() * 60));
        number("0");
        text("");
        number(trust == 0 ? "" : String.valueOf(trust));
        text(trust == 0 ? "" : place(trust) + " Learning Trust");
        text("");
        text("");
        text("Not under a federation");
        text("");
        text("");
        number(String.valueOf(10000000 + random.nextInt(9000000)));
        number("");
        text("");
        text(closed ? "" : date(2015, 2025));
        number("0");
        text("");
        text(date(2020, 2025));
        text(random.nextInt(10) + " " + STREETS[random.nextInt(STREETS.length)]);
        text(random.nextInt(3) == 0 ? place(random.nextInt(5000)) : "");
        text(random.nextInt(20) == 0 ? "Block B, 2° Floor" : "");
        text(town);
        text(laName);
        text(postcode());
        text(closed ? "" : "https://www." + town.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-school.example");
        number(closed ? "" : "01632" + (100000 + random.nextInt(899999)));
        text(closed ? "" : random.nextBoolean() ? "Mrs" : "Mr");
        text(closed ? "" : FIRST[random.nextInt(FIRST.length)]);
        text(closed ? "" : LAST[random.nextInt(LAST.length)]);
        text(closed ? "" : "Headteacher");
        text("");
        text("");
        text("");
        text("");
        text("");
        text("");
        text("");
        text("");
        text("");
        text("");
        text("");
        text("");
        text("");
        for (int s = 0; s < 13; s++) {
            text(s == 0 && random.nextInt(8) == 0 ? "SLD - Severe Learning Difficulty" : "");
        }
        text("");
        number("");
        number("");
        number("");
        number("");
        text("F");
        text("West Midlands");
        text("E0700" + (1000 + Integer.parseInt(la)));
        text(place(Integer.parseInt(la) + 7) + " District");
        text("E0500" + (1000 + random.nextInt(8999)));
        text(place(random.nextInt(5000)) + " Ward");
        text("E1400" + (1000 + random.nextInt(650)));
        text(place(random.nextInt(650)) + " and " + place(random.nextInt(650)));
        text("C1");
        text("(England/Wales) Urban city and town");
        text("E0600" + la);
        number(String.valueOf(400000 + random.nextInt(99999)));
        number(String.valueOf(200000 + random.nextInt(99999)));
        text(town + " 00" + random.nextInt(9));
        text(town + " 00" + random.nextInt(9) + "A");
        text("");
        number(closed ? "" : String.valueOf(random.nextInt(40)));
        number(closed ? "" : String.valueOf(random.nextInt(200)));
        text("");
        text("");
        number("999");
        text("Not applicable");
        number("");
        text(closed ? "" : random.nextInt(3) == 0 ? "Outstanding" : "Good");
        text("West Midlands");
        text("");
        number(String.valueOf(100000000L + random.nextInt(899999999)));
        text("");
        number("0");
        text("Not applicable");
        number("0");
        text("Not applicable");
        text("");
        text("");
        text("E0200" + (1000 + random.nextInt(8999)));
        text("E0100" + (10000 + random.nextInt(89999)));
        number(closed ? "" : String.valueOf(random.nextInt(300)));
        text("");
    }

    private String[] phase(String usual) {
        if (random.nextInt(10) == 0) {
            return PHASES[random.nextInt(PHASES.length)];
        }
        for (String[] p : PHASES) {
            if (p[1].equals(usual)) {
                return p;
            }
        }
        return PHASES[0];
    }

    private String name(String town, int i) {
        return switch (i % 50) {
            case 7 -> town + " Academy, Sixth Form and Nursery";
            case 13 -> "The \"" + town + "\" Free School";
            case 21 -> "École " + town;
            case 33 -> town + " – " + place(i) + " Federation School";
            default -> town + " " + SUFFIXES[random.nextInt(SUFFIXES.length)];
        };
    }

    private static String place(int n) {
        int s = Math.floorMod(n, SYLLABLES.length);
        int e = Math.floorMod(n / SYLLABLES.length, ENDINGS.length);
        return SYLLABLES[s] + ENDINGS[e];
    }

    private String postcode() {
        return "EL" + (1 + random.nextInt(20)) + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    private String date(int fromYear, int toYear) {
        return String.format(
                "%02d-%02d-%d",
                1 + random.nextInt(28), 1 + random.nextInt(12), fromYear + random.nextInt(toYear - fromYear + 1));
    }

    private void text(String value) {
        line.append('"').append(value.replace("\"", "\"\"")).append("\",");
    }

    private void number(String value) {
        line.append(value).append(',');
    }

    private void number(int value) {
        line.append(value).append(',');
    }
}
