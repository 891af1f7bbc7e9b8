package uk.headsup.accounts.internal.signin.web;

/**
 * The email address and password of authority staff, as the page shows them again after a failed sign-in: the
 * address stripped, the password never kept (Spring Security checks it; this form only redraws the page).
 */
record PasswordForm(String email, String password) {

    PasswordForm {
        email = email == null ? "" : email.strip();
        password = "";
    }
}
