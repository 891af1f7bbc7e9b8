package uk.headsup.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Facts about schools and settings, for modules that check who may do something together. */
public interface Organisations {

    Optional<OrganisationProfile> organisation(long id);

    /** These organisations, in order of name; ids the directory does not know are left out. */
    List<OrganisationProfile> organisations(Collection<Long> ids);

    /** The open schools of a district, in order of name: partners to suggest. */
    List<OrganisationProfile> openSchoolsIn(String district);
}
