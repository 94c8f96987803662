package org.persistentchat.admin.addin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST and PUT /api/addins: both parameters are required, as the cmdlets require them. */
public record AddinRequest(@NotBlank @Size(max = 50) String name,
    @NotBlank @Size(max = 255) String url) {}
