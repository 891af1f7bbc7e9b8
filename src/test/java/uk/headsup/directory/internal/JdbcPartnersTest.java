package uk.headsup.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.OrganisationKind;

class JdbcPartnersTest {

    @Test
    void theOpenSchoolsWrittenOutAreThoseThePartialIndexesCover() throws IOException {
        String predicate = "kind = '" + OrganisationKind.SCHOOL.name() + "' and status <> '"
                + OrganisationStatus.CLOSED.name() + "'";
        assertThat(JdbcPartners.OPEN_SCHOOL).isEqualTo("o." + predicate.replace(" status", " o.status"));
        try (InputStream in =
                getClass().getResourceAsStream("/db/migration/directory/V3_14_50__partner_suggestion_indexes.sql")) {
            String indexes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(indexes.split("where " + predicate, -1)).hasSize(3);
        }
    }
}
