package uk.headsup.safeguarding.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Owner;
import uk.headsup.assessment.Response;
import uk.headsup.assessment.Responses;
import uk.headsup.safeguarding.SafeguardingRecords;
import uk.headsup.safeguarding.internal.offers.Offers;
import uk.headsup.safeguarding.internal.returns.SignOffs;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;
import uk.headsup.safeguarding.internal.rounds.Rounds;

@Component
class JdbcSafeguardingRecords implements SafeguardingRecords {

    private final Rounds rounds;
    private final RoundDesk desk;
    private final Responses responses;
    private final SignOffs signOffs;
    private final Offers offers;

    JdbcSafeguardingRecords(Rounds rounds, RoundDesk desk, Responses responses, SignOffs signOffs, Offers offers) {
        this.offers = offers;
        this.rounds = rounds;
        this.desk = desk;
        this.responses = responses;
        this.signOffs = signOffs;
    }

    @Override
    public boolean hasRounds() {
        return !rounds.rounds().isEmpty();
    }

    @Override
    public long openRound(
            String title,
            long versionId,
            LocalDate firstDeadline,
            LocalDate finalDeadline,
            boolean earlyYears,
            String by) {
        return desk.open(title, versionId, firstDeadline, finalDeadline, earlyYears, by, false);
    }

    @Override
    @Transactional
    public Optional<Long> startReturn(long roundId, long organisationId, Actor by) {
        Round round = rounds.round(roundId).orElseThrow();
        return rounds.auditReturn(roundId, organisationId).map(r -> {
            if (r.responseId() != null) {
                return r.responseId();
            }
            Response response = responses.start(
                    Owner.organisation(r.organisationId(), r.organisationName(), r.type()), round.versionId(), by);
            rounds.started(r.id(), response.id());
            return response.id();
        });
    }

    @Override
    public void signedOff(long roundId, long organisationId) {
        rounds.auditReturn(roundId, organisationId).ifPresent(r -> rounds.signedOff(r.id(), true));
    }

    @Override
    public void linkCourse(long roundId, String standard, long eventId, String by) {
        offers.link(roundId, standard, eventId, by);
    }

    @Override
    public void requestSignOff(long roundId, long organisationId) {
        rounds.auditReturn(roundId, organisationId)
                .ifPresent(r -> signOffs.request(r, rounds.round(roundId).orElseThrow(), null));
    }
}
