package org.persistentchat.chat.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatServerSettingsTest {

  @Test
  void theIdleTimeoutIsAnHourWhenNothingIsSet() {
    assertThat(ChatServerSettings.idleTimeout(Map.<String, String>of()::get))
        .isEqualTo(Duration.ofMinutes(60));
  }

  @Test
  void theIdleTimeoutMayBeGivenInMinutes() {
    assertThat(ChatServerSettings.idleTimeout(
        Map.of(ChatServerSettings.IDLE_MINUTES, "15")::get)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anIsoDurationWinsOverMinutesAndMayBeSeconds() {
    assertThat(ChatServerSettings.idleTimeout(Map.of(ChatServerSettings.IDLE_MINUTES, "15",
        ChatServerSettings.IDLE_TIMEOUT, "PT4S")::get)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aTimeoutThatIsNotAPositiveDurationIsRefusedNamingTheProperty() {
    assertThatThrownBy(() -> ChatServerSettings.idleTimeout(
        Map.of(ChatServerSettings.IDLE_TIMEOUT, "soon")::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ChatServerSettings.IDLE_TIMEOUT);
    assertThatThrownBy(() -> ChatServerSettings.idleTimeout(
        Map.of(ChatServerSettings.IDLE_TIMEOUT, "PT0S")::get))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
