package org.persistentchat.admin.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.persistentchat.room.model.Privacy;
import org.persistentchat.room.model.RoomType;

class RoomWordsTest {

  @Test
  void givenCmdletWordsInAnyCase_whenRead_thenTheyNameTheModelValues() {
    assertThat(RoomWords.privacy("secret")).isEqualTo(Privacy.SECRET);
    assertThat(RoomWords.privacy(" Open ")).isEqualTo(Privacy.OPEN);
    assertThat(RoomWords.type("AUDITORIUM")).isEqualTo(RoomType.AUDITORIUM);
    assertThat(RoomWords.inheritsInvitations("inherit")).isTrue();
    assertThat(RoomWords.inheritsInvitations("False")).isFalse();
  }

  @Test
  void givenModelValues_whenWritten_thenTheyReadAsTheCmdletsPrintThem() {
    assertThat(RoomWords.of(Privacy.CLOSED)).isEqualTo("Closed");
    assertThat(RoomWords.of(RoomType.NORMAL)).isEqualTo("Normal");
    assertThat(RoomWords.invitations(null)).isEqualTo("Inherit");
    assertThat(RoomWords.invitations(Boolean.FALSE)).isEqualTo("False");
  }
}
