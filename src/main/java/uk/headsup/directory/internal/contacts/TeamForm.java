package uk.headsup.directory.internal.contacts;

import org.springframework.validation.Errors;
import uk.headsup.directory.internal.people.ContactDetails;

/** A new team of the authority. */
public class TeamForm {

    private String name = "";
    private String email = "";

    void check(Errors errors, Posts posts) {
        if (name.isBlank()) {
            errors.rejectValue("name", "required", "Enter the team’s name");
        } else if (posts.teamNamed(name).isPresent()) {
            errors.rejectValue("name", "taken", "There is already a team called " + name);
        }
        if (!email.isBlank() && !ContactDetails.isEmail(email)) {
            errors.rejectValue(
                    "email", "format", "Enter an email address in the correct format, like send@elmshire.gov.uk");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = ContactDetails.email(email);
    }
}
