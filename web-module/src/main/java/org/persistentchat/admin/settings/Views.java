package org.persistentchat.admin.settings;

import jakarta.validation.constraints.Size;

/** The request and response shapes of the settings resources, named as the cmdlets' parameters. */
public final class Views {

  private Views() {}

  /** A Persistent Chat policy at its scope. */
  public record Policy(String identity, boolean enablePersistentChat, String description) {}

  /** PUT /api/policies/{identity}: a setting left out keeps its value (or its default). */
  public record PolicyRequest(Boolean enablePersistentChat, @Size(max = 1024) String description) {}

  /** A grant of a per-user policy. */
  public record Grant(String user, String policy) {}

  /** A Persistent Chat configuration at its scope. */
  public record Configuration(String identity, int defaultChatHistory,
      int participantUpdateLimit, int maxFileSizeKB, String roomManagementUrl) {}

  /** PUT /api/configuration/{scope}: a setting left out keeps its value (or its default). */
  public record ConfigurationRequest(Integer defaultChatHistory, Integer participantUpdateLimit,
      Integer maxFileSizeKB, String roomManagementUrl) {}

  /** A compliance configuration at its scope; {@code runInterval} as ISO-8601 (PT15M). */
  public record Compliance(String identity, String adapterType, String adapterName,
      String adapterOutputDirectory, String runInterval, boolean oneChatRoomPerOutputFile,
      boolean addChatRoomDetails, boolean addUserDetails, boolean createFileAttachmentsManifest,
      String customConfiguration) {}

  /** PUT /api/compliance-configuration/{scope}: a setting left out keeps its value. */
  public record ComplianceRequest(String adapterType, String adapterName,
      String adapterOutputDirectory, String runInterval, Boolean oneChatRoomPerOutputFile,
      Boolean addChatRoomDetails, Boolean addUserDetails, Boolean createFileAttachmentsManifest,
      String customConfiguration) {}
}
