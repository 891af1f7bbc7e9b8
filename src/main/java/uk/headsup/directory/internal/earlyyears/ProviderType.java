package uk.headsup.directory.internal.earlyyears;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import uk.headsup.directory.OrganisationKind;

/**
 * Ofsted's early years provider types, as the authority's register names them. Childminders and home childcarers
 * are people working from a home, so they are directory entries of kind CHILDMINDER, whose addresses only
 * authority staff see.
 */
enum ProviderType {
    CHILDMINDER("Childminder", OrganisationKind.CHILDMINDER),
    NON_DOMESTIC("Childcare on non-domestic premises", OrganisationKind.EARLY_YEARS_SETTING),
    DOMESTIC("Childcare on domestic premises", OrganisationKind.EARLY_YEARS_SETTING),
    HOME_CHILDCARER("Home childcarer", OrganisationKind.CHILDMINDER);

    private final String label;
    private final OrganisationKind kind;

    ProviderType(String label, OrganisationKind kind) {
        this.label = label;
        this.kind = kind;
    }

    String label() {
        return label;
    }

    OrganisationKind kind() {
        return kind;
    }

    static Optional<ProviderType> of(String text) {
        String key = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
        return Arrays.stream(values())
                .filter(t -> t.label.toLowerCase(Locale.UK).equals(key))
                .findFirst();
    }

    static String allLabels() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.label).toList());
    }
}
