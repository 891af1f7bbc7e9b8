package uk.headsup.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.headsup.assessment.Framework;
import uk.headsup.assessment.Framework.Link;
import uk.headsup.assessment.Framework.NumericQuestion;
import uk.headsup.assessment.Framework.OrganisationType;

/**
 * Elmshire's section 175/157 safeguarding audit, written for the demo from the public structure of such audits
 * (Keeping children safe in education, Working together to safeguard children): 12 sections, 60 standards, rated
 * red, amber or green.
 */
final class DemoSafeguardingFramework {

    private DemoSafeguardingFramework() {}

    private static final Link KCSIE = new Link(
            "Keeping children safe in education",
            "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2");

    private static final String[][] SECTIONS = {
        {
            "Leadership and governance",
            "The governing body or proprietor reviews safeguarding arrangements at least once a year and records it",
            "A named governor leads on safeguarding and meets the DSL each term",
            "The child protection policy is reviewed annually and published on the school's website",
            "Governors and trustees have had safeguarding training suited to their role",
            "Senior leaders make sure safeguarding is given the time, funding and support it needs"
        },
        {
            "The designated safeguarding lead",
            "A designated safeguarding lead from the senior leadership team is named and their role is in their job description",
            "At least one deputy DSL is trained to the same standard as the DSL",
            "The DSL or a deputy is available during school hours, term times and school activities",
            "The DSL has refreshed their training within the last two years",
            "The DSL keeps up to date with local procedures at least once a year"
        },
        {
            "Training",
            "All staff have had safeguarding and child protection training at induction",
            "All staff have had refresher training in the last year, including online safety",
            "Staff have read part one of Keeping children safe in education and confirmed it",
            "Volunteers and supply staff are told how to raise a concern on their first day",
            "A record of everyone's safeguarding training is kept and checked"
        },
        {
            "Safer recruitment",
            "The single central record is complete and checked by a senior leader each term",
            "At least one person on every recruitment panel has safer recruitment training",
            "References are obtained and scrutinised before appointment",
            "Enhanced DBS and barred list checks are made before staff start in regulated activity",
            "Online searches are considered for shortlisted candidates"
        },
        {
            "Child protection procedures and records",
            "Concerns about children are recorded promptly, factually and securely",
            "Child protection files are transferred within five days when a pupil moves school",
            "Staff know how to refer directly to children's social care if needed",
            "Records show the rationale for decisions and the actions taken",
            "The school contributes to child protection plans and attends conferences"
        },
        {
            "Early help",
            "Staff know the signs that a child may need early help",
            "The school uses the local early help assessment and takes the lead professional role where appropriate",
            "Early help offered is reviewed and escalated when the child's situation does not improve",
            "Families are told about the early help available to them",
            "The school works with the local family hub and partners"
        },
        {
            "Online safety",
            "Filtering and monitoring systems are in place and reviewed at least once a year",
            "The DSL takes lead responsibility for online safety, including filtering and monitoring",
            "Pupils are taught how to stay safe online, suited to their age",
            "Parents and carers are given information about online safety",
            "The acceptable use policy covers staff, pupils and mobile devices"
        },
        {
            "The curriculum",
            "Relationships (and sex) education and health education are taught as statutory guidance requires",
            "Pupils are taught about consent, healthy relationships and where to get help",
            "The curriculum addresses local risks such as exploitation and county lines",
            "Pupils know who to talk to in school if they are worried",
            "Pupils' views are sought on how safe they feel"
        },
        {
            "Children with SEND",
            "Staff know that children with SEND can face additional safeguarding challenges",
            "The DSL and SENCo work together on safeguarding concerns about pupils with SEND",
            "Pupils with communication needs have ways to share concerns",
            "Intimate care and the use of reasonable force are covered by policy and training",
            "Children in care and previously in care have a designated teacher"
        },
        {
            "Children missing education",
            "Unexplained absence is followed up on the first day",
            "Pupils are removed from roll only on the grounds the regulations allow, and the authority is told",
            "Patterns of repeated absence are monitored as a safeguarding concern",
            "The school holds more than one emergency contact for each pupil",
            "Part-time timetables are agreed, reviewed and reported to the authority"
        },
        {
            "Allegations against staff",
            "The procedure for allegations against staff, volunteers and contractors follows the guidance",
            "The local authority designated officer is contacted within one working day of an allegation",
            "Low-level concerns are recorded, reviewed and acted on",
            "Staff know the whistleblowing procedure and how to use it",
            "The staff code of conduct is read and signed by all staff"
        },
        {
            "Alternative provision",
            "The school knows where every pupil in alternative provision is and checks their attendance daily",
            "Safeguarding checks are obtained in writing from each alternative provider",
            "Placements in alternative provision are reviewed at least each half term",
            "Pupils in alternative provision are visited by school staff",
            "Unregistered provision is used only when checks show it is safe"
        },
    };

    /** The framework as it was last year (version 1). */
    static Framework lastYear() {
        return build("Elmshire safeguarding audit (section 175/157)", false);
    }

    /** This year's version: standard 7.1 asks about the new filtering and monitoring standards; 3.6 is new. */
    static Framework thisYear() {
        return build("Elmshire safeguarding audit (section 175/157)", true);
    }

    private static Framework build(String title, boolean thisYear) {
        List<Framework.Section> sections = new ArrayList<>();
        for (int s = 0; s < SECTIONS.length; s++) {
            List<Framework.Standard> standards = new ArrayList<>();
            for (int i = 1; i < SECTIONS[s].length; i++) {
                String number = (s + 1) + "." + i;
                String statement = SECTIONS[s][i];
                if (thisYear && number.equals("7.1")) {
                    statement += ", meeting the DfE filtering and monitoring standards";
                }
                standards.add(standard(number, statement, s, i));
            }
            if (thisYear && s == 2) {
                standards.add(new Framework.Standard(
                        "3.6",
                        "Governors have had training in filtering and monitoring",
                        "New this year.",
                        List.of(KCSIE),
                        descriptors(),
                        false,
                        Set.of(),
                        "rag",
                        List.of()));
            }
            sections.add(new Framework.Section(String.valueOf(s + 1), SECTIONS[s][0], standards));
        }
        return new Framework(title, List.of(), sections);
    }

    private static Framework.Standard standard(String number, String statement, int section, int i) {
        List<NumericQuestion> questions = number.equals("5.3")
                ? List.of(new NumericQuestion("referrals", "Referrals to children's social care this year"))
                : number.equals("11.2")
                        ? List.of(new NumericQuestion("allegations", "Allegations referred to the LADO this year"))
                        : List.of();
        Set<OrganisationType> appliesTo = section == 11 && i == 4
                ? Set.of(OrganisationType.MAINTAINED_SCHOOL, OrganisationType.ACADEMY)
                : Set.of();
        return new Framework.Standard(
                number,
                statement,
                "Say how you know: the evidence you hold and when it was last checked.",
                List.of(KCSIE),
                descriptors(),
                i <= 3,
                appliesTo,
                "rag",
                questions);
    }

    private static Map<String, String> descriptors() {
        return Map.of(
                "green", "Fully in place, evidenced and reviewed",
                "amber", "Partly in place, or in place but not yet evidenced or reviewed",
                "red", "Not in place: an action is needed now");
    }
}
