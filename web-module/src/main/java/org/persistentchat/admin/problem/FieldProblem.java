package org.persistentchat.admin.problem;

/** One rule one field broke: {@code field} as named in the request, {@code rule} as a keyword. */
public record FieldProblem(String field, String rule, String message) {}
