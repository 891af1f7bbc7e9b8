package uk.headsup.safeguarding.internal;

import java.time.ZoneId;

final class UkTime {
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {}
}
