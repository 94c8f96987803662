package org.persistentchat.mapping;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Maps {@link UUID} to {@code uniqueidentifier} (SQL Server) and {@code UUID} (H2) columns.
 * Writes the string form, which both drivers accept; reads whatever the driver returns (H2 a
 * {@link UUID}, mssql-jdbc a string), hence the {@code Object} column type.
 *
 * <p>Needed because EclipseLink 4.0.9's built-in UUID conversion throws a NullPointerException on
 * null column values (nullable {@code siopID}, {@code configPoolID}).
 */
@Converter(autoApply = true)
public class GuidConverter implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID guid) {
    return guid == null ? null : guid.toString();
  }

  @Override
  public UUID convertToEntityAttribute(Object value) {
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    return UUID.fromString(value.toString());
  }
}
