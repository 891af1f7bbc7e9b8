package uk.headsup.directory;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import uk.headsup.directory.DirectoryRecords.NewOrganisation;

/** Schools and their staff made for one test, with URNs and emails no other test uses. */
final class DirectoryFixtures {

    static final LocalDate SINCE = LocalDate.of(2024, 9, 1);
    private static final AtomicInteger next = new AtomicInteger(800000);

    private final DirectoryRecords records;

    DirectoryFixtures(DirectoryRecords records) {
        this.records = records;
    }

    static int unique() {
        return next.incrementAndGet();
    }

    record School(long id, String name, String urn) {}

    School aSchool() {
        int n = unique();
        String name = "Fixture Primary School " + n;
        long id = records.addOrganisation(new NewOrganisation(
                OrganisationKind.SCHOOL,
                name,
                String.valueOf(n),
                Phase.PRIMARY,
                "Community school",
                "Northbrook",
                n + " Fixture Street",
                "Northbrook",
                "EL2 1AB"));
        return new School(id, name, String.valueOf(n));
    }

    record Staff(long id, String name, String email) {}

    Staff aMemberOfStaff(School school, OrganisationRole role) {
        int n = unique();
        String name = "Fixture Person " + n;
        String email = "person" + n + "@fixture-" + school.urn() + ".sch.example";
        long id = records.addPerson(name, email, null, role.label());
        records.appoint(id, school.id(), role, SINCE);
        return new Staff(id, name, email);
    }
}
