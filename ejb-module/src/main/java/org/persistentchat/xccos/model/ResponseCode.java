package org.persistentchat.xccos.model;

/**
 * The {@code <resp code="..">TEXT</resp>} of a reply. Only 200/{@code SUCCESS_OK} is attested;
 * the error codes and texts are this project's choice (reference section 6.1). SIPE shows the
 * text to the user when a room search or join fails, so the texts stay short and stable.
 */
public enum ResponseCode {
  SUCCESS_OK(200),
  ERR_INVALID_ARGUMENT(400),
  ERR_PERMISSION(403),
  ERR_NO_SUCH_NODE(404),
  ERR_NODE_DISABLED(410),
  ERR_LIMIT_EXCEEDED(413),
  ERR_SERVER(500),
  ERR_MSG_NOT_SUPPORTED(501);

  private final int code;

  ResponseCode(int code) {
    this.code = code;
  }

  /** The numeric {@code code} attribute. */
  public int code() {
    return code;
  }

  /** The element text. */
  public String text() {
    return name();
  }

  public boolean isSuccess() {
    return this == SUCCESS_OK;
  }
}
