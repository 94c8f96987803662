package org.persistentchat.settings.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CsPersistentChatComplianceConfiguration}: which adapter gets the recorded events, how
 * often, and what the output holds.
 *
 * @param adapterType the adapter to load; {@value #XML_ADAPTER} is the built-in XML adapter
 * @param adapterName a friendly name, or null
 * @param outputDirectory where the adapter writes, or null
 * @param runInterval how often the adapter gets new events, 1 minute to 30 days
 * @param customConfiguration path of an XSLT reshaping the XML output, or null
 */
public record ComplianceConfiguration(String adapterType, String adapterName,
    String outputDirectory, Duration runInterval, boolean oneChatRoomPerOutputFile,
    boolean addChatRoomDetails, boolean addUserDetails, boolean createFileAttachmentsManifest,
    String customConfiguration) {

  public static final String XML_ADAPTER = "XmlAdapter";

  public static final String ADAPTER_TYPE = "AdapterType";
  public static final String ADAPTER_NAME = "AdapterName";
  public static final String OUTPUT_DIRECTORY = "AdapterOutputDirectory";
  public static final String RUN_INTERVAL = "RunInterval";
  public static final String ONE_CHAT_ROOM_PER_OUTPUT_FILE = "OneChatRoomPerOutputFile";
  public static final String ADD_CHAT_ROOM_DETAILS = "AddChatRoomDetails";
  public static final String ADD_USER_DETAILS = "AddUserDetails";
  public static final String CREATE_FILE_ATTACHMENTS_MANIFEST = "CreateFileAttachmentsManifest";
  public static final String CUSTOM_CONFIGURATION = "CustomConfiguration";

  public static final int MAX_TEXT_LENGTH = 1024;
  public static final Duration MIN_RUN_INTERVAL = Duration.ofMinutes(1);
  public static final Duration MAX_RUN_INTERVAL = Duration.ofDays(30);

  /** Lync's defaults (RunInterval 15 minutes; its help says 30 once, a known doc slip). */
  public static final ComplianceConfiguration DEFAULTS = new ComplianceConfiguration(
      XML_ADAPTER, null, null, Duration.ofMinutes(15), false, false, false, false, null);

  public ComplianceConfiguration withRunInterval(Duration interval) {
    return new ComplianceConfiguration(adapterType, adapterName, outputDirectory, interval,
        oneChatRoomPerOutputFile, addChatRoomDetails, addUserDetails,
        createFileAttachmentsManifest, customConfiguration);
  }

  public ComplianceConfiguration withOutput(String outputDirectory, boolean oneChatRoomPerFile,
      boolean addChatRoomDetails, boolean addUserDetails, boolean manifest) {
    return new ComplianceConfiguration(adapterType, adapterName, outputDirectory, runInterval,
        oneChatRoomPerFile, addChatRoomDetails, addUserDetails, manifest, customConfiguration);
  }

  public ComplianceConfiguration withAdapter(String adapterType, String adapterName,
      String customConfiguration) {
    return new ComplianceConfiguration(adapterType, adapterName, outputDirectory, runInterval,
        oneChatRoomPerOutputFile, addChatRoomDetails, addUserDetails,
        createFileAttachmentsManifest, customConfiguration);
  }

  public List<SettingViolation> violations() {
    List<SettingViolation> out = new ArrayList<>();
    Bounds.text(out, ADAPTER_TYPE, adapterType, true, MAX_TEXT_LENGTH);
    Bounds.text(out, ADAPTER_NAME, adapterName, false, MAX_TEXT_LENGTH);
    Bounds.text(out, OUTPUT_DIRECTORY, outputDirectory, false, MAX_TEXT_LENGTH);
    Bounds.text(out, CUSTOM_CONFIGURATION, customConfiguration, false, MAX_TEXT_LENGTH);
    Bounds.range(out, RUN_INTERVAL, runInterval, MIN_RUN_INTERVAL, MAX_RUN_INTERVAL,
        "1 minute to 30 days");
    return out;
  }

  public Map<String, String> toSettings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put(ADAPTER_TYPE, adapterType);
    s.put(ADAPTER_NAME, adapterName);
    s.put(OUTPUT_DIRECTORY, outputDirectory);
    s.put(RUN_INTERVAL, runInterval.toString());
    s.put(ONE_CHAT_ROOM_PER_OUTPUT_FILE, Boolean.toString(oneChatRoomPerOutputFile));
    s.put(ADD_CHAT_ROOM_DETAILS, Boolean.toString(addChatRoomDetails));
    s.put(ADD_USER_DETAILS, Boolean.toString(addUserDetails));
    s.put(CREATE_FILE_ATTACHMENTS_MANIFEST, Boolean.toString(createFileAttachmentsManifest));
    s.put(CUSTOM_CONFIGURATION, customConfiguration);
    return s;
  }

  public static ComplianceConfiguration fromSettings(Map<String, String> s) {
    ComplianceConfiguration d = DEFAULTS;
    return new ComplianceConfiguration(
        StoredValues.text(s, ADAPTER_TYPE, d.adapterType),
        s.get(ADAPTER_NAME),
        s.get(OUTPUT_DIRECTORY),
        StoredValues.duration(s, RUN_INTERVAL, d.runInterval),
        StoredValues.bool(s, ONE_CHAT_ROOM_PER_OUTPUT_FILE, d.oneChatRoomPerOutputFile),
        StoredValues.bool(s, ADD_CHAT_ROOM_DETAILS, d.addChatRoomDetails),
        StoredValues.bool(s, ADD_USER_DETAILS, d.addUserDetails),
        StoredValues.bool(s, CREATE_FILE_ATTACHMENTS_MANIFEST, d.createFileAttachmentsManifest),
        s.get(CUSTOM_CONFIGURATION));
  }
}
