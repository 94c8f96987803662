package org.persistentchat.time;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps {@link Ticks} to the {@code bigint} columns of mgc and mgccomp. */
@Converter(autoApply = true)
public class TicksConverter implements AttributeConverter<Ticks, Long> {

  @Override
  public Long convertToDatabaseColumn(Ticks ticks) {
    return ticks == null ? null : ticks.value();
  }

  @Override
  public Ticks convertToEntityAttribute(Long value) {
    return value == null ? null : new Ticks(value);
  }
}
