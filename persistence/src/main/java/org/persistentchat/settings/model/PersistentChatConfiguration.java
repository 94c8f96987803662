package org.persistentchat.settings.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pool behaviour knobs of {@code Set-CsPersistentChatConfiguration}.
 *
 * <p>Lync documents the range of DefaultChatHistory only (1-500). The other bounds are ours:
 * ParticipantUpdateLimit up to 16,000 (the largest room of Microsoft's capacity model, beyond
 * which a roster means nothing), MaxFileSizeKB up to 2 GB, RoomManagementUrl an http(s) URL.
 *
 * @param defaultChatHistory messages sent on join ("backchat")
 * @param participantUpdateLimit roster updates stop above this many participants
 * @param maxFileSizeKb largest file posted or fetched
 * @param roomManagementUrl a custom room-management site, or null for the built-in one
 */
public record PersistentChatConfiguration(int defaultChatHistory, int participantUpdateLimit,
    int maxFileSizeKb, String roomManagementUrl) {

  public static final String DEFAULT_CHAT_HISTORY = "DefaultChatHistory";
  public static final String PARTICIPANT_UPDATE_LIMIT = "ParticipantUpdateLimit";
  public static final String MAX_FILE_SIZE_KB = "MaxFileSizeKB";
  public static final String ROOM_MANAGEMENT_URL = "RoomManagementUrl";

  public static final int MAX_URL_LENGTH = 2048;

  /** Lync's defaults; also what the global scope holds until an administrator changes it. */
  public static final PersistentChatConfiguration DEFAULTS =
      new PersistentChatConfiguration(30, 75, 20_000, null);

  public PersistentChatConfiguration {
    roomManagementUrl = roomManagementUrl == null || roomManagementUrl.isBlank() ? null
        : roomManagementUrl.strip();
  }

  public Optional<String> roomManagementUrlIfSet() {
    return Optional.ofNullable(roomManagementUrl);
  }

  public PersistentChatConfiguration withDefaultChatHistory(int messages) {
    return new PersistentChatConfiguration(messages, participantUpdateLimit, maxFileSizeKb,
        roomManagementUrl);
  }

  public PersistentChatConfiguration withParticipantUpdateLimit(int participants) {
    return new PersistentChatConfiguration(defaultChatHistory, participants, maxFileSizeKb,
        roomManagementUrl);
  }

  public PersistentChatConfiguration withMaxFileSizeKb(int kb) {
    return new PersistentChatConfiguration(defaultChatHistory, participantUpdateLimit, kb,
        roomManagementUrl);
  }

  public PersistentChatConfiguration withRoomManagementUrl(String url) {
    return new PersistentChatConfiguration(defaultChatHistory, participantUpdateLimit,
        maxFileSizeKb, url);
  }

  /** Every setting out of bounds; empty when the object may be saved. */
  public List<SettingViolation> violations() {
    List<SettingViolation> out = new ArrayList<>();
    Bounds.range(out, DEFAULT_CHAT_HISTORY, defaultChatHistory, 1, 500, "messages");
    Bounds.range(out, PARTICIPANT_UPDATE_LIMIT, participantUpdateLimit, 1, 16_000,
        "participants");
    Bounds.range(out, MAX_FILE_SIZE_KB, maxFileSizeKb, 1, 2_097_152, "KB");
    Bounds.optionalHttpUrl(out, ROOM_MANAGEMENT_URL, roomManagementUrl, MAX_URL_LENGTH);
    return out;
  }

  public Map<String, String> toSettings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put(DEFAULT_CHAT_HISTORY, Integer.toString(defaultChatHistory));
    s.put(PARTICIPANT_UPDATE_LIMIT, Integer.toString(participantUpdateLimit));
    s.put(MAX_FILE_SIZE_KB, Integer.toString(maxFileSizeKb));
    s.put(ROOM_MANAGEMENT_URL, roomManagementUrl);
    return s;
  }

  /** Reads stored settings; a setting missing from the store takes its default. */
  public static PersistentChatConfiguration fromSettings(Map<String, String> s) {
    return new PersistentChatConfiguration(
        StoredValues.integer(s, DEFAULT_CHAT_HISTORY, DEFAULTS.defaultChatHistory),
        StoredValues.integer(s, PARTICIPANT_UPDATE_LIMIT, DEFAULTS.participantUpdateLimit),
        StoredValues.integer(s, MAX_FILE_SIZE_KB, DEFAULTS.maxFileSizeKb),
        s.get(ROOM_MANAGEMENT_URL));
  }
}
