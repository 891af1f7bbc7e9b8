package uk.headsup.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.directory.DirectoryRecords.NewOrganisation;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** The made-up county of Elmshire: written for this project, resembling no real place or person. */
final class ElmshireData {

    private ElmshireData() {}

    record Officer(String name, String email, String title, EnumSet<AuthorityRole> roles) {}

    record Person(String name, String email, OrganisationRole role) {}

    record Organisation(NewOrganisation organisation, List<Person> people) {}

    static final List<Officer> OFFICERS = List.of(
            new Officer(
                    "Priya Shah",
                    "priya.shah@elmshire.example",
                    "Head of Education Services",
                    EnumSet.of(AuthorityRole.ADMIN, AuthorityRole.PUBLISHER)),
            new Officer(
                    "Tom Whitaker",
                    "tom.whitaker@elmshire.example",
                    "Communications Officer",
                    EnumSet.of(AuthorityRole.EDITOR)),
            new Officer(
                    "Grace Okafor",
                    "grace.okafor@elmshire.example",
                    "Learning and Development Lead",
                    EnumSet.of(AuthorityRole.EVENTS_OFFICER)),
            new Officer(
                    "Daniel Price",
                    "daniel.price@elmshire.example",
                    "SEND and Inclusion Lead (0-25)",
                    EnumSet.of(AuthorityRole.SCHEMES_OFFICER)),
            new Officer(
                    "Helen Marsh",
                    "helen.marsh@elmshire.example",
                    "Education Safeguarding Lead",
                    EnumSet.of(AuthorityRole.SAFEGUARDING_OFFICER)));

    /** An officer in the directory; those among {@link #OFFICERS} also have an account. */
    record TeamMember(String name, String email, String phone, String title) {}

    /** A post of a team, held by the officer with this email (null if vacant). */
    record TeamPost(String title, List<String> areas, String holderEmail) {}

    record Team(String name, String email, List<TeamPost> posts) {}

    static final List<TeamMember> TEAM_MEMBERS = List.of(
            new TeamMember("Priya Shah", "priya.shah@elmshire.example", "01632 960101", "Head of Education Services"),
            new TeamMember("Tom Whitaker", "tom.whitaker@elmshire.example", "01632 960102", "Communications Officer"),
            new TeamMember(
                    "Grace Okafor", "grace.okafor@elmshire.example", "01632 960103", "Learning and Development Lead"),
            new TeamMember(
                    "Daniel Price", "daniel.price@elmshire.example", "01632 960104", "SEND and Inclusion Lead (0-25)"),
            new TeamMember(
                    "Helen Marsh", "helen.marsh@elmshire.example", "01632 960105", "Education Safeguarding Lead"),
            new TeamMember("Ruth Adeyemi", "ruth.adeyemi@elmshire.example", "01632 960106", "Senior SEND Officer"),
            new TeamMember("Owen Reid", "owen.reid@elmshire.example", "01632 960107", "Safeguarding Adviser"),
            new TeamMember("Marcus Lee", "marcus.lee@elmshire.example", "01632 960108", "Early Years Consultant"));

