package uk.headsup.inclusion.internal.pupils;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.headsup.inclusion.internal.PupilAccess;
import uk.headsup.inclusion.internal.exclusions.Exclusion;
import uk.headsup.inclusion.internal.exclusions.Exclusions;
import uk.headsup.inclusion.internal.exclusions.Pupil;
import uk.headsup.inclusion.internal.outcomes.Outcomes;
import uk.headsup.inclusion.internal.provision.Placement;
import uk.headsup.inclusion.internal.provision.Provision;
import uk.headsup.platform.format.CsvWriter;

/**
 * Everything held on one pupil, for a subject access request (as CSV of sections, or JSON), and its erasure.
 */
@Service
@Transactional
public class PupilRecord {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Everything, in one place. */
    public record Held(
            Pupil pupil,
            List<Exclusions.Notified> exclusions,
            List<Placement> placements,
            Optional<Outcomes.Outcome> outcome,
            List<PupilAccess.Read> reads) {}

    private final Exclusions exclusions;
    private final Provision provision;
    private final Outcomes outcomes;
    private final PupilAccess access;
    private final Retention retention;

    PupilRecord(
            Exclusions exclusions, Provision provision, Outcomes outcomes, PupilAccess access, Retention retention) {
        this.exclusions = exclusions;
        this.provision = provision;
        this.outcomes = outcomes;
        this.access = access;
        this.retention = retention;
    }

    @Transactional(readOnly = true)
    public Optional<Held> held(long pupilId) {
        return exclusions
                .pupil(pupilId)
                .map(p -> new Held(
                        p,
                        exclusions.ofPupil(pupilId),
                        provision.ofPupil(pupilId),
                        outcomes.of(pupilId),
                        access.reads(pupilId)));
    }

    /** The sections of the record as label/value rows, the same for CSV and JSON. */
    static Map<String, List<Map<String, Object>>> sections(Held h) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        Pupil p = h.pupil();
        Map<String, Object> pupil = new LinkedHashMap<>();
        pupil.put("First name", p.firstName());
        pupil.put("Last name", p.lastName());
        pupil.put("Date of birth", p.dateOfBirth());
        pupil.put("UPN", p.upn());
        pupil.put("Year group", p.yearGroup());
        pupil.put("SEN status", p.senLabel());
        pupil.put("Free school meals", p.freeSchoolMeals());
        pupil.put("Looked after", p.lookedAfter());
        pupil.put("Child in need or child protection plan", p.childInNeed());
        pupil.put("Social worker", p.socialWorker());
        pupil.put("School at exclusion", p.schoolName());
        pupil.put("School URN at exclusion", p.schoolUrn());
        pupil.put("Held until", p.retainUntil());
        sections.put("Pupil", List.of(pupil));
        List<Map<String, Object>> excl = new ArrayList<>();
        for (Exclusions.Notified n : h.exclusions()) {
            Exclusion e = n.exclusion();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Type", e.kindLabel());
            row.put("First day", e.firstDay());
            row.put("Last day", e.lastDay());
            row.put("Sessions", e.sessions());
            row.put("Reason", e.reasonLabel());
            row.put("Account", e.account());
            row.put("Governors due", e.governorsDue());
            row.put("Governors met", e.governorsHeldOn());
            row.put(
                    "Governors decided",
                    e.governorsOutcome() == null ? null : e.governorsOutcome().label());
            row.put("Review requested", e.reviewRequestedOn());
            row.put(
                    "Review outcome",
                    e.reviewOutcome() == null ? null : e.reviewOutcome().label());
            row.put("Sixth-day provision by", e.sixthDayProvider());
            row.put("Sixth-day provision from", e.sixthDayFrom());
            row.put("New school place", e.newSchoolPlaceOn());
            excl.add(row);
        }
        sections.put("Exclusions", excl);
        List<Map<String, Object>> places = new ArrayList<>();
        for (Placement pl : h.placements()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Provider", pl.providerName());
            row.put("Commissioned by", pl.commissionedBy().name());
            row.put("Reason", pl.reasonLabel());
            row.put("Start", pl.startsOn());
            row.put("Planned end", pl.plannedEnd());
            row.put("Hours a week", pl.hoursAWeek());
            row.put("Cost a week", pl.weeklyCost());
            row.put("Reintegration target", pl.reintegrationTarget());
            row.put("Ended", pl.endedOn());
            row.put("Destination", pl.destination());
            places.add(row);
        }
        sections.put("Placements", places);
        sections.put(
                "Outcome",
                h.outcome().stream()
                        .map(o -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("KS4 year", o.ks4Year());
                            row.put("English and maths 4+", o.englishMaths4());
                            row.put("English and maths 5+", o.englishMaths5());
                            row.put("Destination", o.destinationLabel());
                            return row;
                        })
                        .toList());
        sections.put(
                "Access log",
                h.reads().stream()
                        .map(r -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("Read by", r.by());
                            row.put("At", r.at());
                            row.put("Purpose", r.purpose());
                            return row;
                        })
                        .toList());
        return sections;
    }

    public String json(Held h) {
        return JSON.writeValueAsString(sections(h));
    }

    /** One table: section, field, value (one row per field, a blank line between records). */
    public String csv(Held h) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row("Section", "Record", "Field", "Value");
        sections(h).forEach((section, records) -> {
            for (int i = 0; i < records.size(); i++) {
                for (var field : records.get(i).entrySet()) {
                    csv.row(section, i + 1, field.getKey(), field.getValue() == null ? "" : field.getValue());
                }
            }
        });
        csv.flush();
        return out.toString();
    }

    /** Erases everything held on the pupil (the access log keeps only who read which record number, when). */
    public void erase(long pupilId) {
        retention.forget(List.of(pupilId));
    }
}
