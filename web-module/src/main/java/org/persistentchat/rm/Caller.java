package org.persistentchat.rm;

import org.persistentchat.permission.Actor;
import org.persistentchat.principal.model.PrincipalId;
import org.persistentchat.sip.SipUri;

/** The principal a web login stands for, with the affiliations its rights are judged on. */
record Caller(SipUri uri, PrincipalId id, Actor actor) {}
