/** The compliance adapter SPI (Lync's IComplianceAdapter), its input model and its configuration. */
package org.persistentchat.compliance.adapter;
