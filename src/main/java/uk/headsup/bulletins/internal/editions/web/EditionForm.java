package uk.headsup.bulletins.internal.editions.web;

import uk.headsup.bulletins.internal.editions.Edition;
import uk.headsup.platform.DateInput;
import uk.headsup.platform.Mistyped;

/**
 * An edition's date, foreword and the officer who signs it, as typed, with the version it was read at;
 * {@link EditionFormValidator} checks it. A field missing from the request is blank.
 */
record EditionForm(
        DateInput date,
        String foreword,
        String forewordPostId,

        @Mistyped("The page was changed before it was sent: open the edition again and make your changes")
        Integer version) {

    EditionForm {
        date = date == null ? new DateInput() : date;
        foreword = foreword == null ? "" : foreword;
        forewordPostId = forewordPostId == null ? "" : forewordPostId.strip();
        version = version == null ? 0 : version;
    }

    static EditionForm of(Edition edition) {
        return new EditionForm(
                DateInput.of(edition.date()),
                edition.foreword(),
                edition.forewordPostId() == null ? "" : edition.forewordPostId().toString(),
                edition.version());
    }
}
