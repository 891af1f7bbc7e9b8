package uk.headsup.events.internal.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    @Test
    void aPlaceIsSettledAsAttendedForAnyTimePresentAndAsANoShowForNone() {
        assertThat(Attendance.settledFrom(90)).isEqualTo(Attendance.ATTENDED);
        assertThat(Attendance.settledFrom(0)).isEqualTo(Attendance.NO_SHOW);
        assertThat(Attendance.marked(true).attended()).isTrue();
        assertThat(Attendance.marked(false).noShow()).isTrue();
    }

    @Test
    void aRegisterFormsRadioIsAMarkOnlyWhenItNamesOne() {
        assertThat(Attendance.named("ATTENDED")).contains(Attendance.ATTENDED);
        assertThat(Attendance.named("NO_SHOW")).contains(Attendance.NO_SHOW);
        assertThat(Attendance.named("")).isEmpty();
        assertThat(Attendance.named(null)).isEmpty();
        assertThat(Attendance.named("attended")).isEmpty();
    }

    @Test
    void anUnsettledPlaceHasNoAttendance() {
        assertThat(Attendance.ofColumn(null)).isNull();
        assertThat(Attendance.ofColumn("NO_SHOW")).isEqualTo(Attendance.NO_SHOW);
    }

    @Test
    void theColumnsCheckAllowsExactlyTheseValues() throws IOException {
        String schema = Files.readString(Path.of("src/main/resources/db/migration/events/V6_0__events.sql"));
        String allowed = Arrays.stream(Attendance.values())
                .map(a -> "'" + a.name() + "'")
                .collect(Collectors.joining(", ", "check (attendance in (", "))"));
        assertThat(schema).contains(allowed);
    }
}
