package uk.headsup.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the directory. */
public interface Directory {

    /**
     * The person with this work email (case-insensitive) who currently holds at least one role at an open
     * school or setting (or an academy trust, such as its safeguarding lead), if there is one.
     */
    Optional<StaffMember> staffMember(String email);

    /** The people who hold this role today at these academy trusts, such as each trust's safeguarding lead. */
    List<AudienceMember> atTrusts(OrganisationRole role, Collection<Long> trustIds);

    /** The people of an audience on a date, one row per person, role and organisation, ordered by organisation. */
    List<AudienceMember> members(Audience audience, LocalDate on);

    /** How many people an audience reaches on a date, and which organisations in its scope it misses. */
    AudienceReach reach(Audience audience, LocalDate on);

    /**
     * When the person with this work email (case-insensitive) first became a headteacher in the authority (the
     * start of their earliest headteacher appointment, ended or not), if they ever were one.
     */
    Optional<LocalDate> headshipSince(String email);

    /** A school or setting by its id, with its URN, district and trust, if it exists. */
    Optional<OrganisationSummary> organisation(long id);

    /**
     * The establishments that came before this URN in GIAS's links, and those before them, nearest first: what a
     * report about the school as it is now should count as it was. Empty if GIAS's links were never imported.
     */
    List<Predecessor> predecessors(String urn);

    /** The clusters and consortia the authority defines, by id, in order of name: audiences can be limited to them. */
    Map<Long, String> clusters();

    /**
     * The open schools and settings matching an audience's kinds, phases, districts and trusts (its roles and
     * clusters are not used), in order of name: for a module that asks every school of a kind to do something.
     */
    List<OrganisationFacts> organisations(Audience audience);
}
