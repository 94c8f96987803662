/** Test peers shared with the cross-module tests (published as this module's test-jar). */
package org.persistentchat.sip.testing;
