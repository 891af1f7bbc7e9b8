package uk.headsup.directory.internal.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** The checks a person's work email and phone number must pass, wherever they are typed or imported. */
public final class ContactDetails {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]+( ?(ext\\.?|x) ?[0-9]{1,5})?");

    private ContactDetails() {}

    /** Emails are kept as typed (without surrounding spaces); they are compared ignoring case. */
    public static String email(String email) {
        return email == null ? "" : email.strip();
    }

    public static boolean isEmail(String email) {
        String e = email(email);
        return e.length() <= 254 && EMAIL.matcher(e).matches();
    }

    /** A UK or international number: digits, spaces, brackets, hyphens and a leading +, 10 to 15 digits. */
    public static boolean isPhone(String phone) {
        if (phone == null || !PHONE.matcher(phone.strip()).matches()) {
            return false;
        }
        String number = phone.toLowerCase(Locale.ROOT).split("ext|x")[0];
        long digits = number.chars().filter(Character::isDigit).count();
        return digits >= 10 && digits <= 15;
    }

    public static String phone(String phone) {
        return phone == null ? "" : phone.strip().replaceAll("\\s+", " ");
    }
}