    static final List<Team> TEAMS = List.of(
            new Team(
                    "Education Services",
                    "educationservices@elmshire.example",
                    List.of(
                            new TeamPost(
                                    "Head of Education Services",
                                    List.of("Education Services", "Concerns about a school"),
                                    "priya.shah@elmshire.example"),
                            new TeamPost(
                                    "Communications Officer",
                                    List.of("Heads Up bulletin", "Daily briefing"),
                                    "tom.whitaker@elmshire.example"),
                            new TeamPost(
                                    "Learning and Development Lead",
                                    List.of("Training and events", "Headteachers’ conference"),
                                    "grace.okafor@elmshire.example"))),
            new Team(
                    "SEND and Inclusion",
                    "send@elmshire.example",
                    List.of(
                            new TeamPost(
                                    "SEND and Inclusion Lead (0-25)",
                                    List.of("SEND and Inclusion 0-25", "SEND and Inclusion Quality Mark"),
                                    "daniel.price@elmshire.example"),
                            new TeamPost(
                                    "Senior SEND Officer",
                                    List.of("Education, health and care plans", "Fair Access Protocol"),
                                    "ruth.adeyemi@elmshire.example"),
                            new TeamPost(
                                    "Early Years Inclusion Adviser",
                                    List.of("Early Years Inclusion Kitemark", "Early years SEND"),
                                    null))),
            new Team(
                    "Education Safeguarding",
                    "safeguarding.education@elmshire.example",
                    List.of(
                            new TeamPost(
                                    "Education Safeguarding Lead",
                                    List.of("Safeguarding in education", "Section 175/157 safeguarding audit"),
                                    "helen.marsh@elmshire.example"),
                            new TeamPost(
                                    "Safeguarding Adviser",
                                    List.of("Designated safeguarding lead training"),
                                    "owen.reid@elmshire.example"))));

    /** District, then its towns and villages; the first is the district's main town. */
    private static final String[][] DISTRICTS = {
        {"Northbrook", "Northbrook", "Hollins Cross", "Amberley Green", "Fennick", "Otterden"},
        {"Kingsford", "Kingsford", "Wystan", "Larkhill Marsh", "Crowle End", "Pennick"},
        {"Ashby Vale", "Ashby", "Bramcote Parva", "Thornwick", "Elsey", "Coldmere"},
        {"Mereton", "Mereton", "Brindle Heath", "Halsey", "Upper Wend", "Saxby Lode"},
        {"Stowbridge", "Stowbridge", "Quenby", "Moxley Green", "Tarrow", "Ellcombe"},
    };

    private static final String[] POSTCODE_AREAS = {"EL2", "EL4", "EL6", "EL8", "EL9"};
    private static final String[] STREETS = {
        "School Lane",
        "Church Street",
        "Mill Road",
        "Orchard Way",
        "Station Road",
        "The Green",
        "Manor Drive",
        "Brook Street",
        "High Street",
        "Chapel Row"
    };

    static final String[] FIRST_NAMES = {
        "Amara",
        "Ben",
        "Chloe",
        "Dev",
        "Eleanor",
        "Faisal",
        "Gemma",
        "Harry",
        "Imogen",
        "Jamal",
        "Kate",
        "Liam",
        "Maya",
        "Nathan",
        "Olivia",
        "Patrick",
        "Rosa",
        "Samir",
        "Tessa",
        "Usman",
        "Victoria",
        "William",
        "Yasmin",
        "Zac",
        "Aisha",
        "Bethan",
        "Callum",
        "Deborah",
        "Ethan",
        "Fiona",
        "George",
        "Hannah",
        "Isaac",
        "Joanna",
        "Kwame",
        "Lucy",
        "Mohammed",
        "Niamh",
        "Oscar",
        "Priti",
        "Rhys",
        "Sophie",
        "Tariq",
        "Ursula",
        "Vikram",
        "Wendy",
        "Xavier",
        "Zoe",
        "Alfie",
        "Bronwen",
        "Connor",
        "Danielle",
        "Euan",
        "Freya",
        "Gareth"
    };
    static final String[] SURNAMES = {
        "Abbott",
        "Bennett",
        "Chaudhry",
        "Davies",
        "Ellis",
        "Fletcher",
        "Gill",
        "Hughes",
        "Iqbal",
        "Jenkins",
        "Khan",
        "Lloyd",
        "Mensah",
        "Nolan",
        "Osei",
        "Parry",
        "Quinn",
        "Rahman",
        "Stevens",
        "Turner",
        "Underwood",
        "Vaughan",
        "Walsh",
        "Young",
        "Ashworth",
        "Bradley",
        "Carter",
        "Dunn",
        "Evans",
        "Foster",
        "Grant",
        "Holt",
        "Ingram",
        "Jones",
        "Kaur",
        "Lamb",
        "Morris",
        "Nash",
        "Owen",
        "Patel",
        "Reid",
        "Singh",
        "Thorne",
        "Wood",
        "Yates",
        "Barker",
        "Coleman",
        "Doyle",
        "Farrow",
        "Goddard",
        "Hart",
        "Kemp",
        "Lowe"
    };

