package org.persistentchat.admin.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.persistentchat.admin.problem.InvalidFieldException;

class ExportPlanTest {

  @Test
  void givenNothing_whenPlanned_thenEverythingOfEveryCategoryIsExported() throws Exception {
    ExportPlan plan = ExportPlan.of(null);

    assertThat(plan.level()).isEqualTo(ExportLevel.ALL);
    assertThat(plan.inScope("any category")).isTrue();
    assertThat(plan.startDate()).isNull();
  }

  @Test
  void givenAScopeAsArrayOrText_whenPlanned_thenOnlyThoseCategoriesAreInScope()
      throws Exception {
    ExportPlan array = ExportPlan.of(new ExportRequest("roomdirectory",
        Json.createArrayBuilder().add("Sales").add("Legal").build(), "2026-11-01"));
    ExportPlan text = ExportPlan.of(new ExportRequest("Content",
        Json.createValue("Sales, Legal"), null));

    assertThat(array.level()).isEqualTo(ExportLevel.ROOM_DIRECTORY);
    assertThat(array.scope()).containsExactlyInAnyOrder("Sales", "Legal");
    assertThat(array.inScope("Trading")).isFalse();
    assertThat(array.startDate()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(text.scope()).containsExactlyInAnyOrder("Sales", "Legal");
    assertThat(text.level().messages).isTrue();
    assertThat(text.level().rooms).isFalse();
  }

  @Test
  void givenAScopeOfNumbers_whenPlanned_thenTheScopeFieldIsBlamed() {
    assertThatThrownBy(() -> ExportPlan.of(new ExportRequest(null,
        Json.createArrayBuilder().add(7).build(), null)))
        .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("scope:");
  }

  @Test
  void givenTheImportModes_whenRead_thenMergeIsTheDefault() {
    assertThat(ImportMode.of(null)).contains(ImportMode.MERGE);
    assertThat(ImportMode.of("Overwrite")).contains(ImportMode.OVERWRITE);
    assertThat(ImportMode.of("replace")).isEmpty();
  }
}
