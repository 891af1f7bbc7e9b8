package uk.headsup.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.headsup.directory.DirectoryImports;
import uk.headsup.directory.internal.csvimport.CsvImport;
import uk.headsup.directory.internal.csvimport.ImportKind;
import uk.headsup.directory.internal.csvimport.ImportReports;
import uk.headsup.directory.internal.gias.GiasImport;
import uk.headsup.directory.internal.gias.GiasImportReport;
import uk.headsup.directory.internal.gias.GiasImportReports;

/** The directory's imports for loaders: the same runs as the upload pages and the GIAS command, read back. */
@Service
class FileImports implements DirectoryImports {

    /** More rejected rows than this are counted, not listed. */
    private static final int LISTED = 20;

    private final GiasImport gias;
    private final GiasImportReports giasReports;
    private final CsvImport csv;
    private final ImportReports csvReports;
    private final List<CsvImport.Kind> kinds;

    FileImports(
            GiasImport gias,
            GiasImportReports giasReports,
            CsvImport csv,
            ImportReports csvReports,
            List<CsvImport.Kind> kinds) {
        this.gias = gias;
        this.giasReports = giasReports;
        this.csv = csv;
        this.csvReports = csvReports;
        this.kinds = kinds;
    }

    @Override
    public Outcome gias(String fileName, byte[] content, Collection<String> laCodes, String startedBy) {
        GiasImportReport report = gias.run(fileName, content, laCodes, startedBy);
        List<String> problems = new ArrayList<>();
        if (!report.done()) {
            problems.add(report.message());
        }
        for (GiasImportReports.Row row : giasReports.rows(report.id(), "REJECTED", LISTED)) {
            problems.add("Line " + row.line() + ": " + row.detail());
        }
        if (report.rejected() > LISTED) {
            problems.add("and " + (report.rejected() - LISTED) + " more rejected rows");
        }
        return new Outcome(fileName, report.added(), problems);
    }

    @Override
    public Outcome earlyYearsRegister(String fileName, byte[] content, String startedBy) {
        return csv(ImportKind.EY_REGISTER, fileName, content, startedBy);
    }

    @Override
    public Outcome people(String fileName, byte[] content, String startedBy) {
        return csv(ImportKind.PEOPLE, fileName, content, startedBy);
    }

    private Outcome csv(ImportKind kind, String fileName, byte[] content, String startedBy) {
        CsvImport.Kind importer =
                kinds.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
        ImportReports.Report report = csvReports
                .report(csv.run(importer, fileName, content, startedBy))
                .orElseThrow();
        List<String> problems = new ArrayList<>();
        if (report.refused() || report.failed()) {
            problems.add(report.message());
        }
        for (ImportReports.Line line : csvReports.lines(report.id())) {
            if (line.outcome() == ImportReports.Outcome.REJECTED) {
                problems.add("Line " + line.line() + ": " + line.detail());
            }
        }
        return new Outcome(fileName, report.added(), problems);
    }
}
