package org.persistentchat.admin.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of request bodies and parameters: 400 naming every field. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldProblem> errors = e.getConstraintViolations().stream()
        .map(ValidationExceptionMapper::toFieldProblem)
        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::rule))
        .toList();
    return ProblemKind.VALIDATION.problem(errors.size() + " field(s) are invalid", errors)
        .toResponse();
  }

  private static FieldProblem toFieldProblem(ConstraintViolation<?> violation) {
    String rule = violation.getConstraintDescriptor().getAnnotation().annotationType()
        .getSimpleName();
    return new FieldProblem(fieldOf(violation.getPropertyPath()), Rules.keyword(rule),
        violation.getMessage());
  }

  /** The last node of "create.body.name" is the field the client sent. */
  private static String fieldOf(Path path) {
    String field = "";
    for (Path.Node node : path) {
      if (node.getName() != null) {
        field = node.getName();
      }
    }
    return field;
  }
}
