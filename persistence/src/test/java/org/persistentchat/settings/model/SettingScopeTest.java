package org.persistentchat.settings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingScopeTest {

  @Test
  void lyncIdentitiesParseAndPrintBackUnchanged() throws Exception {
    // Execute system under test.
    SettingScope global = SettingScope.parse("Global");
    SettingScope site = SettingScope.parse("site:Redmond");
    SettingScope service = SettingScope.parse("service:PersistentChatServer:pchat.contoso.com");
    SettingScope tag = SettingScope.parse("Traders");

    // Verify results.
    assertThat(global).isEqualTo(SettingScope.GLOBAL);
    assertThat(site.identity()).isEqualTo("site:Redmond");
    assertThat(service).isEqualTo(SettingScope.service("pchat.contoso.com"));
    assertThat(service.identity()).isEqualTo("service:PersistentChatServer:pchat.contoso.com");
    assertThat(tag).isEqualTo(SettingScope.parse("tag:Traders"));
  }

  @Test
  void malformedIdentitiesAreRejectedWithTheAllowedForms() {
    assertThatThrownBy(() -> SettingScope.parse("service:Registrar:fe.contoso.com"))
        .isInstanceOf(InvalidScopeException.class).hasMessageContaining("site:<name>");
    assertThatThrownBy(() -> SettingScope.parse("site:"))
        .isInstanceOf(InvalidScopeException.class);
    assertThatThrownBy(() -> SettingScope.parse(" "))
        .isInstanceOf(InvalidScopeException.class);
    assertThatThrownBy(() -> SettingScope.parse("site:" + "s".repeat(300)))
        .isInstanceOf(InvalidScopeException.class).hasMessageContaining("300");
  }
}
