package uk.headsup.accounts.internal.signin.web;

/**
 * The email address a visitor types to be sent a sign-in link, stripped as it is bound; {@link LinkFormValidator}
 * says what is wrong with one the sign-in link filter turned away.
 */
record LinkForm(String email) {

    LinkForm {
        email = email == null ? "" : email.strip();
    }
}
