package uk.headsup.directory.internal.people;

import java.util.Optional;
import org.springframework.validation.Errors;

/** A person's details as typed into the add and change forms. */
public class PersonForm {

    private String fullName = "";
    private String email = "";
    private String phone = "";
    private String jobTitle = "";

    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.setFullName(person.fullName());
        form.setEmail(person.email());
        form.setPhone(person.phone());
        form.setJobTitle(person.jobTitle());
        return form;
    }

    /** Checks every field; the email must not belong to anyone but {@code self} (null for someone new). */
    void check(Errors errors, People people, Long self) {
        if (fullName.isBlank()) {
            errors.rejectValue("fullName", "required", "Enter their full name");
        } else if (fullName.length() > 200) {
            errors.rejectValue("fullName", "tooLong", "Full name must be 200 characters or fewer");
        }
        if (email.isBlank()) {
            errors.rejectValue("email", "required", "Enter their work email address");
        } else if (!ContactDetails.isEmail(email)) {
            errors.rejectValue(
                    "email", "format", "Enter an email address in the correct format, like name@school.sch.uk");
        } else {
            Optional<Person> holder = people.byEmail(email);
            if (holder.isPresent() && (self == null || holder.get().id() != self)) {
                errors.rejectValue(
                        "email",
                        "taken",
                        email + " is already the email address of "
                                + holder.get().fullName() + ": each person has their own work email address");
            }
        }
        if (!phone.isBlank() && !ContactDetails.isPhone(phone)) {
            errors.rejectValue("phone", "format", "Enter a telephone number, like 01632 960000 or +44 1632 960000");
        }
        if (jobTitle.length() > 200) {
            errors.rejectValue("jobTitle", "tooLong", "Job title must be 200 characters or fewer");
        }
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = ContactDetails.email(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = ContactDetails.phone(phone);
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle == null ? "" : jobTitle.strip();
    }
}
