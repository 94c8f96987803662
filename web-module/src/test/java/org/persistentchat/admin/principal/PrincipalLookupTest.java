package org.persistentchat.admin.principal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrincipalLookupTest {

  @Test
  void givenAnAddressInAPath_whenResolved_thenItIsTheSipUri() {
    assertThat(PrincipalLookup.uriOfPathSegment("alice@example.com"))
        .isEqualTo("sip:alice@example.com");
  }

  @Test
  void givenAFullSipUriInAPath_whenResolved_thenItIsKeptAsIs() {
    assertThat(PrincipalLookup.uriOfPathSegment("sip:alice@example.com"))
        .isEqualTo("sip:alice@example.com");
  }

  @Test
  void givenASipUri_whenPutInAPath_thenTheSchemeIsLeftOut() {
    assertThat(PrincipalLookup.pathSegmentOf("sip:alice@example.com"))
        .isEqualTo("alice@example.com");
  }
}
