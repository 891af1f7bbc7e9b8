/** Inclusion recognition schemes: the Early Years Inclusion Kitemark and the SEND and Inclusion Quality Mark. */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition")
package uk.headsup.recognition;
