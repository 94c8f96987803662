package org.persistentchat.admin.principal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /api/principals: a user as the directory would cache it. */
public record PrincipalRequest(
    @NotBlank
    @Size(max = 256)
    @Pattern(regexp = "sip:[^@\\s]+@[^@\\s]+", message = "must be a SIP URI like sip:user@domain")
    String uri,
    @Size(max = 256) String displayName,
    @Size(max = 256) @Email String email) {}
