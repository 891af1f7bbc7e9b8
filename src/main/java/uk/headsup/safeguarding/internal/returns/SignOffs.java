package uk.headsup.safeguarding.internal.returns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.assessment.Actor;
import uk.headsup.assessment.Responses;
import uk.headsup.directory.Audience;
import uk.headsup.directory.AudienceMember;
import uk.headsup.directory.Directory;
import uk.headsup.directory.OrganisationRole;
import uk.headsup.mailing.Addressee;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;
import uk.headsup.platform.UkTime;
import uk.headsup.safeguarding.internal.rounds.AuditReturn;
import uk.headsup.safeguarding.internal.rounds.AwaitedSignatures;
import uk.headsup.safeguarding.internal.rounds.Round;
import uk.headsup.safeguarding.internal.rounds.RoundDesk;
import uk.headsup.safeguarding.internal.rounds.Rounds;

/**
 * Sign-off of a submitted return by the headteacher and a governor (the chair of governors or the safeguarding
 * governor, from the directory, as the school chooses on submitting; the chair unless it chooses), each through an
 * emailed single-use link that expires. When both have signed, the return is locked and the authority told.
 */
@Service
public class SignOffs implements AwaitedSignatures {

    static final Duration LIFETIME = Duration.ofDays(14);
    static final String HEAD = "HEADTEACHER";
    static final String GOVERNOR = "GOVERNOR";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final Responses responses;
    private final Directory directory;
    private final Mailer mailer;
    private final Site site;
    private final Clock clock;

