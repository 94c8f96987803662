package org.persistentchat.rm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.persistentchat.sip.SipUri;

class LoginAddressTest {

  @Test
  void givenAPlainAccountName_whenMapped_thenTheDefaultDomainIsAppended() {
    assertThat(LoginAddress.of("alice", "example.com").map(SipUri::toString))
        .contains("sip:alice@example.com");
  }

  @Test
  void givenALoginThatIsAnAddress_whenMapped_thenItIsTheSipAddressAsIs() {
    assertThat(LoginAddress.of("bob@Contoso.COM", "example.com").map(SipUri::toString))
        .contains("sip:bob@contoso.com");
  }

  @Test
  void givenLoginsNoSipUserPartCanBe_whenMapped_thenNoAddress() {
    for (String bad : new String[] {"", " ", "sip:alice@example.com", "a b", "a@b@c", "x;y", "<a>"}) {
      assertThat(LoginAddress.of(bad, "example.com")).as(bad).isEmpty();
    }
    assertThat(LoginAddress.of(null, "example.com")).isEmpty();
  }
}
