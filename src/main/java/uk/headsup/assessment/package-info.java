/**
 * Self-assessment frameworks and the responses made against them: sections of numbered standards rated on a scale,
 * narrative, evidence, action items, a change log and the authority's review. Used by the safeguarding audit and the
 * recognition schemes, which decide who may read and write a response and host its pages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Self-assessment",
        allowedDependencies = {"platform", "platform :: format"})
package uk.headsup.assessment;
