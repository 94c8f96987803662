package org.persistentchat.room.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps {@link Privacy} to {@code tblNode.visibility}. */
@Converter(autoApply = true)
public class PrivacyConverter implements AttributeConverter<Privacy, Integer> {

  @Override
  public Integer convertToDatabaseColumn(Privacy privacy) {
    return privacy == null ? null : privacy.visibility();
  }

  @Override
  public Privacy convertToEntityAttribute(Integer visibility) {
    return visibility == null ? null : Privacy.ofVisibility(visibility);
  }
}
