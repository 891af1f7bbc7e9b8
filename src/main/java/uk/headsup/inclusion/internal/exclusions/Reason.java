package uk.headsup.inclusion.internal.exclusions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The DfE's reasons for exclusion, as the school census and the exclusions return list them. */
public enum Reason {
    PP("Physical assault against a pupil"),
    PA("Physical assault against an adult"),
    VP("Verbal abuse or threatening behaviour against a pupil"),
    VA("Verbal abuse or threatening behaviour against an adult"),
    OW("Use or threat of use of an offensive weapon or prohibited item"),
    BU("Bullying"),
    RA("Racist abuse"),
    LG("Abuse against sexual orientation or gender identity"),
    DS("Abuse relating to disability"),
    SM("Sexual misconduct"),
    DA("Drug and alcohol related"),
    DM("Damage"),
    TH("Theft"),
    DB("Persistent or general disruptive behaviour"),
    MT("Inappropriate use of social media or online technology"),
    PH("Wilful and repeated transgression of protective measures in place to protect public health"),
    OT("Other");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String value() {
        return name();
    }

    /** By its code (DB) or its words, as a MIS exports it. */
    static Optional<Reason> of(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(t)
                        || r.label.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
