package uk.headsup.safeguarding.internal.returns.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.headsup.platform.DateInput;

/** An action item for a standard rated below what is expected. */
public class ActionForm {

    @NotBlank(message = "Choose the standard")
    private String standard = "";

    @NotBlank(message = "Enter what will be done")
    @Size(max = 1000, message = "What will be done must be 1,000 characters or fewer")
    private String what = "";

    @NotBlank(message = "Enter who will do it")
    @Size(max = 200, message = "Who will do it must be 200 characters or fewer")
    private String owner = "";

    private DateInput due = new DateInput();

    public String getStandard() {
        return standard;
    }

    public void setStandard(String standard) {
        this.standard = standard;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public DateInput getDue() {
        return due;
    }

    public void setDue(DateInput due) {
        this.due = due;
    }
}
