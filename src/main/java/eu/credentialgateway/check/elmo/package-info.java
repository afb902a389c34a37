/**
 * EMREX ELMO's own check and normaliser, for an adapter that names it ({@code check.normaliser=elmo} in
 * {@code mappings/elmo.adapter.properties}): the three ELMO namespaces, learner, reports and learning opportunities
 * required ({@code ElmoCheck}), dates read in the forms ELMO carries, pre-1.0 {@code dtf} patterns included ({@code ElmoDates}), pre-1.0 learners lifted and the
 * {@code gw-*} anchors, outcomes and date keys the ELMO mapping reads ({@code ElmoNormaliser}). Apart because it knows
 * one format; the generic stage never asks for it by the format's name.
 */
package eu.credentialgateway.check.elmo;
