package org.persistentchat.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts every REST resource of the WAR under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