    SignOffs(
            JdbcClient jdbc,
            Rounds rounds,
            Responses responses,
            Directory directory,
            Mailer mailer,
            Site site,
            Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.responses = responses;
        this.directory = directory;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /** One link as stored. */
    public record SignOff(
            long id, long returnId, String role, String name, String email, Instant expiresAt, Instant usedAt) {
        public String roleLabel() {
            return HEAD.equals(role) ? "Headteacher" : "Governor";
        }
    }

    public enum Check {
        VALID,
        USED,
        EXPIRED,
        UNKNOWN
    }

    public record Found(Check check, Optional<SignOff> signOff) {}

    /** The governors who may sign off the organisation's return: its chair of governors first, then its safeguarding governor. */
    public List<AudienceMember> governors(long organisationId) {
        return directory
                .members(
                        Audience.of(OrganisationRole.CHAIR_OF_GOVERNORS, OrganisationRole.SAFEGUARDING_GOVERNOR),
                        today())
                .stream()
                .filter(m -> m.organisationId() == organisationId)
                .sorted(Comparator.comparingInt(
                        (AudienceMember m) -> m.role() == OrganisationRole.CHAIR_OF_GOVERNORS ? 0 : 1))
                .toList();
    }

    /**
     * Emails a link to the headteacher and to one governor of the return's organisation: the one with this email
     * among {@link #governors}, or the first of them (the chair) when the school did not choose. Earlier links of
     * the return stop working.
     *
     * @return who was asked, headteacher first
     */
    @Transactional
    public List<AudienceMember> request(AuditReturn r, Round round, String governorEmail) {
        jdbc.sql("delete from safeguarding_sign_offs where return_id = :id")
                .param("id", r.id())
                .update();
        List<AudienceMember> asked =
                new ArrayList<>(directory.members(Audience.of(OrganisationRole.HEADTEACHER), today()).stream()
                        .filter(m -> m.organisationId() == r.organisationId())
                        .toList());
        List<AudienceMember> governors = governors(r.organisationId());
        governors.stream()
                .filter(g -> governorEmail != null && g.email().equalsIgnoreCase(governorEmail.strip()))
                .findFirst()
                .or(() -> governors.stream().findFirst())
                .ifPresent(asked::add);
        for (AudienceMember m : asked) {
            String role = m.role() == OrganisationRole.HEADTEACHER ? HEAD : GOVERNOR;
            send(r, round, role, m.name(), m.email(), m.role().label().toLowerCase(Locale.ROOT));
        }
        return asked;
    }

    /** What the school is told on submitting: who was emailed, and who could not be because the directory lacks them. */
    public static String submitted(List<AudienceMember> asked) {
        boolean head = asked.stream().anyMatch(m -> m.role() == OrganisationRole.HEADTEACHER);
        boolean governor = asked.stream().anyMatch(m -> m.role() != OrganisationRole.HEADTEACHER);
        String emailed = asked.stream()
                .map(m -> m.name() + " (" + m.role().label().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(" and "));
        String missing = !head && !governor
                ? "a headteacher or a governor"
                : !head ? "a headteacher" : !governor ? "a chair of governors or safeguarding governor" : null;
        return "Return submitted. "
                + (asked.isEmpty() ? "" : "We have emailed " + emailed + " a link to sign it off.")
                + (missing == null
                        ? ""
                        : (asked.isEmpty() ? "" : " ") + "The directory has no " + missing
                                + " for your school, so nobody else can sign it off yet: ask the authority's directory"
                                + " team to add them.");
    }

    private void send(AuditReturn r, Round round, String role, String name, String email, String roleText) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into safeguarding_sign_offs (return_id, role, name, email, token_hash, expires_at)
                        values (:id, :role, :name, :email, :hash, :expires)
                        """)
                .param("id", r.id())
                .param("role", role)
                .param("name", name)
                .param("email", email)
                .param("hash", hash(token))
                .param("expires", Timestamp.from(clock.instant().plus(LIFETIME)))
                .update();
        mailer.send(new Email(
                "safeguarding-sign-off",
                email,
                "Please sign off " + r.organisationName() + "'s safeguarding audit return",
                "safeguarding/email/sign-off",
                Map.of(
                        "name", name,
                        "organisation", r.organisationName(),
                        "round", round.title(),
                        "role", roleText,
                        "link", site.link("/safeguarding/sign-off?token=" + token),
                        "expires",
                                RoundDesk.DAY.format(
                                        LocalDate.ofInstant(clock.instant().plus(LIFETIME), UkTime.UK)))));
    }

    public List<SignOff> of(long returnId) {
        return jdbc.sql("select * from safeguarding_sign_offs where return_id = :id order by role desc, id")
                .param("id", returnId)
                .query((rs, n) -> new SignOff(
                        rs.getLong("id"),
                        rs.getLong("return_id"),
                        rs.getString("role"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null
                                ? null
                                : rs.getTimestamp("used_at").toInstant()))
                .list();
    }

    @Override
    public List<Addressee> yetToSign(long returnId) {
        return of(returnId).stream()
                .filter(s -> s.usedAt() == null)
                .map(s -> Addressee.of(s.name(), s.email()))
                .toList();
    }

    public Found check(String token) {
        Optional<SignOff> found = token == null
                ? Optional.empty()
                : jdbc.sql("select * from safeguarding_sign_offs where token_hash = :hash")
                        .param("hash", hash(token))
                        .query((rs, n) -> new SignOff(
                                rs.getLong("id"),
                                rs.getLong("return_id"),
                                rs.getString("role"),
                                rs.getString("name"),
                                rs.getString("email"),
                                rs.getTimestamp("expires_at").toInstant(),
                                rs.getTimestamp("used_at") == null
                                        ? null
                                        : rs.getTimestamp("used_at").toInstant()))
                        .optional();
        if (found.isEmpty()) {
            return new Found(Check.UNKNOWN, found);
        }
        if (found.get().usedAt() != null) {
            return new Found(Check.USED, found);
        }
        if (!found.get().expiresAt().isAfter(clock.instant())) {
            return new Found(Check.EXPIRED, found);
        }
        return new Found(Check.VALID, found);
    }

    /**
     * Signs off with this link, once. When the head and a governor have both signed, the return is locked (its
     * response stays submitted) and the officer who opened the round is told.
     */
    @Transactional
    public Check confirm(String token) {
        Found found = check(token);
        if (found.check() != Check.VALID) {
            return found.check();
        }
        SignOff s = found.signOff().get();
        int used = jdbc.sql("update safeguarding_sign_offs set used_at = now() where id = :id and used_at is null")
                .param("id", s.id())
                .update();
        if (used == 0) {
            return Check.USED;
        }
        AuditReturn r = rounds.auditReturn(s.returnId()).orElseThrow();
        responses.note(
                r.responseId(), "Signed off by the " + s.roleLabel().toLowerCase(), new Actor(s.email(), s.name()));
        List<SignOff> all = of(r.id());
        boolean head = all.stream().anyMatch(o -> HEAD.equals(o.role()) && o.usedAt() != null);
        boolean governor = all.stream().anyMatch(o -> GOVERNOR.equals(o.role()) && o.usedAt() != null);
        if (head && governor) {
            rounds.signedOff(r.id(), true);
            Round round = rounds.round(r.roundId()).orElseThrow();
            mailer.send(new Email(
                    "safeguarding-returned",
                    round.openedBy(),
                    r.organisationName() + " has returned its safeguarding audit",
                    "safeguarding/email/returned",
                    Map.of(
                            "organisation", r.organisationName(),
                            "round", round.title(),
                            "link", site.link("/safeguarding/returns/" + r.id()))));
        }
        return Check.VALID;
    }

    /** A fresh link to the same person, for an expired or used one whose return still awaits their sign-off. */
    @Transactional
    public boolean renew(String token) {
        Found found = check(token);
        if (found.signOff().isEmpty() || found.check() == Check.VALID) {
            return false;
        }
        SignOff s = found.signOff().get();
        AuditReturn r = rounds.auditReturn(s.returnId()).orElseThrow();
        if (r.signedOff()) {
            return false;
        }
        send(
                r,
                rounds.round(r.roundId()).orElseThrow(),
                s.role(),
                s.name(),
                s.email(),
                HEAD.equals(s.role()) ? "headteacher" : "governor");
        return true;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UkTime.UK);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
