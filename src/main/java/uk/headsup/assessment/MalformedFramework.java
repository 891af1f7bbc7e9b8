package uk.headsup.assessment;

import java.util.List;
import java.util.stream.Collectors;

/** A framework file that cannot be imported, with every problem found: nothing of it is saved. */
public class MalformedFramework extends RuntimeException {

    private final List<Problem> problems;

    public MalformedFramework(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param line the line of the file (from 1), or 0 if it cannot be told
     * @param field where in the file, such as {@code sections[2].standards[0].scale}
     */
    public record Problem(int line, String field, String message) {

        /** The field of a problem with the file as a whole. */
        public static final String WHOLE_FILE = "(file)";

        /** "Line 3, Scale: ...", or only what can be told of where ("The file is empty"). */
        @Override
        public String toString() {
            String where = (line > 0 ? "Line " + line : "")
                    + (line > 0 && !WHOLE_FILE.equals(field) ? ", " : "")
                    + (WHOLE_FILE.equals(field) ? "" : field);
            return where.isEmpty() ? message : where + ": " + message;
        }
    }
}
