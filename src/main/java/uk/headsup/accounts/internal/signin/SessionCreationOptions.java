package uk.headsup.accounts.internal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a passkey registration in the session between its two requests. Spring Security's own
 * repository stores the options object itself, which is not {@link Serializable} (spring-security#16431), so it
 * cannot live in a database-backed session; this one stores a serializable copy and rebuilds the options.
 */
public final class SessionCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

    private static final String ATTRIBUTE = SessionCreationOptions.class.getName();
    private static final PublicKeyCredentialParameters[] KNOWN_ALGORITHMS = {
        PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384,
        PublicKeyCredentialParameters.ES512, PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384,
        PublicKeyCredentialParameters.RS512, PublicKeyCredentialParameters.RS1
    };

    /** Everything the second request needs, in serializable form. */
    record Snapshot(
            String rpId,
            String rpName,
            PublicKeyCredentialUserEntity user,
            Bytes challenge,
            ArrayList<Long> algorithms,
            Long timeoutMillis,
            ArrayList<PublicKeyCredentialDescriptor> excludeCredentials,
            String attachment,
            String residentKey,
            String userVerification,
            String attestation,
            LinkedHashMap<String, Serializable> extensions)
            implements Serializable {}

    @Override
    public void save(
            HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        request.getSession().setAttribute(ATTRIBUTE, snapshot(options));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Snapshot snapshot
                ? rebuild(snapshot)
                : null;
    }

    static Snapshot snapshot(PublicKeyCredentialCreationOptions o) {
        AuthenticatorSelectionCriteria selection = o.getAuthenticatorSelection();
        LinkedHashMap<String, Serializable> extensions = new LinkedHashMap<>();
        if (o.getExtensions() != null) {
            for (AuthenticationExtensionsClientInput<?> input :
                    o.getExtensions().getInputs()) {
                if (input.getInput() instanceof Serializable value) {
                    extensions.put(input.getExtensionId(), value);
                }
            }
        }
        return new Snapshot(
                o.getRp().getId(),
                o.getRp().getName(),
                o.getUser(),
                o.getChallenge(),
                new ArrayList<>(o.getPubKeyCredParams().stream()
                        .map(p -> p.getAlg().getValue())
                        .toList()),
                o.getTimeout() == null ? null : o.getTimeout().toMillis(),
                o.getExcludeCredentials() == null ? new ArrayList<>() : new ArrayList<>(o.getExcludeCredentials()),
                selection == null || selection.getAuthenticatorAttachment() == null
                        ? null
                        : selection.getAuthenticatorAttachment().getValue(),
                selection == null || selection.getResidentKey() == null
                        ? null
                        : selection.getResidentKey().getValue(),
                selection == null || selection.getUserVerification() == null
                        ? null
                        : selection.getUserVerification().getValue(),
                o.getAttestation() == null ? null : o.getAttestation().getValue(),
                extensions);
    }

    static PublicKeyCredentialCreationOptions rebuild(Snapshot s) {
        List<PublicKeyCredentialParameters> parameters = s.algorithms().stream()
                .flatMap(alg ->
                        Arrays.stream(KNOWN_ALGORITHMS).filter(p -> p.getAlg().getValue() == alg))
                .toList();
        AuthenticatorSelectionCriteria.AuthenticatorSelectionCriteriaBuilder selection =
                AuthenticatorSelectionCriteria.builder();
        if (s.attachment() != null) {
            selection.authenticatorAttachment(AuthenticatorAttachment.valueOf(s.attachment()));
        }
        if (s.residentKey() != null) {
            selection.residentKey(ResidentKeyRequirement.valueOf(s.residentKey()));
        }
        if (s.userVerification() != null) {
            selection.userVerification(userVerification(s.userVerification()));
        }
        List<AuthenticationExtensionsClientInput> inputs = new ArrayList<>();
        for (Map.Entry<String, Serializable> e : s.extensions().entrySet()) {
            inputs.add(new ImmutableAuthenticationExtensionsClientInput<>(e.getKey(), e.getValue()));
        }
        PublicKeyCredentialCreationOptions.PublicKeyCredentialCreationOptionsBuilder options =
                PublicKeyCredentialCreationOptions.builder()
                        .rp(PublicKeyCredentialRpEntity.builder()
                                .id(s.rpId())
                                .name(s.rpName())
                                .build())
                        .user(s.user())
                        .challenge(s.challenge())
                        .pubKeyCredParams(parameters)
                        .excludeCredentials(s.excludeCredentials())
                        .authenticatorSelection(selection.build())
                        .extensions(new ImmutableAuthenticationExtensionsClientInputs(inputs));
        if (s.timeoutMillis() != null) {
            options.timeout(Duration.ofMillis(s.timeoutMillis()));
        }
        if (s.attestation() != null) {
            options.attestation(AttestationConveyancePreference.valueOf(s.attestation()));
        }
        return options.build();
    }

    private static UserVerificationRequirement userVerification(String value) {
        for (UserVerificationRequirement r : List.of(
                UserVerificationRequirement.DISCOURAGED,
                UserVerificationRequirement.PREFERRED,
                UserVerificationRequirement.REQUIRED)) {
            if (r.getValue().equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown user verification requirement " + value);
    }
}
