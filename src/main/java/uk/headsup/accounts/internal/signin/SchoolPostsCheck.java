package uk.headsup.accounts.internal.signin;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.headsup.accounts.SignedInUser;
import uk.headsup.accounts.internal.CurrentUsers;
import uk.headsup.directory.Directory;
import uk.headsup.directory.StaffMember;
import uk.headsup.platform.Caches;

/**
 * A school or setting user's organisations are read at sign-in; the directory may end their appointments while they
 * are signed in (they left, or moved school). On each request their current organisations are read again (kept for
 * {@link #FRESH} per person) and, if they differ from the session's, the session ends: a leaver reaches nothing more,
 * someone who moved signs in again with their new school (issue 20, item 2).
 */
public final class SchoolPostsCheck extends OncePerRequestFilter {

    static final Duration FRESH = Duration.ofSeconds(30);

    private final Directory directory;
    private final Cache<String, Set<Long>> current;

    public SchoolPostsCheck(Directory directory, Caches caches) {
        this.directory = directory;
        this.current = caches.aged("sign-in.school-posts", 10_000, FRESH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignedInUser user = CurrentUsers.current().orElse(null);
        if (user != null && !user.authorityStaff()) {
            Set<Long> held = user.organisations().stream()
                    .map(SignedInUser.Organisation::id)
                    .collect(Collectors.toSet());
            Set<Long> now = current.get(
                    user.email().toLowerCase(),
                    email -> directory
                            .staffMember(email)
                            .map(member -> member.posts().stream()
                                    .map(StaffMember.Post::organisationId)
                                    .collect(Collectors.toSet()))
                            .orElse(Set.of()));
            if (!now.equals(held)) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
