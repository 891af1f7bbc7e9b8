package uk.headsup.directory.internal.gias;

import java.util.List;

/**
 * The GIAS columns Heads Up keeps on an establishment, each with the column of {@code organisations} it goes to and
 * the topic under which a change to it is reported ("address" for the six address columns). The trust is kept as a
 * link to the trust's own organisation; here its value is the trust's GIAS code.
 */
enum GiasField {
    NAME("name", "name", "EstablishmentName"),
    LA_CODE("la_code", "local authority", "LA (code)"),
    LA_NAME("la_name", "local authority", "LA (name)"),
    ESTABLISHMENT_NUMBER("establishment_number", "establishment number", "EstablishmentNumber"),
    TYPE("establishment_type", "type", "TypeOfEstablishment (name)"),
    STATUS("status", "status", "EstablishmentStatus (name)"),
    PHASE("phase", "phase", "PhaseOfEducation (name)"),
    LOW_AGE("statutory_low_age", "age range", "StatutoryLowAge"),
    HIGH_AGE("statutory_high_age", "age range", "StatutoryHighAge"),
    OPENED_ON("opened_on", "opening date", "OpenDate"),
    CLOSED_ON("closed_on", "closing date", "CloseDate"),
    STREET("street", "address", "Street"),
    LOCALITY("locality", "address", "Locality"),
    ADDRESS3("address3", "address", "Address3"),
    TOWN("town", "address", "Town"),
    COUNTY("county", "address", "County (name)"),
    POSTCODE("postcode", "address", "Postcode"),
    TELEPHONE("telephone", "telephone", "TelephoneNum"),
    WEBSITE("website", "website", "SchoolWebsite"),
    HEAD("head_name", "head", "HeadTitle (name)", "HeadFirstName", "HeadLastName"),
    TRUST("trust_code", "trust", "Trusts (code)"),
    DISTRICT_CODE("district_code", "district", "DistrictAdministrative (code)"),
    DISTRICT("district", "district", "DistrictAdministrative (name)"),
    LAST_CHANGED("source_updated_on", "GIAS last changed date", "LastChangedDate"),
    EASTING("easting", "location", "Easting"),
    NORTHING("northing", "location", "Northing");

    static final GiasField[] ALL = values();

    /**
     * Topics whose changes are kept in the organisation's history; GIAS's own last-changed date is not one, nor the
     * grid reference (kept for suggesting the nearest partner schools, not something a reader looks back on).
     */
    static boolean inHistory(String topic) {
        return !LAST_CHANGED.topic.equals(topic) && !EASTING.topic.equals(topic);
    }

    private final String column;
    private final String topic;
    private final List<String> headers;

    GiasField(String column, String topic, String... headers) {
        this.column = column;
        this.topic = topic;
        this.headers = List.of(headers);
    }

    /** The column of the incoming-rows table (the same name as in {@code organisations}, but for the trust). */
    String column() {
        return column;
    }

    /** The SQL type of the column: text, int or date. */
    String sqlType() {
        return switch (this) {
            case LOW_AGE, HIGH_AGE, EASTING, NORTHING -> "int";
            case OPENED_ON, CLOSED_ON, LAST_CHANGED -> "date";
            default -> "text";
        };
    }

    String topic() {
        return topic;
    }

    List<String> headers() {
        return headers;
    }
}