    /** Every organisation of the county with its staff, always the same. */
    static List<Organisation> plan() {
        List<Organisation> all = new ArrayList<>();
        Names names = new Names();
        int urn = 990001;
        for (int d = 0; d < DISTRICTS.length; d++) {
            String district = DISTRICTS[d][0];
            for (int t = 1; t < DISTRICTS[d].length; t++) {
                String town = DISTRICTS[d][t];
                boolean main = t == 1;
                String primary = t % 3 == 0 ? town + " Church of England Primary School" : town + " Primary School";
                all.add(school(
                        names,
                        urn++,
                        primary,
                        Phase.PRIMARY,
                        t % 3 == 0 ? "Voluntary aided school" : "Community school",
                        district,
                        town,
                        d,
                        t,
                        OrganisationRole.HEADTEACHER,
                        OrganisationRole.SENCO,
                        OrganisationRole.DSL,
                        OrganisationRole.BUSINESS_MANAGER));
                if (main) {
                    all.add(school(
                            names,
                            urn++,
                            town + " Academy",
                            Phase.SECONDARY,
                            "Academy converter",
                            district,
                            town,
                            d,
                            7,
                            OrganisationRole.HEADTEACHER,
                            OrganisationRole.SENCO,
                            OrganisationRole.DSL,
                            OrganisationRole.PASTORAL_LEAD,
                            OrganisationRole.BUSINESS_MANAGER));
                    all.add(school(
                            names,
                            urn++,
                            town + " Infant School",
                            Phase.PRIMARY,
                            "Community school",
                            district,
                            town,
                            d,
                            8,
                            OrganisationRole.HEADTEACHER,
                            OrganisationRole.SENCO,
                            OrganisationRole.DSL));
                }
            }
        }
        all.add(school(
                names,
                urn++,
                "Northbrook Nursery School",
                Phase.NURSERY,
                "Local authority nursery school",
                "Northbrook",
                "Northbrook",
                0,
                9,
                OrganisationRole.HEADTEACHER,
                OrganisationRole.SENCO,
                OrganisationRole.EARLY_YEARS_LEAD));
        all.add(school(
                names,
                urn++,
                "Mereton Nursery School",
                Phase.NURSERY,
                "Local authority nursery school",
                "Mereton",
                "Mereton",
                3,
                9,
                OrganisationRole.HEADTEACHER,
                OrganisationRole.SENCO,
                OrganisationRole.EARLY_YEARS_LEAD));
        all.add(school(
                names,
                urn++,
                "Brook House School",
                Phase.NOT_APPLICABLE,
                "Community special school",
                "Kingsford",
                "Wystan",
                1,
                9,
                OrganisationRole.HEADTEACHER,
                OrganisationRole.SENCO,
                OrganisationRole.DSL,
                OrganisationRole.PASTORAL_LEAD));
        all.add(school(
                names,
                urn++,
                "Elmshire Valley Academy",
                Phase.ALL_THROUGH,
                "Academy sponsor led",
                "Ashby Vale",
                "Thornwick",
                2,
                9,
                OrganisationRole.HEADTEACHER,
                OrganisationRole.SENCO,
                OrganisationRole.DSL,
                OrganisationRole.PASTORAL_LEAD));
        all.add(school(
                names,
                urn++,
                "Stowbridge Sixth Form College",
                Phase.SIXTEEN_PLUS,
                "Sixth form centres",
                "Stowbridge",
                "Stowbridge",
                4,
                9,
                OrganisationRole.HEADTEACHER,
                OrganisationRole.DSL,
                OrganisationRole.PASTORAL_LEAD));

        int ey = 2100001;
        String[] settingNames = {
            "Little Acorns Pre-school",
            "Busy Bees Day Nursery",
            "Rainbow Corner Nursery",
            "Tiny Steps Pre-school",
            "Willow Tree Day Nursery",
            "Kingfisher Playgroup",
            "Sunflower Pre-school",
            "Meadow View Nursery",
            "Puddle Ducks Playgroup",
            "Hedgehogs Day Nursery"
        };
        for (int i = 0; i < settingNames.length; i++) {
            int d = i % DISTRICTS.length;
            String town = DISTRICTS[d][1 + (i / DISTRICTS.length) * 2];
            String name = settingNames[i] + " (" + town + ")";
            List<Person> people = new ArrayList<>();
            String domain = slug(settingNames[i] + " " + town) + ".example";
            people.add(person(names.next(), domain, OrganisationRole.SETTING_MANAGER));
            people.add(person(names.next(), domain, OrganisationRole.SENCO));
            people.add(person(names.next(), domain, OrganisationRole.EARLY_YEARS_PRACTITIONER));
            all.add(new Organisation(
                    new NewOrganisation(
                            OrganisationKind.EARLY_YEARS_SETTING,
                            name,
                            "EY" + ey++,
                            Phase.NURSERY,
                            i % 2 == 0 ? "Childcare on non-domestic premises" : "Childcare on domestic premises",
                            DISTRICTS[d][0],
                            (10 + i) + " " + STREETS[(i + 3) % STREETS.length],
                            town,
                            postcode(d, i + 20)),
                    people));
        }
        for (int i = 0; i < 8; i++) {
            int d = i % DISTRICTS.length;
            String town = DISTRICTS[d][2 + i % 4];
            String[] name = names.next();
            String fullName = name[0] + " " + name[1];
            all.add(new Organisation(
                    new NewOrganisation(
                            OrganisationKind.CHILDMINDER,
                            fullName + " (childminder)",
                            "EY" + ey++,
                            Phase.NURSERY,
                            "Childminder",
                            DISTRICTS[d][0],
                            (30 + i) + " " + STREETS[(i + 5) % STREETS.length],
                            town,
                            postcode(d, i + 40)),
                    List.of(person(name, "childminders.example", OrganisationRole.CHILDMINDER))));
        }
        return all;
    }

