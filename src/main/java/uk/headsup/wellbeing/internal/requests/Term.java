package uk.headsup.wellbeing.internal.requests;

import java.time.LocalDate;

/**
 * A school term, as uptake is counted by: autumn (September to December), spring (January to March) and summer
 * (April to August). Stored as a key that sorts, {@code 2026-1} for the autumn term of 2026-27.
 */
record Term(int academicYear, int number) {

    static Term of(LocalDate date) {
        int month = date.getMonthValue();
        if (month >= 9) {
            return new Term(date.getYear(), 1);
        }
        return new Term(date.getYear() - 1, month <= 3 ? 2 : 3);
    }

    static Term parse(String key) {
        String[] parts = key.split("-");
        return new Term(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    String key() {
        return academicYear + "-" + number;
    }

    /** "Autumn term 2026", "Spring term 2027". */
    String label() {
        return switch (number) {
            case 1 -> "Autumn term " + academicYear;
            case 2 -> "Spring term " + (academicYear + 1);
            default -> "Summer term " + (academicYear + 1);
        };
    }
}
