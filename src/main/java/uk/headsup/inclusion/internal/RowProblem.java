package uk.headsup.inclusion.internal;

/** What is wrong with one cell of an uploaded file: its line (the header is line 1), the column and why. */
public record RowProblem(long line, String field, String message) {

    public String describe() {
        return "Line " + line + ", " + field + ": " + message;
    }
}