    private static Organisation school(
            Names names,
            int urn,
            String name,
            Phase phase,
            String type,
            String district,
            String town,
            int d,
            int n,
            OrganisationRole... roles) {
        String domain = slug(name) + ".sch.example";
        List<Person> people = new ArrayList<>();
        for (OrganisationRole role : roles) {
            people.add(person(names.next(), domain, role));
        }
        return new Organisation(
                new NewOrganisation(
                        OrganisationKind.SCHOOL,
                        name,
                        String.valueOf(urn),
                        phase,
                        type,
                        district,
                        (n + 1) + " " + STREETS[(d + n) % STREETS.length],
                        town,
                        postcode(d, n)),
                people);
    }

    private static Person person(String[] name, String domain, OrganisationRole role) {
        String email = (name[0] + "." + name[1]).toLowerCase(Locale.UK).replaceAll("[^a-z.]", "") + "@" + domain;
        return new Person(name[0] + " " + name[1], email, role);
    }

    private static String postcode(int district, int n) {
        return POSTCODE_AREAS[district] + " " + (1 + n % 9) + "A" + (char) ('B' + n % 20);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.UK)
                .replace("church of england", "ce")
                .replace(" school", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** A deterministic supply of distinct made-up names. */
    static final class Names {
        private int next;

        String[] next() {
            int i = next++;
            String first = FIRST_NAMES[i % FIRST_NAMES.length];
            String last = SURNAMES[(i / FIRST_NAMES.length + i * 7) % SURNAMES.length];
            return new String[] {first, last};
        }
    }
}
