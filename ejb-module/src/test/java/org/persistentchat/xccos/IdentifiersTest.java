package org.persistentchat.xccos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.persistentchat.xccos.model.CategoryUri;
import org.persistentchat.xccos.model.ChannelUri;
import org.persistentchat.xccos.model.EnvelopeId;
import org.persistentchat.xccos.model.SeqId;

class IdentifiersTest {

  @Test
  void aGuidRoomUriSplitsIntoDomainAndValue() {
    ChannelUri uri = ChannelUri.parse("ma-chan://lync.example/094f5a4a-c492-4f6b-91c2-385eba134fd3");

    assertThat(uri.domain()).isEqualTo("lync.example");
    assertThat(uri.value()).isEqualTo("094f5a4a-c492-4f6b-91c2-385eba134fd3");
    assertThat(uri).hasToString("ma-chan://lync.example/094f5a4a-c492-4f6b-91c2-385eba134fd3");
  }

  @Test
  void anOldNumericRoomUriIsAccepted() {
    assertThat(ChannelUri.parse("ma-chan://litwareinc.com/300").value()).isEqualTo("300");
  }

  @Test
  void theValueIsEverythingAfterTheDomainLikeSipeReadsIt() {
    assertThat(ChannelUri.parse("ma-chan://example.com/a/b").value()).isEqualTo("a/b");
  }

  @Test
  void roomUrisCompareWithTheDomainCaseInsensitively() {
    assertThat(ChannelUri.parse("ma-chan://Example.COM/r"))
        .isEqualTo(ChannelUri.of("example.com", "r"));
  }

  @Test
  void malformedRoomUrisAreRejected() {
    for (String bad :
        new String[] {
          "sip:room@example.com",
          "ma-chan://example.com",
          "ma-chan://example.com/",
          "ma-chan:///value",
          "ma-chan://exa mple.com/v",
          "ma-chan://example.com/has space",
          "MA-CHAN://example.com/v",
          "ma-cat://example.com/v"
        }) {
      assertThatThrownBy(() -> ChannelUri.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aCategoryUriRoundTrips() {
    CategoryUri root = CategoryUri.parse("ma-cat://example.com/6f1b0c2e-0000-4000-8000-000000000001");

    assertThat(root).hasToString("ma-cat://example.com/6f1b0c2e-0000-4000-8000-000000000001");
    assertThatThrownBy(() -> CategoryUri.parse("ma-chan://example.com/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aServerEnvelopeIdIsTheUnsigned64BitDecimal() {
    assertThat(EnvelopeId.of(-1L).value()).isEqualTo("18446744073709551615");
  }

  @Test
  void idsWithSpacesControlCharactersOrExcessLengthAreRejected() {
    assertThat(EnvelopeId.isValid("107715701")).isTrue();
    assertThat(EnvelopeId.isValid("1 2")).isFalse();
    assertThat(EnvelopeId.isValid("")).isFalse();
    assertThat(SeqId.isValid("x".repeat(65))).isFalse();
    assertThat(SeqId.isValid("a\nb")).isFalse();
  }

  @Test
  void serverTimestampsHaveSevenFractionDigitsLikeDotNet() {
    assertThat(XccosTimestamps.format(Instant.parse("2010-09-14T14:26:17.62063569Z")))
        .isEqualTo("2010-09-14T14:26:17.6206356Z");
    assertThat(XccosTimestamps.format(Instant.parse("2013-08-03T12:00:00Z")))
        .isEqualTo("2013-08-03T12:00:00.0000000Z");
  }

  @Test
  void clientTimestampsAreReadWithOrWithoutFractionAndZone() {
    assertThat(XccosTimestamps.parse("2013-08-03T12:00:00Z"))
        .isEqualTo(Instant.parse("2013-08-03T12:00:00Z"));
    assertThat(XccosTimestamps.parse("2010-09-14T14:26:17.6206356Z"))
        .isEqualTo(Instant.parse("2010-09-14T14:26:17.6206356Z"));
    assertThat(XccosTimestamps.parse("2013-08-03T12:00:00"))
        .isEqualTo(Instant.parse("2013-08-03T12:00:00Z"));
    assertThat(XccosTimestamps.parse("2013-08-03T14:00:00+02:00"))
        .isEqualTo(Instant.parse("2013-08-03T12:00:00Z"));
    assertThatThrownBy(() -> XccosTimestamps.parse("yesterday"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
