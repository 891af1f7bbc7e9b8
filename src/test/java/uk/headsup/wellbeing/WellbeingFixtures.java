package uk.headsup.wellbeing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import uk.headsup.directory.DirectoryRecords;
import uk.headsup.directory.DirectoryRecords.NewOrganisation;
import uk.headsup.directory.OrganisationKind;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.directory.Phase;

/** Schools, staff and offers made for one test, with names no other test uses. */
final class WellbeingFixtures {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String COORDINATOR = "nadia.brooks@elmshire.example";
    private static final AtomicInteger next = new AtomicInteger(915000);

    private final DirectoryRecords records;
    private final OfferCatalogue offers;

    WellbeingFixtures(DirectoryRecords records, OfferCatalogue offers) {
        this.records = records;
        this.offers = offers;
    }

    record School(long id, String name, String urn) {}

    record Staff(long id, String name, String email) {}

    record AnOffer(long id, String title) {}

    School aSchool() {
        int n = next.incrementAndGet();
        String name = "Wellbeing Fixture Primary " + n;
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

    Staff aMemberOfStaff(School school, OrganisationRole role) {
        int n = next.incrementAndGet();
        String name = "Wellbeing Person " + n;
        String email = "person" + n + "@wellbeing-" + school.urn() + ".sch.example";
        long id = records.addPerson(name, email, null, role.label());
        records.appoint(id, school.id(), role, TODAY.minusYears(2));
        return new Staff(id, name, email);
    }

    AnOffer aSupervisionOfferForHeads(LocalDate until) {
        return aSupervisionOfferForHeads(until, 20);
    }

    AnOffer aSupervisionOfferForHeads(LocalDate until, int places) {
        String title = "Supervision for heads " + next.incrementAndGet();
        long id = offers.add(new NewOffer(
                title,
                "Commissioned supervisors",
                OfferKind.SUPERVISION,
                "Six sessions of supervision.",
                Set.of(OrganisationRole.HEADTEACHER),
                Set.of(),
                null,
                "Free",
                places,
                OfferAccess.BROKERED,
                null,
                null,
                until));
        return new AnOffer(id, title);
    }

    /** A peer group for heads and deputies of primary schools, with no meetings yet. */
    AnOffer aPeerGroupOffer() {
        String title = "Peer group " + next.incrementAndGet();
        long id = offers.add(new NewOffer(
                title,
                "Elmshire County Council",
                OfferKind.PEER_GROUP,
                "Heads meeting in confidence.",
                Set.of(OrganisationRole.HEADTEACHER, OrganisationRole.DEPUTY_HEADTEACHER),
                Set.of(Phase.PRIMARY),
                null,
                "Free",
                8,
                OfferAccess.BROKERED,
                null,
                null,
                TODAY.plusMonths(6)));
        return new AnOffer(id, title);
    }
}
