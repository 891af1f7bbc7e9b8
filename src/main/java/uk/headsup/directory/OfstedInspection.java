package uk.headsup.directory;

import java.time.LocalDate;

/**
 * The latest Ofsted grade the authority's early years register gave for a setting or childminder.
 *
 * @param inspectedOn the date of the inspection, or null if the register did not give it
 */
public record OfstedInspection(OfstedGrade grade, LocalDate inspectedOn) {}
