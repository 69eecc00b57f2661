package id.padu.services.internal;

/**
 * One thing wrong with an uploaded bundle: the file, where in it ({@code form[2].type}, a BPMN element id;
 * may be empty), a message key of the services bundle and its arguments.
 */
record BundleProblem(String file, String where, String messageKey, Object... args) {
}
