package uk.headsup.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the current request, for rate limits and the audit trail. */
public final class Clients {

    private Clients() {}

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest())
                : null;
    }
}
