package org.persistentchat.admin.endpoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * POST /api/endpoints, with New-CsPersistentChatEndpoint's parameters: {@code sipAddress}
 * (required), {@code displayName}, and {@code pool} (the pool's FQDN; this server's SIP domain,
 * {@code pchat.chat.domain}, when left out).
 */
public record EndpointRequest(
    @NotBlank @Size(max = 64)
    @Pattern(regexp = "sip:[^@\\s:/]+@[^@\\s:/]+", message = "must be a SIP URI like sip:user@domain")
    String sipAddress,
    @Size(max = 256) String displayName,
    @Size(max = 256) @Pattern(regexp = "[A-Za-z0-9.-]+", message = "must be a host name") String pool) {}
