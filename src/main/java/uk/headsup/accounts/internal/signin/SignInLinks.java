package uk.headsup.accounts.internal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;
import uk.headsup.accounts.internal.AuditTrail;
import uk.headsup.accounts.internal.Clients;
import uk.headsup.directory.Directory;
import uk.headsup.mailing.Email;
import uk.headsup.mailing.Mailer;
import uk.headsup.platform.Site;

/**
 * Emailed sign-in links for school and setting staff. Whoever asks sees the same answer, whether or not the
 * address is known, so the form cannot be used to find out who has an account.
 */
@Component
public class SignInLinks implements GenerateOneTimeTokenRequestResolver, OneTimeTokenGenerationSuccessHandler {

    public static final String REQUEST_PATH = "/sign-in/link/request";
    public static final String LINK_PATH = "/sign-in/link";
    public static final String SENT_PATH = "/sign-in/link/sent";

    /** Session attribute: the address a link was just sent to, shown on the "check your email" page. */
    public static final String LINK_SENT_TO = SignInLinks.class.getName() + ".linkSentTo";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("h:mma").withZone(ZoneId.of("Europe/London"));

    private final SignInSettings settings;
    private final SignInRateLimit rateLimit;
    private final Directory directory;
    private final Mailer mailer;
    private final Site site;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    SignInLinks(
            SignInSettings settings,
            SignInRateLimit rateLimit,
            Directory directory,
            Mailer mailer,
            Site site,
            AuditTrail audit,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.rateLimit = rateLimit;
        this.directory = directory;
        this.mailer = mailer;
        this.site = site;
        this.audit = audit;
        this.transactions = transactions;
    }

    public static boolean looksLikeEmail(String value) {
        return value != null
                && value.length() <= 254
                && EMAIL.matcher(value.trim()).matches();
    }

    /** A blank or malformed address yields no token: the request falls through to the form, which says why. */
    @Override
    public GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
        String email = request.getParameter("email");
        return looksLikeEmail(email) ? new GenerateOneTimeTokenRequest(email.trim(), settings.linkValidity()) : null;
    }

    /**
     * Decides and records in one short transaction, then answers after it has committed. Redirecting inside the
     * transaction commits the response, and Spring Session saves the session then, in a transaction of its own that
     * needs a second connection while the first is still held: enough people asking at once drained the pool and
     * stalled every page of the node (issue 21).
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
            throws IOException {
        String email = token.getUsername();
        String client = Clients.of(request);
        SignInRateLimit.Verdict verdict = transactions.execute(status -> issue(email, client, token));
        if (verdict == SignInRateLimit.Verdict.CLIENT_LIMITED) {
            response.sendRedirect(request.getContextPath() + "/sign-in/link/too-many");
            return;
        }
        request.getSession().setAttribute(LINK_SENT_TO, email);
        response.sendRedirect(request.getContextPath() + SENT_PATH);
    }

    private SignInRateLimit.Verdict issue(String email, String client, OneTimeToken token) {
        SignInRateLimit.Verdict verdict = rateLimit.request(email, client);
        switch (verdict) {
            case CLIENT_LIMITED ->
                audit.record(email, "Sign-in link refused", email, "too many requests from this client", client);
            case ADDRESS_LIMITED ->
                audit.record(email, "Sign-in link refused", email, "too many requests for this address", client);
            case SEND ->
                directory.staffMember(email).ifPresent(member -> {
                    String link = UriComponentsBuilder.fromUriString(site.link(LINK_PATH))
                            .queryParam("token", token.getTokenValue())
                            .toUriString();
                    mailer.send(new Email(
                            "sign-in-link",
                            member.email(),
                            "Your Heads Up sign-in link",
                            "accounts/email/sign-in-link",
                            Map.of(
                                    "name", member.name(),
                                    "link", link,
                                    "minutes", settings.linkValidity().toMinutes(),
                                    "expiresAt",
                                            TIME.format(token.getExpiresAt()).toLowerCase())));
                    audit.record(email, "Sign-in link sent", email, null, client);
                });
        }
        return verdict;
    }
}
