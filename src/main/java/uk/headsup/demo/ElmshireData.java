package uk.headsup.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.SignInHint;

/**
 * The made-up county of Elmshire: written for this project, resembling no real place or person. Its schools,
 * settings and their staff are files that the directory's own imports read ({@code src/main/resources/demo}); what
 * no import brings (the authority's officers, teams and posts) is here.
 */
final class ElmshireData {

    private ElmshireData() {}

    /** The files, in the order they load: schools first, for the URNs the people file names. */
    static final String SCHOOLS = "demo/schools-gias.csv";

    static final String EARLY_YEARS = "demo/early-years-register.csv";
    static final String PEOPLE = "demo/people.csv";

    /** Elmshire's local authority code in its GIAS file (made up: no authority in England has it). */
    static final String LA_CODE = "999";

    record Officer(String name, String email, String title, EnumSet<AuthorityRole> roles) {}

    /** The officers with an authority account. */
    static final List<Officer> OFFICERS = List.of(
            officer("Priya Shah", "Head of Education Services", AuthorityRole.ADMIN, AuthorityRole.PUBLISHER),
            officer("Tom Whitaker", "Communications Officer", AuthorityRole.EDITOR),
            officer("Grace Okafor", "Learning and Development Lead", AuthorityRole.EVENTS_OFFICER),
            officer("Daniel Price", "SEND and Inclusion Lead (0-25)", AuthorityRole.SCHEMES_OFFICER),
            officer("Helen Marsh", "Education Safeguarding Lead", AuthorityRole.SAFEGUARDING_OFFICER));

    /** An officer in the directory; those among {@link #OFFICERS} also have an account. */
    record TeamMember(String name, String email, String phone, String title) {}

    static final List<TeamMember> TEAM_MEMBERS = List.of(
            member("Priya Shah", "960101", "Head of Education Services"),
            member("Tom Whitaker", "960102", "Communications Officer"),
            member("Grace Okafor", "960103", "Learning and Development Lead"),
            member("Daniel Price", "960104", "SEND and Inclusion Lead (0-25)"),
            member("Helen Marsh", "960105", "Education Safeguarding Lead"),
            member("Ruth Adeyemi", "960106", "Senior SEND Officer"),
            member("Owen Reid", "960107", "Safeguarding Adviser"),
            member("Marcus Lee", "960108", "Early Years Consultant"));

    /** A post of a team, held by the officer with this email (null if vacant). */
    record TeamPost(String title, List<String> areas, String holderEmail) {}

    record Team(String name, String email, List<TeamPost> posts) {}

    static final List<Team> TEAMS = List.of(
            new Team(
                    "Education Services",
                    "educationservices@elmshire.example",
                    List.of(
                            post(
                                    "Head of Education Services",
                                    "priya.shah",
                                    "Education Services",
                                    "Concerns about a school"),
                            post("Communications Officer", "tom.whitaker", "Heads Up bulletin", "Daily briefing"),
                            post(
                                    "Learning and Development Lead",
                                    "grace.okafor",
                                    "Training and events",
                                    "Headteachers’ conference"))),
            new Team(
                    "SEND and Inclusion",
                    "send@elmshire.example",
                    List.of(
                            post(
                                    "SEND and Inclusion Lead (0-25)",
                                    "daniel.price",
                                    "SEND and Inclusion 0-25",
                                    "SEND and Inclusion Quality Mark"),
                            post(
                                    "Senior SEND Officer",
                                    "ruth.adeyemi",
                                    "Education, health and care plans",
                                    "Fair Access Protocol"),
                            post(
                                    "Early Years Inclusion Adviser",
                                    null,
                                    "Early Years Inclusion Kitemark",
                                    "Early years SEND"))),
            new Team(
                    "Education Safeguarding",
                    "safeguarding.education@elmshire.example",
                    List.of(
                            post(
                                    "Education Safeguarding Lead",
                                    "helen.marsh",
                                    "Safeguarding in education",
                                    "Section 175/157 safeguarding audit"),
                            post("Safeguarding Adviser", "owen.reid", "Designated safeguarding lead training"))));

    /** The clusters, each of the schools of one district. */
    static final List<String[]> CLUSTERS = List.of(
            new String[] {"Northbrook Schools Partnership", "Northbrook"},
            new String[] {"Ashby Vale Learning Community", "Ashby Vale"});

    /** School and setting staff the sign-in page offers: one of each kind of reader, from {@link #PEOPLE}. */
    static final List<SignInHint> STAFF_HINTS = List.of(
            staff(
                    "amara.abbott@northbrook-primary.sch.example",
                    "Amara Abbott, Headteacher, Northbrook Primary School"),
            staff("faisal.lamb@northbrook-academy.sch.example", "Faisal Lamb, SENCo, Northbrook Academy"),
            staff(
                    "gemma.thorne@northbrook-academy.sch.example",
                    "Gemma Thorne, Designated safeguarding lead, Northbrook Academy"),
            staff(
                    "zoe.singh@little-acorns-pre-school-northbrook.example",
                    "Zoe Singh, Setting manager, Little Acorns Pre-school (Northbrook)"),
            staff("yasmin.reid@childminders.example", "Yasmin Reid, Childminder, Yasmin Reid (childminder)"));

    private static Officer officer(String name, String title, AuthorityRole first, AuthorityRole... rest) {
        return new Officer(name, email(name), title, EnumSet.of(first, rest));
    }

    private static TeamMember member(String name, String phone, String title) {
        return new TeamMember(name, email(name), "01632 " + phone, title);
    }

    private static TeamPost post(String title, String holder, String... areas) {
        return new TeamPost(title, List.of(areas), holder == null ? null : holder + "@elmshire.example");
    }

    private static SignInHint staff(String email, String who) {
        return new SignInHint(email, who, null);
    }

    /** "Priya Shah" works at priya.shah@elmshire.example. */
    private static String email(String name) {
        return name.toLowerCase(Locale.UK).replace(' ', '.') + "@elmshire.example";
    }
}
