package uk.headsup.events;

import java.time.LocalDateTime;
import java.time.ZoneId;
import uk.headsup.directory.Audience;

/** Events for tests, named by their state: {@code aCourse().withPlaces(2).build()}. */
public final class EventFixtures {

    private EventType type = EventType.TRAINING;
    private String title = "Safeguarding refresher";
    private Audience audience = Audience.everyone();
    private String audienceLabel = "All school and setting staff";
    private int capacity = 20;
    private long price = 0;
    private boolean autoConfirm;
    private boolean bookable = true;
    private Integer limit;
    private int daysAhead = 30;
    private int closesInDays = 20;
    private int cancellationDays = 10;
    private int hold = 48;
    private Long series;
    private int sessions = 1;

    private EventFixtures() {}

    public static EventFixtures aCourse() {
        return new EventFixtures();
    }

    public static EventFixtures aMeeting(long seriesId) {
        EventFixtures f = new EventFixtures();
        f.type = EventType.STATUTORY_MEETING;
        f.title = "Fair Access Protocol panel";
        f.bookable = false;
        f.capacity = 0;
        f.series = seriesId;
        return f;
    }

    public EventFixtures titled(String title) {
        this.title = title;
        return this;
    }

    public EventFixtures withPlaces(int capacity) {
        this.capacity = capacity;
        return this;
    }

    public EventFixtures costing(long pence) {
        this.price = pence;
        return this;
    }

    public EventFixtures confirmingAutomatically() {
        this.autoConfirm = true;
        return this;
    }

    public EventFixtures limitedPerOrganisation(int limit) {
        this.limit = limit;
        return this;
    }

    public EventFixtures forAudience(Audience audience, String label) {
        this.audience = audience;
        this.audienceLabel = label;
        return this;
    }

    public EventFixtures inDays(int days) {
        this.daysAhead = days;
        this.closesInDays = Math.min(closesInDays, days - 1);
        this.cancellationDays = Math.min(cancellationDays, days - 1);
        return this;
    }

    public EventFixtures bookingClosedDaysAgo(int days) {
        this.closesInDays = -days;
        return this;
    }

    public EventFixtures cancellationDeadlinePassed() {
        this.cancellationDays = -1;
        return this;
    }

    public EventFixtures holdingOffersFor(int hours) {
        this.hold = hours;
        return this;
    }

    /** Sessions a week apart, each 9:30 to 4pm, the first {@link #inDays} days ahead. */
    public EventFixtures inWeeklySessions(int sessions) {
        this.sessions = sessions;
        return this;
    }

    public NewEvent build() {
        LocalDateTime today =
                LocalDateTime.now(ZoneId.of("Europe/London")).withSecond(0).withNano(0);
        LocalDateTime start = today.plusDays(daysAhead).withHour(9).withMinute(30);
        return new NewEvent(
                type,
                title,
                "A **practical** day for designated safeguarding leads.",
                audience,
                audienceLabel,
                java.util.stream.IntStream.range(0, sessions)
                        .mapToObj(i -> new NewEvent.Session(
                                start.plusWeeks(i),
                                start.plusWeeks(i).withHour(16).withMinute(0)))
                        .toList(),
                new NewEvent.Venue("Shire Hall", "Shire Hall\nElmbridge EL1 2AB", "Step-free access; hearing loop", ""),
                type == EventType.TRAINING ? "Owen Reid" : "",
                "Grace Okafor",
                "grace.okafor@elmshire.example",
                bookable,
                capacity,
                price,
                Vat.STANDARD,
                null,
                today.toLocalDate().plusDays(closesInDays).atTime(17, 0),
                today.toLocalDate().plusDays(cancellationDays).atTime(17, 0),
                limit,
                autoConfirm,
                hold,
                false,
                2,
                NewEvent.STANDARD_QUESTIONS,
                series);
    }
}
