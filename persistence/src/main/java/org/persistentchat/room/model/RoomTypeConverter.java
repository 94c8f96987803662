package org.persistentchat.room.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps {@link RoomType} to {@code tblNode.behavior}. */
@Converter(autoApply = true)
public class RoomTypeConverter implements AttributeConverter<RoomType, Integer> {

  @Override
  public Integer convertToDatabaseColumn(RoomType type) {
    return type == null ? null : type.behavior();
  }

  @Override
  public RoomType convertToEntityAttribute(Integer behavior) {
    return behavior == null ? null : RoomType.ofBehavior(behavior);
  }
}
