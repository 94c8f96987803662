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
import org.persistentchat.settings.model.ComplianceConfiguration;
import org.persistentchat.settings.model.ScopedValues;

/**
 * Reads the compliance configuration and checks it all in one pass. Two sources, per setting:
 * the compliance object stored for this pool (Set-CsPersistentChatComplianceConfiguration over
 * /api/compliance-configuration; the pool's object, else the site's, else the global one), and
 * where that object leaves a setting unset, or no object is stored, the server properties
 * ({@code pchat.compliance.*}, set with {@code /system-property=...:add}); then Lync's defaults.
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

  /** The Lync site this server belongs to, whose compliance object applies after the pool's. */
  public static final String SITE = "pchat.site";
  /** The pool's FQDN is its chat domain, as for the Persistent Chat configuration. */
  public static final String POOL = "pchat.chat.domain";
  static final String DEFAULT_POOL = "localhost";

  private ComplianceSettings() {}

  /**
   * The configuration from server properties alone.
   *
   * @param properties looks a key up, null when unset
   * @param defaultOutputDirectory used when no output directory is set
   */
  public static AdapterConfiguration read(UnaryOperator<String> properties,
      Path defaultOutputDirectory) throws InvalidSettingException {
    return read(properties, Optional.empty(), defaultOutputDirectory);
  }

  /**
   * The configuration from the stored object governing this pool, if any, with the server
   * properties filling what it leaves unset.
   *
   * @param stored the stored object as {@code SettingsStore#storedCompliance} returns it
   * @throws InvalidSettingException naming every unusable setting, by its Lync name
   */
  public static AdapterConfiguration read(UnaryOperator<String> properties,
      Optional<ScopedValues> stored, Path defaultOutputDirectory) throws InvalidSettingException {
    Sources sources = new Sources(properties, stored);
    Problems problems = new Problems();
    String type = sources.value(Setting.ADAPTER_TYPE).map(v -> v.text().trim())
        .orElse(AdapterConfiguration.DEFAULT_ADAPTER_TYPE);
    Path output = defaultOutputDirectory;
    Optional<Value> outputText = sources.value(Setting.OUTPUT_DIRECTORY);
    if (outputText.isPresent()) {
      try {
        output = Path.of(outputText.get().text().trim());
      } catch (InvalidPathException e) {
        problems.add(Setting.OUTPUT_DIRECTORY, outputText.get().quoted() + " is not a path: "
            + e.getReason());
      }
    }
    Duration interval = AdapterConfiguration.DEFAULT_RUN_INTERVAL;
    Optional<Value> intervalText = sources.value(Setting.RUN_INTERVAL);
    if (intervalText.isPresent()) {
      try {
        interval = Duration.parse(intervalText.get().text().trim());
      } catch (DateTimeParseException e) {
        problems.add(Setting.RUN_INTERVAL, intervalText.get().quoted()
            + " is not an ISO-8601 duration such as PT15M");
        interval = null;
      }
    }
    if (interval != null && (interval.compareTo(AdapterConfiguration.MIN_RUN_INTERVAL) < 0
        || interval.compareTo(AdapterConfiguration.MAX_RUN_INTERVAL) > 0)) {
      problems.add(Setting.RUN_INTERVAL, intervalText.map(Value::origin).orElse("RunInterval")
          + " " + interval + " is outside " + AdapterConfiguration.MIN_RUN_INTERVAL + " to "
          + AdapterConfiguration.MAX_RUN_INTERVAL);
    }
    boolean oneRoom = flag(sources, Setting.ONE_ROOM_PER_FILE, problems);
    boolean roomDetails = flag(sources, Setting.ROOM_DETAILS, problems);
    boolean userDetails = flag(sources, Setting.USER_DETAILS, problems);
    boolean manifest = flag(sources, Setting.ATTACHMENTS_MANIFEST, problems);
    Optional<String> xslt = Optional.empty();
    Optional<Value> xsltPath = sources.value(Setting.CUSTOM_CONFIGURATION);
    if (xsltPath.isPresent()) {
      try {
        xslt = Optional.of(Files.readString(Path.of(xsltPath.get().text().trim()),
            StandardCharsets.UTF_8));
      } catch (IOException | InvalidPathException e) {
        problems.add(Setting.CUSTOM_CONFIGURATION, xsltPath.get().quoted()
            + " cannot be read: " + e);
      }
    }
    problems.throwIfAny();
    return new AdapterConfiguration(type, output, interval, oneRoom, roomDetails, userDetails,
        manifest, xslt);
  }

  private static boolean flag(Sources sources, Setting setting, Problems problems) {
    Optional<Value> value = sources.value(setting);
    if (value.isEmpty()) {
      return false;
    }
    return switch (value.get().text().trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> {
        problems.add(setting, value.get().quoted() + " is not true or false");
        yield false;
      }
    };
  }

  /** Each setting under its Lync name (the stored object's key) and its server property. */
  private enum Setting {
    ADAPTER_TYPE(ComplianceConfiguration.ADAPTER_TYPE, ComplianceSettings.ADAPTER_TYPE),
    OUTPUT_DIRECTORY(ComplianceConfiguration.OUTPUT_DIRECTORY,
        ComplianceSettings.OUTPUT_DIRECTORY),
    RUN_INTERVAL(ComplianceConfiguration.RUN_INTERVAL, ComplianceSettings.RUN_INTERVAL),
    ONE_ROOM_PER_FILE(ComplianceConfiguration.ONE_CHAT_ROOM_PER_OUTPUT_FILE,
        ComplianceSettings.ONE_ROOM_PER_FILE),
    ROOM_DETAILS(ComplianceConfiguration.ADD_CHAT_ROOM_DETAILS, ComplianceSettings.ROOM_DETAILS),
    USER_DETAILS(ComplianceConfiguration.ADD_USER_DETAILS, ComplianceSettings.USER_DETAILS),
    ATTACHMENTS_MANIFEST(ComplianceConfiguration.CREATE_FILE_ATTACHMENTS_MANIFEST,
        ComplianceSettings.ATTACHMENTS_MANIFEST),
    CUSTOM_CONFIGURATION(ComplianceConfiguration.CUSTOM_CONFIGURATION,
        ComplianceSettings.CUSTOM_CONFIGURATION);

    private final String lyncName;
    private final String property;

    Setting(String lyncName, String property) {
      this.lyncName = lyncName;
      this.property = property;
    }
  }

  /**
   * A setting's text and where it came from, so a problem names the place to fix it.
   *
   * @param origin {@code AdapterType of global} or {@code pchat.compliance.adapterType}
   */
  private record Value(String text, String origin) {
    String quoted() {
      return origin + " '" + text + "'";
    }
  }

  private record Sources(UnaryOperator<String> properties, Optional<ScopedValues> stored) {
    Optional<Value> value(Setting setting) {
      Optional<Value> fromStore = stored.flatMap(s -> Optional
          .ofNullable(s.values().get(setting.lyncName))
          .map(text -> new Value(text, setting.lyncName + " of " + s.scope())));
      if (fromStore.isPresent()) {
        return fromStore;
      }
      String property = properties.apply(setting.property);
      return property == null || property.isBlank() ? Optional.empty()
          : Optional.of(new Value(property, setting.property));
    }
  }

  private static final class Problems {
    private final List<String> texts = new ArrayList<>();
    private final List<String> settings = new ArrayList<>();

    void add(Setting setting, String text) {
      texts.add(text);
      settings.add(setting.lyncName);
    }

    void throwIfAny() throws InvalidSettingException {
      if (!texts.isEmpty()) {
        throw new InvalidSettingException(texts, settings);
      }
    }
  }
}
