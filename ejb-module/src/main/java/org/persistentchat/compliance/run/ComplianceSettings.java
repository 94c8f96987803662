package org.persistentchat.compliance.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.persistentchat.compliance.adapter.AdapterConfiguration;
import org.persistentchat.compliance.adapter.InvalidSettingException;

/**
 * Reads the compliance configuration from server properties ({@code pchat.compliance.*}, set with
 * {@code /system-property=...:add} in the server's CLI script) and checks it all in one pass.
 *
 * <p>Lync's settings map one to one: AdapterType, OneChatRoomPerOutputFile, AddChatRoomDetails,
 * AddUserDetails, CreateFileAttachmentsManifest, RunInterval (ISO-8601, e.g. {@code PT15M}),
 * CustomConfiguration (here: the path of the XSLT file), plus the output directory.
 */
public final class ComplianceSettings {

  public static final String PREFIX = "pchat.compliance.";
  public static final String ADAPTER_TYPE = PREFIX + "adapterType";
  public static final String OUTPUT_DIRECTORY = PREFIX + "outputDirectory";
  public static final String RUN_INTERVAL = PREFIX + "runInterval";
  public static final String ONE_ROOM_PER_FILE = PREFIX + "oneChatRoomPerOutputFile";
  public static final String ROOM_DETAILS = PREFIX + "addChatRoomDetails";
  public static final String USER_DETAILS = PREFIX + "addUserDetails";
  public static final String ATTACHMENTS_MANIFEST = PREFIX + "createFileAttachmentsManifest";
  public static final String CUSTOM_CONFIGURATION = PREFIX + "customConfiguration";

  private ComplianceSettings() {}

  /**
   * @param properties looks a key up, null when unset
   * @param defaultOutputDirectory used when {@value #OUTPUT_DIRECTORY} is unset
   */
  public static AdapterConfiguration read(UnaryOperator<String> properties,
      Path defaultOutputDirectory) throws InvalidSettingException {
    List<String> problems = new ArrayList<>();
    String type = value(properties, ADAPTER_TYPE, AdapterConfiguration.DEFAULT_ADAPTER_TYPE);
    Path output = defaultOutputDirectory;
    String outputText = properties.apply(OUTPUT_DIRECTORY);
    if (outputText != null && !outputText.isBlank()) {
      try {
        output = Path.of(outputText.trim());
      } catch (InvalidPathException e) {
        problems.add(OUTPUT_DIRECTORY + " '" + outputText + "' is not a path: " + e.getReason());
      }
    }
    Duration interval = AdapterConfiguration.DEFAULT_RUN_INTERVAL;
    String intervalText = properties.apply(RUN_INTERVAL);
    if (intervalText != null && !intervalText.isBlank()) {
      try {
        interval = Duration.parse(intervalText.trim());
      } catch (DateTimeParseException e) {
        problems.add(RUN_INTERVAL + " '" + intervalText + "' is not an ISO-8601 duration such as"
            + " PT15M");
        interval = null;
      }
    }
    if (interval != null && (interval.compareTo(AdapterConfiguration.MIN_RUN_INTERVAL) < 0
        || interval.compareTo(AdapterConfiguration.MAX_RUN_INTERVAL) > 0)) {
      problems.add(RUN_INTERVAL + " " + interval + " is outside "
          + AdapterConfiguration.MIN_RUN_INTERVAL + " to " + AdapterConfiguration.MAX_RUN_INTERVAL);
    }
    boolean oneRoom = flag(properties, ONE_ROOM_PER_FILE, problems);
    boolean roomDetails = flag(properties, ROOM_DETAILS, problems);
    boolean userDetails = flag(properties, USER_DETAILS, problems);
    boolean manifest = flag(properties, ATTACHMENTS_MANIFEST, problems);
    Optional<String> xslt = Optional.empty();
    String xsltPath = properties.apply(CUSTOM_CONFIGURATION);
    if (xsltPath != null && !xsltPath.isBlank()) {
      try {
        xslt = Optional.of(Files.readString(Path.of(xsltPath.trim()), StandardCharsets.UTF_8));
      } catch (IOException | InvalidPathException e) {
        problems.add(CUSTOM_CONFIGURATION + " '" + xsltPath + "' cannot be read: " + e);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSettingException(problems);
    }
    return new AdapterConfiguration(type, output, interval, oneRoom, roomDetails, userDetails,
        manifest, xslt);
  }

  private static String value(UnaryOperator<String> properties, String key, String fallback) {
    String value = properties.apply(key);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static boolean flag(UnaryOperator<String> properties, String key,
      List<String> problems) {
    String value = properties.apply(key);
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> {
        problems.add(key + " '" + value + "' is not true or false");
        yield false;
      }
    };
  }
}
