package org.persistentchat.compliance.adapter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The compliance configuration as Lync's {@code Set-CsPersistentChatComplianceConfiguration}
 * knows it, handed to {@link ComplianceAdapter#setConfig}.
 *
 * @param adapterType which adapter to load
 * @param outputDirectory where the adapter writes its files
 * @param runInterval how often the run hands events over (1 minute to 30 days)
 * @param oneChatRoomPerOutputFile one file per room and run instead of one file per run
 * @param addChatRoomDetails write the room's name and logging flag
 * @param addUserDetails write the sender's display name and e-mail
 * @param createFileAttachmentsManifest write a {@code .ATTACH} manifest of file events
 * @param customConfiguration an XSLT stylesheet applied to the output, if any
 */
public record AdapterConfiguration(
    String adapterType,
    Path outputDirectory,
    Duration runInterval,
    boolean oneChatRoomPerOutputFile,
    boolean addChatRoomDetails,
    boolean addUserDetails,
    boolean createFileAttachmentsManifest,
    Optional<String> customConfiguration) {

  public static final String DEFAULT_ADAPTER_TYPE = "XmlAdapter";
  public static final Duration DEFAULT_RUN_INTERVAL = Duration.ofMinutes(15);
  public static final Duration MIN_RUN_INTERVAL = Duration.ofMinutes(1);
  public static final Duration MAX_RUN_INTERVAL = Duration.ofDays(30);

  /** Checks every field and reports all problems in one exception. */
  public AdapterConfiguration {
    List<String> problems = new ArrayList<>();
    if (adapterType == null || adapterType.isBlank()) {
      problems.add("AdapterType must be given");
    }
    if (outputDirectory == null) {
      problems.add("OutputDirectory must be given");
    }
    if (runInterval == null) {
      problems.add("RunInterval must be given");
    } else if (runInterval.compareTo(MIN_RUN_INTERVAL) < 0
        || runInterval.compareTo(MAX_RUN_INTERVAL) > 0) {
      problems.add("RunInterval " + runInterval + " is outside " + MIN_RUN_INTERVAL + " to "
          + MAX_RUN_INTERVAL);
    }
    Objects.requireNonNull(customConfiguration, "customConfiguration");
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** The defaults of Lync: XML adapter, 15 minutes, all options off, no stylesheet. */
  public static AdapterConfiguration defaults(Path outputDirectory) {
    return new AdapterConfiguration(DEFAULT_ADAPTER_TYPE, outputDirectory, DEFAULT_RUN_INTERVAL,
        false, false, false, false, Optional.empty());
  }

  public AdapterConfiguration withOptions(boolean oneRoomPerFile, boolean roomDetails,
      boolean userDetails, boolean attachmentsManifest) {
    return new AdapterConfiguration(adapterType, outputDirectory, runInterval, oneRoomPerFile,
        roomDetails, userDetails, attachmentsManifest, customConfiguration);
  }

  public AdapterConfiguration withCustomConfiguration(String xslt) {
    return new AdapterConfiguration(adapterType, outputDirectory, runInterval,
        oneChatRoomPerOutputFile, addChatRoomDetails, addUserDetails,
        createFileAttachmentsManifest, Optional.of(xslt));
  }

  public AdapterConfiguration withAdapterType(String type) {
    return new AdapterConfiguration(type, outputDirectory, runInterval, oneChatRoomPerOutputFile,
        addChatRoomDetails, addUserDetails, createFileAttachmentsManifest, customConfiguration);
  }

  public AdapterConfiguration withRunInterval(Duration interval) {
    return new AdapterConfiguration(adapterType, outputDirectory, interval,
        oneChatRoomPerOutputFile, addChatRoomDetails, addUserDetails,
        createFileAttachmentsManifest, customConfiguration);
  }
}
