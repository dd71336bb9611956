/**
 * Renders the kustomize overlays under {@code k8s/} and checks what comes out: every
 * object against its schema (the Kubernetes API model, or the CRD of its operator), and
 * the objects against each other and against the applications they run.
 */
package dev.carve.k8s.check;
